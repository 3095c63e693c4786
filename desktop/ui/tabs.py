"""The main window's tabs, declared once, in their order.

Qt-free, so the command line (`pcmd screenshot --tab`) and the tests read it too. Each record
type names its tab (desktop/domain/record_types: `tab`); the tab's widget lists them.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Tab:
    key: str
    label: str  # English; context "MainWindow"
    widget: str  # "module:Class" of the tab's widget; "" for the Reports tab (made when shown)

    @property
    def attribute(self) -> str:
        """The main window's attribute holding the tab's widget (`window.outreach_tab`)."""
        return f"{self.key}_tab"


TABS: tuple[Tab, ...] = (
    Tab("outreach", QT_TRANSLATE_NOOP("MainWindow", "Outreach"),
        "desktop.ui.outreach_tab:OutreachTab"),
    Tab("training", QT_TRANSLATE_NOOP("MainWindow", "Training"),
        "desktop.ui.training_tab:TrainingTab"),
    Tab("inspections", QT_TRANSLATE_NOOP("MainWindow", "Inspections"),
        "desktop.ui.inspections_tab:InspectionsTab"),
    Tab("cases", QT_TRANSLATE_NOOP("MainWindow", "Cases and hotspots"),
        "desktop.ui.cases_tab:CasesTab"),
    Tab("support", QT_TRANSLATE_NOOP("MainWindow", "Support"),
        "desktop.ui.support_tab:SupportTab"),
    Tab("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), ""),
)
TAB_KEYS: tuple[str, ...] = tuple(t.key for t in TABS)
