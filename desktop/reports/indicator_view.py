"""The indicators a report shows, in order, with labels and groups, and how their figures
are written. Every document and the Reports tab read indicators through `indicators_of`, so
the switch to the definitions the report carries (`Report.indicators`, built from the data
file of definitions) is this one place."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.text import format_vi_number
from desktop.i18n import QT_TRANSLATE_NOOP, current_language, translate
from desktop.reports.labels import group_label
from desktop.reports.model import Report, ReportRow

#: groups of the built-in keys while reports carry no definitions (English; translated)
_GROUPS = (
    (QT_TRANSLATE_NOOP("ReportIndicators", "Outreach and media"), (
        "outreach_sessions", "outreach_participants", "outreach_women", "documents_distributed",
        "leaflets_distributed", "media_special_pages", "media_articles", "media_news",
        "website_visits", "communes_reached", "communes_total", "communes_reached_pct")),
    (QT_TRANSLATE_NOOP("ReportIndicators", "Training"), (
        "training_classes", "trainees", "officers_total", "officers_trained",
        "officers_trained_pct")),
    (QT_TRANSLATE_NOOP("ReportIndicators", "Inspections and sanctions"), (
        "establishments_total", "inspections", "inspections_planned", "inspections_unannounced",
        "inspections_plan_target", "inspections_plan_pct", "establishments_inspected",
        "establishments_inspected_pct", "establishments_violating", "fines_vnd",
        "buyers_sanctioned", "sellers_sanctioned", "criminal_cases")),
    (QT_TRANSLATE_NOOP("ReportIndicators", "Support and reintegration"), (
        "people_supported", "people_reintegrated")),
)
_GROUP_OF = {key: group for group, keys in _GROUPS for key in keys}
OTHER = QT_TRANSLATE_NOOP("ReportIndicators", "Other figures")


def _tr(text: str) -> str:
    return translate("ReportIndicators", text)


@dataclass(frozen=True)
class IndicatorView:
    key: str
    label_vi: str
    label_en: str
    group: str  # as printed (the definitions' group, or the built-in group translated)
    percent: bool
    part: str = ""  # one part of a breakdown (its Vietnamese label, the key of the figures)

    def label(self, lang: str | None = None) -> str:
        return self.label_vi if (lang or current_language()) == "vi" else self.label_en

    def figures(self, row: ReportRow) -> dict[str, object]:
        """This indicator's figure in each window of `row` (a breakdown's part picked out)."""
        per = row.values.get(self.key, {})
        if not self.part:
            return dict(per)
        return {w: (v.get(self.part, 0) if isinstance(v, dict) else None)
                for w, v in per.items()}


def indicators_of(report: Report) -> list[IndicatorView]:
    """The report's indicators in table order: its own definitions when it carries them,
    else the built-in keys. Only keys with values in the report."""
    defs = getattr(report, "indicators", None)
    have = report.total.values
    if defs:
        out = []
        for d in defs:
            if d.key not in have:
                continue
            group = group_label(getattr(d, "group", "") or "")  # the built-in ones in English
            parts = getattr(d, "parts", ()) if getattr(d, "breakdown", False) else ()
            if not parts:
                out.append(IndicatorView(d.key, d.label_vi, d.label_en, group,
                                         bool(getattr(d, "percent", False))))
            for vi, en in parts:  # a breakdown: one line per part
                out.append(IndicatorView(d.key, f"{d.label_vi}: {vi}", f"{d.label_en}: {en}",
                                         group, False, part=vi))
        return out
    from desktop.domain.indicators import INDICATORS

    return [IndicatorView(i.key, i.label_vi, i.label_en,
                          _tr(_GROUP_OF.get(i.key, OTHER)), i.percent)
            for i in INDICATORS if i.key in have]


def groups_of(views: list[IndicatorView]) -> list[tuple[str, list[IndicatorView]]]:
    """The views by group, groups in order of first appearance."""
    out: dict[str, list[IndicatorView]] = {}
    for v in views:
        out.setdefault(v.group, []).append(v)
    return list(out.items())


def number(value: object, percent: bool = False) -> str:
    """A figure as printed: 34.805 and 16,7 in Vietnamese, 34,805 and 16.7 in English; "-"
    where there is none."""
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    if current_language() == "vi":
        return format_vi_number(value, 1 if percent else None)  # type: ignore[arg-type]
    return f"{value:,.1f}" if percent else f"{value:,}"
