"""The audit trail as a person reads it, in the UI language: record types and field labels
instead of keys, catalogue labels instead of codes, unit names instead of ids, dates as
dd/mm/yyyy, times dd/mm/yyyy HH:mm in local time, and the record named by its title (an
officer's code and name, a class's name, a session's date, commune and form) instead of its id.

The viewer (desktop/ui/audit_viewer.py) shows a page of entries through one AuditText; the
titles of a page's records are read together (one query per record type).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from desktop.domain.text import format_vi_number
from desktop.i18n import QT_TRANSLATE_NOOP, current_language, translate
from desktop.services.audit_view import PASTED_FILE, AuditRow

if TYPE_CHECKING:
    from desktop.services.catalogue import Catalogues
    from desktop.services.context import AppContext
    from desktop.services.record_specs import FieldSpec

TEXT_LIMIT = 80  # longer texts are cut in the list (the whole entry stays in the export)

#: kinds of entries that are not records, and the keys their changes use
OTHER_TYPES = {
    "month": QT_TRANSLATE_NOOP("audit_text", "Month lock"),
    "setting": QT_TRANSLATE_NOOP("audit_text", "Setting"),
    "user": QT_TRANSLATE_NOOP("audit_text", "User"),
    "catalogue": QT_TRANSLATE_NOOP("audit_text", "Catalogue value"),
    "database": QT_TRANSLATE_NOOP("audit_text", "Database"),
    "signin": QT_TRANSLATE_NOOP("audit_text", "Sign-in"),
    "audit": QT_TRANSLATE_NOOP("audit_text", "Audit trail"),
}
OTHER_KEYS = {
    "file": QT_TRANSLATE_NOOP("audit_text", "File"),
    "deleted_at": QT_TRANSLATE_NOOP("audit_text", "Deleted"),
    "username": QT_TRANSLATE_NOOP("audit_text", "User name"),
    "user_name": QT_TRANSLATE_NOOP("audit_text", "User name"),
    "display_name": QT_TRANSLATE_NOOP("audit_text", "Full name"),
    "role": QT_TRANSLATE_NOOP("audit_text", "Role"),
    "unit_id": QT_TRANSLATE_NOOP("audit_text", "Unit"),
    "owner_id": QT_TRANSLATE_NOOP("audit_text", "Unit"),
    "active": QT_TRANSLATE_NOOP("audit_text", "Active"),
    "value": QT_TRANSLATE_NOOP("audit_text", "Value"),
    "month": QT_TRANSLATE_NOOP("audit_text", "Month"),
    "reason": QT_TRANSLATE_NOOP("audit_text", "Reason"),
    "records": QT_TRANSLATE_NOOP("audit_text", "Records"),
    "computer": QT_TRANSLATE_NOOP("audit_text", "Computer"),
    "failures": QT_TRANSLATE_NOOP("audit_text", "Failed attempts"),
    "kind": QT_TRANSLATE_NOOP("audit_text", "Catalogue"),
    "code": QT_TRANSLATE_NOOP("audit_text", "Code"),
    "label_vi": QT_TRANSLATE_NOOP("audit_text", "Label (Vietnamese)"),
    "label_en": QT_TRANSLATE_NOOP("audit_text", "Label (English)"),
    "password": QT_TRANSLATE_NOOP("audit_text", "Password"),
    "seed": QT_TRANSLATE_NOOP("audit_text", "Demo data series"),
}
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("audit_text", "created"),
    "update": QT_TRANSLATE_NOOP("audit_text", "changed"),
    "delete": QT_TRANSLATE_NOOP("audit_text", "deleted"),
    "restore": QT_TRANSLATE_NOOP("audit_text", "restored"),
    "import": QT_TRANSLATE_NOOP("audit_text", "imported"),
    "lock": QT_TRANSLATE_NOOP("audit_text", "locked"),
    "unlock": QT_TRANSLATE_NOOP("audit_text", "unlocked"),
    "signin-failed": QT_TRANSLATE_NOOP("audit_text", "sign-in failed"),
    "backup": QT_TRANSLATE_NOOP("audit_text", "backed up"),
    "seal": QT_TRANSLATE_NOOP("audit_text", "sealed"),
    "demo-data": QT_TRANSLATE_NOOP("audit_text", "made as demo data"),
}


def tr(text: str) -> str:
    return translate("audit_text", text)


def local_time(at: datetime) -> str:
    """A stored UTC time as the office's clock shows it: dd/mm/yyyy HH:mm."""
    return at.replace(tzinfo=UTC).astimezone().strftime("%d/%m/%Y %H:%M")


def number_text(value: int | float) -> str:
    if current_language() == "vi":
        return format_vi_number(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")


class AuditText:
    """Readable texts of audit entries (see the module docstring)."""

    def __init__(self, ctx: AppContext, catalogues: Catalogues | None = None) -> None:
        from desktop.services import catalogue as catalogue_service

        self.ctx = ctx
        self.units = ctx.units
        self.catalogues = catalogues or catalogue_service.load(ctx.db)
        self._titles: dict[tuple[str, str], str] = {}

    # ---- columns -------------------------------------------------------------------------
    def record_type(self, key: str) -> str:
        from desktop.services.record_specs import SPECS

        if key in SPECS:
            return translate("records", SPECS[key].label)
        return tr(OTHER_TYPES[key]) if key in OTHER_TYPES else key

    def action(self, key: str) -> str:
        return tr(ACTIONS[key]) if key in ACTIONS else key

    def unit(self, code: str) -> str:
        """A unit code as its name (the latest unit with that code)."""
        unit = self.units.latest(code) if code else None
        return unit.name if unit is not None else code

    def title(self, row: AuditRow) -> str:
        """The record named as a person knows it (read by `load_titles` for a page)."""
        if row.record_type == "month":
            owner = _new(row.changes.get("owner_id"))
            month = _new(row.changes.get("month"))
            unit = self.units.by_id.get(owner) if isinstance(owner, int) else None
            when = self._date(month, month=True)
            return " — ".join(p for p in (when, unit.name if unit else row.unit_code) if p)
        if row.record_type == "setting":
            return row.record_id
        if row.record_type in ("user", "signin"):
            name = _new(row.changes.get("username") or row.changes.get("user_name"))
            return str(name or row.record_id)
        found = self._titles.get((row.record_type, row.record_id))
        if found:
            return found
        return row.record_id[:8] + "…" if len(row.record_id) > 12 else row.record_id

    def load_titles(self, rows: Iterable[AuditRow]) -> None:
        """Read the titles of these entries' records, one query per record type."""
        from desktop.services.record_specs import SPECS
        from desktop.services.records import RecordService

        wanted: dict[str, set[str]] = {}
        for r in rows:
            if r.record_type in SPECS and (r.record_type, r.record_id) not in self._titles:
                wanted.setdefault(r.record_type, set()).add(r.record_id)
        service = RecordService(self.ctx)
        for kind, ids in wanted.items():
            for rid, values in service.rows_by_id(kind, ids).items():
                self._titles[(kind, rid)] = self.record_title(kind, values)

    def record_title(self, kind: str, values: dict[str, object]) -> str:
        """A record's title: its declared title fields, else the first three of its list."""
        from desktop.services.record_specs import SPECS

        spec = SPECS[kind]
        names = spec.title_fields or spec.list_columns[:3]
        parts = []
        for name in names:
            f = spec.field(name)
            text = self.value(f, values.get(name), labels=values.get("labels"))  # type: ignore[arg-type]
            if text:
                parts.append(text)
        return " — ".join(parts)

    def changes(self, row: AuditRow) -> str:
        """ "Date: 01/03/2024 → 15/03/2024; Form: Hội nghị → Đối thoại" in the UI language."""
        from desktop.services.record_specs import SPECS

        spec = SPECS.get(row.record_type)
        order = {f.name: i for i, f in enumerate(spec.fields)} if spec else {}
        parts = []
        for key in sorted(row.changes, key=lambda k: (order.get(k, len(order)), k)):
            old, new = _pair(row.changes[key])
            f = _field(spec, key)
            label = translate("fields", f.label) if f is not None else \
                tr(OTHER_KEYS[key]) if key in OTHER_KEYS else key
            if key == "file":
                parts.append(tr("pasted from the clipboard") if new == PASTED_FILE else
                             f"{label}: {new}")
                continue
            if key == "deleted_at":
                parts.append(tr("Deleted") if new not in (None, "") else tr("Brought back"))
                continue
            before, after = self._text(f, key, old), self._text(f, key, new)
            if row.action == "create" or (not before and old is None):
                if after:
                    parts.append(f"{label}: {after}")
            elif row.action == "delete":
                continue  # a deleted record: its title says which; the values stay in export
            elif before != after:
                parts.append(f"{label}: {before or '∅'} → {after or '∅'}")
        return "; ".join(parts)

    # ---- values --------------------------------------------------------------------------
    def _text(self, f: FieldSpec | None, key: str, value: object) -> str:
        if f is not None:
            return self.value(f, value)
        if key in ("unit_id", "owner_id") and isinstance(value, int):
            unit = self.units.by_id.get(value)
            return unit.name if unit else str(value)
        if key == "month":
            return self._date(value, month=True)
        if key == "role":
            from desktop.services.policy import role_label

            return role_label(str(value)) if value else ""
        if key == "active" and isinstance(value, bool):
            return tr("Yes") if value else tr("No")
        if key == "password":
            return "***" if value else ""
        return _cut(value)

    def value(self, f: FieldSpec, value: object, labels: dict[str, str] | None = None) -> str:
        if value is None or value == "":
            return ""
        kind = f.kind
        if kind in ("date", "month"):
            return self._date(value, month=kind == "month")
        if kind == "bool":
            return tr("Yes") if value in (True, 1, "true") else tr("No")
        if kind in ("int", "money", "float") and isinstance(value, int | float):
            return number_text(value)
        if kind == "unit":
            try:
                unit = self.units.by_id.get(int(value))  # type: ignore[call-overload]
            except (TypeError, ValueError):
                unit = None
            return unit.name if unit else str(value)
        if kind == "catalogue":
            return self.catalogues.label(f.catalogue or "", str(value))
        if kind == "multi":
            return self.catalogues.labels(f.catalogue or "", str(value))
        if kind == "ref":
            if labels and f.name in labels:
                return labels[f.name]
            return self._ref_title(f.ref or "", str(value))
        return _cut(value)

    def _ref_title(self, kind: str, record_id: str) -> str:
        key = (kind, record_id)
        if key not in self._titles:
            from desktop.services.records import RecordService

            rows = RecordService(self.ctx).rows_by_id(kind, [record_id])
            self._titles[key] = self.record_title(kind, rows[record_id]) \
                if record_id in rows else record_id[:8] + "…"
        return self._titles[key]

    @staticmethod
    def _date(value: object, *, month: bool = False) -> str:
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value)
            except ValueError:
                return value
        if isinstance(value, datetime | date):
            return value.strftime("%m/%Y" if month else "%d/%m/%Y")
        return "" if value is None else str(value)


def _pair(pair: object) -> tuple[object, object]:
    if isinstance(pair, list | tuple):
        items = list(pair) + [None, None]
        return items[0], items[1]
    return None, pair


def _new(pair: object) -> object:
    return _pair(pair)[1] if pair is not None else None


def _field(spec: object, name: str) -> FieldSpec | None:
    if spec is None:
        return None
    try:
        return spec.field(name)  # type: ignore[attr-defined]
    except KeyError:
        return None


def _cut(value: object) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= TEXT_LIMIT else text[:TEXT_LIMIT - 1] + "…"
