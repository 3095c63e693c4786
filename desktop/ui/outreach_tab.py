"""Tuyên truyền: outreach sessions and media items."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.ui.list_panel import RecordListPanel

if TYPE_CHECKING:
    from desktop.services.context import AppContext

SESSION_COLUMNS = ("date", "unit_id", "form", "title", "location", "topics", "organiser",
                   "participants", "women", "documents", "leaflets")
MEDIA_COLUMNS = ("date", "kind", "channel", "title", "quantity")


class OutreachTab(QWidget):
    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.sessions = RecordListPanel(None, "outreach", SESSION_COLUMNS,
                                        catalogue_field="form", parent=self)
        self.media = RecordListPanel(None, "media", MEDIA_COLUMNS, unit=False,
                                     catalogue_field="kind", parent=self)
        self.inner = QTabWidget(self)
        self.inner.setDocumentMode(True)
        self.inner.addTab(self.sessions, "")
        self.inner.addTab(self.media, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.inner)
        self.retranslateUi()
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Load the lists (the main window does it the first time the tab is shown)."""
        if self.ctx is not None:
            return
        self.ctx = ctx
        for panel in self.panels():
            panel.attach(ctx)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.inner.setTabText(0, self.tr("Outreach sessions"))
        self.inner.setTabText(1, self.tr("Media items"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def panels(self) -> list[RecordListPanel]:
        return [self.sessions, self.media]

    def current_panel(self) -> RecordListPanel:
        return self.panels()[self.inner.currentIndex()]
