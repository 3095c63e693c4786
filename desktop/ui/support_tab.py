"""Hỗ trợ: support figures by month, commune and activity; the people on record each month;
the prevention models run in the communes."""

from __future__ import annotations

from desktop.domain.record_types import TYPES
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.ui.list_panel import RecordListPanel
from desktop.ui.lists_tab import ListsTab

SUPPORT_COLUMNS = TYPES["support"].list_columns


class SupportTab(ListsTab):
    pages = (
        ("support", QT_TRANSLATE_NOOP("ListsTab", "Support figures")),
        ("people", QT_TRANSLATE_NOOP("ListsTab", "People on record")),
        ("models", QT_TRANSLATE_NOOP("ListsTab", "Prevention models")),
    )

    @property
    def figures(self) -> RecordListPanel:
        """The support figures' list."""
        return self.lists["support"]
