"""What `pcmd report monthly` needs besides the engine: checking its arguments, with messages
in the interface language (kept here so that they belong to the reports translations)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from desktop.domain.periods import Period, parse_period
from desktop.errors import UsageError
from desktop.i18n import translate

if TYPE_CHECKING:
    from desktop.services.units import UnitDirectory, UnitInfo


def tr(text: str) -> str:
    return translate("ReportCommand", text)


def help_texts() -> dict[str, str]:
    return {
        "report": tr("print the standard reports"),
        "monthly": tr("the standard table: one row per unit directly under CODE"),
        "period": tr("2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 or 2016..2020"),
        "unit": tr("unit code (default: the home unit)"),
        "format": tr("output format"),
        "out": tr("output file; for json, '-' or nothing prints to standard output"),
    }


def period_arg(spec: str) -> Period:
    try:
        return parse_period(spec)
    except ValueError:
        raise UsageError(tr(
            "--period: “{spec}” is not a period; use 2024-03, 2024-Q1, 2024-H1, 2024-9M, "
            "2024 or 2016..2020.").format(spec=spec)) from None


def unit_arg(units: UnitDirectory, code: str | None, home: UnitInfo | None,
             period: Period) -> UnitInfo:
    """The unit of the report: the version of CODE valid in the period (codes are reused),
    else its latest version; the home unit when no code is given."""
    if not code:
        if home is None:
            raise UsageError(tr("--unit: no home unit is set; give a unit code."))
        return home
    versions = units.by_code.get(code.strip(), [])
    if not versions:
        raise UsageError(tr("--unit: no unit has code {code}.").format(code=code))
    for d in (period.end, period.start):
        for u in versions:
            if u.valid_on(d):
                return u
    overlapping = [u for u in versions if u.overlaps(period.start, period.end)]
    return max(overlapping or versions, key=lambda u: u.valid_from)


def out_required(fmt: str, out: str | None) -> None:
    if fmt != "json" and (not out or out == "-"):
        raise UsageError(tr("--out: a file name is needed for the {fmt} format.").format(
            fmt=fmt))


def today() -> date:
    return date.today()
