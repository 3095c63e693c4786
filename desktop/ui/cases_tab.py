"""Vụ việc, tụ điểm: cases and rings dealt with, hotspots, and denunciations received.

A tab of its own rather than a part of Kiểm tra: these records come from the police and the
interagency team rather than from inspection visits, are about places and cases rather than
registered establishments, and fill one section of the year-end report ("cases"); the
Kiểm tra tab stays the establishment register with its visits."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.ui.lists_tab import ListsTab


class CasesTab(ListsTab):
    pages = (
        ("cases", QT_TRANSLATE_NOOP("ListsTab", "Cases and rings")),
        ("hotspots", QT_TRANSLATE_NOOP("ListsTab", "Hotspots")),
        ("denunciations", QT_TRANSLATE_NOOP("ListsTab", "Denunciations")),
    )
