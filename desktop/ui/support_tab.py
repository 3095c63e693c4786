"""Hỗ trợ: support figures by month, commune and activity."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.services.context import AppContext
from desktop.ui.list_panel import RecordListPanel

SUPPORT_COLUMNS = ("month", "unit_id", "activity", "people", "reintegrated", "note")


class SupportTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures = RecordListPanel(ctx, "support", SUPPORT_COLUMNS,
                                       catalogue_field="activity", parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.figures)

    def panels(self) -> list[RecordListPanel]:
        return [self.figures]

    def current_panel(self) -> RecordListPanel:
        return self.figures
