"""The import's column-wise fast paths give exactly what the plain row-by-row code gave."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from desktop.db.audit_chain import row_hash, row_hashes
from desktop.domain.text import fold
from desktop.exchange.fast_text import content_ids
from desktop.exchange.importer import _columns, _Search
from desktop.exchange.row_parser import ID_NAMESPACE
from desktop.services.record_specs import SPECS

NAMES = ["a", "b", "c"]
VALUES = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(-2, 2),
                   st.sampled_from(["", "x", "Đồ Sơn", 'q"uote', "a\\b", "tab\t", "\u2028"]),
                   st.dates(min_value=date(2016, 1, 1), max_value=date(2030, 1, 1)),
                   st.datetimes(min_value=datetime(2016, 1, 1)))
ROWS = st.lists(st.dictionaries(st.sampled_from(NAMES), VALUES), max_size=30)
FULL_ROWS = st.lists(st.fixed_dictionaries({n: VALUES for n in NAMES}), max_size=30)


def _plain_id(key: str, code: str, names: list[str], row: dict[str, object]) -> str:
    content = json.dumps([key, code, [row.get(n) for n in names]], default=str,
                         ensure_ascii=False)
    return str(uuid.uuid5(ID_NAMESPACE, content))


@given(st.one_of(ROWS, FULL_ROWS), st.sampled_from([["a"], ["a", "b"], NAMES]))
def test_content_ids_are_uuid5_of_the_json_text(rows, names):
    want = [_plain_id("outreach", "308", names, r) for r in rows]
    assert content_ids(ID_NAMESPACE, "outreach", "308", names, rows) == want


@given(st.one_of(ROWS, FULL_ROWS), st.sampled_from([["a"], ["c", "a"], NAMES]))
def test_columns_are_the_rows_values_by_name(rows, names):
    assert [list(c) for c in _columns(rows, names)] == [[r.get(n) for r in rows]
                                                        for n in names]


@given(st.lists(st.tuples(st.text(max_size=64), st.text(max_size=80)), max_size=20))
def test_row_hashes_are_row_hash_of_each(pairs):
    entries = [e for e, _ in pairs]
    states = [s for _, s in pairs]
    assert row_hashes(entries, states) == [row_hash(e, s) for e, s in pairs]


def test_search_column_is_the_row_by_row_text(ctx):
    """What `_Search.column` gave before it took the columns by itemgetter and joined the
    parts with filter: fold of each part, empty parts left out."""
    spec = SPECS["outreach"]
    unit = next(u for u in ctx.units.by_id.values() if u.name)
    rows: list[dict[str, object]] = [
        {"location": "Nhà văn hóa", "note": "", "unit_id": unit.id},
        {"location": "  Hội  trường ", "note": "Phối hợp", "unit_id": None},
        {"location": None, "note": None, "unit_id": unit.id},
        {"location": "", "note": "", "unit_id": None},
        {"location": 12, "note": "ĐẠI HỌC\u200b x", "unit_id": str(unit.id)},
    ]
    rows = [{**r, **{n: "t" for n in spec.search_fields if n not in r}} for r in rows]
    search = _Search(ctx)

    def plain(r: dict[str, object]) -> str:
        parts = [fold(str(r.get(n) or "")) for n in spec.search_fields]
        u = r.get(spec.unit_field) if spec.unit_field else None
        if spec.unit_field:
            parts.append(fold(ctx.units.get(int(u)).name) if u else "")
        return " ".join(p for p in parts if p)

    assert search.column("outreach", rows) == [plain(r) for r in rows]
    by_field = {n: [r.get(n) for r in rows] for n in (*spec.search_fields, "unit_id")}
    assert search.column("outreach", rows, by_field) == [plain(r) for r in rows]
    missing = [{"location": "x"}, {}]  # rows without some field: the slow path, same text
    assert search.column("outreach", missing) == [plain(r) for r in missing]


def test_unit_column_fast_path_is_the_row_loop(ctx):
    """ColumnValidator's commune column without undated rows (zip keys, worked out in first
    appearance order) gives the row loop's results and fills `moved` in the same order."""
    from desktop.exchange.column_check import ColumnValidator
    from desktop.services.catalogue import Catalogues

    with ctx.db.read_session() as s:
        cats = Catalogues.load(s)
    home = ctx.home_unit()
    units = list(ctx.units.by_id.values())
    old = [u for u in units if u.valid_to is not None][:4]
    now = ctx.units.communes_under(home, date(2024, 1, 1))[:3]
    raws: list[object] = [None, True, 1, 0, "nowhere", *(u.name for u in old + now),
                          *(u.code for u in old + now)]
    days: list[object] = [None, date(2010, 1, 1), date(2019, 5, 1), date(2024, 3, 1),
                          date(2025, 8, 1)]
    col = [raws[(i * 7) % len(raws)] for i in range(300)]
    dates = [days[(i * 3) % len(days)] for i in range(300)]
    f = SPECS["outreach"].field("unit_id")
    got = []
    for undated in (frozenset(), frozenset({10_000})):  # the second: the row loop
        v = ColumnValidator(ctx.units, cats, home, today=date(2025, 12, 1))
        v._undated = undated
        out = v._field_column(f, col, dates, len(col))
        got.append(([getattr(x, "message", x) for x in out], list(v.moved.items())))
    assert got[0] == got[1]


TEXTS = st.one_of(st.none(), st.sampled_from(["", "100%", "%s", "a%%b", '"q"', "Đồ Sơn"]),
                  st.text(max_size=8), st.integers(-3, 3))


@given(st.integers(1, 25).flatmap(lambda n: st.tuples(
    st.lists(TEXTS, min_size=n, max_size=n), st.lists(TEXTS, min_size=n, max_size=n),
    st.lists(st.one_of(st.none(), st.integers(0, 2)), min_size=n, max_size=n))))
def test_bulk_states_are_single_states_with_any_texts(cols):
    """Tracked.states (a text column's name put into the format when it holds no NULL, its
    strings quoted by map) equals Tracked.state row by row."""
    from desktop.db.audit_chain import tracked_tables

    titles, notes, women = cols
    n = len(titles)
    tracked = tracked_tables()["outreach"]
    columns: dict[str, list[object]] = {
        "id": [f"{i}%" for i in range(n)], "title": titles, "note": notes, "women": women,
        "owner_id": [8] * n, "date": [date(2020, 1, 1 + i % 28) for i in range(n)]}
    states = tracked.states(columns, n)
    assert states == [tracked.state({k: v[i] for k, v in columns.items()}) for i in range(n)]


NUMBER = st.one_of(st.integers(-5, 5), st.floats(-5, 5), st.just(float("nan")))


@given(st.integers(1, 30).flatmap(lambda n: st.tuples(
    st.lists(NUMBER, min_size=n, max_size=n), st.lists(NUMBER, min_size=n, max_size=n),
    st.lists(st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2030, 1, 1))),
             min_size=n, max_size=n))))
def test_rule_suspects_of_number_columns_are_the_row_checks(cols):
    """ColumnValidator._rule_suspects on columns of numbers only (compared by map) and on
    dates: the rows the per-row checks name."""
    from desktop.exchange.column_check import ColumnValidator

    a, b, dates = cols
    n = len(a)
    spec = SPECS["outreach"]
    rules = [r for r in spec.rules if r.check == "at_most"]
    v = ColumnValidator.__new__(ColumnValidator)
    v.today = date(2025, 1, 1)
    results = {f.name: [0] * n for f in spec.fields}
    results[spec.date_field] = dates
    want: set[int] = {i for i, d in enumerate(dates) if d is not None and d > v.today}
    for rule in rules:
        results[rule.field], results[rule.other] = a, b
    if rules:
        want.update(i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x > y)
    names = list(results)
    got = v._rule_suspects(spec, names, [results[k] for k in names], n)
    if any(r.check != "at_most" for r in spec.rules):
        return  # another rule asks every row
    assert list(got) == sorted(want)


def test_new_row_is_the_row_with_its_defaults():
    from desktop.exchange.row_parser import Row, _new_row

    fast = _new_row("outreach", "Tuyên truyền", 7, ["a", 1], [0, None])
    assert fast == Row("outreach", "Tuyên truyền", 7, ["a", 1], positions=[0, None])
    other = _new_row("outreach", "Tuyên truyền", 8, [], [])
    assert fast.values is not other.values and fast.errors is not other.errors


def test_bulk_entries_are_chained_as_single_ones(ctx):
    """Chain.add_many (shared parts encoded once, bytes joined) gives each entry the hash
    entry_hash gives it after the one before, and stores that chain."""
    from sqlalchemy import select

    from desktop.db import models as m
    from desktop.db.audit_chain import entry_hash
    from desktop.services import audit

    at = datetime(2026, 12, 2, 3, 0, 0, 123000)
    ids = ["a", "Đồ Sơn", "b\"q", "c\\d", "e"]
    n = len(ids)
    with ctx.db.session() as s:
        chain = audit.chain(s)
        first = chain.last
        hashes = chain.add_many({"at": [at] * n, "user_name": ["Nguyễn Văn A"] * n,
                                 "action": ["import"] * n, "record_type": ["outreach"] * n,
                                 "record_id": ids, "unit_code": ["308"] * n,
                                 "changes": ['{"file": [null, "Tuyên truyền.xlsx"]}'] * n})
        prev, want = first, []
        for rid in ids:
            prev = entry_hash(prev, at, "Nguyễn Văn A", "import", "outreach", rid, "308",
                              '{"file": [null, "Tuyên truyền.xlsx"]}')
            want.append(prev)
        assert hashes == want
        a = m.AuditEntry.__table__
        stored = s.execute(select(a.c.prev_hash, a.c.entry_hash).where(
            a.c.record_id.in_(ids)).order_by(a.c.id)).all()
        assert [tuple(r) for r in stored] == list(zip([first, *want[:-1]], want, strict=True))
