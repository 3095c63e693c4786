"""A tab of record lists, one inner tab per record type: the lists follow the declarations
(desktop/domain/record_types: list columns, the commune, whether it is a register)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.domain.record_types import TYPES
from desktop.ui.list_panel import RecordListPanel

if TYPE_CHECKING:
    from desktop.services.context import AppContext


def list_panel(kind: str, parent: QWidget) -> RecordListPanel:
    """The list of a record type as declared: its columns; a period filter unless it is a
    register; a commune filter when it has a commune; its first catalogue as a filter."""
    t = TYPES[kind]
    catalogue = next((f.name for f in t.fields if f.kind == "catalogue"), None)
    return RecordListPanel(None, kind, t.list_columns, period=not t.is_register,
                           unit=t.unit_field is not None, catalogue_field=catalogue,
                           parent=parent)


class ListsTab(QWidget):
    """Inner tabs of lists; `pages` are (record type, inner tab label in context "ListsTab")."""

    pages: tuple[tuple[str, str], ...] = ()

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.inner = QTabWidget(self)
        self.inner.setDocumentMode(True)
        self.lists: dict[str, RecordListPanel] = {}
        for kind, _label in self.pages:
            panel = list_panel(kind, self)
            self.lists[kind] = panel
            self.inner.addTab(panel, "")
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

    def retranslateUi(self) -> None:  # Qt naming
        for i, (_kind, label) in enumerate(self.pages):
            self.inner.setTabText(i, QCoreApplication.translate("ListsTab", label))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def panels(self) -> list[RecordListPanel]:
        return list(self.lists.values())

    def current_panel(self) -> RecordListPanel:
        return self.panels()[self.inner.currentIndex()]
