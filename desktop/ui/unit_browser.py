"""Unit browser: every unit version with its validity and the 2025 old→new mapping."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.text import fold, vi_sort_key
from desktop.services.context import AppContext
from desktop.services.units import UnitInfo


class UnitBrowser(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.table = QTableWidget(0, 7, self)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for col, width in enumerate((60, 200, 80, 170, 90, 90, 330)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._rows: list[tuple[str, list[str]]] = []
        self.search.textChanged.connect(self._filter)
        self.resize(1060, 620)
        self.retranslateUi()

    def _level(self, level: str) -> str:
        return {"city": self.tr("city"), "province": self.tr("province"),
                "district": self.tr("district"), "commune": self.tr("commune")}.get(level, level)

    def _fill(self) -> None:
        units = self.ctx.units
        rows: list[tuple[str, list[str]]] = []

        def order(u: UnitInfo) -> tuple[str, str]:
            return (u.valid_from.isoformat(), vi_sort_key(u.name))

        for u in sorted(units.by_id.values(), key=order):
            parent = units.parent(u)
            successors = "; ".join(
                f"{s.unit.name} ({s.unit.code})" + ("" if s.whole else " " + self.tr("(part)"))
                for s in units.successors.get(u.id, ()))
            cells = [u.code, u.name, self._level(u.level), parent.name if parent else "",
                     u.valid_from.strftime("%d/%m/%Y"),
                     u.valid_to.strftime("%d/%m/%Y") if u.valid_to else "", successors]
            rows.append((fold(" ".join(cells)), cells))
        self._rows = rows
        self._filter()

    def _filter(self) -> None:
        words = fold(self.search.text()).split()
        shown = [cells for key, cells in self._rows if all(w in key for w in words)]
        self.table.setRowCount(len(shown))
        for r, cells in enumerate(shown):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (0, 4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)

    def retranslateUi(self) -> None:  # Qt naming
        self.setWindowTitle(self.tr("Administrative units"))
        self.search.setPlaceholderText(self.tr("Search by name or code (accents optional)…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Name"), self.tr("Level"), self.tr("Part of"),
            self.tr("Valid from"), self.tr("Valid to"), self.tr("Replaced by (2025)")])
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
