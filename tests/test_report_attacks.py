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
