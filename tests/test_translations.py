"""Translations: .ts files complete, compiled catalogues current, Qt dialogs in Vietnamese."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget  # noqa: E402

from desktop import i18n  # noqa: E402
from desktop.ui.translation import install_translators, remove_translators  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", REPO / "i18n" / "i18n_tool.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def _lrelease_or_skip() -> None:
    try:
        tool.find_lrelease()
    except tool.I18nError as exc:
        pytest.skip(str(exc))


# --------------------------------------------------------------------------- (a) + (b)


def test_ts_files_complete_and_consistent() -> None:
    errors = tool.check(REPO)
    assert errors == [], "run 'python i18n/i18n_tool.py check':\n" + "\n".join(errors)


def test_compiled_catalogues_are_current(tmp_path: Path) -> None:
    _lrelease_or_skip()
    ts_dir = tmp_path / "i18n"
    ts_dir.mkdir()
    for ts in (REPO / "i18n").glob("*.ts"):
        shutil.copy2(ts, ts_dir / ts.name)
    tool.update(REPO, ts_dir=ts_dir)
    out = tmp_path / "locale"
    tool.compile_all(REPO, ts_dir=ts_dir, out_dir=out)
    committed = REPO / "desktop" / "locale"
    hint = "run 'python i18n/i18n_tool.py update && python i18n/i18n_tool.py compile'"
    for lang in i18n.SUPPORTED_LANGUAGES:
        name = f"pcmd_{lang}"
        assert (committed / f"{name}.json").read_text(encoding="utf-8") == (
            out / f"{name}.json"
        ).read_text(encoding="utf-8"), f"{name}.json is stale: {hint}"
        # Compare the decoded messages: the bytes may differ between lrelease versions.
        assert tool.read_qm(committed / f"{name}.qm") == tool.read_qm(out / f"{name}.qm"), (
            f"{name}.qm is stale: {hint}"
        )


def test_update_is_stable(tmp_path: Path) -> None:
    for ts in (REPO / "i18n").glob("*.ts"):
        shutil.copy2(ts, tmp_path / ts.name)
    tool.update(REPO, ts_dir=tmp_path)
    again = tool.update(REPO, ts_dir=tmp_path)
    assert again.written == []


def test_vi_catalogue_has_qt_strings() -> None:
    qm = tool.read_qm(REPO / "desktop" / "locale" / "pcmd_vi.qm")
    assert len([key for key in qm if key[0].startswith("Q")]) >= 150
    assert qm[("QPlatformTheme", "Cancel", "")] == ("Hủy",)


# --------------------------------------------------------------------------- tool behaviour


def _fake_repo(root: Path, ui_source: str, core_source: str = "") -> None:
    for area in ("ui", "domain", "db", "services", "commands", "exchange", "reports"):
        (root / "desktop" / area).mkdir(parents=True, exist_ok=True)
    (root / "desktop" / "ui" / "window.py").write_text(textwrap.dedent(ui_source), "utf-8")
    (root / "desktop" / "services" / "svc.py").write_text(textwrap.dedent(core_source), "utf-8")
    (root / "i18n").mkdir(exist_ok=True)
    (root / "i18n" / "qt_vi.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="vi_VN">\n</TS>\n',
        "utf-8",
    )


def test_extract_merge_and_check(tmp_path: Path) -> None:
    _fake_repo(
        tmp_path,
        """
        from PySide6.QtCore import QCoreApplication, QT_TR_NOOP

        class MainWindow:
            TITLE = QT_TR_NOOP("Records")

            def build(self, n):
                self.setWindowTitle(self.tr("&Open {name}"))
                self.label.setText(self.tr("%n record(s)", "", n))
                QCoreApplication.translate("Shared", "Close")
                "abc".translate({})
        """,
        """
        from desktop.i18n import translate

        def _t(text):
            return translate("svc", text)

        def fail(name):
            return translate("svc", "Unit {code} unknown").format(code=name) + _t("Saved.")
        """,
    )
    found = tool.extract(tmp_path)
    ui = {ctx: [(m.source, m.numerus) for m in ms] for ctx, ms in found["ui"].items()}
    assert ui == {
        "MainWindow": [("Records", False), ("&Open {name}", False), ("%n record(s)", True)],
        "Shared": [("Close", False)],
    }
    assert [m.source for m in found["core"]["svc"]] == ["Unit {code} unknown", "Saved."]

    tool.update(tmp_path)
    vi = tmp_path / "i18n" / "ui_vi.ts"
    en = tool.read_ts(tmp_path / "i18n" / "ui_en.ts")
    assert all(
        m.finished and m.translations[0] == m.source for _, m in en.messages() if not m.numerus
    )
    errors = tool.check(tmp_path)
    assert any("'&Open {name}': unfinished" in e for e in errors)

    # Translate everything, one with a wrong placeholder and a lost accelerator.
    text = vi.read_text("utf-8").replace('<translation type="unfinished"></translation>', "")
    fills = {
        "Records": "Hồ sơ",
        "&amp;Open {name}": "Mở {ten}",
        "Close": "Đóng",
    }
    for source, translation in fills.items():
        text = text.replace(
            f"<source>{source}</source>\n",
            f"<source>{source}</source>\n        <translation>{translation}</translation>\n",
        )
    text = text.replace(
        '<translation type="unfinished">\n            <numerusform></numerusform>',
        "<translation>\n            <numerusform>%n hồ sơ</numerusform>",
    )
    vi.write_text(text, "utf-8")
    core_vi = tmp_path / "i18n" / "core_vi.ts"
    core_vi.write_text(
        core_vi.read_text("utf-8")
        .replace(
            '<source>Unit {code} unknown</source>\n        <translation type="unfinished">',
            "<source>Unit {code} unknown</source>\n        <translation>Không có đơn vị {code}",
        )
        .replace(
            '<source>Saved.</source>\n        <translation type="unfinished">',
            "<source>Saved.</source>\n        <translation>Đã lưu.",
        ),
        "utf-8",
    )
    result = tool.check_all(tmp_path)
    assert len(result.errors) == 1 and "placeholders" in result.errors[0], result.errors
    assert any("accelerator" in w for w in result.warnings)

    vi.write_text(vi.read_text("utf-8").replace("Mở {ten}", "&amp;Mở {name}"), "utf-8")
    assert tool.check_all(tmp_path).errors == []

    # A removed text becomes vanished (kept, ignored by check); a new one is unfinished.
    window = tmp_path / "desktop" / "ui" / "window.py"
    window.write_text(window.read_text("utf-8").replace('"Close"', '"Quit"'), "utf-8")
    tool.update(tmp_path)
    merged = tool.read_ts(vi)
    by_source = {m.source: m for _, m in merged.messages()}
    assert by_source["Close"].type == "vanished"
    assert by_source["Quit"].type == "unfinished"
    assert by_source["Records"].finished and by_source["Records"].translations == ["Hồ sơ"]
    errors = tool.check(tmp_path)
    assert len(errors) == 1 and "'Quit': unfinished" in errors[0], errors
    assert tool.update(tmp_path).written == []

    _lrelease_or_skip()
    tool.compile_all(tmp_path)
    data = json.loads((tmp_path / "desktop" / "locale" / "pcmd_vi.json").read_text("utf-8"))
    assert data == {
        "MainWindow": {"&Open {name}": "&Mở {name}", "Records": "Hồ sơ"},
        "svc": {"Saved.": "Đã lưu.", "Unit {code} unknown": "Không có đơn vị {code}"},
    }
    qm = tool.read_qm(tmp_path / "desktop" / "locale" / "pcmd_vi.qm")
    assert qm[("MainWindow", "%n record(s)", "")] == ("%n hồ sơ",)
    assert ("Shared", "Quit", "") not in qm and ("Shared", "Close", "") not in qm


# --------------------------------------------------------------------------- (c) Qt


@pytest.fixture
def restore_language(qapp):
    """Undo install_translators so that other tests see Qt's defaults."""
    locale, lang = QLocale(), i18n.current_language()
    yield qapp
    remove_translators(qapp)
    QLocale.setDefault(locale)
    i18n.set_language(lang)
    QCoreApplication.processEvents()


def _texts(box: QMessageBox | QDialogButtonBox, *buttons) -> list[str]:
    return [box.button(b).text() for b in buttons]


def test_message_box_and_button_box_in_vietnamese(restore_language) -> None:
    install_translators(restore_language, "vi")
    box = QMessageBox(QMessageBox.Icon.Question, "", "")
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
    )
    yes, no, cancel = (
        QMessageBox.StandardButton.Yes,
        QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Cancel,
    )
    assert _texts(box, yes, no, cancel) == ["&Có", "&Không", "Hủy"]
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok, cancel_b = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
    assert _texts(buttons, ok, cancel_b) == ["Đồng ý", "Hủy"]
    assert QLocale().language() == QLocale.Language.Vietnamese
    assert i18n.current_language() == "vi"

    # Switching re-translates existing widgets (Qt posts LanguageChange to windows).
    install_translators(restore_language, "en")
    QCoreApplication.processEvents()
    assert _texts(buttons, ok, cancel_b) == ["OK", "Cancel"]
    assert _texts(box, yes, no, cancel) == ["&Yes", "&No", "Cancel"]
    fresh = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    assert _texts(fresh, ok, cancel_b) == ["OK", "Cancel"]
    assert i18n.current_language() == "en"
    assert QLocale().toString(QDate(2025, 3, 1), QLocale.FormatType.ShortFormat) == "01/03/2025"


@pytest.mark.parametrize(
    ("context", "source", "disambiguation", "expected"),
    [
        ("QPlatformTheme", "Save", None, "Lưu"),
        ("QLineEdit", "&Copy", None, "&Sao chép"),
        ("QFileDialog", "File &name:", None, "&Tên tệp:"),
        ("QFileSystemModel", "Type", "All other platforms", "Loại"),
        ("QPrintPreviewDialog", "Print Preview", None, "Xem trước khi in"),
        ("QWizard", "&Next >", None, "&Tiếp theo >"),
    ],
)
def test_qt_own_strings_in_vietnamese(
    restore_language, context: str, source: str, disambiguation: str | None, expected: str
) -> None:
    install_translators(restore_language, "vi")
    assert QCoreApplication.translate(context, source, disambiguation) == expected


def test_language_change_sent_once_per_widget(restore_language) -> None:
    seen: list[str] = []

    class Probe(QWidget):
        def changeEvent(self, event: QEvent) -> None:  # (Qt name)
            if event.type() == QEvent.Type.LanguageChange:
                seen.append(self.objectName())
            super().changeEvent(event)

    window = Probe()
    window.setObjectName("window")
    Probe(window).setObjectName("child")
    QCoreApplication.processEvents()
    install_translators(restore_language, "vi")
    install_translators(restore_language, "en")
    QCoreApplication.processEvents()
    assert sorted(seen) == ["child", "window"]


def test_unsupported_language_changes_nothing(restore_language) -> None:
    install_translators(restore_language, "vi")
    with pytest.raises(ValueError):
        install_translators(restore_language, "fr")
    assert i18n.current_language() == "vi"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"


# --------------------------------------------------------------------------- (d) desktop.i18n


@pytest.fixture
def fake_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "pcmd_vi.json").write_text(
        json.dumps({"Import": {"Row {row}: bad unit {code}": "Dòng {row}: sai đơn vị {code}"}}),
        encoding="utf-8",
    )
    lang = i18n.current_language()
    monkeypatch.setattr(i18n, "locale_dir", lambda: tmp_path)
    i18n.clear_cache()
    yield tmp_path
    i18n.clear_cache()
    i18n.set_language(lang)


def test_translate_and_fallback(fake_catalogue: Path) -> None:
    i18n.set_language("vi")
    text = i18n.translate("Import", "Row {row}: bad unit {code}").format(row=3, code="X1")
    assert text == "Dòng 3: sai đơn vị X1"
    assert i18n.translate("Import", "Unknown text") == "Unknown text"
    assert i18n.translate("Other", "Row {row}: bad unit {code}") == "Row {row}: bad unit {code}"
    i18n.set_language("en")  # no pcmd_en.json here: source texts
    assert i18n.translate("Import", "Row {row}: bad unit {code}") == "Row {row}: bad unit {code}"
    assert i18n.current_language() == "en"
    with pytest.raises(ValueError):
        i18n.set_language("vi_VN")
    assert i18n.current_language() == "en"


def test_committed_catalogues_load() -> None:
    lang = i18n.current_language()
    try:
        for code in i18n.SUPPORTED_LANGUAGES:
            data = json.loads((i18n.locale_dir() / f"pcmd_{code}.json").read_text("utf-8"))
            i18n.set_language(code)
            for context, messages in data.items():
                for source, translation in messages.items():
                    assert i18n.translate(context, source) == translation
    finally:
        i18n.set_language(lang)


def test_i18n_module_defaults_and_no_qt() -> None:
    code = (
        "import sys, desktop.i18n as m; "
        "assert m.current_language() == 'vi' and m.SUPPORTED_LANGUAGES == ('vi', 'en'); "
        "assert m.locale_dir().name == 'locale' and m.locale_dir().parent.name == 'desktop'; "
        "assert not [n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))]"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)
