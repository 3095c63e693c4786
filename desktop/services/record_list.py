"""The lists of the window, read like Anki's browser: first the ordered ids of the query
(filters, search, the user's units), then the rows of the ids the view shows, by id.

Orders, each followed by the record's date (newest first) and its id, so rows that tie on
the chosen column stay in a sensible, stable order:

* dates, months, numbers, yes/no: the column (blanks last);
* communes: the unit's ``sort_key`` (a vi_sort_key string: binary order is Vietnamese order);
* catalogue values: their labels in the UI language, in Vietnamese order (a CASE over the
  few codes);
* free text and names of linked records: Vietnamese order, which SQL cannot do. The ids come
  in the secondary order with their text; each distinct text is ranked by its key in Python
  and the ranks are sorted by numpy (a stable sort that releases the GIL, so the window keeps
  painting while a million rows are sorted);
* people (full names): by given name, then the rest of the name (person_sort_key).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, select

from desktop.db import models as m
from desktop.domain.text import person_sort_key, vi_sort_key
from desktop.services.record_specs import SPECS, FieldSpec, RecordSpec

if TYPE_CHECKING:
    from desktop.services.records import Filters, RecordService



def title_fields(kind: str) -> tuple[str, ...]:
    """The fields that name a record where another refers to it (code first, name last)."""
    return SPECS[kind].title_fields
#: text fields that hold a person's full name (sorted by given name)
PERSON_NAME_FIELDS: frozenset[tuple[str, str]] = frozenset({
    ("officers", "full_name"), ("establishments", "owner_name"),
})
SQL_ORDERED = frozenset({"date", "month", "int", "money", "float", "year", "bool", "unit",
                         "catalogue"})
ROW_CHUNK = 500  # ids per IN (...) when rows are fetched by id
BLANK_RANK = 2**62  # blank texts sort after every text, in both directions


@dataclass(frozen=True)
class Order:
    """The column a list is sorted by (None: the record type's usual order)."""

    field: str | None = None
    descending: bool = False


#: registers read by name or code; dated records newest first (see default_order)
USUAL_ORDERS: dict[str, Order] = {
    "officers": Order("full_name"),
    "establishments": Order("est_code"),
    "plans": Order("year", descending=True),
    "attendance": Order("officer_id"),
}


def default_order(kind: str) -> Order:
    spec = SPECS[kind]
    if kind in USUAL_ORDERS:
        return USUAL_ORDERS[kind]
    if spec.date_field:
        return Order(spec.date_field, descending=True)
    return Order(None)


def is_person_name(spec: RecordSpec, f: FieldSpec) -> bool:
    if f.kind == "ref":
        return f.ref == "officers"
    return (spec.key, f.name) in PERSON_NAME_FIELDS


@lru_cache(maxsize=262_144)
def _text_key(text: str) -> str:
    return vi_sort_key(text)


@lru_cache(maxsize=262_144)
def _person_key(text: str) -> str:
    return person_sort_key(text)


def text_ranks(values: Sequence[object], person: bool) -> list[int]:
    """The rank of each value in Vietnamese order (equal texts share a rank; blanks last)."""
    key = _person_key if person else _text_key
    distinct = {v for v in values if v not in (None, "")}
    ranked = sorted(distinct, key=lambda v: key(str(v)))
    rank = {v: i for i, v in enumerate(ranked)}
    return [rank.get(v, BLANK_RANK) for v in values]  # type: ignore[call-overload]


class RecordLists:
    """Ordered ids and rows by id for the lists (RecordService.ids / rows_by_id)."""

    def __init__(self, service: RecordService) -> None:
        self.service = service
        self.ctx = service.ctx

    # ---- ordered ids ---------------------------------------------------------------------
    def ids(self, kind: str, filters: Filters | None, order: Order | None,
            limit: int | None = None) -> list[str]:
        spec = SPECS[kind]
        model = spec.model
        if filters is not None and filters.deleted_only:
            return self._deleted_ids(kind, filters, limit)
        order = order if order is not None and (order.field is None or order.field in
                                                 {f.name for f in spec.fields}) \
            else default_order(kind)
        f = spec.field(order.field) if order.field else None
        base = self.service.query(kind, filters).with_only_columns(model.id)
        then: list[Any] = []
        if spec.date_field and (f is None or f.name != spec.date_field):
            then.append(getattr(model, spec.date_field).desc().nulls_last())
        then.append(model.id)
        with self.ctx.db.read_session() as session:
            if f is None or f.kind in SQL_ORDERED:
                keys = then
                if f is not None:
                    key = self._sql_key(session, spec, f)
                    keys = [(key.desc() if order.descending else key.asc()).nulls_last(), *then]
                stmt = base.order_by(*keys)
                return [r[0] for r in plain_rows(session, stmt.limit(limit) if limit else stmt)]
            rows = plain_rows(session, base.add_columns(self._text_value(spec, f))
                              .order_by(*then))
        return self._rank_sort(rows, is_person_name(spec, f), order.descending, limit)

    def _deleted_ids(self, kind: str, filters: Filters, limit: int | None) -> list[str]:
        """Deleted records (tombstones) the user may see, the latest deletion first."""
        from dataclasses import replace

        model = SPECS[kind].model
        stmt = self.service.query(kind, replace(filters, include_deleted=True)) \
            .with_only_columns(model.id).where(model.deleted_at.is_not(None)) \
            .order_by(model.deleted_at.desc(), model.id)
        with self.ctx.db.read_session() as session:
            return [r[0] for r in plain_rows(session, stmt.limit(limit) if limit else stmt)]

    def _sql_key(self, session: Any, spec: RecordSpec, f: FieldSpec) -> Any:
        col = getattr(spec.model, f.name)
        if f.kind == "unit":
            return select(m.Unit.sort_key).where(m.Unit.id == col).scalar_subquery()
        if f.kind == "catalogue":
            from desktop.services.catalogue import Catalogues

            values = Catalogues.load(session).of(f.catalogue or "", active_only=False)
            ranked = sorted(values, key=lambda v: vi_sort_key(v.label()))
            whens = {v.code: i for i, v in enumerate(ranked)}
            return case(whens, value=col, else_=len(whens)) if whens else col
        return col

    @staticmethod
    def _text_value(spec: RecordSpec, f: FieldSpec) -> Any:
        col = getattr(spec.model, f.name)
        if f.kind == "ref" and f.ref and title_fields(f.ref):
            target = SPECS[f.ref].model
            name = getattr(target, title_fields(f.ref)[-1])
            return select(name).where(target.id == col).scalar_subquery()
        return col

    @staticmethod
    def _rank_sort(rows: Sequence[Any], person: bool, descending: bool,
                   limit: int | None) -> list[str]:
        import numpy as np

        if not rows:
            return []
        ranks = np.asarray(text_ranks([r[1] for r in rows], person), dtype=np.int64)
        if descending:  # blanks stay last
            ranks = np.where(ranks == BLANK_RANK, BLANK_RANK, -ranks)
        order = np.argsort(ranks, kind="stable")  # ties keep the secondary order
        if limit:
            order = order[:limit]
        ids = np.array([r[0] for r in rows], dtype=object)
        return ids[order].tolist()

    def choices(self, kind: str) -> list[tuple[str, str]]:
        from desktop.services.records import Filters

        spec = SPECS[kind]
        t = spec.model.__table__
        names = title_fields(kind)
        active = t.c.active if "active" in t.c else None
        cols = [t.c.id, *[t.c[n] for n in names]] + ([active] if active is not None else [])
        stmt = self.service.query(kind, Filters()).with_only_columns(*cols)
        with self.ctx.db.read_session() as session:
            rows = session.execute(stmt).all()
        person = is_person_name(spec, spec.field(names[-1]))
        key = _person_key if person else _text_key

        def order(row: Any) -> tuple[bool, str]:
            in_service = row[-1] if active is not None else True
            return (not in_service, key(str(row[len(names)] or "")))

        return [(" — ".join(str(p) for p in row[1:len(names) + 1] if p), row[0])
                for row in sorted(rows, key=order)]

    # ---- rows by id ----------------------------------------------------------------------
    def rows_by_id(self, kind: str, ids: Iterable[str]) -> dict[str, dict[str, object]]:
        """The rows of these ids that the user may see (deleted ones included, marked by
        `deleted_at`), with the names of linked records in ``labels``."""
        from desktop.services.records import Filters

        spec = SPECS[kind]
        t = spec.model.__table__
        wanted = list(dict.fromkeys(ids))
        cols = [t.c.id, t.c.owner_id, t.c.created_at, t.c.updated_at, t.c.deleted_at,
                *[t.c[f.name] for f in spec.fields]]
        base = self.service.query(kind, Filters(include_deleted=True)).with_only_columns(*cols)
        out: dict[str, dict[str, object]] = {}
        with self.ctx.db.read_session() as session:
            for start in range(0, len(wanted), ROW_CHUNK):
                chunk = wanted[start:start + ROW_CHUNK]
                for row in session.execute(base.where(t.c.id.in_(chunk))).mappings():
                    out[row["id"]] = {**row, "labels": {}}
            self._add_ref_labels(session, spec, out)
        return out

    @staticmethod
    def _add_ref_labels(session: Any, spec: RecordSpec, rows: dict[str, dict[str, Any]]) -> None:
        for f in spec.fields:
            if f.kind != "ref" or not f.ref or not title_fields(f.ref):
                continue
            targets = {str(r[f.name]) for r in rows.values() if r.get(f.name)}
            if not targets:
                continue
            names = ref_labels(session, f.ref, targets)
            for r in rows.values():
                if r.get(f.name):
                    r["labels"][f.name] = names.get(str(r[f.name]), str(r[f.name]))


def plain_rows(session: Any, stmt: Any, chunk: int = 5000) -> list[tuple[Any, ...]]:
    """The rows of `stmt` through the driver's own cursor, as plain tuples.

    SQLAlchemy's result objects hold the GIL while they turn a big result into rows, so the
    window stalls (300 ms for 43,000 ids) while a worker reads a long list; the driver gives
    the GIL back between rows (sqlite3) or between chunks. For plain columns only (ids,
    texts, numbers): no result types are applied."""
    conn = session.connection()
    dialect = conn.dialect
    compiled = stmt.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    if dialect.name == "sqlite":  # dates as SQLAlchemy stores them in SQLite
        params = {k: v.isoformat() if isinstance(v, date) else v for k, v in params.items()}
    args: Any = [params[k] for k in compiled.positiontup] \
        if compiled.positiontup is not None else params
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(compiled.string, args)
        out: list[tuple[Any, ...]] = []
        while part := cursor.fetchmany(chunk):
            out.extend(part)
        return out
    finally:
        cursor.close()


def ref_labels(session: Any, kind: str, ids: Iterable[str]) -> dict[str, str]:
    """id -> "code — name" of linked records (an officer, an establishment, a class)."""
    target = SPECS[kind].model
    cols = [getattr(target, c) for c in title_fields(kind)]
    out: dict[str, str] = {}
    wanted = list(ids)
    for start in range(0, len(wanted), ROW_CHUNK):
        stmt = select(target.id, *cols).where(target.id.in_(wanted[start:start + ROW_CHUNK]))
        for rid, *parts in session.execute(stmt):
            out[rid] = " — ".join(str(p) for p in parts if p)
    return out
