"""The reports attacked as a manager would try them: a period not begun, a unit abolished
before the period, wrong Vietnamese period texts, outputs that are a folder, the database or
a missing folder. Each is refused with one sentence in the interface language, exit 2, and
nothing written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.cli import main
from desktop.ui.reports_tab import ReportsTab
from desktop.ui.tasks import TaskRunner
from tests.report_helpers import unit


def _refused(capsys, *argv: str) -> str:
    code = main([*argv, "--lang", "vi"])
    err = capsys.readouterr().err.strip()
    assert code == 2, err
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    return err


def test_a_period_not_begun_is_refused(db, capsys, tmp_path: Path) -> None:
    nxt = date.today().year + 1
    out = tmp_path / "x.docx"
    err = _refused(capsys, "report", "year-end", "--period", str(nxt), "--unit", "31",
                   "--format", "docx", "--out", str(out), "--db", db.url)
    assert f"Năm {nxt} chưa bắt đầu" in err and "hôm nay" in err
    assert not out.exists()
    err = _refused(capsys, "report", "monthly", "--period", f"01/{nxt}", "--unit", "31",
                   "--db", db.url)
    assert f"Tháng 1 năm {nxt} chưa bắt đầu" in err
    # the running month and year are reports in progress, not refused
    assert main(["report", "monthly", "--period", date.today().strftime("%m/%Y"), "--unit",
                 "31", "--db", db.url, "--format", "json", "--out",
                 str(tmp_path / "now.json")]) == 0


def test_a_district_abolished_before_the_period_is_refused(db, capsys, tmp_path: Path) -> None:
    """308 (Quận Đồ Sơn) closed on 30/06/2025: no report of it for 2026; 2025 still has its
    first half."""
    err = _refused(capsys, "report", "year-end", "--period", "2026", "--unit", "308",
                   "--format", "docx", "--out", str(tmp_path / "a.docx"), "--db", db.url)
    assert "Quận Đồ Sơn (mã 308)" in err and "30/06/2025" in err and "năm 2026" in err
    # the home unit of this database is 308 too: the default unit is checked alike
    err = _refused(capsys, "report", "monthly", "--period", "03/2026", "--db", db.url)
    assert "mã 308" in err
    assert main(["report", "year-end", "--period", "2025", "--unit", "308", "--format", "json",
                 "--out", str(tmp_path / "a.json"), "--db", db.url]) == 0


@pytest.mark.parametrize("typed", ["13/2024", "Quý 5/2024", "00/2024", "6 tháng giữa năm 2024",
                                   "2024-2016"])
def test_wrong_vietnamese_periods(db, capsys, typed: str) -> None:
    err = _refused(capsys, "report", "monthly", "--period", typed, "--unit", "31",
                   "--db", db.url)
    assert f"“{typed}”" in err and "không phải là kỳ báo cáo" in err
    assert not err.startswith("--period")


def test_outputs_that_cannot_be_written(db, db_path: Path, capsys, tmp_path: Path) -> None:
    base = ["report", "year-end", "--period", "2024", "--unit", "31", "--db", db.url]
    err = _refused(capsys, *base, "--format", "pdf", "--out", str(tmp_path))
    assert "thư mục" in err
    err = _refused(capsys, *base, "--format", "docx", "--out", str(db_path))
    assert "cơ sở dữ liệu" in err
    err = _refused(capsys, *base, "--format", "xlsx", "--out", str(tmp_path / "no" / "x.xlsx"))
    assert "không có thư mục" in err
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".part") == []


@pytest.fixture
def tab(qtbot, ctx):
    parent = QWidget()
    qtbot.addWidget(parent)
    return ReportsTab(ctx, TaskRunner(parent), parent)


def _warning(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a: said.append(text))
    return said


def test_the_tab_refuses_a_period_not_begun_and_a_closed_unit(qtbot, tab, monkeypatch) -> None:
    said = _warning(monkeypatch)
    tab.period.setText(str(date.today().year + 1))
    tab.run_report()
    assert said and "has not begun" in said[-1]
    tab.period.setText("03/2026")  # the home unit 308 closed on 30/06/2025
    tab.run_report()
    assert "existed only until 30/06/2025" in said[-1]
    assert tab.report is None and tab.run_button.isEnabled()


def _narrative(db, units, code: str, spec: str, on: date) -> tuple[str, list[str]]:
    """The year-end report's sentences (Vietnamese) and its appendix's paragraphs."""
    from desktop.domain.periods import parse_period
    from desktop.i18n import set_language
    from desktop.reports.document import plain_info
    from desktop.reports.engine import build_report
    from desktop.reports.letterhead import Details
    from desktop.reports.year_end import build_year_end

    set_language("vi")
    report = build_report(db, units, units.code_on(code, on), parse_period(spec))
    return _sentences(build_year_end(report, plain_info(report).issuer, Details(),
                                     date(2025, 1, 5)))


def _sentences(doc) -> tuple[str, list[str]]:
    from desktop.reports.blocks import Para

    first, appendix = doc.sections[0].blocks, doc.sections[1].blocks
    return ("\n".join(b.text for b in first if isinstance(b, Para)),
            [b.text for b in appendix if isinstance(b, Para)])


def test_sentences_leave_out_zero_parts_and_carry_the_money_unit(db, ctx) -> None:
    """"chuyển Viện kiểm sát 0 vụ án hình sự" and "xóa bỏ 0 tụ điểm" read as if something
    happened; "tiền phạt (đồng) tăng …" put the unit in the wrong place."""
    from desktop.db import models as m
    from tests.report_helpers import add

    d308 = unit(ctx.units, "308", date(2024, 3, 1))
    ward = unit(ctx.units, "11458", date(2024, 3, 1))
    w = {"unit_id": ward.id, "owner_id": d308.id}
    add(db, m.Case, date=date(2024, 3, 3), kind="chua_mai_dam", suspects=3, **w)
    add(db, m.Hotspot, location="Bến xe", kind="ben_xe", detected_on=date(2024, 2, 1), **w)
    est = add(db, m.Establishment, est_code="E1", name="Karaoke", type="karaoke",
              opened_on=date(2019, 1, 1), **w)
    for d, fine in ((date(2024, 3, 3), 5_000_000), (date(2023, 3, 3), 2_000_000)):
        add(db, m.Inspection, date=d, establishment_id=est, planned=True, violation=True,
            fine_vnd=fine, owner_id=d308.id)
    whole, _ = _narrative(db, ctx.units, "308", "2024", date(2024, 3, 1))
    assert "khởi tố 3 bị can" in whole and "0 vụ án" not in whole
    assert "Phát hiện mới 1 tụ điểm, đến cuối kỳ còn 1 tụ điểm hoạt động" in whole
    assert "xóa bỏ 0" not in whole
    assert "tiền phạt tăng 150,0% (từ 2.000.000 đồng lên 5.000.000 đồng)" in whole
    assert "(đồng)" not in whole


def test_the_note_on_regrouped_units_is_short_in_the_text(db, ctx) -> None:
    """Sixty split wards once filled half a page of the narrative: it names six and counts
    the others; the appendix lists them all."""
    from desktop.domain.periods import parse_period
    from desktop.i18n import set_language
    from desktop.reports.document import build_document, plain_info
    from desktop.reports.engine import build_report
    from desktop.reports.letterhead import Details
    from desktop.reports.year_end import build_year_end

    set_language("vi")
    d308 = unit(ctx.units, "308", date(2024, 3, 1))
    report = build_report(db, ctx.units, d308, parse_period("2024"))
    report.approx_units = [f"Phường Số {i}" for i in range(1, 21)]
    report.unknown_units = ["Xã Một", "Xã Hai"]
    whole, appendix = _sentences(build_year_end(report, plain_info(report).issuer, Details(),
                                                date(2025, 1, 5)))
    assert "Số liệu của 20 đơn vị bị chia tách" in whole
    assert "Phường Số 6 và 14 đơn vị khác" in whole and "Phường Số 7," not in whole
    assert "Chưa xác định đơn vị mới của Xã Một, Xã Hai" in whole  # two: named
    full = "\n".join(appendix)
    assert all(f"Phường Số {i}" in full for i in range(1, 21))
    monthly = build_document(report, plain_info(report))
    texts = [b.text for b in monthly.blocks() if hasattr(b, "runs")]
    assert any("và 14 đơn vị khác" in t for t in texts)
    assert any("Phường Số 20" in t for t in texts)
    # few units: named in the text, no second list in the appendix
    report.approx_units = report.approx_units[:3]
    whole, appendix = _sentences(build_year_end(report, plain_info(report).issuer, Details(),
                                                date(2025, 1, 5)))
    assert "Phường Số 1, Phường Số 2, Phường Số 3." in whole
    assert not any("Phường Số" in t for t in appendix)


#: child order of the properties PCMD writes (ECMA-376, WordprocessingML): Word refuses a file
#: whose properties are out of order or doubled, where LibreOffice reads it without a word
SCHEMA_ORDER = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
           "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap "
           "overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid "
           "spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection "
           "textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss "
           "imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs "
           "highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout "
           "specVanish oMath rPrChange",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize "
             "tblW jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook "
             "tblCaption tblDescription tblPrChange",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection "
            "tcFitText vAlign hideMark headers cellIns cellDel cellMerge tcPrChange",
    "sectPr": "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc "
              "pgBorders lnNumType pgNumType cols formProt vAlign noEndnote titlePg "
              "textDirection bidi rtlGutter docGrid printerSettings sectPrChange",
}


def schema_disorder(docx: Path) -> list[str]:
    """Properties of document.xml and styles.xml out of the schema's order, or doubled."""
    import zipfile

    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    found = []
    with zipfile.ZipFile(docx) as z:
        for part in ("word/document.xml", "word/styles.xml"):
            root = etree.fromstring(z.read(part))
            for tag, order in SCHEMA_ORDER.items():
                rank = {name: i for i, name in enumerate(order.split())}
                if tag == "sectPr":
                    rank["footerReference"] = rank["headerReference"]
                for el in root.iter(w + tag):
                    names = [etree.QName(c).localname for c in el]
                    ranks = [rank.get(n, -1) for n in names]
                    repeated = len(set(names)) != len(names) and tag != "sectPr"
                    if -1 in ranks or ranks != sorted(ranks) or repeated:
                        found.append(f"{part} {tag}: {' '.join(names)}")
    return found


def test_the_word_file_keeps_the_schema_order(db, ctx, tmp_path: Path) -> None:
    """The letterhead's table once had two w:tblLayout and its rules a w:pBdr after w:ind."""
    from desktop.domain.periods import parse_period
    from desktop.reports.document import plain_info
    from desktop.reports.docx_writer import write_docx
    from desktop.reports.engine import build_report
    from desktop.reports.letterhead import Details
    from desktop.reports.year_end import build_year_end

    d308 = unit(ctx.units, "308", date(2024, 3, 1))
    report = build_report(db, ctx.units, d308, parse_period("2024"))
    out = tmp_path / "r.docx"
    write_docx(build_year_end(report, plain_info(report).issuer, Details(signer="Nguyễn Văn A"),
                              date(2025, 1, 5)), out)
    assert schema_disorder(out) == []


def test_the_monthly_table_by_unit_has_even_blocks(db, ctx) -> None:
    """57 indicators in blocks of 8 once left a last block of one column over a whole page."""
    from desktop.domain.periods import parse_period
    from desktop.reports.document import _unit_tables
    from desktop.reports.engine import build_report

    d308 = unit(ctx.units, "308", date(2024, 3, 1))
    report = build_report(db, ctx.units, d308, parse_period("2024-03"))
    sizes = [t.ncols for _, t in _unit_tables(report)]
    assert len(sizes) > 1 and max(sizes) - min(sizes) <= 2, sizes  # "Reported" may add one


def test_the_year_box_keeps_the_kind_of_period(tab) -> None:
    """Changing the year of "This year" once gave a month, which a year-end report refuses."""
    from desktop.domain import periods

    tab.kind.setCurrentIndex(tab.kind.findData("year_end"))
    p = tab.period
    today = date.today()
    assert p.preset.currentData() in ("year", "typed")  # the default year shows as a preset
    p.set_preset("year")
    p.year.setValue(today.year - 2)
    assert p.period().kind == "year" and p.period().end.year == today.year - 2
    assert p.preset.currentData() == "typed"
    p.setText("6 tháng đầu năm 2024")
    p.year.setValue(2023)
    assert p.period().spec == "2023-H1"
    p.setText("2016-2020")
    p.year.setValue(2022)
    assert p.period().spec == "2021..2025"
    p.setText("03/2024")
    p.year.setValue(2021)
    assert p.period().spec == "2021-03" and p.preset.currentData() == "pick"
    p.set_period(periods.year(today.year))
    assert p.preset.currentData() == "year"  # a period equal to a preset shows the preset


def test_the_month_box_names_months_as_each_language_does(tab) -> None:
    """English showed "Month 3"; a clerk reading English expects "March"."""
    from desktop.i18n import set_language

    assert tab.period.month.itemText(2) == "March"
    set_language("vi")
    tab.period.retranslate()
    assert tab.period.month.itemText(2) == "Tháng 3"


def test_english_tables_name_their_groups_in_english(db, ctx) -> None:
    from desktop.domain.periods import parse_period
    from desktop.reports.engine import build_report
    from desktop.reports.indicator_view import groups_of, indicators_of

    d308 = unit(ctx.units, "308", date(2024, 3, 1))
    report = build_report(db, ctx.units, d308, parse_period("2024-03"))
    groups = [g for g, _ in groups_of(indicators_of(report))]
    assert "Outreach" in groups and "Tuyên truyền" not in groups


def test_saving_runs_in_the_background_and_a_cancel_keeps_the_old_file(qtbot, tab, tmp_path,
                                                                          monkeypatch) -> None:
    """Writing a city's fifty-page table froze the window for seconds; now a task writes it,
    and a cancel leaves the earlier file as it was."""
    import threading

    from desktop.reports import pdf_layout

    tab.period.setText("03/2024")
    tab.run_report()
    qtbot.waitUntil(lambda: tab.report is not None, timeout=15000)
    threads: list[str] = []
    real = pdf_layout.render

    def watched(*a, **kw):
        threads.append(threading.current_thread().name)
        return real(*a, **kw)

    monkeypatch.setattr(pdf_layout, "render", watched)
    out = tmp_path / "r.pdf"
    assert tab.save_pdf(str(out))
    qtbot.waitUntil(lambda: tab.saved_path == out, timeout=30000)
    assert threads and threads[0] != threading.main_thread().name
    before = out.read_bytes()
    gate = threading.Event()

    def slow(*a, **kw):
        gate.wait(10)  # the user presses Cancel while the file is being written
        return real(*a, **kw)

    monkeypatch.setattr(pdf_layout, "render", slow)
    tab.saved_path = None
    assert tab.save_pdf(str(out)) and not tab.pdf_button.isEnabled()
    tab.run_report()  # Enter meanwhile: no second run that would re-enable saving mid-write
    assert len(tab.runner.tasks) == 1
    for task in tab.runner.tasks:
        task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: tab.pdf_button.isEnabled(), timeout=30000)
    assert "nothing was saved" in tab.saved.text()
    assert out.read_bytes() == before and not list(tmp_path.glob("*.part"))
