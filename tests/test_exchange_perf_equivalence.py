"""The speed-ups of the exchange write and read exactly what the plain code paths do."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import date, datetime
from pathlib import Path

from desktop.domain.text import fold
from desktop.exchange.checksum import SheetHasher, canonical
from desktop.exchange.exporter import Styles, new_book, serial
from desktop.exchange.row_parser import CachedValidator
from desktop.exchange.row_stream import BLANK, ColumnCells, RowStream, cell_maker
from desktop.services.catalogue import Catalogues
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


def test_memoised_checksum_equals_plain_canonical():
    rows = [[1, 1.0, True, 0, False, -0.0, 2.5, "Đồ Sơn", date(2024, 1, 1),
             datetime(2024, 1, 1), datetime(2024, 1, 1, 0, 0, 0, 400), None, ""],
            [True, 1, 1.0, date(2024, 1, 1), "x", None]]
    fast = SheetHasher()
    fast.sheet("S")
    fast.rows(rows)
    plain = hashlib.sha256(b"S\n")
    for r in rows:
        parts = [canonical(c) for c in r]
        while parts and parts[-1] == "":
            parts.pop()
        plain.update("\t".join(parts).encode() + b"\n")
    assert fast.hexdigest() == plain.hexdigest()


def test_search_folds_part_by_part():
    parts = ["Tuyên truyền  tại\u200b Đồ Sơn", "  ", "ĐẠI HỌC", "x\u0301y"]
    joined = fold(" ".join(p for p in parts if p))
    assert " ".join(f for p in parts if p and (f := fold(p))) == joined


def test_cached_validator_matches_validator(ctx):
    with ctx.db.read_session() as s:
        cats = Catalogues.load(s)
    home = ctx.home_unit()
    plain = Validator(ctx.units, cats, home, today=date(2024, 6, 1))
    fast = CachedValidator(ctx.units, cats, home, today=date(2024, 6, 1))
    commune = next(u for u in ctx.units.communes_under(home, date(2024, 1, 1)))
    cases = [
        {"date": "15/3/2024", "unit_id": commune.name, "participants": "40", "women": 12.0},
        {"date": date(2024, 3, 15), "unit_id": commune.code, "participants": 40, "women": 50},
        {"date": "31/2/2024", "unit_id": commune.name, "participants": "x"},
        {"date": "", "unit_id": "nowhere", "title": "  a  b "},
        {"date": 45000, "unit_id": commune.name, "participants": True},
        {"date": "15/3/2099", "unit_id": commune.name},
    ]
    for values in cases * 2:  # twice: the second pass comes from the memos
        assert fast.validate("outreach", values) == plain.validate("outreach", values)
    support = {"month": "3/2024", "unit_id": commune.name, "activity": "", "people": "5",
               "reintegrated": "7"}
    assert fast.validate("support", support) == plain.validate("support", support)
    plans = {"year": "2024", "indicator": "nope", "value": "3"}
    assert fast.validate("plans", plans) == plain.validate("plans", plans)
