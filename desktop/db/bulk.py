"""Insert many rows at once, given column by column, on any back-end.

SQLAlchemy's executemany turns every row into a dictionary and runs each value through its
type's bind processor; for 100,000 imported records that bookkeeping costs more than the
database's own work. Here each column is converted by the same bind processors (once per
distinct value where values repeat), the rows are zipped into tuples, and the driver's
executemany receives them directly. The SQL is made by the dialect's own identifier quoting
and parameter style, so the same code runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import Connection, Table

from desktop.domain.columns import map_values

BATCH = 20_000


def _placeholder(style: str, i: int) -> str:
    return {"qmark": "?", "format": "%s", "numeric": f":{i + 1}", "named": f":p{i}",
            "pyformat": f"%(p{i})s", "numeric_dollar": f"${i + 1}"}[style]


def _converted(values: Sequence[object], process) -> Sequence[object]:
    if process is None:
        return values
    if len(set(values)) * 2 < len(values):  # repeats (dates, constants): once per value
        return map_values(values, process)
    return [process(v) for v in values]


def insert_columns(conn: Connection, table: Table, columns: Mapping[str, Sequence[object]]
                   ) -> None:
    """INSERT one row per position of the (equally long) `columns` of `table`."""
    names = list(columns)
    if not names:
        return
    n = len(columns[names[0]])
    if n == 0:
        return
    dialect = conn.dialect
    quote = dialect.identifier_preparer
    style = dialect.paramstyle
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote.format_table(table), ", ".join(quote.quote(c) for c in names),
        ", ".join(_placeholder(style, i) for i in range(len(names))))
    data = []
    done: dict[tuple[int, object], Sequence[object]] = {}  # a column given twice: once
    for c in names:
        values = columns[c]
        if len(values) != n:
            raise ValueError(f"column {c}: {len(values)} values, expected {n}")
        impl = table.c[c].type.dialect_impl(dialect)
        process = impl.bind_processor(dialect)
        key = (id(values), type(impl))
        if key not in done:
            done[key] = _converted(values, process)
        data.append(done[key])
    rows = list(zip(*data, strict=True))
    if style in ("named", "pyformat"):
        keys = [f"p{i}" for i in range(len(names))]
        rows = [dict(zip(keys, r, strict=True)) for r in rows]  # type: ignore[misc]
    for start in range(0, n, BATCH):
        conn.exec_driver_sql(sql, rows[start:start + BATCH])  # type: ignore[arg-type]
