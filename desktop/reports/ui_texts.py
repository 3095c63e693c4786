"""Texts of the Reports tab (desktop/ui/reports_tab.py), kept with the reports so that their
translations live in i18n/reports_*.ts. `ui_text(source)` returns the translation in the
current interface language (desktop.i18n follows the Qt language switch)."""

from __future__ import annotations

from desktop.i18n import translate


def _t(text: str) -> str:
    return translate("ReportsTab", text)


def ui_text(source: str) -> str:
    """The translation of one of the SOURCES below."""
    return translate("ReportsTab", source)


#: listed so that i18n_tool finds them
SOURCES = (
    _t("Report:"),
    _t("Standard table (monthly)"),
    _t("Period:"),
    _t("2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 or 2016..2020"),
    _t("Unit code:"),
    _t("Show report"),
    _t("Print preview…"),
    _t("Save PDF…"),
    _t("Save Excel…"),
    _t("Monthly trend"),
    _t("Communes not yet reached"),
    _t("Written summary"),
    _t("Report"),
    _t("Preparing the report…"),
    _t("final"),
    _t("draft"),
    _t("Not reached by outreach"),
    _t("No officer trained"),
    _t("No establishment inspected"),
    _t("Monthly trend since 1 January"),
    _t("Save PDF"),
    _t("PDF files (*.pdf)"),
    _t("Save Excel"),
    _t("Excel workbooks (*.xlsx)"),
    _t("Unit"),
    _t("Reported"),
    _t("yes"),
    _t("not yet"),
    _t("Since 1 January: {ytd}; same period last year: {last}"),
    _t("target: {t}"),
)
