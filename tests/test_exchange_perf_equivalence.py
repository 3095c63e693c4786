"""The speed-ups of the exchange write and read exactly what the plain code paths do."""

from __future__ import annotations

import hashlib
import unicodedata
import zipfile
from datetime import date, datetime, time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.columns import map_values
from desktop.domain.text import clean_text, fold
from desktop.exchange.checksum import SheetHasher, canonical, round_ms
from desktop.exchange.column_check import ColumnValidator
from desktop.exchange.exporter import Styles, new_book, serial
from desktop.exchange.row_stream import BLANK, ColumnCells, RowStream, cell_maker
from desktop.services.catalogue import Catalogues
from desktop.services.record_specs import SPECS
from desktop.services.validation import Validator

TRICKY = ["plain", "Đồ Sơn", "a & b", "<r>x</r>", "x < y > z", ' "quoted" ', " lead",
          "trail ", "tab\there", "line\nbreak", "_x0041_", "ctl\x01", "=1+1", "x" * 9000,
          "\ufffe"]
ROWS: list[list[object]] = [
    [s, i, i + 0.25, date(2024, 1, 1 + i % 28), datetime(2024, 3, 5, 10, 11, 12, 345678),
     None, "", 1234567]
    for i, s in enumerate(TRICKY)
]
KINDS = ["text", "int", "float", "date", "datetime", "text", "text", "money"]


def _sheet_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read("xl/worksheets/sheet1.xml")


def _write(path: Path, fast: bool) -> None:
    book = new_book(path)
    styles = Styles(book)
    ws = book.add_worksheet("S")
    for ci in range(len(KINDS)):
        ws.write_string(0, ci, f"H{ci}", styles.header)
    if fast:
        stream = RowStream(ws, len(KINDS))
        columns = [ColumnCells(cell_maker(k, styles, serial)) for k in KINDS]
        for r, row in enumerate(ROWS, start=1):
            stream.write(r, [BLANK if v is None or v == "" else col(v)
                             for col, v in zip(columns, row, strict=True)])
        stream.close()
    else:  # what the exporter did cell by cell before the row stream
        for r, row in enumerate(ROWS, start=1):
            for ci, v in enumerate(row):
                if v is None or v == "":
                    continue
                if isinstance(v, str):
                    ws.write_string(r, ci, v)
                elif isinstance(v, datetime):
                    ws.write_number(r, ci, serial(v), styles.datetime)
                elif isinstance(v, date):
                    ws.write_number(r, ci, serial(v), styles.date)
                elif KINDS[ci] == "money":
                    ws.write_number(r, ci, v, styles.money)
                else:
                    ws.write_number(r, ci, v)
    ws.autofilter(0, 0, len(ROWS), len(KINDS) - 1)
    book.close()


def test_row_stream_writes_the_same_bytes_as_xlsxwriter(tmp_path: Path):
    _write(tmp_path / "slow.xlsx", fast=False)
    _write(tmp_path / "fast.xlsx", fast=True)
    assert _sheet_xml(tmp_path / "fast.xlsx") == _sheet_xml(tmp_path / "slow.xlsx")
    with zipfile.ZipFile(tmp_path / "fast.xlsx") as a, zipfile.ZipFile(
            tmp_path / "slow.xlsx") as b:
        assert a.read("xl/styles.xml") == b.read("xl/styles.xml")


def _plain_digest(rows: list[list[object]]) -> str:
    plain = hashlib.sha256(b"S\n")
    for r in rows:
        parts = [canonical(c) for c in r]
        while parts and parts[-1] == "":
            parts.pop()
        if parts:
            plain.update("\t".join(parts).encode() + b"\n")
    return plain.hexdigest()


def _fast_digest(rows: list[list[object]]) -> str:
    fast = SheetHasher()
    fast.sheet("S")
    fast.rows(rows)
    return fast.hexdigest()


def test_memoised_checksum_equals_plain_canonical():
    rows = [[1, 1.0, True, 0, False, -0.0, 2.5, "Đồ Sơn", date(2024, 1, 1),
             datetime(2024, 1, 1), datetime(2024, 1, 1, 0, 0, 0, 400), None, ""],
            [True, 1, 1.0, date(2024, 1, 1), "x", None],
            [None, "", None],
            ["ends with tab\t", None, None],
            ["x", "\t", "", None]]
    assert _fast_digest(rows) == _plain_digest(rows)
    assert _fast_digest(rows[:2]) == _plain_digest(rows[:2])  # the no-TAB shortcut


@given(st.lists(st.lists(st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=4),
    st.dates(), st.datetimes()), max_size=5), max_size=6))
def test_column_checksum_equals_row_by_row(rows):
    assert _fast_digest(rows) == _plain_digest(rows)


@given(st.datetimes())
def test_canonical_date_time_is_the_documented_form(t):
    r = round_ms(t)
    want = (r.date().isoformat() if r.time() == time(0) else
            r.strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.microsecond // 1000:03d}")
    assert canonical(t) == want


def test_search_folds_part_by_part():
    parts = ["Tuyên truyền  tại\u200b Đồ Sơn", "  ", "ĐẠI HỌC", "x\u0301y"]
    joined = fold(" ".join(p for p in parts if p))
    assert " ".join(f for p in parts if p and (f := fold(p))) == joined


def _by_rows(fast: ColumnValidator, kind: str, rows: list[dict[str, object]]):
    """Column-wise validation of `rows`, given back row by row as Validator.validate gives."""
    names = sorted({k for r in rows for k in r})
    cols = {k: [r.get(k) for r in rows] for k in names}
    clean, errors = fast.validate_columns(kind, cols, len(rows))
    return [(c, errors.get(i, [])) for i, c in enumerate(clean)]


def _stripped(values: dict[str, object]) -> dict[str, object]:
    """What the importer hands the validator: blanks left out, text stripped."""
    out = {}
    for k, v in values.items():
        if isinstance(v, str):
            v = v.strip()
        if v is not None and v != "":
            out[k] = v
    return out


def test_column_validator_matches_validator(ctx):
    with ctx.db.read_session() as s:
        cats = Catalogues.load(s)
    home = ctx.home_unit()
    plain = Validator(ctx.units, cats, home, today=date(2024, 6, 1))
    fast = ColumnValidator(ctx.units, cats, home, today=date(2024, 6, 1), extended=False)
    commune = next(u for u in ctx.units.communes_under(home, date(2024, 1, 1)))
    cases = [
        {"date": "15/3/2024", "unit_id": commune.name, "participants": "40", "women": 12.0},
        {"date": date(2024, 3, 15), "unit_id": commune.code, "participants": 40, "women": 50},
        {"date": "31/2/2024", "unit_id": commune.name, "participants": "x"},
        {"date": "", "unit_id": "nowhere", "title": "  a  b "},
        {"date": 45000, "unit_id": commune.name, "participants": True},
        {"date": "15/3/2099", "unit_id": commune.name},
        {"date": date(2024, 3, 15), "unit_id": commune.name, "participants": 1, "women": 1.0},
        {"date": date(2024, 3, 16), "unit_id": commune.name, "participants": 1.0, "women": True},
        {"date": date(2025, 8, 1), "unit_id": commune.name, "participants": 3},
    ]
    cases = [_stripped(c) for c in cases] * 2  # repeated rows come from the memos
    assert _by_rows(fast, "outreach", cases) == [plain.validate("outreach", c) for c in cases]
    support = [{"month": "3/2024", "unit_id": commune.name, "people": "5",
                "reintegrated": "7"}, {"month": "4/2024", "unit_id": commune.code,
                                       "activity": "x", "people": 5}]
    assert _by_rows(fast, "support", support) == [plain.validate("support", c)
                                                  for c in support]
    plans = [{"year": "2024", "indicator": "nope", "value": "3"}, {"year": 1999}]
    assert _by_rows(fast, "plans", plans) == [plain.validate("plans", c) for c in plans]


_CELLS = st.one_of(st.none(), st.booleans(), st.integers(-5, 60_000),
                   st.floats(allow_nan=False, allow_infinity=False, width=32),
                   st.sampled_from(["", "15/3/2024", "3/2024", "Không", "có", "x", "1,5",
                                    "12", "Hội nghị", "2099-01-01", "Đồ Sơn", "Lê Lợi"]),
                   st.dates(date(1999, 1, 1), date(2026, 12, 31)))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_column_validator_matches_validator_on_any_cells(ctx, data):
    """Any mix of cell types, in any column, gives what the plain Validator gives."""
    with ctx.db.read_session() as s:
        cats = Catalogues.load(s)
    home = ctx.home_unit()
    plain = Validator(ctx.units, cats, home, today=date(2025, 12, 1))
    fast = ColumnValidator(ctx.units, cats, home, today=date(2025, 12, 1), extended=False)
    kind = data.draw(st.sampled_from(["outreach", "inspections", "support", "officers"]))
    names = [f.name for f in SPECS[kind].fields]
    communes = [u.name for u in ctx.units.communes_under(home, date(2024, 1, 1))[:3]]
    cell = st.one_of(_CELLS, st.sampled_from(communes))
    rows = data.draw(st.lists(st.dictionaries(st.sampled_from(names), cell), min_size=1,
                              max_size=12))
    rows = [_stripped(r) for r in rows]
    assert _by_rows(fast, kind, rows) == [plain.validate(kind, r) for r in rows]


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_fold_of_ascii_text_takes_the_short_way_to_the_same_result(s):
    general = "".join(c for c in unicodedata.normalize("NFD", clean_text(s))
                      if not unicodedata.combining(c))
    assert fold(s) == " ".join(general.replace("đ", "d").replace("Đ", "D").casefold().split())


@given(st.lists(st.one_of(st.none(), st.booleans(), st.integers(-2, 2), st.floats(-2, 2),
                          st.sampled_from(["", "a", "1"]), st.dates())))
def test_map_values_equals_calling_on_every_cell(col):
    def fn(v):
        return (type(v).__name__, repr(v))
    assert map_values(col, fn) == [fn(v) for v in col]
