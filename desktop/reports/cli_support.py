"""What `pcmd report monthly|year-end` needs besides the engine: checking its arguments, with messages
in the interface language (kept here so that they belong to the reports translations)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from desktop.domain.periods import Period, parse_period
from desktop.errors import UsageError
from desktop.i18n import current_language, translate

if TYPE_CHECKING:
    from desktop.reports.signing import SignerSpec
    from desktop.services.units import UnitDirectory, UnitInfo


def tr(text: str) -> str:
    return translate("ReportCommand", text)


def help_texts() -> dict[str, str]:
    return {
        "report": tr("print the standard reports"),
        "monthly": tr("the standard table: one row per unit directly under CODE"),
        "period": tr("03/2024, Quý 1/2024, 6 tháng đầu năm 2024, 2024-9M, 2024 or 2016..2020"),
        "year_end": tr("the year-end report (also 6 months or a programme period): Word, PDF, "
                       "the statistical form as Excel, or JSON"),
        "year_period": tr("2026, 2026-H1, 6 tháng đầu năm 2026, 2026-9M or 2021..2025"),
        "sign": tr("sign the PDF with this PKCS#12 certificate (password from "
                   "PCMD_SIGN_PASSWORD, else asked)"),
        "sign_pkcs11": tr("sign the PDF with a token through this PKCS#11 library (PIN from "
                          "PCMD_SIGN_PIN, else asked)"),
        "token": tr("label of the token to use (default: the first one)"),
        "unit": tr("unit code (default: the home unit)"),
        "format": tr("output format"),
        "out": tr("output file; for json, '-' or nothing prints to standard output"),
    }


def period_arg(spec: str) -> Period:
    """A period typed in any accepted form; the error names what was typed and the forms."""
    try:
        return parse_period(spec)
    except ValueError:
        raise UsageError(tr(
            "“{spec}” is not a reporting period; write it as 03/2024, Quý 1/2024, 6 tháng đầu "
            "năm 2024, 9 tháng năm 2024, 2024 or 2016-2020.").format(spec=spec)) from None


def year_end_period_arg(spec: str) -> Period:
    """A period of a narrative report: a year, a programme period, 6 or 9 months."""
    period = period_arg(spec)
    if period.kind not in YEAR_END_KINDS:
        raise UsageError(tr(
            "A year-end report covers a year, a programme period, 6 or 9 months; “{spec}” is "
            "a shorter period: use the monthly report for it.").format(spec=spec))
    return period


YEAR_END_KINDS = ("half", "nine_months", "year", "programme")


def signer_files(args: object) -> list[str]:
    """The files --sign / --sign-pkcs11 read (an output may not replace one of them)."""
    return [f for f in (getattr(args, "sign", None), getattr(args, "sign_pkcs11", None)) if f]


def signer_arg(args: object) -> SignerSpec | None:
    """The certificate of --sign / --sign-pkcs11, its password or PIN from the environment or
    asked at the terminal (never on the command line, where other users could read it)."""
    import getpass
    import os

    from desktop.reports.signing import SignerSpec

    p12, lib = getattr(args, "sign", None), getattr(args, "sign_pkcs11", None)
    if not p12 and not lib:
        return None
    if getattr(args, "format", "pdf") != "pdf":
        raise UsageError(tr("Only a PDF can be signed: add --format pdf."))
    if p12:
        password = os.environ.get("PCMD_SIGN_PASSWORD")
        if password is None:
            password = getpass.getpass(tr("Password of the certificate: "))
        return SignerSpec(pkcs12=p12, password=password)
    pin = os.environ.get("PCMD_SIGN_PIN")
    if pin is None:
        pin = getpass.getpass(tr("PIN of the token: "))
    return SignerSpec(pkcs11_lib=lib, token=getattr(args, "token", None), pin=pin)


def unit_arg(units: UnitDirectory, code: str | None, home: UnitInfo | None,
             period: Period) -> UnitInfo:
    """The unit of the report: the version of CODE valid in the period (codes are reused),
    else its latest version; the home unit when no code is given."""
    if not code:
        if home is None:
            raise UsageError(tr("No home unit is set; give a unit code."))
        check_unit_in_period(home, period)
        return home
    versions = units.by_code.get(code.strip(), [])
    if not versions:
        raise UsageError(tr("No unit has code {code}.").format(code=code))
    for d in (period.end, period.start):
        for u in versions:
            if u.valid_on(d):
                return u
    overlapping = [u for u in versions if u.overlaps(period.start, period.end)]
    chosen = max(overlapping or versions, key=lambda u: u.valid_from)
    check_unit_in_period(chosen, period)
    return chosen


def check_unit_in_period(unit: UnitInfo, period: Period) -> None:
    """A unit closed before the period began has no report for it (a district abolished on 1
    July 2025 for 2026). A unit founded later does: its predecessors' records regroup onto
    it."""
    if unit.valid_to is not None and unit.valid_to < period.start:
        from desktop.reports.labels import period_label

        raise UsageError(tr(
            "{unit} (code {code}) existed only until {end}; there is no such unit in {period}: "
            "choose a unit of that time or of today.").format(
                unit=unit.name, code=unit.code, end=unit.valid_to.strftime("%d/%m/%Y"),
                period=_lower_first(period_label(period, current_language()))))


def check_period_begun(period: Period, today: date) -> None:
    """A period that has not begun has no figures: refused rather than printed as zeros."""
    if period.start > today:
        from desktop.reports.labels import period_label

        raise UsageError(tr("{period} has not begun yet (today is {today}): choose a period "
                            "that has begun.").format(
                                period=period_label(period, current_language()),
                                today=today.strftime("%d/%m/%Y")))


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def out_required(fmt: str, out: str | None) -> None:
    if fmt != "json" and (not out or out == "-"):
        raise UsageError(tr("--out: a file name is needed for the {fmt} format.").format(
            fmt=fmt))


def today() -> date:
    return date.today()
