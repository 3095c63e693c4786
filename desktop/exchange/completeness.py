"""The reporting calendar: for each unit under the office, whether its monthly figures and its
year-end report came in on time, late, or not at all, from the exchange log, against the
deadlines set in Settings (default: a month's figures by the 5th of the next month; the
year-end report by 15 December, so the city can send its own to the ministry by the 20th).

A month counts as received when an imported workbook of the unit covers it; the year-end
report when an imported workbook covers January to at least November of the year."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from desktop.db.models import ExchangeEntry, Officer
from desktop.domain.text import vi_sort_key
from desktop.exchange.exporter import new_book
from desktop.i18n import translate
from desktop.output_file import write_whole
from desktop.services.context import AppContext

RECEIVED, LATE, MISSING, PENDING = "received", "late", "missing", "pending"
DEFAULT_MONTH_DAY = 5
DEFAULT_YEAR_END = (15, 12)  # day, month
YEAR_END = date(1, 1, 1)  # the key of the year-end column in `received`
COLOURS = {RECEIVED: "#C6EFCE", LATE: "#FFE699", MISSING: "#F8CBAD", PENDING: "#EDEDED"}


def tr(text: str) -> str:
    return translate("ExchangeCompleteness", text)


@dataclass(frozen=True)
class Deadlines:
    month_day: int = DEFAULT_MONTH_DAY
    year_end: tuple[int, int] = DEFAULT_YEAR_END

    def for_month(self, month: date) -> date:
        y, m = (month.year, month.month + 1) if month.month < 12 else (month.year + 1, 1)
        return date(y, m, min(self.month_day, 28))

    def for_year(self, year: int) -> date:
        return date(year, self.year_end[1], self.year_end[0])


def parse_deadlines(month_day: str, year_end: str) -> Deadlines:
    """Settings values ("5", "15/12"); anything unreadable falls back to the default."""
    try:
        day = int(month_day.strip())
        day = day if 1 <= day <= 28 else DEFAULT_MONTH_DAY
    except ValueError:
        day = DEFAULT_MONTH_DAY
    try:
        d, m = (int(x) for x in year_end.strip().split("/")[:2])
        date(2001, m, d)
        ye = (d, m)
    except ValueError:
        ye = DEFAULT_YEAR_END
    return Deadlines(day, ye)


def deadlines_of(ctx: AppContext) -> Deadlines:
    from desktop.services import settings

    values = settings.get_many(ctx.db, settings.DEADLINE_KEYS)
    return parse_deadlines(values.get("deadline_month_day", ""),
                           values.get("deadline_year_end", ""))


@dataclass
class Completeness:
    year: int
    units: list[tuple[str, str]] = field(default_factory=list)  # (code, name)
    months: list[date] = field(default_factory=list)
    received: dict[tuple[str, date], datetime] = field(default_factory=dict)  # first import
    deadlines: Deadlines = field(default_factory=Deadlines)
    today: date = field(default_factory=date.today)
    contacts: dict[str, str] = field(default_factory=dict)  # code -> officers on the roster

    def cell(self, code: str, month: date) -> datetime | None:
        return self.received.get((code, month))

    def year_end(self, code: str) -> datetime | None:
        return self.received.get((code, YEAR_END))

    def deadline(self, month: date) -> date:
        return self.deadlines.for_year(self.year) if month == YEAR_END else \
            self.deadlines.for_month(month)

    def status(self, code: str, month: date) -> str:
        """received (on time), late, missing (deadline passed), pending (not yet due)."""
        at = self.received.get((code, month))
        due = self.deadline(month)
        if at is not None:
            return RECEIVED if at.date() <= due else LATE
        return MISSING if self.today > due else PENDING

    def missing(self) -> list[tuple[str, str, list[date], bool]]:
        """(code, name, months missing after their deadline, year-end report missing) of
        each unit that owes something."""
        out = []
        for code, name in self.units:
            months = [m for m in self.months if self.status(code, m) == MISSING]
            ye = self.status(code, YEAR_END) == MISSING
            if months or ye:
                out.append((code, name, months, ye))
        return out


def _months(start: date, end: date) -> list[date]:
    out, cur = [], date(start.year, start.month, 1)
    while cur <= end:
        out.append(cur)
        cur = date(cur.year + cur.month // 12, cur.month % 12 + 1, 1)
    return out


def completeness(ctx: AppContext, year: int) -> Completeness:
    """Units directly under the home unit during `year` (and any other sender in the log)."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    result = Completeness(year, months=_months(start, end), deadlines=deadlines_of(ctx),
                          today=ctx.today())
    home = ctx.home_unit()
    names: dict[str, str] = {}
    ids: dict[str, set[int]] = {}
    if home is not None:
        for u in ctx.units.descendants(home, start, end):
            if u.parent_id == home.id or (home.level == "district" and u.level == "commune"):
                names.setdefault(u.code, u.name)
                ids.setdefault(u.code, set()).add(u.id)
    with ctx.db.read_session() as session:
        entries = session.execute(select(
            ExchangeEntry.unit_code, ExchangeEntry.period_from, ExchangeEntry.period_to,
            ExchangeEntry.at).where(ExchangeEntry.direction == "import",
                                    ExchangeEntry.outcome.in_(("ok", "partial"))))
        for code, p_from, p_to, at in entries:
            if p_from is None or p_to is None or p_to < start or p_from > end:
                continue
            if code not in names:
                unit = ctx.units.latest(code)
                names[code] = unit.name if unit else code
            keys = _months(max(p_from, start), min(p_to, end))
            if p_from <= start and p_to >= date(year, 11, 30):
                keys.append(YEAR_END)
            for key in keys:
                first = result.received.get((code, key))
                if first is None or at < first:  # the first workbook is the one that counts
                    result.received[(code, key)] = at
        wanted = {i: code for code, s in ids.items() for i in s}
        if wanted:
            rows = session.execute(select(Officer.unit_id, Officer.full_name, Officer.position)
                                   .where(Officer.deleted_at.is_(None), Officer.active,
                                          Officer.unit_id.in_(list(wanted))))
            people: dict[str, list[str]] = {}
            for unit_id, full_name, position in rows:
                label = f"{full_name} ({position})" if position else full_name
                people.setdefault(wanted[unit_id], []).append(label)
            result.contacts = {c: "; ".join(sorted(v, key=vi_sort_key)[:3])
                               for c, v in people.items()}
    result.units = sorted(names.items(), key=lambda kv: vi_sort_key(kv[1]))
    return result


def export_completeness(c: Completeness, out: Path) -> Path:
    with write_whole(out) as partial:
        _write_completeness(c, partial)
    return out


def status_text(status: str) -> str:
    return {RECEIVED: tr("on time"), LATE: tr("late"), MISSING: tr("missing"),
            PENDING: tr("not yet due")}[status]


def _write_completeness(c: Completeness, out: Path) -> None:
    book = new_book(out, constant_memory=False)
    head = book.add_format({"bold": True, "border": 1, "text_wrap": True, "valign": "vcenter",
                            "align": "center", "font_name": "Times New Roman"})
    fmt = {s: book.add_format({"bg_color": colour, "border": 1, "align": "center",
                               "font_name": "Times New Roman"})
           for s, colour in COLOURS.items()}
    ws = book.add_worksheet(tr("Calendar")[:31])
    ws.set_column(0, 0, 34)
    ws.set_column(1, len(c.months) + 1, 10)
    ws.write_string(0, 0, tr("Unit"), head)
    for j, m in enumerate(c.months, start=1):
        ws.write_string(0, j, f"{m.month:02d}/{m.year}", head)
    ws.write_string(0, len(c.months) + 1, tr("Year-end report"), head)
    ws.set_row(0, 32)
    ws.freeze_panes(1, 1)
    for i, (code, name) in enumerate(c.units, start=1):
        ws.write_string(i, 0, f"{name} ({code})")
        for j, m in enumerate([*c.months, YEAR_END], start=1):
            at = c.received.get((code, m))
            status = c.status(code, m)
            ws.write_string(i, j, at.strftime("%d/%m") if at else status_text(status),
                            fmt[status])
    legend = len(c.units) + 2
    for k, status in enumerate(COLOURS):
        ws.write_string(legend + k, 0, status_text(status), fmt[status])
    missing = book.add_worksheet(tr("Still missing")[:31])
    missing.set_column(0, 0, 34)
    missing.set_column(1, 1, 40)
    missing.set_column(2, 2, 50)
    for j, text in enumerate((tr("Unit"), tr("Missing"), tr("Contact"))):
        missing.write_string(0, j, text, head)
    for i, (code, name, months, ye) in enumerate(c.missing(), start=1):
        missing.write_string(i, 0, f"{name} ({code})")
        missing.write_string(i, 1, missing_text(months, ye))
        missing.write_string(i, 2, c.contacts.get(code, ""))
    book.close()


def missing_text(months: list[date], year_end: bool) -> str:
    parts = [f"{m.month:02d}/{m.year}" for m in months]
    if year_end:
        parts.append(tr("year-end report"))
    return ", ".join(parts)

