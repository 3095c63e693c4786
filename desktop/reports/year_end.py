"""The narrative report (year-end, 6-month, programme period) in the ministry's outline, as a
block document (blocks.py) for Word, PDF and the print preview; and the statistical form
alone for Excel. Content only: the renderers lay it out."""

from __future__ import annotations

from datetime import date

from desktop.domain import periods
from desktop.domain.periods import Period
from desktop.domain.text import split_unit_prefix
from desktop.i18n import translate
from desktop.reports import labels
from desktop.reports.blocks import (
    Doc,
    Letterhead,
    Para,
    Row,
    Run,
    Section,
    Signature,
    Table,
    heading,
    para,
)
from desktop.reports.indicator_view import IndicatorView, groups_of, indicators_of
from desktop.reports.letterhead import (
    Details,
    Issuer,
    addressees,
    capacity_lines,
    number_line,
    recipient_lines,
)
from desktop.reports.model import Report
from desktop.reports.year_end_text import Writer, tasks

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"  # the national heading is always Vietnamese
MOTTO = "Độc lập - Tự do - Hạnh phúc"
KINDS = ("half", "nine_months", "year", "programme")
#: figures of the by-unit appendix table, those the report has, in this order
UNIT_COLUMNS = ("outreach_sessions", "outreach_participants", "training_classes", "inspections",
                "establishments_violating", "fines_vnd", "cases_detected", "hotspots_active",
                "denunciations_received", "people_supported", "models_active")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
INDENT = 12.7  # mm, first-line indent of body paragraphs
NOTE_NAMES = 6  # units named in the narrative's note on regrouping; all of them in the appendix


def tr(text: str) -> str:
    return translate("YearEndReport", text)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def area(report: Report) -> str:
    """"thành phố Hải Phòng", "phường Đồ Sơn": the unit's name as written inside a sentence."""
    name = report.unit.name
    _, bare = split_unit_prefix(name)
    if bare and name.endswith(bare) and bare != name:
        return name[: len(name) - len(bare)].lower() + bare
    return name


def period_words(period: Period, lang: str | None = None) -> str:
    return _lower_first(labels.period_label(period, labels.lang_or_current(lang)))


def next_period(period: Period) -> Period:
    y = period.end.year
    if period.kind == "half" and period.start.month == 1:
        return periods.half(y, 2)
    if period.kind == "nine_months":
        return periods.quarter(y, 4)
    if period.kind == "programme":
        span = period.end.year - period.start.year
        return periods.programme(y + 1, y + 1 + span)
    return periods.year(y + 1)


def _letterhead(report: Report, issuer: Issuer, details: Details, today: date) -> Letterhead:
    return Letterhead(parent=issuer.parent, agency=issuer.agency,
                      number=number_line(details.number, issuer.abbr), nation=NATION,
                      motto=MOTTO, place_date=labels.place_date(issuer.place, today))


def _to_lines(details: Details, issuer: Issuer) -> list[Para]:
    names = addressees(details.to or issuer.to)
    if not names:
        return []
    if len(names) == 1:
        return [Para([Run(tr("To: ")), Run(names[0] + ".")], align="center",
                     space_before=6.0, space_after=12.0)]
    out = [Para([Run(tr("To:"))], align="center", space_before=6.0, space_after=0.0,
                keep_with_next=True)]
    for i, name in enumerate(names):
        end = "." if i == len(names) - 1 else ";"
        out.append(Para([Run(f"- {name}{end}")], align="center", space_after=0.0,
                        keep_with_next=i < len(names) - 1))
    out[-1].space_after = 12.0
    return out


def signature(issuer: Issuer, details: Details, *, preparer: bool = False) -> Signature:
    to = details.to or issuer.to
    return Signature(
        recipients_title=tr("Recipients:"),
        recipients=recipient_lines(to, details.recipients),
        capacity=capacity_lines(details.capacity or issuer.capacity),
        signer=details.signer,
        preparer_title=tr("PREPARED BY") if preparer else "",
        preparer=details.preparer if preparer else "")


def body(text: str, **kw: object) -> Para:
    kw.setdefault("indent_mm", INDENT)
    return para(text, **kw)  # type: ignore[arg-type]


def placeholder(text: str) -> Para:
    return Para([Run(f"[{text}]", italic=True)], indent_mm=INDENT, placeholder=True)


def _title(report: Report, lang: str | None) -> list[Para]:
    now = period_words(report.period, lang)
    nxt = period_words(next_period(report.period), lang)
    out = [para(tr("REPORT"), bold=True, align="center", space_before=12.0, space_after=0.0,
                keep_with_next=True),
           para(tr("Results of prostitution prevention in {period} and tasks for "
                   "{next}").format(period=now, next=nxt),
                bold=True, align="center", space_after=6.0, keep_with_next=True)]
    if not report.final:
        out.append(para(tr("Draft: the figures of months not yet locked may still change."),
                        italic=True, align="center", size=12.0, space_after=6.0,
                        keep_with_next=True))
    return out


def build_year_end(report: Report, issuer: Issuer, details: Details, today: date,
                   lang: str | None = None) -> Doc:
    """The narrative report with the statistical form as appendix."""
    views = indicators_of(report)
    w = Writer(report, views)
    now = period_words(report.period, lang)
    last = period_words(report.period.shifted_years(-1), lang)
    blocks: list = [_letterhead(report, issuer, details, today), *_title(report, lang),
                    *_to_lines(details, issuer)]
    blocks.append(body(tr("The results of prostitution prevention in {period} in {area} are "
                          "as follows:").format(period=now, area=area(report))))
    blocks.append(heading(tr("I. RESULTS BY TASK")))
    for i, task in enumerate(tasks(), start=1):
        blocks.append(heading(f"{i}. {task.title}"))
        text = w.results(task)
        if not text:
            blocks.append(placeholder(tr("No figures of this task are recorded in PCMD for "
                                         "the period; add them here if there are any.")))
            continue
        blocks.append(body(text))
        for extra in (w.comparison(task, last), w.targets(w.task_keys(task))):
            if extra:
                blocks.append(body(extra))
    notes = labels.notes(report, limit=NOTE_NAMES)
    if notes:
        blocks.append(body(" ".join(notes), italic=True, size=13.0))
    blocks += _assessment(w)
    nxt = period_words(next_period(report.period), lang)
    blocks.append(heading(tr("III. TASKS FOR {next}").format(next=nxt.upper())))
    for line in (
        tr("Keep up outreach and media on prostitution prevention, aiming at every commune "
           "and ward, industrial-zone workers and students."),
        tr("Train the officers and the interagency inspection teams, above all those of "
           "new communes and wards."),
        tr("Inspect the at-risk establishments as planned and without notice, and sanction "
           "every violation found."),
        tr("Watch and clear the hotspots; handle every report and denunciation received."),
        tr("Support people to reintegrate into the community and extend the prevention "
           "models to more communes and wards."),
    ):
        blocks.append(body("- " + line))
    blocks.append(placeholder(tr("The office adds its own tasks and targets here.")))
    blocks.append(heading(tr("IV. PROPOSALS")))
    blocks.append(placeholder(tr("Proposals to the higher authorities: funding, staff, "
                                 "guidance, changes to regulations.")))
    closing = body(tr("This is the report on prostitution prevention in {period} in "
                      "{area}./.").format(period=now, area=area(report)), keep_with_next=True)
    blocks += [closing, signature(issuer, details)]
    first = Section(blocks)
    appendix = Section(_appendix(report, views, issuer, details, today, lang), landscape=True)
    return Doc(labels.report_title(report), [first, appendix])


def _assessment(w: Writer) -> list:
    out: list = [heading(tr("II. ASSESSMENT")), heading(tr("1. Results achieved")),
                 placeholder(tr("The leadership assesses the results achieved."))]
    out.append(heading(tr("2. Limits and shortcomings")))
    short = w.shortfalls()
    if short:
        out.append(body(tr("Figures short of the plan's targets:"), keep_with_next=True))
        for i, line in enumerate(short):
            out.append(body("- " + line + (";" if i < len(short) - 1 else "."),
                            space_after=2.0))
    else:
        out.append(body(tr("Every figure with a target in the plan met it.")))
    out.append(placeholder(tr("The leadership describes the limits and shortcomings.")))
    out += [heading(tr("3. Causes")),
            placeholder(tr("The leadership names the causes of the limits."))]
    return out


def _appendix(report: Report, views: list[IndicatorView], issuer: Issuer, details: Details,
              today: date, lang: str | None) -> list:
    now = period_words(report.period, lang)
    number = details.number.strip() or "…"
    attached = tr("(Attached to report No. {number}/BC-{abbr} of {date})").format(
        number=number, abbr=issuer.abbr, date=today.strftime("%d/%m/%Y"))
    out: list = [
        para(tr("Appendix"), bold=True, align="center", space_after=0.0, keep_with_next=True),
        para(tr("STATISTICAL FORM OF PROSTITUTION PREVENTION, {period}").format(
            period=now.upper()), bold=True, align="center", space_after=0.0,
            keep_with_next=True),
        para(attached, italic=True, align="center", size=13.0, keep_with_next=True),
        form_table(report, views, lang),
    ]
    units = unit_table(report, views)
    if units is not None:
        out += [heading(tr("Figures by unit, {period}").format(period=now), align="left"),
                *full_notes(report), units]
    else:
        out += full_notes(report)
    return out


def full_notes(report: Report) -> list[Para]:
    """Every regrouped unit by name, in small print over the table by unit (kept with it, so
    never alone on a last page), where the narrative named only the first few."""
    if not labels.long_notes(report, NOTE_NAMES):
        return []
    return [para(text, italic=True, size=11.0, space_after=3.0, keep_with_next=True)
            for text in labels.regroup_notes(report)]


def _target(value: float | None, percent: bool) -> float | int | None:
    if value is None:
        return None
    return value if percent or value != int(value) else int(value)


def _change(per: dict) -> float | None:
    from desktop.reports.numbers import percent

    now, before = per.get("period"), per.get("last_year")
    if not isinstance(now, int | float) or not isinstance(before, int | float):
        return None
    return percent(now - before, before)


def form_table(report: Report, views: list[IndicatorView], lang: str | None = None) -> Table:
    """Every indicator of the report by group: this period, the same period last year, the
    change, the target."""
    compare = report.period.kind != "programme"
    t = report.total
    headers = [tr("No."), tr("Indicator"), labels.period_label(report.period,
                                                               labels.lang_or_current(lang))]
    if compare:
        headers += [labels.period_label(report.period.shifted_years(-1),
                                        labels.lang_or_current(lang)), tr("Change (%)")]
    headers.append(tr("Target"))
    rows: list[Row] = []
    for g, (group, members) in enumerate(groups_of(views)):
        rows.append(Row([ROMAN[g] if g < len(ROMAN) else str(g + 1), group]
                        + [""] * (len(headers) - 2), kind="group"))
        for i, v in enumerate(members, start=1):
            per = v.figures(t)
            cells: list = [i, v.label(lang), per["period"]]
            if compare:
                cells += [per["last_year"], _change(per) if v.part else t.change_pct(v.key)]
            cells.append(None if v.part else _target(t.targets.get(v.key), v.percent))
            rows.append(Row(cells, shaded={2} if v.key in t.below_target else set()))
    widths = [0.6, 6.0, 1.6] + ([1.6, 1.3] if compare else []) + [1.4]
    align = ["center", "left"] + ["right"] * (len(headers) - 2)
    return Table([headers], rows, widths, align, size=12.0, sheet=tr("Statistical form"))


def unit_table(report: Report, views: list[IndicatorView]) -> Table | None:
    """The main figures of each row unit, with the totals row; None for a single unit."""
    if len(report.rows) < 2:
        return None
    have = {v.key: v for v in views if not v.part}
    keys = [k for k in UNIT_COLUMNS if k in have]
    headers = [tr("No."), tr("Unit")] + [have[k].label() for k in keys]
    rows = []
    for i, r in enumerate(report.rows, start=1):
        rows.append(Row([i, labels.row_name(r, report)] + [r.values[k]["period"] for k in keys],
                        shaded={c + 2 for c, k in enumerate(keys) if k in r.below_target}))
    total = report.total
    rows.append(Row(["", tr("Total")] + [total.values[k]["period"] for k in keys], kind="total"))
    widths = [0.9, 3.0] + [_fit(headers[c + 2], [r.cells[c + 2] for r in rows])
                           for c in range(len(keys))]
    return Table([headers], rows, widths, ["center", "left"] + ["right"] * len(keys), size=11.0,
                 sheet=tr("By unit"))


def _fit(header: str, values: list) -> float:
    """A figure column's relative width (1.0 ≈ 16 mm on A4 landscape): room for its widest
    figure in bold ("125.798" once broke as "125.79/8" in Word) and its longest header word."""
    from desktop.reports.indicator_view import number

    digits = max((len(number(v)) for v in values), default=1)
    word = max((len(w) for w in header.split()), default=1)
    return max(1.0, 0.14 * digits + 0.3, 0.11 * word + 0.3)


def build_form(report: Report, issuer: Issuer, details: Details, today: date,
               lang: str | None = None) -> Doc:
    """The statistical form alone (the year-end .xlsx): letterhead, title, the form, the
    figures by unit, "Người lập biểu" and the signer."""
    views = indicators_of(report)
    now = period_words(report.period, lang)
    blocks: list = [
        _letterhead(report, issuer, details, today),
        para(tr("STATISTICAL FORM OF PROSTITUTION PREVENTION, {period}").format(
            period=now.upper()), bold=True, align="center", space_before=12.0,
            keep_with_next=True),
        para(tr("Unit: {unit} ({code})").format(unit=report.unit.name, code=report.unit.code),
             italic=True, align="center", size=12.0, keep_with_next=True),
        form_table(report, views, lang),
    ]
    units = unit_table(report, views)
    if units is not None:
        blocks += [heading(tr("Figures by unit, {period}").format(period=now)), units]
    blocks.append(signature(issuer, details, preparer=True))
    return Doc(labels.report_title(report), [Section(blocks, landscape=True)],
               sheet=tr("Statistical form"))
