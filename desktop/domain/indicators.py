"""The built-in indicators, read from the shipped definitions file
(resources/indicators/builtin.toml), in the order of the standard table.

`INDICATORS` and `INDICATOR_BY_KEY` are the built-in single-number indicators (breakdowns
left out) for code that has no report at hand (plan keys of the exchange workbook, the
template's drop-down). A report's own list is `Report.indicators`: the definitions in force,
the office's own included.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop.domain.indicator_defs import Definition, parse_text
from desktop.paths import resources_dir


@dataclass(frozen=True)
class Indicator:
    key: str
    label_vi: str
    label_en: str
    percent: bool = False
    group: str = ""
    target: float | str | None = None


def builtin_path() -> Path:
    return resources_dir() / "indicators" / "builtin.toml"


@cache
def builtin_definitions() -> tuple[Definition, ...]:
    """The shipped definitions (the program's own file: a fault in it is a fault of the
    build, and the tests read it)."""
    return tuple(parse_text(builtin_path().read_text(encoding="utf-8")))


INDICATORS: tuple[Indicator, ...] = tuple(
    Indicator(d.key, d.label_vi, d.label_en, d.percent, d.group, d.target)
    for d in builtin_definitions() if d.by is None)

INDICATOR_BY_KEY: dict[str, Indicator] = {i.key: i for i in INDICATORS}

# Figures a plan (Kế hoạch) may set that are no indicator of their own: the populations that
# the reach ratios of domain.md divide by (workers_reached_pct, students_reached_pct).
PLAN_FIGURES: tuple[Indicator, ...] = (
    Indicator("workers_population", "Số công nhân khu công nghiệp",
              "Industrial-zone workers (population)"),
    Indicator("students_population", "Số học sinh, sinh viên", "Pupils and students (population)"),
)

# What the Chỉ tiêu column of a plan may name: an indicator or a plan figure.
PLAN_KEY_BY_KEY: dict[str, Indicator] = {i.key: i for i in (*INDICATORS, *PLAN_FIGURES)}
