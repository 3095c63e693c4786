"""Password-protected workbooks (Excel's "Encrypt with Password", Agile AES-256): exported
by `pcmd export --password-file` and File → Export, opened by LibreOffice with the password,
imported with the password asked in the window or given on the command line; a wrong
password is one sentence (exit 2); the password reaches no log, no report and no audit."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from python_calamine import CalamineWorkbook

from desktop.cli import main
from desktop.exchange import formats
from desktop.exchange.encryption import PASSWORD_ENV
from desktop.services import demo_data
from desktop.ui.exchange_actions import ExportDialog
from desktop.ui.exchange_preview import ExchangePreviewDialog
from tests.exchange_helpers import counts, empty_context
from tests.test_exchange_gui_flow import click_ok, open_window, when_shown
from tests.ui_helpers import isolate_qsettings
from tests.workbook_builders import soffice_open_with_password

PASSWORD = "Hải Phòng #2026 ‘x’"


@pytest.fixture
def office(tmp_path: Path) -> Path:
    ctx = empty_context(tmp_path / "office.sqlite")
    demo_data.generate(ctx, 300, seed=4, today=date(2026, 11, 1))
    ctx.db.close()
    return tmp_path / "office.sqlite"


def export(office: Path, out: Path, password_file: Path | None) -> int:
    args = ["export", "--from", "2016-01-01", "--to", "2030-12-31", "--out", str(out),
            "--db", str(office), "--lang", "en"]
    return main(args + (["--password-file", str(password_file)] if password_file else []))


def test_the_command_line_exports_and_imports_a_protected_workbook(
        office: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "mat-khau.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    out = tmp_path / "gui-so-y-te.xlsx"
    assert export(office, out, secret) == 0
    assert out.read_bytes().startswith(formats.OLE_MAGIC)  # an encrypted package
    target = empty_context(tmp_path / "city.sqlite")
    target.db.close()
    db = ["--db", str(tmp_path / "city.sqlite"), "--lang", "en"]
    capsys.readouterr()

    assert main(["import", str(out), *db]) == 2
    err = capsys.readouterr()
    assert "gui-so-y-te.xlsx: NOT imported" in err.out
    assert "gui-so-y-te.xlsx is protected by a password." in err.err
    assert "--password-file FILE or in the environment variable" in err.err

    wrong = tmp_path / "sai.txt"
    wrong.write_text("Hai Phong", encoding="utf-8")
    assert main(["import", str(out), *db, "--password-file", str(wrong), "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert [e["message"] for e in report["files"][0]["errors"]] == [
        "The password for gui-so-y-te.xlsx is wrong."]

    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    assert main(["import", str(out), *db]) == 0
    capsys.readouterr()
    city, source = empty_context(tmp_path / "city.sqlite"), empty_context(office)
    mine = {k: v for k, v in counts(city).items() if k != "audit"}
    assert mine == {k: v for k, v in counts(source).items() if k != "audit"}
    city.db.close()
    source.db.close()
    for f in [tmp_path / "city.sqlite", *tmp_path.rglob("*.log")]:
        assert PASSWORD.encode() not in f.read_bytes()


def test_libreoffice_opens_the_export_with_its_password(office: Path, tmp_path: Path) -> None:
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSWORD, encoding="utf-8")
    out = tmp_path / "bao-mat.xlsx"
    assert export(office, out, secret) == 0
    opened = soffice_open_with_password(out, PASSWORD, tmp_path / "lo" / "mo-ra.xlsx")
    book = CalamineWorkbook.from_path(str(opened))
    assert book.sheet_names[:2] == ["Thông tin", "Tuyên truyền"]
    source = empty_context(office)
    outreach = counts(source)["outreach"]
    source.db.close()
    assert book.get_sheet_by_name("Tuyên truyền").height == outreach + 1  # header and rows


def test_a_missing_password_file_is_one_sentence(office: Path, tmp_path: Path, capsys) -> None:
    assert export(office, tmp_path / "x.xlsx", tmp_path / "khong-co.txt") == 2
    assert "Cannot read the password file" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


def test_the_window_exports_with_a_password_and_asks_for_it_on_import(
        qtbot, ctx, office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_qsettings(tmp_path / "qsettings")
    source = empty_context(office)
    window = open_window(qtbot, source)
    out = tmp_path / "qua-thu.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    shown: list = []
    boxes: list = []
    texts: list[str] = []

    def fill(dialog: ExportDialog) -> None:
        dialog.protect.setChecked(True)
        dialog.password.setText(PASSWORD)
        dialog.confirm.setText(PASSWORD + "x")
        when_shown(QMessageBox, click_ok(texts), boxes)  # the two passwords differ
        dialog.accept()
        assert dialog.isVisible()
        dialog.confirm.setText(PASSWORD)
        when_shown(QMessageBox, click_ok(texts), boxes)
        dialog.accept()

    when_shown(ExportDialog, fill, shown)
    window.exchange.export_workbook()
    qtbot.waitUntil(lambda: len(boxes) == 2, timeout=60_000)
    assert "The two passwords differ" in texts[0]
    assert out.read_bytes().startswith(formats.OLE_MAGIC)
    window.close()
    source.db.close()

    city = empty_context(tmp_path / "city.sqlite")
    window2 = open_window(qtbot, city)
    asked: list = []
    previews: list = []
    done: list = []

    def wrong_then_right(dialog: QInputDialog) -> None:
        assert "qua-thu.xlsx is protected by a password" in dialog.labelText()
        when_shown(QInputDialog, right, asked)
        dialog.setTextValue("sai")
        dialog.accept()

    def right(dialog: QInputDialog) -> None:
        assert "The password for qua-thu.xlsx is wrong" in dialog.labelText()
        when_shown(ExchangePreviewDialog, import_all, previews)
        dialog.setTextValue(PASSWORD)
        dialog.accept()

    def import_all(dialog: ExchangePreviewDialog) -> None:
        when_shown(QMessageBox, click_ok(texts), done)
        dialog.import_button.click()

    when_shown(QInputDialog, wrong_then_right, asked)
    window2.import_files([str(out)])
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    assert texts[-1] == "1 of 1 workbook(s) imported."
    assert counts(city)["outreach"] > 0
    city.db.close()
