"""`pcmd report monthly` (json, xlsx, pdf) and the printed form's page set-up."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.domain.indicators import builtin_definitions
from desktop.domain.periods import parse_period
from desktop.reports import labels, pdf_layout
from tests.report_helpers import outreach, unit


def test_json_shape_and_stdout(db, db_path, capsys, ctx) -> None:
    u = unit(ctx.units, "11458", date(2024, 3, 1))
    owner = unit(ctx.units, "308", date(2024, 3, 1))
    outreach(db, date(2024, 3, 5), u.id, owner.id, 120)
    assert main(["report", "monthly", "--period", "2024-03", "--format", "json",
                 "--db", db.url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "monthly"
    assert data["period"] == {"from": "2024-03-01", "to": "2024-03-31",
                              "label": "Tháng 3 năm 2024"}
    assert data["unit"] == {"code": "308", "name": "Quận Đồ Sơn"}
    keys = {d.key for d in builtin_definitions()}  # every definition in force
    for row in data["rows"]:
        assert set(row) == {"unit", "values"} and set(row["unit"]) == {"code", "name"}
        assert set(row["values"]) == keys
    assert set(data["total"]) == {"values"}
    assert data["total"]["values"]["outreach_participants"] == {
        "period": 120, "ytd": 120, "last_year": 0}
    assert data["total"]["values"]["communes_reached_pct"]["period"] == 16.7


@pytest.mark.parametrize(("spec", "label"), [
    ("2024-Q1", "Quý 1 năm 2024"), ("2024-H1", "6 tháng đầu năm 2024"),
    ("2024-9M", "9 tháng năm 2024"), ("2024", "Năm 2024"), ("2016..2020", "Giai đoạn 2016-2020"),
])
def test_period_labels(spec: str, label: str) -> None:
    assert labels.period_label(parse_period(spec), "vi") == label


def test_place_date_leading_zeros() -> None:
    assert labels.place_date("Hải Phòng", date(2026, 1, 5), "vi") == \
        "Hải Phòng, ngày 05 tháng 01 năm 2026"
    assert labels.place_date("Hải Phòng", date(2026, 11, 22), "vi") == \
        "Hải Phòng, ngày 22 tháng 11 năm 2026"


def test_bad_period_and_unit_exit_2(db, db_path, capsys) -> None:
    assert main(["report", "monthly", "--period", "2024-13", "--db", db.url]) == 2
    assert "2024-13" in capsys.readouterr().err
    assert main(["report", "monthly", "--period", "2024", "--unit", "99999",
                 "--db", db.url]) == 2
    assert main(["report", "monthly", "--period", "2024", "--format", "pdf",
                 "--db", db.url]) == 2


def test_json_to_file(db, db_path, tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    assert main(["report", "monthly", "--period", "2024", "--unit", "31", "--format", "json",
                 "--out", str(out), "--db", db.url]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["rows"]) == 15  # the districts of 2024
    assert data["total"]["values"]["communes_total"]["period"] == 217


def test_pdf_is_a4_landscape_with_decree_margins(db, db_path, tmp_path: Path, qapp) -> None:
    out = tmp_path / "r.pdf"
    assert main(["report", "monthly", "--period", "2024-03", "--unit", "31", "--format", "pdf",
                 "--out", str(out), "--db", db.url]) == 0
    raw = out.read_bytes()
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", raw)
    assert boxes, "no MediaBox"
    for w, h in boxes:
        assert abs(float(w) - 841.89) < 1 and abs(float(h) - 595.28) < 1  # A4 landscape
    assert len(boxes) >= 2  # tables of 15 districts need several pages
    m = pdf_layout.MARGINS_MM
    assert 20 <= m["top"] <= 25 and 20 <= m["bottom"] <= 25
    assert 30 <= m["left"] <= 35 and 15 <= m["right"] <= 20
    assert pdf_layout.PAGE_MM == (297.0, 210.0)
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", str(out),
                        str(tmp_path / "p")], check=True)
        assert list(tmp_path.glob("p*.png"))


def test_xlsx_print_setup(db, db_path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    assert main(["report", "monthly", "--period", "2024-Q1", "--format", "xlsx",
                 "--out", str(out), "--db", db.url]) == 0
    ws = load_workbook(out).active
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows
    assert abs(ws.page_margins.left - 30 / 25.4) < 0.01
    assert abs(ws.page_margins.right - 15 / 25.4) < 0.01
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in texts
    assert "Độc lập - Tự do - Hạnh phúc" in texts


@pytest.mark.parametrize(("typed", "spec"), [
    ("03/2024", "2024-03"), ("3/2024", "2024-03"), ("Tháng 3/2024", "2024-03"),
    ("tháng 03 năm 2024", "2024-03"), ("Quý 1/2024", "2024-Q1"), ("Quý IV năm 2024", "2024-Q4"),
    ("quy 2/2024", "2024-Q2"), ("6 tháng đầu năm 2024", "2024-H1"),
    ("6 tháng cuối năm 2024", "2024-H2"), ("9 tháng năm 2024", "2024-9M"),
    ("Năm 2024", "2024"), ("2016-2020", "2016..2020"), ("Giai đoạn 2016 - 2020", "2016..2020"),
    ("2024-q1", "2024-Q1"), ("2016..2020", "2016..2020"),
])
def test_vietnamese_period_forms(typed: str, spec: str) -> None:
    assert parse_period(typed).spec == spec


@pytest.mark.parametrize("typed", ["13/2024", "Quý 5/2024", "2020-2016", "tháng", "", "2024-00"])
def test_bad_period_forms(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_period(typed)


def test_period_error_is_a_sentence(db, db_path, capsys) -> None:
    assert main(["report", "monthly", "--period", "Quý 5/2024", "--db", db.url,
                 "--lang", "vi"]) == 2
    err = capsys.readouterr().err.strip()
    assert not err.startswith("--period") and "Quý 5/2024" in err and "Quý 1/2024" in err


def test_presets_and_default_period() -> None:
    from desktop.domain.periods import last_complete_month, preset

    today = date(2026, 1, 10)
    assert last_complete_month(today).spec == "2025-12"
    assert preset("this_month", today).spec == "2026-01"
    assert preset("quarter", date(2026, 5, 2)).spec == "2026-Q2"
    assert preset("half", date(2026, 8, 2)).spec == "2026-H2"
    assert preset("programme", today).spec == "2026..2030"
    assert preset("programme", date(2024, 1, 1)).spec == "2021..2025"


def test_monthly_xlsx_sheets_have_their_own_headers(db, db_path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    assert main(["report", "monthly", "--period", "2024-Q1", "--unit", "31", "--format",
                 "xlsx", "--out", str(out), "--db", db.url, "--lang", "vi"]) == 0
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Báo cáo" and wb.sheetnames[1].startswith("Theo đơn vị")
    for ws in wb.worksheets:
        first = int(ws.print_title_rows.split(":")[0].lstrip("$"))
        assert ws.cell(first, 1).value == "STT", ws.title  # this sheet's own header repeats
        assert ws.page_setup.orientation == "landscape"
    last = wb.worksheets[-1]
    texts = [c.value for row in last.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Nơi nhận:" in texts and "NGƯỜI LẬP BIỂU" in texts


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_monthly_pdf_never_leaves_totals_or_signature_alone(db, db_path, tmp_path: Path,
                                                            qapp) -> None:
    from tests.test_year_end import _assert_no_lonely_page, _pdf_pages

    out = tmp_path / "r.pdf"
    assert main(["report", "monthly", "--period", "2024-03", "--unit", "31", "--format", "pdf",
                 "--out", str(out), "--db", db.url, "--lang", "vi"]) == 0
    pages = _pdf_pages(out)
    _assert_no_lonely_page(pages)
    for page in pages[1:]:  # headers of tables that continue
        if re.search(r"^\s*\d+\s+(Quận|Huyện)", page, re.M):
            assert "STT" in page
