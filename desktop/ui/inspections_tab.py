"""Kiểm tra: the establishment registry and the inspections of the selected establishment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop.domain.record_types import TYPES
from desktop.ui.list_panel import RecordListPanel

if TYPE_CHECKING:
    from desktop.services.context import AppContext

ESTABLISHMENT_COLUMNS = TYPES["establishments"].list_columns
INSPECTION_COLUMNS = TYPES["inspections"].list_columns


class InspectionsTab(QWidget):
    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.establishments = RecordListPanel(None, "establishments", ESTABLISHMENT_COLUMNS,
                                              period=False, catalogue_field="type", parent=self)
        self.inspections = RecordListPanel(None, "inspections", INSPECTION_COLUMNS, unit=False,
                                           fixed_field="establishment_id", parent=self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.establishments)
        splitter.addWidget(self.inspections)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.establishments.selection_changed.connect(self._establishment_chosen)
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Load the lists (the main window does it the first time the tab is shown)."""
        if self.ctx is not None:
            return
        self.ctx = ctx
        self.establishments.select_first = True
        self.inspections.attach(ctx)
        self.establishments.attach(ctx)

    def _establishment_chosen(self, record_id: str | None) -> None:
        label = ""
        if record_id is not None:
            row = self.establishments.view.currentIndex().row()
            model = self.establishments.model
            rec = (model.record(row) if model is not None else None) or {}
            label = f"{rec.get('est_code', '')} {rec.get('name', '')}".strip()
        self.inspections.set_parent(record_id, label)

    def panels(self) -> list[RecordListPanel]:
        return [self.establishments, self.inspections]

    def current_panel(self) -> RecordListPanel:
        return self.inspections if self.inspections.view.hasFocus() else self.establishments
