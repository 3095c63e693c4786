"""Reading the audit trail: filter, page and export to Excel (who changed what, when)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Select, func, select

from desktop.db.database import Database
from desktop.db.models import AuditEntry
from desktop.i18n import translate
from desktop.output_file import write_whole

#: the name of the workbook a paste into a list is imported from: the audit entries of pasted
#: rows name it as their file (shown as "pasted from the clipboard")
PASTED_FILE = "clipboard.xlsx"


def tr(text: str) -> str:
    return translate("audit_view", text)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # UTC
    user_name: str
    action: str
    record_type: str
    record_id: str
    unit_code: str
    changes: dict[str, list[object]]

    def summary(self) -> str:
        """ "field: old → new; …" (personal values are shown: the viewer is an admin tool)."""
        parts = []
        for name, pair in sorted(self.changes.items()):
            old, new = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
            parts.append(f"{name}: {_text(old)} → {_text(new)}")
        return "; ".join(parts)


    def without_personal_data(self) -> AuditRow:
        """The same entry with the values of personal fields (names, owners, phones) as ***."""
        hidden = personal_fields(self.record_type)
        if not hidden:
            return self
        changes = {k: (["***" if v not in (None, "") else v for v in pair]
                       if k in hidden and isinstance(pair, list) else pair)
                   for k, pair in self.changes.items()}
        return AuditRow(self.id, self.at, self.user_name, self.action, self.record_type,
                        self.record_id, self.unit_code, changes)


def personal_fields(record_type: str) -> frozenset[str]:
    """Fields of a record type that name or reach a person (record_specs: personal=True)."""
    from desktop.services.record_specs import SPECS

    if record_type == "user":
        return frozenset({"display_name"})
    spec = SPECS.get(record_type)
    return frozenset(f.name for f in spec.fields if f.personal) if spec else frozenset()


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _statement(
    user: str | None = None, record_type: str | None = None, unit_code: str | None = None,
    date_from: date | None = None, date_to: date | None = None, action: str | None = None,
    record_id: str | None = None,
) -> Select:
    stmt = select(AuditEntry)
    if user:
        stmt = stmt.where(func.lower(AuditEntry.user_name) == user.strip().lower())
    if record_type:
        stmt = stmt.where(AuditEntry.record_type == record_type)
    if unit_code:
        stmt = stmt.where(AuditEntry.unit_code == unit_code.strip())
    if action:
        stmt = stmt.where(AuditEntry.action == action)
    if record_id:
        stmt = stmt.where(AuditEntry.record_id == record_id)
    if date_from:
        stmt = stmt.where(AuditEntry.at >= datetime.combine(date_from, datetime.min.time()))
    if date_to:
        end = datetime.combine(date_to + timedelta(days=1), datetime.min.time())
        stmt = stmt.where(AuditEntry.at < end)
    return stmt


def _row(e: AuditEntry) -> AuditRow:
    try:
        changes = json.loads(e.changes or "{}")
    except ValueError:
        changes = {}
    return AuditRow(e.id, e.at, e.user_name, e.action, e.record_type, e.record_id,
                    e.unit_code, changes if isinstance(changes, dict) else {})


def count_audit(db: Database, **filters: object) -> int:
    stmt = _statement(**filters)  # type: ignore[arg-type]
    with db.read_session() as session:
        return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0


def query_audit(
    db: Database, user: str | None = None, record_type: str | None = None,
    unit_code: str | None = None, date_from: date | None = None, date_to: date | None = None,
    *, action: str | None = None, record_id: str | None = None, limit: int = 500,
    offset: int = 0,
) -> list[AuditRow]:
    """Newest first."""
    stmt = _statement(user, record_type, unit_code, date_from, date_to, action, record_id)
    stmt = stmt.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit).offset(offset)
    with db.read_session() as session:
        return [_row(e) for e in session.scalars(stmt)]


def distinct_values(db: Database, column: str) -> list[str]:
    """Users / record types / unit codes present in the trail (for the filter lists)."""
    col = getattr(AuditEntry, column)
    with db.read_session() as session:
        return sorted(v for v in session.scalars(select(col).distinct()) if v)


def export_audit_xlsx(db: Database, path: Path | str, *, redact: bool = False,
                      **filters: object) -> int:
    """Write the matching entries to an .xlsx file (written whole, then moved into place);
    with `redact`, personal values are left out (***). Returns the number of entries written.
    """
    import xlsxwriter

    path = Path(path)
    headers = [tr("Time (UTC)"), tr("User"), tr("Action"), tr("Record type"), tr("Record"),
               tr("Unit"), tr("Changes")]
    written = 0
    with write_whole(path) as partial:
        book = xlsxwriter.Workbook(str(partial), {"remove_timezone": True})
        sheet = book.add_worksheet(tr("Audit trail")[:31])
        bold = book.add_format({"bold": True})
        when = book.add_format({"num_format": "dd/mm/yyyy hh:mm:ss"})
        sheet.write_row(0, 0, headers, bold)
        for col, width in enumerate((20, 16, 10, 14, 38, 8, 90)):
            sheet.set_column(col, col, width)
        offset = 0
        while True:
            page = query_audit(db, **filters, limit=2000, offset=offset)  # type: ignore[arg-type]
            for found in page:
                e = found.without_personal_data() if redact else found
                written += 1
                sheet.write_datetime(written, 0, e.at, when)
                sheet.write_row(written, 1, [e.user_name, e.action, e.record_type,
                                             e.record_id, e.unit_code, e.summary()])
            if len(page) < 2000:
                break
            offset += 2000
        sheet.freeze_panes(1, 0)
        book.close()
    return written
