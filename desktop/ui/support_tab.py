"""Hỗ trợ: support figures by month, commune and activity."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.ui.list_panel import RecordListPanel

if TYPE_CHECKING:
    from desktop.services.context import AppContext

SUPPORT_COLUMNS = ("month", "unit_id", "activity", "people", "reintegrated", "note")


class SupportTab(QWidget):
    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.figures = RecordListPanel(None, "support", SUPPORT_COLUMNS,
                                       catalogue_field="activity", parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.figures)
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Load the list (the main window does it the first time the tab is shown)."""
        if self.ctx is not None:
            return
        self.ctx = ctx
        self.figures.attach(ctx)

    def panels(self) -> list[RecordListPanel]:
        return [self.figures]

    def current_panel(self) -> RecordListPanel:
        return self.figures
