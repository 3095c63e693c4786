"""The printed form (Decree 30/2020 layout) as plain data, shared by the PDF/print preview
renderer (pdf_layout.py) and the Excel writer (excel.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.db.database import Database
from desktop.domain.indicators import INDICATORS
from desktop.domain.text import format_vi_number
from desktop.i18n import current_language, translate
from desktop.reports import labels
from desktop.reports.model import Report
from desktop.reports.summary import summary_sentences

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"  # the national heading is always Vietnamese
MOTTO = "Độc lập - Tự do - Hạnh phúc"
BLOCK = 8  # indicators per block of the by-unit table (fits A4 landscape)


def tr(text: str) -> str:
    return translate("ReportDocument", text)


@dataclass
class Table:
    caption: str
    headers: list[str]
    rows: list[list[object]]  # str | int | float | None
    widths: list[float]  # relative
    shaded: set[tuple[int, int]] = field(default_factory=set)  # (row, col): under target
    bold_rows: set[int] = field(default_factory=set)


@dataclass
class Document:
    agency_parent: str
    agency_name: str
    place_date: str
    title: str
    subtitle: str
    status: str
    tables: list[Table]
    paragraphs: list[str]
    preparer_title: str
    preparer: str
    signer_title: str
    signer_name: str
    recipients_title: str
    recipients: list[str]
    sign_hint: str = ""
    nation: str = NATION
    motto: str = MOTTO


def document_settings(db: Database, report: Report) -> dict[str, str]:
    """The names printed on the form (settings.REPORT_KEYS), read with a Core select."""
    from sqlalchemy import select

    from desktop.db.models import Setting
    from desktop.services.settings import REPORT_KEYS

    t = Setting.__table__
    with db.engine.connect() as conn:
        rows = conn.execute(select(t.c.key, t.c.value).where(t.c.key.in_(REPORT_KEYS)))
        found = {r[0]: r[1] for r in rows}
    return {k: found.get(k, "") for k in REPORT_KEYS}


def cell_text(value: object, percent: bool = False) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    if current_language() == "vi":
        return format_vi_number(value, 1 if percent else None)  # type: ignore[arg-type]
    return f"{value:,.1f}" if percent else f"{value:,}"


def _summary_table(report: Report) -> Table:
    t = report.total
    rows: list[list[object]] = []
    shaded = set()
    for i, ind in enumerate(INDICATORS):
        per = t.values[ind.key]
        rows.append([i + 1, labels.indicator_label(ind.key), per["period"], per["ytd"],
                     per["last_year"], t.change_pct(ind.key), t.targets.get(ind.key)])
        if ind.key in t.below_target:
            shaded.add((i, 2))
    return Table(tr("I. Summary of {unit}").format(unit=report.unit.name),
                 [tr("No."), tr("Indicator"), tr("This period"), tr("Since 1 January"),
                  tr("Same period last year"), tr("Change (%)"), tr("Target")],
                 rows, [0.5, 5.0, 1.4, 1.4, 1.4, 1.2, 1.2], shaded)


def _unit_tables(report: Report) -> list[Table]:
    out = []
    inds = list(INDICATORS)
    for b in range(0, len(inds), BLOCK):
        block = inds[b:b + BLOCK]
        headers = [tr("No."), tr("Unit")] + [labels.indicator_label(i.key) for i in block]
        extra = report.has_exchange and b == 0
        if extra:
            headers.append(tr("Reported"))
        rows: list[list[object]] = []
        shaded = set()
        for r_i, row in enumerate(report.all_rows()):
            first = "" if row.kind == "total" else r_i + 1
            cells: list[object] = [first, labels.row_name(row, report)]
            for c_i, ind in enumerate(block):
                cells.append(row.values[ind.key]["period"])
                if ind.key in row.below_target:
                    shaded.add((r_i, c_i + 2))
            if extra:
                cells.append("" if row.reported is None else
                             (tr("yes") if row.reported else tr("not yet")))
            rows.append(cells)
        caption = tr("II. By unit, this period ({part}/{parts})").format(
            part=b // BLOCK + 1, parts=(len(inds) + BLOCK - 1) // BLOCK)
        widths = [0.5, 3.0] + [1.2] * len(block) + ([1.0] if extra else [])
        out.append(Table(caption, headers, rows, widths, shaded, {len(rows) - 1}))
    return out


def build_document(report: Report, info: dict[str, str], today: date | None = None) -> Document:
    today = today or date.today()
    lang = current_language()
    paragraphs = [tr("III. Summary"), *summary_sentences(report)]
    unreached = report.total.unreached.get("communes_reached_pct", [])
    if unreached:
        paragraphs.append(tr("Communes and wards not yet reached: {names}.").format(
            names=", ".join(unreached)))
    paragraphs.extend(labels.notes(report))
    if any(report.total.below_target):
        paragraphs.append(tr("Shaded cells are below the target of the plan."))
    return Document(
        agency_parent=(info.get("agency_parent") or "").upper(),
        agency_name=(info.get("agency_name") or report.unit.name).upper(),
        place_date=labels.place_date(info.get("place") or "Hải Phòng", today, lang),
        title=labels.report_title(report, lang),
        subtitle=tr("Unit: {unit} ({code})").format(unit=report.unit.name,
                                                   code=report.unit.code),
        status=tr("FINAL") if report.final else tr("DRAFT"),
        tables=[_summary_table(report), *_unit_tables(report)],
        paragraphs=paragraphs,
        preparer_title=tr("PREPARED BY"),
        preparer=info.get("preparer", ""),
        signer_title=(info.get("signer_title") or tr("HEAD OF OFFICE")).upper(),
        signer_name=info.get("signer_name", ""),
        recipients_title=tr("Recipients:"),
        recipients=[tr("- As above;"), tr("- Filed: office records.")],
        sign_hint=tr("(Signature, full name and seal)"),
    )
