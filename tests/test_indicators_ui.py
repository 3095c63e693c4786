"""Tools > Indicators, used as an administrator would: the list, a new definition in the form,
a wrong one refused with its key and field, retiring, the TOML text, import and export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

from desktop.domain.indicators import builtin_definitions
from desktop.services import auth, indicators
from desktop.services.session_user import set_user
from desktop.ui.indicator_editor import DefinitionDialog, IndicatorEditor


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Qt's message boxes are modal: record what they would have said."""
    said: list[str] = []

    def warning(_parent, _title, text, *_args, **_kwargs):
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return said


def keys_in_force(ctx) -> list[str]:
    with ctx.db.read_session() as s:
        return [d.key for d in indicators.in_force(s)]


def test_list_shows_every_definition(ctx, qtbot, qtmodeltester) -> None:
    editor = IndicatorEditor(ctx)
    qtbot.addWidget(editor)
    qtmodeltester.check(editor.model)
    assert editor.model.rowCount() == len(builtin_definitions())
    assert editor.model.data(editor.model.index(0, 0)) == "outreach_sessions"
    assert editor.new_button.isEnabled()


def test_new_indicator_in_the_form(ctx, qtbot) -> None:
    editor = IndicatorEditor(ctx)
    qtbot.addWidget(editor)
    dialog = DefinitionDialog(editor, None)
    qtbot.addWidget(dialog)
    dialog.key.setText("outreach_dialogues")
    dialog.label_vi.setText("Số buổi đối thoại")
    dialog.label_en.setText("Dialogue sessions")
    dialog.group.setCurrentText("Tuyên truyền")
    dialog.aggregate.setCurrentIndex(dialog.aggregate.findData("count"))
    dialog.sheet.setCurrentIndex(dialog.sheet.findText("Tuyên truyền"))
    dialog._add_condition("Hình thức")
    value = dialog.conditions.cellWidget(0, 1)
    assert isinstance(value, QComboBox) and value.findText("Đối thoại") >= 0
    value.setCurrentText("Đối thoại")
    dialog.save()
    assert dialog.problems.text() == ""
    assert "outreach_dialogues" in keys_in_force(ctx)
    entry = next(e for e in editor.model.entries if e.definition.key == "outreach_dialogues")
    assert entry.origin == "own"
    assert entry.definition.where == (("Hình thức", ("Đối thoại",)),)


def test_a_wrong_definition_stays_in_the_dialog_with_its_problems(ctx, qtbot) -> None:
    editor = IndicatorEditor(ctx)
    qtbot.addWidget(editor)
    dialog = DefinitionDialog(editor, None)
    qtbot.addWidget(dialog)
    dialog.key.setText("bad_sum")
    dialog.label_vi.setText("Tổng")
    dialog.aggregate.setCurrentIndex(dialog.aggregate.findData("sum"))
    dialog.sheet.setCurrentIndex(dialog.sheet.findText("Tuyên truyền"))
    dialog.field.setCurrentText("Hình thức")  # not a number column
    dialog.save()
    assert "“bad_sum”" in dialog.problems.text()
    assert "“field”" in dialog.problems.text()
    assert "bad_sum" not in keys_in_force(ctx)
    # the ratios of the form choose among the indicators in force: nothing to mistype
    assert dialog.denominator.findText("bad_sum") == -1
    assert dialog.denominator.findText("establishments_by_kind") == -1
    # a number typed as a count's target is refused too, in the form's words
    dialog.aggregate.setCurrentIndex(dialog.aggregate.findData("count"))
    dialog.target.setText("12")
    dialog.save()
    assert "“target”" in dialog.problems.text()


def test_built_in_aggregates_are_edited_as_text(ctx, qtbot) -> None:
    editor = IndicatorEditor(ctx)
    qtbot.addWidget(editor)
    total = next(d for d in builtin_definitions() if d.key == "communes_total")
    dialog = DefinitionDialog(editor, total)
    qtbot.addWidget(dialog)
    assert not dialog.tabs.isTabEnabled(0) and dialog.tabs.currentIndex() == 1
    assert 'aggregate = "units"' in dialog.text.toPlainText()
    dialog.text.setPlainText(dialog.text.toPlainText().replace(
        "Tổng số xã, phường", "Tổng số xã, phường, đặc khu"))
    dialog.save()
    entry = next(e for e in editor.model.entries if e.definition.key == "communes_total")
    assert entry.origin == "changed" and entry.definition.label_vi.endswith("đặc khu")
    # the key cannot change through the text
    dialog = DefinitionDialog(editor, total)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(dialog.text.toPlainText().replace("communes_total", "x_total"))
    dialog.save()
    assert dialog.problems.text()


def test_form_and_text_say_the_same(ctx, qtbot) -> None:
    editor = IndicatorEditor(ctx)
    qtbot.addWidget(editor)
    news = next(d for d in builtin_definitions() if d.key == "media_news")
    dialog = DefinitionDialog(editor, news)
    qtbot.addWidget(dialog)
    assert dialog.tabs.isTabEnabled(0)
    dialog.tabs.setCurrentIndex(1)
    found, problems = dialog.definitions()
    assert problems == [] and found == [news]


def test_retire_and_the_refusal_of_a_denominator(ctx, qtbot, warnings) -> None:
    editor = IndicatorEditor(ctx)
    qtbot.addWidget(editor)
    model = editor.model
    row = next(i for i, e in enumerate(model.entries) if e.definition.key == "media_news")
    model.setData(model.index(row, 5), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert "media_news" not in keys_in_force(ctx)
    assert model.data(model.index(row, 5), Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Unchecked
    row = next(i for i, e in enumerate(model.entries) if e.definition.key == "communes_total")
    model.setData(model.index(row, 5), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert "communes_total" in keys_in_force(ctx)
    assert warnings and "communes_reached_pct" in warnings[0]


def test_import_and_export_files(ctx, qtbot, tmp_path: Path, warnings) -> None:
    editor = IndicatorEditor(ctx)
    qtbot.addWidget(editor)
    out = tmp_path / "set.toml"
    editor.export_file(str(out))
    text = out.read_text(encoding="utf-8")
    assert text.count("[[indicator]]") == len(builtin_definitions())
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace('sheet = "Tập huấn"', 'sheet = "Tập huấn cũ"', 1),
                   encoding="utf-8")
    editor.import_file(str(bad))
    assert warnings and "“Tập huấn cũ”" in warnings[-1]
    editor.import_file(str(out))
    assert len(warnings) == 1


def test_only_an_administrator_may_change(ctx, qtbot) -> None:
    home = ctx.home_unit()
    auth.create_user(ctx, "admin", "admin-secret", "admin", home.id)
    set_user(ctx, auth.authenticate(ctx.db, "admin", "admin-secret"))
    auth.create_user(ctx, "binh", "staff-pw-1", "staff", home.id)
    set_user(ctx, auth.authenticate(ctx.db, "binh", "staff-pw-1"))
    editor = IndicatorEditor(ctx)
    qtbot.addWidget(editor)
    assert not editor.new_button.isEnabled() and not editor.import_button.isEnabled()
    assert editor.export_button.isEnabled()
    assert not editor.model.flags(editor.model.index(0, 5)) & Qt.ItemFlag.ItemIsUserCheckable
    assert "administrator" in editor.notice.text()
