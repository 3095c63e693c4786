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
    _t("03/2024, Quý 1/2024, 6 tháng đầu năm 2024, 9 tháng năm 2024, 2024 or 2016-2020"),
    _t("6 months"),
    _t("9 months"),
    _t("As typed"),
    _t("By unit"),
    _t("Certificate file"),
    _t("Certificates (*.p12 *.pfx)"),
    _t("Change (%)"),
    _t("Choose the unit from the list."),
    _t("Choose…"),
    _t("Digital signature"),
    _t("Digital signature of the PDF"),
    _t("Do not sign"),
    _t("Document details"),
    _t("Document details…"),
    _t("Enter"),
    _t("Indicator"),
    _t("Last month"),
    _t("Libraries (*.dll *.so *.dylib)"),
    _t("Month / year"),
    _t("Month {m}"),
    _t("Number"),
    _t("Open the file"),
    _t("Open the folder"),
    _t("Other recipients (one per line)"),
    _t("PIN of the token:"),
    _t("PKCS#11 library"),
    _t("Password of the certificate {file}:"),
    _t("Prepared by"),
    _t("Printed on the report"),
    _t("Programme period"),
    _t("Same period last year"),
    _t("Save Word"),
    _t("Save Word…"),
    _t("Save the form as Excel…"),
    _t("Saved: {path}"),
    _t("Sign with a USB token (PKCS#11)"),
    _t("Sign with a certificate file (.p12, .pfx)"),
    _t("Signer's capacity"),
    _t("Signer's name"),
    _t("Since 1 January"),
    _t("Summary"),
    _t("Target"),
    _t("This month"),
    _t("This period"),
    _t("This quarter"),
    _t("This year"),
    _t("To (one per line)"),
    _t("Token label:"),
    _t("Unit:"),
    _t("Word documents (*.docx)"),
    _t("Year-end report (also 6 months, programme period)"),
    _t("e.g. 03/2024 or Quý 1/2024"),
    _t("left blank for the clerk to fill in"),
    _t("the token's PKCS#11 library (.dll)"),
    _t("{name} (until {date})"),
    _t("Writing {file}…"),
    _t("Cancelled: nothing was saved."),
)
