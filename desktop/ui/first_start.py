"""First start: choose the home unit (the office whose records this database keeps)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.text import vi_sort_key
from desktop.errors import PcmdError
from desktop.services import setup
from desktop.services.context import AppContext
from desktop.services.units import UnitDirectory, UnitInfo
from desktop.ui.widgets import ID_ROLE, FoldCompleter, fold_item


def home_unit_choices(units: UnitDirectory, today) -> list[tuple[str, UnitInfo]]:
    """The city, its districts and communes valid today, as an indented tree."""
    out: list[tuple[str, UnitInfo]] = []

    def add(unit: UnitInfo, depth: int) -> None:
        out.append(("    " * depth + f"{unit.name} ({unit.code})", unit))
        for child in sorted(units.children(unit, today), key=lambda u: vi_sort_key(u.name)):
            add(child, depth + 1)

    roots = [u for u in units.by_id.values() if u.parent_id is None and u.valid_on(today)
             and u.level == "city"]
    for root in sorted(roots, key=lambda u: vi_sort_key(u.name)):
        add(root, 0)
    return out


def fill_unit_combo(combo: QComboBox, units: UnitDirectory, today) -> None:
    model = QStandardItemModel(combo)
    for label, unit in home_unit_choices(units, today):
        model.appendRow(fold_item(label, unit.code))
    combo.setModel(model)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setCompleter(FoldCompleter(model, combo))


class FirstStartDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: UnitInfo | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.combo = QComboBox(self)
        fill_unit_combo(self.combo, ctx.units, ctx.today())
        layout.addWidget(self.combo)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslateUi()

    def retranslateUi(self) -> None:  # Qt naming
        self.setWindowTitle(self.tr("Welcome to PCMD"))
        self.intro.setText(self.tr(
            "Choose the home unit: the office whose records this computer keeps (the city, "
            "a district or a commune). You can change it later in Settings."))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def select_code(self, code: str) -> None:
        index = self.combo.findData(code, ID_ROLE)
        self.combo.setCurrentIndex(index)

    def accept(self) -> None:
        code = self.combo.currentData(ID_ROLE)
        if code is None:
            self.error.setText(self.tr("Choose a unit from the list."))
            self.error.show()
            return
        try:
            self.chosen = setup.choose_home_unit(self.ctx, str(code), today=self.ctx.today())
        except PcmdError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.ctx.reload_units()
        super().accept()
