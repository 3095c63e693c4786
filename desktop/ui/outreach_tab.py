"""Tuyên truyền: outreach sessions and media items."""

from __future__ import annotations

from desktop.domain.record_types import TYPES
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.ui.list_panel import RecordListPanel
from desktop.ui.lists_tab import ListsTab

SESSION_COLUMNS = TYPES["outreach"].list_columns
MEDIA_COLUMNS = TYPES["media"].list_columns


class OutreachTab(ListsTab):
    pages = (
        ("outreach", QT_TRANSLATE_NOOP("ListsTab", "Outreach sessions")),
        ("media", QT_TRANSLATE_NOOP("ListsTab", "Media items")),
    )

    @property
    def sessions(self) -> RecordListPanel:
        return self.lists["outreach"]

    @property
    def media(self) -> RecordListPanel:
        return self.lists["media"]
