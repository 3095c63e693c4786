"""Who has sent data for which month, and when: units × months from the exchange log."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from desktop.db.models import ExchangeEntry
from desktop.domain.text import vi_sort_key
from desktop.exchange.exporter import Styles, new_book
from desktop.i18n import translate
from desktop.output_file import write_whole
from desktop.services.context import AppContext


def tr(text: str) -> str:
    return translate("ExchangeCompleteness", text)


@dataclass
class Completeness:
    year: int
    units: list[tuple[str, str]] = field(default_factory=list)  # (code, name)
    months: list[date] = field(default_factory=list)
    received: dict[tuple[str, date], datetime] = field(default_factory=dict)  # last import

    def cell(self, code: str, month: date) -> datetime | None:
        return self.received.get((code, month))


def _months(start: date, end: date) -> list[date]:
    out, cur = [], date(start.year, start.month, 1)
    while cur <= end:
        out.append(cur)
        cur = date(cur.year + cur.month // 12, cur.month % 12 + 1, 1)
    return out


def completeness(ctx: AppContext, year: int) -> Completeness:
    """Units directly under the home unit during `year` (and any other sender in the log)."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    result = Completeness(year, months=_months(start, end))
    home = ctx.home_unit()
    names: dict[str, str] = {}
    if home is not None:
        for u in ctx.units.descendants(home, start, end):
            if u.parent_id == home.id or (home.level == "district" and u.level == "commune"):
                names.setdefault(u.code, u.name)
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
            for month in _months(max(p_from, start), min(p_to, end)):
                key = (code, month)
                if key not in result.received or result.received[key] < at:
                    result.received[key] = at
    result.units = sorted(names.items(), key=lambda kv: vi_sort_key(kv[1]))
    return result


def export_completeness(c: Completeness, out: Path) -> Path:
    with write_whole(out) as partial:
        _write_completeness(c, partial)
    return out


def _write_completeness(c: Completeness, out: Path) -> None:
    book = new_book(out)
    styles = Styles(book)
    ws = book.add_worksheet(tr("Completeness")[:31])
    ws.set_column(0, 0, 30)
    ws.set_column(1, len(c.months), 12)
    ws.write_string(0, 0, tr("Unit"), styles.header)
    for j, m in enumerate(c.months, start=1):
        ws.write_string(0, j, f"{m.month:02d}/{m.year}", styles.header)
    ws.freeze_panes(1, 1)
    for i, (code, name) in enumerate(c.units, start=1):
        ws.write_string(i, 0, f"{name} ({code})")
        for j, m in enumerate(c.months, start=1):
            at = c.cell(code, m)
            if at is not None:
                ws.write_datetime(i, j, at, styles.date)
    book.close()
