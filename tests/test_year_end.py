"""`pcmd report year-end`: the Word document read back with python-docx, the PDF read with
poppler page by page, the statistical form as a workbook, the letterheads of today and of
the labour department's time, and the seeds' figures printed in Vietnamese."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from desktop.cli import main
from desktop.domain.periods import parse_period
from desktop.reports.document import plain_info
from desktop.reports.engine import build_report
from desktop.reports.letterhead import Details, default_issuer, issuer_for
from desktop.reports.year_end import build_year_end
from desktop.services import setup
from tests.report_helpers import outreach, seed_city_programme, unit

SEED_TEXTS = ("Tổ chức 117 buổi tuyên truyền với 34.805 lượt người tham gia",
              "cấp phát 5.000 tài liệu", "50 chuyên trang, chuyên đề", "219 bài viết",
              "625 tin", "196.628 lượt truy cập", "Tổ chức 20 lớp tập huấn")


@pytest.fixture
def city_db(db, ctx):
    setup.choose_home_unit(db, "31", today=date(2026, 1, 5))
    ctx.reload_units()
    seed_city_programme(db, ctx.units)
    return db


def _docx_text(path: Path) -> tuple[str, list[str]]:
    d = Document(str(path))
    paras = [p.text for p in d.paragraphs]
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    return "\n".join(paras), cells


def _pdf_pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def _assert_no_lonely_page(pages: list[str]) -> None:
    """No page holds only the signature block, or only a totals row under a header."""
    for i, page in enumerate(pages, start=1):
        lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
        body = [ln for ln in lines if not re.fullmatch(r"\d+", ln)]  # drop the page number
        assert body, f"page {i} is empty"
        text = "\n".join(body)
        if "Nơi nhận:" in text:
            before = text.split("Nơi nhận:")[0].strip()
            assert before, f"page {i} holds only the signature block"
        totals = [ln for ln in body if ln.startswith("Tổng cộng")]
        if totals:
            start = body.index(totals[0])
            data_rows = [ln for ln in body[:start] if re.match(r"^\d+\s+\S", ln)]
            assert data_rows, f"page {i} holds a totals row alone under its header"


HAS_LO = shutil.which("pdftotext") is not None and shutil.which("soffice") is not None


@pytest.fixture(scope="module")
def city_files(tmp_path_factory: pytest.TempPathFactory, qapp) -> dict[str, Path]:
    """Built once for the tests that read them (LibreOffice takes seconds a run): the city's
    2016-2020 programme report from the seeds (`tk`, Word and PDF), and its 2026-H1 report,
    114 communes with six-figure totals and a fine (`h1`, PDF, Word and the statistical
    form); LibreOffice converts the Word and Excel files in one run (`lo_…`)."""
    from desktop.db import models as m
    from desktop.db.database import open_database
    from desktop.i18n import set_language
    from desktop.reports.document import report_info
    from desktop.reports.year_end_files import write_year_end
    from desktop.services.context import AppContext
    from tests.report_helpers import add

    folder = tmp_path_factory.mktemp("city")
    database = open_database(str(folder / "pcmd.sqlite"), create=True)
    files: dict[str, Path] = {}
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("PCMD_DATA_DIR", str(folder / "userdata"))
            setup.prepare(database)
            setup.choose_home_unit(database, "31", today=date(2026, 6, 1))
            units = AppContext(database, user_name="tester").units
            seed_city_programme(database, units)
            city = unit(units, "31", date(2026, 6, 1))
            communes = units.communes_under(city, date(2026, 6, 1))
            for i, commune in enumerate(communes):
                outreach(database, date(2026, 1 + i % 6, 10), commune.id, commune.id, 1000 + i)
            est = add(database, m.Establishment, est_code="E1", name="Karaoke", type="karaoke",
                      unit_id=communes[0].id, owner_id=communes[0].id,
                      opened_on=date(2019, 1, 1))
            add(database, m.Inspection, date=date(2026, 2, 2), establishment_id=est,
                planned=True, violation=True, fine_vnd=840_000_000, owner_id=communes[0].id)
            set_language("vi")
            for name, spec, fmts in (("tk", "2016..2020", ("docx", "pdf")),
                                     ("h1", "2026-H1", ("pdf", "docx", "xlsx"))):
                report = build_report(database, units, city, parse_period(spec))
                report.kind = "year_end"
                info = report_info(database, units, report)
                for fmt in fmts:  # one report in its files, as `pcmd report year-end` does
                    files[f"{name}_{fmt}"] = folder / f"{name}-{fmt}.{fmt}"  # one PDF each
                    write_year_end(report, info, fmt, files[f"{name}_{fmt}"])
    finally:
        database.close()
    if HAS_LO:
        converted = ("tk_docx", "h1_docx", "h1_xlsx")
        profile = f"-env:UserInstallation={(folder / 'lo-profile').resolve().as_uri()}"
        subprocess.run(["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir",
                        str(folder / "lo"), *(str(files[k]) for k in converted)], check=True,
                       capture_output=True, timeout=300)
        for k in converted:
            files[f"lo_{k}"] = folder / "lo" / f"{files[k].stem}.pdf"
    files["h1_total"] = sum(1000 + i for i in range(len(communes)))  # type: ignore[assignment]
    return files


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_seed_figures_in_docx_and_pdf(city_files) -> None:
    docx, pdf = city_files["tk_docx"], city_files["tk_pdf"]
    text, cells = _docx_text(docx)
    for wanted in SEED_TEXTS:
        assert wanted in text, wanted
    # the letterhead of the city office of that time (before 1 March 2025)
    head = " ".join(cells[:2])
    assert "UBND THÀNH PHỐ HẢI PHÒNG" in head
    assert "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" in re.sub(r"\s+", " ", head)
    assert "Số:" in head and "/BC-SLĐTBXH" in head
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in head and "Độc lập - Tự do - Hạnh phúc" in head
    assert re.search(r"Hải Phòng, ngày \d\d tháng \d\d? năm \d{4}", head)
    assert "BÁO CÁO" in text
    assert "Kết quả công tác phòng, chống mại dâm giai đoạn 2016-2020" in text
    assert "Kính gửi: Bộ Lao động - Thương binh và Xã hội" in text
    for heading in ("I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", "II. ĐÁNH GIÁ CHUNG",
                    "III. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2021-2025", "IV. ĐỀ XUẤT, KIẾN NGHỊ"):
        assert heading in text
    sign = " ".join(cells)
    assert "Nơi nhận:" in sign and "- Như trên;" in sign and "- Lưu: VT." in sign
    assert "KT. GIÁM ĐỐC" in sign and "PHÓ GIÁM ĐỐC" in sign
    # the statistical form as appendix: every indicator, the seeds' figures
    assert "Số buổi tuyên truyền" in cells and "117" in cells and "34.805" in cells
    pages = _pdf_pages(pdf)
    whole = re.sub(r"\s+", " ", " ".join(pages))
    for wanted in SEED_TEXTS:
        assert wanted in whole, wanted
    _assert_no_lonely_page(pages)
    raw = pdf.read_bytes()
    assert raw.startswith(b"%PDF-1.")
    assert float(raw[5:8]) >= 1.4
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    rows = [ln for ln in fonts.splitlines()[2:] if ln.strip()]
    assert rows and all(" yes " in ln for ln in rows), fonts  # every font embedded


@pytest.mark.skipif(not HAS_LO, reason="poppler-utils or LibreOffice not installed")
def test_libreoffice_converts_the_docx_with_nothing_lost(city_files) -> None:
    docx = city_files["tk_docx"]
    pages = _pdf_pages(city_files["lo_tk_docx"])
    whole = re.sub(r"\s+", " ", " ".join(pages))
    text, cells = _docx_text(docx)
    for para in text.splitlines():
        words = para.split()
        if words:  # every paragraph of the document reached the PDF
            assert " ".join(words[:6]) in whole, para
    for wanted in (*SEED_TEXTS, "Nơi nhận:", "PHÓ GIÁM ĐỐC", "Tổng cộng", "Số buổi tuyên truyền"):
        assert wanted in whole, wanted
    assert len(pages) >= 3
    _assert_no_lonely_page(pages)


def test_six_month_report_of_a_commune(db, ctx, tmp_path: Path) -> None:
    setup.choose_home_unit(db, "11455", today=date(2026, 8, 1))  # Phường Đồ Sơn since 2025-07
    ctx.reload_units()
    ward = unit(ctx.units, "11455", date(2026, 3, 1))
    outreach(db, date(2026, 3, 5), ward.id, ward.id, 120, women=70, documents=30)
    outreach(db, date(2025, 8, 5), ward.id, ward.id, 80)
    out = tmp_path / "h1.docx"
    assert main(["report", "year-end", "--period", "6 tháng đầu năm 2026", "--format", "docx",
                 "--out", str(out), "--db", db.url, "--lang", "vi"]) == 0
    text, cells = _docx_text(out)
    head = " ".join(cells[:2])
    assert "UBND PHƯỜNG ĐỒ SƠN" in head and "UBND THÀNH PHỐ" not in head
    assert "/BC-UBND" in head and "Đồ Sơn, ngày" in head
    assert ("Kết quả công tác phòng, chống mại dâm 6 tháng đầu năm 2026 và phương hướng, "
            "nhiệm vụ 6 tháng cuối năm 2026") in text
    assert "Tổ chức 1 buổi tuyên truyền với 120 lượt người tham gia, trong đó có 70 lượt nữ" \
        in text
    assert "Kính gửi: Sở Y tế thành phố Hải Phòng." in text
    assert "TM. ỦY BAN NHÂN DÂN" in " ".join(cells) and "CHỦ TỊCH" in " ".join(cells)


def test_comparison_with_last_year_and_targets(db, ctx) -> None:
    from desktop.db import models as m
    from desktop.i18n import set_language
    from tests.report_helpers import add

    set_language("vi")
    d308 = unit(ctx.units, "308", date(2024, 3, 1))
    commune = unit(ctx.units, "11458", date(2024, 3, 1))
    for d in (date(2024, 3, 5), date(2024, 4, 5), date(2024, 5, 5), date(2024, 6, 5)):
        outreach(db, d, commune.id, d308.id, 100)
    for d in (date(2023, 3, 5), date(2023, 4, 5)):
        outreach(db, d, commune.id, d308.id, 100)
    add(db, m.PlanTarget, year=2024, indicator="communes_reached_pct", value=100.0,
        unit_id=None, owner_id=d308.id)
    report = build_report(db, ctx.units, d308, parse_period("2024"))
    doc = build_year_end(report, plain_info(report).issuer, Details(), date(2025, 1, 5))
    texts = [b.text for b in doc.blocks() if hasattr(b, "runs")]
    whole = "\n".join(texts)
    assert "So với năm 2023: số buổi tuyên truyền tăng 100,0% (từ 2 lên 4)" in whole
    assert "chưa đạt chỉ tiêu 100%" in whole
    assert "Các chỉ tiêu chưa đạt kế hoạch:" in whole
    assert "- Tỷ lệ xã, phường được tuyên truyền: đạt" in whole  # no "(%)" before "…%"


def test_letterheads_of_today_and_of_the_labour_department(db, ctx) -> None:
    units = ctx.units
    city = unit(units, "31", date(2026, 1, 1))
    now = default_issuer(units, city, date(2026, 12, 31))
    assert (now.parent, now.agency, now.abbr) == ("UBND THÀNH PHỐ HẢI PHÒNG", "SỞ Y TẾ", "SYT")
    assert now.to.startswith("Bộ Y tế") and now.capacity.startswith("KT. GIÁM ĐỐC")
    old = default_issuer(units, city, date(2024, 12, 31))
    assert old.agency == "SỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI"  # "THƯƠNG BINH" kept whole
    saved = {"agency_name": "Sở Y tế Hải Phòng", "agency_abbr": "SYT-PCTNXH", "place": ""}
    today = date(2026, 1, 5)
    edited = issuer_for(units, city, date(2026, 6, 30), saved, today)
    assert edited.agency == "SỞ Y TẾ HẢI PHÒNG" and edited.abbr == "SYT-PCTNXH"
    assert issuer_for(units, city, date(2020, 12, 31), saved, today).agency == old.agency
    ward = unit(units, "11455", date(2026, 1, 1))
    w = default_issuer(units, ward, date(2026, 6, 30))
    assert (w.parent, w.agency, w.abbr) == ("", "UBND PHƯỜNG ĐỒ SƠN", "UBND")
    assert w.capacity.startswith("TM. ỦY BAN NHÂN DÂN")


def test_details_are_remembered_for_the_command_line(city_db, tmp_path: Path) -> None:
    from desktop.reports.document import remember_details

    remember_details(Details(number="125", to="Bộ Y tế\nUBND thành phố",
                             recipients=["Lãnh đạo Sở"], capacity="GIÁM ĐỐC",
                             signer="Nguyễn Văn An"))
    out = tmp_path / "r.docx"
    assert main(["report", "year-end", "--period", "2025", "--unit", "31", "--format", "docx",
                 "--out", str(out), "--db", city_db.url, "--lang", "vi"]) == 0
    text, cells = _docx_text(out)
    everything = text + " ".join(cells)
    assert "Số: 125/BC-SYT" in everything and "SỞ Y TẾ" in everything
    assert "- Bộ Y tế;" in text and "- UBND thành phố." in text
    assert "- Lãnh đạo Sở;" in everything and "Nguyễn Văn An" in everything
    assert "GIÁM ĐỐC" in everything and "KT. GIÁM ĐỐC" not in everything


def test_statistical_form_as_xlsx(city_db, tmp_path: Path) -> None:
    out = tmp_path / "bieu.xlsx"
    assert main(["report", "year-end", "--period", "2016..2020", "--unit", "31", "--format",
                 "xlsx", "--out", str(out), "--db", city_db.url, "--lang", "vi"]) == 0
    wb = load_workbook(out)
    assert wb.sheetnames == ["Biểu thống kê", "Theo đơn vị"]
    form, by_unit = wb["Biểu thống kê"], wb["Theo đơn vị"]
    for ws in (form, by_unit):
        assert ws.page_setup.orientation == "landscape" and ws.print_title_rows
        first = int(ws.print_title_rows.split(":")[0].lstrip("$"))
        assert ws.cell(first, 1).value == "STT"  # the sheet's own header repeats
    values = [c.value for row in form.iter_rows() for c in row]
    assert 117 in values and 34805 in values and "Số buổi tuyên truyền" in values
    labels = [row[1].value for row in by_unit.iter_rows()]
    assert "Tổng cộng" in labels
    total_row = labels.index("Tổng cộng") + 1
    breaks = [b.id for b in by_unit.row_breaks.brk]
    assert total_row - 1 not in breaks  # the totals row never starts a page alone


def test_json_and_refusals(city_db, tmp_path: Path, capsys) -> None:
    assert main(["report", "year-end", "--period", "2016..2020", "--unit", "31", "--format",
                 "json", "--db", city_db.url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "year_end"
    assert data["total"]["values"]["outreach_sessions"]["period"] == 117
    assert main(["report", "year-end", "--period", "03/2024", "--format", "docx", "--out",
                 str(tmp_path / "x.docx"), "--db", city_db.url, "--lang", "vi"]) == 2
    err = capsys.readouterr().err
    assert "báo cáo tháng" in err and not err.startswith("--")
    assert not (tmp_path / "x.docx").exists()


@pytest.mark.skipif(not HAS_LO, reason="poppler-utils or LibreOffice not installed")
def test_long_unit_table_repeats_its_header_and_keeps_its_total(city_files) -> None:
    """The city in 2026: 114 communes on several pages, in our PDF and in LibreOffice's."""
    for path in (city_files["h1_pdf"], city_files["lo_h1_docx"]):
        pages = _pdf_pages(path)
        _assert_no_lonely_page(pages)
        unit_pages = [p for p in pages if re.search(r"^\s*\d+\s+(Phường|Xã|Đặc khu)", p, re.M)]
        assert len(unit_pages) >= 3, path
        for page in unit_pages:  # every page of the table starts with its own header
            assert "STT" in page and "Đơn vị" in page, path
        assert "Tổng cộng" in pages[-1] or "Tổng cộng" in pages[-2]


@pytest.mark.skipif(not HAS_LO, reason="poppler-utils or LibreOffice not installed")
def test_wide_figures_and_full_excel_pages_in_libreoffice(city_files) -> None:
    """A six-figure total once broke as "125.79 / 8" in Word's table by unit; Excel pages
    were printed only four fifths full."""
    total = city_files["h1_total"]
    assert total >= 100_000
    word = _pdf_pages(city_files["lo_h1_docx"])
    totals = [ln for p in word for ln in p.splitlines() if ln.strip().startswith("Tổng cộng")]
    figure = f"{total:,}".replace(",", ".")
    assert totals and figure in totals[-1] and "840.000.000" in totals[-1], totals
    # Excel: the breaks PCMD set are the only ones (no page overflows into another), and a
    # page of the table by unit holds more than the 20 rows it held at 90% of its capacity
    wb = load_workbook(city_files["h1_xlsx"])
    planned = sum(len(ws.row_breaks.brk) + 1 for ws in wb.worksheets)
    sheets = [p for p in _pdf_pages(city_files["lo_h1_xlsx"]) if p.strip()]
    assert len(sheets) == planned
    unit_rows = [len(re.findall(r"^\s*\d+\s+(?:Phường|Xã|Đặc khu)", p, re.M)) for p in sheets]
    full = [n for n in unit_rows if n][1:-1]  # the table's pages but its first and last
    assert full and min(full) >= 22, unit_rows


def test_sentences_of_the_new_national_figures(db, ctx) -> None:
    """Hotspots, cases, denunciations, people on record and models, keyed by domain.md's
    keys, as the national report counts them."""
    from desktop.db import models as m
    from desktop.i18n import set_language
    from tests.report_helpers import add

    set_language("vi")
    setup.choose_home_unit(db, "11455", today=date(2026, 8, 1))
    ctx.reload_units()
    ward = unit(ctx.units, "11455", date(2026, 3, 1))
    w = {"unit_id": ward.id, "owner_id": ward.id}
    add(db, m.Hotspot, location="Bãi biển khu 2", kind="duong_pho",
        detected_on=date(2026, 2, 1), **w)
    add(db, m.Hotspot, location="Công viên", kind="cong_vien", detected_on=date(2025, 5, 1),
        cleared_on=date(2026, 4, 1), **w)
    add(db, m.Case, date=date(2026, 3, 3), kind="duong_day", brokers=2, suspects=3,
        to_procuracy=True, **w)
    add(db, m.Case, date=date(2026, 5, 3), kind="mua_ban_dam", **w)
    for d, handled in ((date(2026, 1, 5), date(2026, 1, 20)), (date(2026, 2, 5), None)):
        add(db, m.Denunciation, received_on=d, handled_on=handled, source="nguoi_dan", **w)
    add(db, m.PeopleFigure, month=date(2026, 6, 1), recorded=12, women=11, minors=1,
        estimated=20, **w)
    add(db, m.PreventionModel, name="Mô hình phường", kind="phong_ngua",
        date_from=date(2025, 9, 1), **w)
    report = build_report(db, ctx.units, ward, parse_period("2026-H1"))
    doc = build_year_end(report, plain_info(report).issuer, Details(), date(2026, 7, 5))
    whole = "\n".join(b.text for b in doc.blocks() if hasattr(b, "runs"))
    assert "Phát hiện mới 1 tụ điểm, xóa bỏ 1 tụ điểm, đến cuối kỳ còn 1 tụ điểm hoạt động" \
        in whole
    assert "Phát hiện 2 vụ việc, triệt phá 1 đường dây, ổ nhóm" in whole
    assert "xử lý 2 chủ chứa, môi giới" in whole and "khởi tố 3 bị can" in whole
    assert "tiếp nhận 2 tin báo, tố giác, đã xử lý 1 tin (đạt 50%)" in whole
    assert "hiện có 12 người bán dâm có hồ sơ quản lý, trong đó 11 người là nữ, 1 người " \
        "dưới 18 tuổi" in whole
    # the report of one ward does not count wards ("tại 1 xã, phường (đạt 100%)")
    assert "Duy trì 1 mô hình phòng, chống mại dâm." in whole
    assert "1 xã, phường" not in whole and "1/1" not in whole
