"""The written summary: sentences made from the figures, in the style of the programme's
five-year report ("Tổ chức 117 buổi tuyên truyền với 34.805 lượt người tham gia; …")."""

from __future__ import annotations

from collections import defaultdict

from desktop.domain.text import format_vi_number
from desktop.i18n import current_language, translate
from desktop.reports.labels import period_label
from desktop.reports.model import Report


def tr(text: str) -> str:
    return translate("ReportSummary", text)


def _num(x: float | int | None, decimals: int | None = None) -> str:
    if x is None:
        return "–"
    if current_language() == "vi":
        return format_vi_number(x, decimals)
    return f"{x:,.{decimals}f}" if decimals is not None else f"{x:,}"


def summary_sentences(report: Report) -> list[str]:
    """One sentence per field of work, from the total row of the period (and ytd)."""
    # a figure an office retired is shown as "–" (the definitions in force decide the keys)
    v = defaultdict(lambda: None, {k: per["period"] for k, per in report.total.values.items()})
    ytd = defaultdict(lambda: None, {k: per["ytd"] for k, per in report.total.values.items()})
    out = [tr("{period}, {unit}:").format(
        period=period_label(report.period, current_language()), unit=report.unit.name)]
    out.append(tr(
        "Held {sessions} outreach sessions with {participants} participants (of whom "
        "{women} women); handed out {documents} documents and {leaflets} leaflets.").format(
        sessions=_num(v["outreach_sessions"]), participants=_num(v["outreach_participants"]),
        women=_num(v["outreach_women"]), documents=_num(v["documents_distributed"]),
        leaflets=_num(v["leaflets_distributed"])))
    out.append(tr(
        "Published {pages} special pages and series, {articles} articles and {news} news "
        "items; the website had {visits} visits.").format(
        pages=_num(v["media_special_pages"]), articles=_num(v["media_articles"]),
        news=_num(v["media_news"]), visits=_num(v["website_visits"])))
    if v["communes_total"]:
        out.append(tr("{reached} of {total} communes and wards were reached ({pct}%).").format(
            reached=_num(v["communes_reached"]), total=_num(v["communes_total"]),
            pct=_num(v["communes_reached_pct"], 1)))
    out.append(tr(
        "Organised {classes} training classes with {trainees} trainees; {trained} of "
        "{officers} officers have been trained in the programme period.").format(
        classes=_num(v["training_classes"]), trainees=_num(v["trainees"]),
        trained=_num(v["officers_trained"]), officers=_num(v["officers_total"])))
    out.append(tr(
        "Carried out {inspections} inspections ({planned} planned, {unannounced} "
        "unannounced) of {inspected} establishments out of {establishments}; {violating} "
        "establishments were in violation and fined {fines} dong in all.").format(
        inspections=_num(v["inspections"]), planned=_num(v["inspections_planned"]),
        unannounced=_num(v["inspections_unannounced"]),
        inspected=_num(v["establishments_inspected"]),
        establishments=_num(v["establishments_total"]),
        violating=_num(v["establishments_violating"]), fines=_num(v["fines_vnd"])))
    out.append(tr(
        "Sanctioned {buyers} buyers and {sellers} sellers; sent {cases} criminal cases to "
        "the procuracy.").format(buyers=_num(v["buyers_sanctioned"]),
                                 sellers=_num(v["sellers_sanctioned"]),
                                 cases=_num(v["criminal_cases"])))
    out.append(tr("Supported {people} people, of whom {reintegrated} reintegrated into the "
                  "community.").format(people=_num(v["people_supported"]),
                                       reintegrated=_num(v["people_reintegrated"])))
    if report.period.kind not in ("year", "programme"):
        out.append(tr(
            "Cumulative since 1 January: {sessions} outreach sessions with {participants} "
            "participants, {inspections} inspections.").format(
            sessions=_num(ytd["outreach_sessions"]),
            participants=_num(ytd["outreach_participants"]),
            inspections=_num(ytd["inspections"])))
    return out


def summary_text(report: Report) -> str:
    return "\n".join(summary_sentences(report))
