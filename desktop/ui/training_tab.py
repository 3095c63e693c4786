"""Tập huấn: training classes with their attendance, and the officer roster."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop.domain.record_types import TYPES
from desktop.ui.list_panel import RecordListPanel

if TYPE_CHECKING:
    from desktop.services.context import AppContext

CLASS_COLUMNS = TYPES["training"].list_columns
OFFICER_COLUMNS = TYPES["officers"].list_columns
ATTENDANCE_COLUMNS = TYPES["attendance"].list_columns


class TrainingTab(QWidget):
    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.classes = RecordListPanel(None, "training", CLASS_COLUMNS,
                                       catalogue_field="level", parent=self)
        self.attendance = RecordListPanel(None, "attendance", ATTENDANCE_COLUMNS, period=False,
                                          unit=False, fixed_field="class_id",
                                          form_options=self._attendance_options, parent=self)
        self.officers = RecordListPanel(None, "officers", OFFICER_COLUMNS, period=False,
                                        parent=self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.classes)
        splitter.addWidget(self.attendance)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.inner = QTabWidget(self)
        self.inner.setDocumentMode(True)
        self.inner.addTab(splitter, "")
        self.inner.addTab(self.officers, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.inner)
        self.classes.selection_changed.connect(self._class_chosen)
        self.officers.records_changed.connect(self.attendance.refresh)
        self.retranslateUi()
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Load the lists (the main window does it the first time the tab is shown)."""
        if self.ctx is not None:
            return
        self.ctx = ctx
        self.classes.select_first = True
        for panel in (self.attendance, self.classes, self.officers):
            panel.attach(ctx)

    def _class_chosen(self, record_id: str | None) -> None:
        label = ""
        if record_id is not None:
            model = self.classes.model
            row = self.classes.view.currentIndex().row()
            rec = (model.record(row) if model is not None else None) or {}
            label = str(rec.get("name", ""))
        self.attendance.set_parent(record_id, label)

    def _attendance_options(self) -> dict[str, Any]:
        """Officers to choose from (code — name): those of the user's units, in service
        first, by given name."""
        from desktop.services.records import RecordService

        assert self.ctx is not None
        return {"ref_choices": {"officer_id": RecordService(self.ctx).ref_choices("officers")}}

    def retranslateUi(self) -> None:  # Qt naming
        self.inner.setTabText(0, self.tr("Classes and attendance"))
        self.inner.setTabText(1, self.tr("Officers"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def panels(self) -> list[RecordListPanel]:
        return [self.classes, self.attendance, self.officers]

    def current_panel(self) -> RecordListPanel:
        if self.inner.currentIndex() == 1:
            return self.officers
        return self.attendance if self.attendance.view.hasFocus() else self.classes
