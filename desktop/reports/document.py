"""The monthly standard table as a printed form (Decree 30/2020 layout) in blocks (blocks.py),
for the PDF, the print preview and Excel; and what every printed report needs from the
database and the user's choices: the letterhead and the report details (ReportInfo)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop import preferences
from desktop.db.database import Database
from desktop.i18n import translate
from desktop.reports import blocks as b
from desktop.reports import labels
from desktop.reports.indicator_view import indicators_of
from desktop.reports.letterhead import (
    PREFERENCE_KEY,
    Details,
    Issuer,
    capacity_lines,
    default_issuer,
    issuer_for,
    number_line,
    recipient_lines,
)
from desktop.reports.model import Report
from desktop.reports.summary import summary_sentences
from desktop.reports.year_end import NOTE_NAMES, full_notes
from desktop.services.units import UnitDirectory

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"  # the national heading is always Vietnamese
MOTTO = "Độc lập - Tự do - Hạnh phúc"
BLOCK = 8  # indicators per block of the by-unit table (fits A4 landscape)


def tr(text: str) -> str:
    return translate("ReportDocument", text)


@dataclass
class ReportInfo:
    """Who issues the report and what the report dialog said (number, Kính gửi, signer)."""

    issuer: Issuer
    details: Details = field(default_factory=Details)


def saved_settings(db: Database) -> dict[str, str]:
    """The office's report settings (settings.REPORT_KEYS) and home unit, by a Core select."""
    from sqlalchemy import select

    from desktop.db.models import Setting
    from desktop.services.settings import HOME_UNIT, REPORT_KEYS

    t = Setting.__table__
    keys = (*REPORT_KEYS, HOME_UNIT)
    with db.engine.connect() as conn:
        rows = conn.execute(select(t.c.key, t.c.value).where(t.c.key.in_(keys)))
        found = {r[0]: r[1] for r in rows}
    return {k: found.get(k, "") for k in keys}


def remembered_details(saved: dict[str, str]) -> Details:
    """The report dialog's last choices (preferences), else the names kept in Settings."""
    details = Details.from_dict(preferences.load().get(PREFERENCE_KEY))
    details.signer = details.signer or saved.get("signer_name", "")
    details.preparer = details.preparer or saved.get("preparer", "")
    details.capacity = details.capacity or saved.get("signer_title", "")
    return details


def remember_details(details: Details) -> None:
    preferences.save({PREFERENCE_KEY: details.as_dict()})


def report_info(db: Database, units: UnitDirectory, report: Report,
                today: date | None = None) -> ReportInfo:
    """The letterhead of the home unit (else the report's unit) for the report's period."""
    today = today or date.today()
    saved = saved_settings(db)
    from desktop.services.settings import HOME_UNIT

    home_id = saved.get(HOME_UNIT)
    office = units.by_id.get(int(home_id)) if home_id and home_id.isdigit() else None
    issuer = issuer_for(units, office or report.unit, report.period.end, saved, today)
    return ReportInfo(issuer, remembered_details(saved))


def plain_info(report: Report) -> ReportInfo:
    """Defaults only (no database): for previews and tests."""
    return ReportInfo(default_issuer(None, report.unit, report.period.end))


def letterhead(info: ReportInfo, today: date, *, number: bool = True) -> b.Letterhead:
    i = info.issuer
    return b.Letterhead(parent=i.parent, agency=i.agency,
                        number=number_line(info.details.number, i.abbr) if number else "",
                        nation=NATION, motto=MOTTO, place_date=labels.place_date(i.place, today))


def _summary_table(report: Report) -> b.Table:
    t = report.total
    rows = []
    for i, v in enumerate(indicators_of(report)):
        per = v.figures(t)
        target = None if v.part else t.targets.get(v.key)
        rows.append(b.Row([i + 1, v.label(), per["period"], per["ytd"], per["last_year"],
                           None if v.part else t.change_pct(v.key), target],
                          shaded={2} if v.key in t.below_target else set()))
    return b.Table([[tr("No."), tr("Indicator"), tr("This period"), tr("Since 1 January"),
                     tr("Same period last year"), tr("Change (%)"), tr("Target")]],
                   rows, [0.5, 5.0, 1.4, 1.4, 1.4, 1.2, 1.2],
                   ["center", "left", "right", "right", "right", "right", "right"], size=10.0,
                   sheet=tr("Summary"))


def _unit_tables(report: Report) -> list[tuple[str, b.Table]]:
    out = []
    views = indicators_of(report)
    parts = max(1, (len(views) + BLOCK - 1) // BLOCK)
    base, rest = divmod(len(views), parts)  # even blocks: no last one of a single column
    bounds, start = [], 0
    for n in range(parts):
        size = base + (1 if n < rest else 0)
        bounds.append((start, start + size))
        start += size
    for n, (start, stop) in enumerate(bounds):
        block = views[start:stop]
        headers = [tr("No."), tr("Unit")] + [v.label() for v in block]
        extra = report.has_exchange and start == 0
        if extra:
            headers.append(tr("Reported"))
        rows = []
        for r_i, row in enumerate(report.all_rows()):
            cells: list = ["" if row.kind == "total" else r_i + 1, labels.row_name(row, report)]
            cells += [v.figures(row)["period"] for v in block]
            if extra:
                cells.append("" if row.reported is None else
                             (tr("yes") if row.reported else tr("not yet")))
            rows.append(b.Row(cells, kind="total" if row.kind == "total" else "data",
                              shaded={c + 2 for c, v in enumerate(block)
                                      if v.key in row.below_target}))
        caption = tr("II. By unit, this period ({part}/{parts})").format(part=n + 1,
                                                                         parts=parts)
        widths = [0.5, 3.0] + [1.2] * len(block) + ([1.0] if extra else [])
        align = ["center", "left"] + ["right"] * len(block) + (["center"] if extra else [])
        sheet = tr("By unit {part}-{parts}").format(part=n + 1, parts=parts)
        out.append((caption, b.Table([headers], rows, widths, align, size=10.0, sheet=sheet)))
    return out


def build_document(report: Report, info: ReportInfo, today: date | None = None) -> b.Doc:
    """The monthly standard table in the Decree 30 layout (A4 landscape)."""
    today = today or date.today()
    lang = labels.lang_or_current(None)
    parts: list[b.Block] = [
        letterhead(info, today, number=bool(info.details.number.strip())),
        b.para(labels.report_title(report, lang), bold=True, align="center", space_before=6.0,
               space_after=0.0, keep_with_next=True),
        b.para(tr("Unit: {unit} ({code})").format(unit=report.unit.name, code=report.unit.code)
               + " – " + (tr("FINAL") if report.final else tr("DRAFT")),
               italic=True, align="center", size=12.0, space_after=8.0, keep_with_next=True),
        b.heading(tr("I. Summary of {unit}").format(unit=report.unit.name), size=12.0),
        _summary_table(report),
    ]
    for n, (caption, table) in enumerate(_unit_tables(report)):
        parts += [b.heading(caption, size=12.0), *(full_notes(report) if n == 0 else []), table]
    parts.append(b.heading(tr("III. Summary"), size=13.0))
    texts = list(summary_sentences(report))
    unreached = report.total.unreached.get("communes_reached_pct", [])
    if unreached:
        texts.append(tr("Communes and wards not yet reached: {names}.").format(
            names=", ".join(unreached)))
    texts += labels.notes(report, limit=NOTE_NAMES)
    if any(report.total.below_target):
        texts.append(tr("Shaded cells are below the target of the plan."))
    for i, text in enumerate(texts):
        parts.append(b.para(text, size=13.0, space_after=3.0,
                            keep_with_next=i == len(texts) - 1))
    d = info.details
    parts.append(b.Signature(
        recipients_title=tr("Recipients:"),
        recipients=recipient_lines(d.to, d.recipients),
        capacity=capacity_lines(d.capacity or info.issuer.capacity),
        signer=d.signer, hint=tr("(Signature, full name and seal)"),
        preparer_title=tr("PREPARED BY"), preparer=d.preparer))
    return b.Doc(labels.report_title(report, lang), [b.Section(parts, landscape=True)],
                 sheet=tr("Report"))
