"""`pcmd check` of the audit trail: the hash chain, its end, and every tracked row against it.

Finds and names: an entry deleted, edited or inserted outside PCMD (the first broken link is
named), the newest entries removed (the chain's end no longer matches `audit_head`), a record,
user, month lock, setting or catalogue value changed, added or removed outside PCMD.
What this proves and what it cannot: docs/audit-trail.md.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, String, and_, cast, func, select
from sqlalchemy.orm import aliased

from desktop.db import models as m
from desktop.db.audit_chain import (
    BUILTIN,
    SEAL,
    Tracked,
    entry_hash,
    legacy_digest,
    row_hash,
    tracked_tables,
)
from desktop.i18n import translate
from desktop.services.record_specs import SPECS

LIMIT = 20  # problems listed per kind; the count says how many more


def tr(text: str) -> str:
    return translate("audit_check", text)


@dataclass
class ChainCheck:
    problems: list[str] = field(default_factory=list)
    entries: int = 0
    rows: int = 0
    _more: dict[str, int] = field(default_factory=dict)

    def add(self, kind: str, message: str) -> None:
        listed = self._more.setdefault(kind, 0)
        self._more[kind] = listed + 1
        if listed < LIMIT:
            self.problems.append(message)

    def finish(self) -> None:
        for n in self._more.values():
            if n > LIMIT:
                self.problems.append(tr("… and {n} more problems of the same kind.").format(
                    n=n - LIMIT))


def _describe(row) -> str:
    """“entry 123 (28/05/2024 10:15:02, lan: update outreach 5f3…)”."""
    return tr("entry {id} ({at}, {user}: {action} {type} {record})").format(
        id=row.id, at=row.at.strftime("%d/%m/%Y %H:%M:%S"), user=row.user_name or "?",
        action=row.action, type=row.record_type, record=row.record_id)


def verify(conn: Connection) -> ChainCheck:
    result = ChainCheck()
    seal = _verify_chain(conn, result)
    units = {uid: f"{code} {name}" for uid, code, name in conn.execute(
        select(m.Unit.id, m.Unit.code, m.Unit.name))}
    for tracked in tracked_tables().values():
        _verify_rows(conn, tracked, seal, result, units)
    _verify_locks(conn, result)
    result.finish()
    return result


def _verify_chain(conn: Connection, result: ChainCheck) -> str | None:
    """Walk the chain in id order; returns the seal's hash (None: no seal)."""
    a = m.AuditEntry.__table__
    prev = ""
    seal: str | None = None
    chained = 0
    stmt = select(a.c.id, a.c.at, a.c.user_name, a.c.action, a.c.record_type, a.c.record_id,
                  a.c.unit_code, a.c.changes, a.c.prev_hash, a.c.entry_hash).order_by(a.c.id)
    for row in conn.execution_options(yield_per=5000).execute(stmt):
        result.entries += 1
        if not row.entry_hash:
            if chained:
                result.add("chain", tr("The audit trail was changed outside PCMD: {entry} is "
                                       "not in the chain (added or altered after it began).")
                           .format(entry=_describe(row)))
            continue
        expected = entry_hash(prev, row.at, row.user_name, row.action, row.record_type,
                              row.record_id, row.unit_code, row.changes)
        if row.prev_hash != prev:
            result.add("chain", tr("The audit trail is broken at {entry}: the entry before it "
                                   "was deleted or changed outside PCMD.").format(
                entry=_describe(row)))
        elif row.entry_hash != expected:
            result.add("chain", tr("The audit trail was changed outside PCMD: {entry} is not "
                                   "what was written.").format(entry=_describe(row)))
        if row.action == SEAL and row.record_type == "audit" and seal is None:
            seal = row.entry_hash
            _verify_seal(conn, row, result)
        chained += 1
        prev = row.entry_hash  # go on from what is stored: later breaks are found too
    head = conn.execute(select(m.AuditHead.entries, m.AuditHead.last_hash)).first()
    if head is None or head.entries != chained or head.last_hash != prev:
        result.add("chain", tr("The audit trail was cut short outside PCMD: {written} entries "
                               "were written, {found} are there (the newest were removed)."
                               ).format(written=head.entries if head else "?", found=chained))
    return seal


def _verify_seal(conn: Connection, row, result: ChainCheck) -> None:
    try:
        said = json.loads(row.changes)
        want = (said["legacy_entries"][1], said["legacy_digest"][1])
    except (ValueError, KeyError, TypeError, IndexError):
        want = None
    if want != legacy_digest(conn):
        result.add("chain", tr("The audit entries made before the chain began were changed or "
                               "deleted outside PCMD (they no longer match {entry}).").format(
            entry=_describe(row)))


def _key_text(tracked: Tracked):
    col = tracked.table.c[tracked.key]
    return col if isinstance(col.type, String) else cast(col, String)


def _verify_rows(conn: Connection, tracked: Tracked, seal: str | None, result: ChainCheck,
                 units: dict[int, str]) -> None:
    """Each row's audit hash against its last chained entry (or the seal) and its state."""
    t = tracked.table
    a = m.AuditEntry.__table__
    last_id = (select(func.max(a.c.id)).where(
        a.c.record_type == tracked.record_type, a.c.record_id == _key_text(tracked),
        a.c.entry_hash != "").correlate(t).scalar_subquery())
    last = aliased(a)
    stmt = select(t, last.c.entry_hash.label("_last")).select_from(
        t.outerjoin(last, last.c.id == last_id))
    describe = _row_words(tracked, units)
    for row in conn.execution_options(yield_per=5000).execute(stmt).mappings():
        result.rows += 1
        bases = [row["_last"]] if row["_last"] else [b for b in (seal, _builtin(tracked, row))
                                                     if b]
        stored = row["audit_hash"]
        if stored is None or not bases:
            result.add("rows", tr("{row} has no audit entry: it was added outside PCMD.")
                       .format(row=describe(row)))
        elif all(stored != row_hash(base, tracked.state(row)) for base in bases):
            result.add("rows", tr("{row} was changed outside PCMD: it does not match its last "
                                  "audit entry.").format(row=describe(row)))
    if tracked.record_type in ("month",):
        return  # locks are removed by unlocking: see _verify_locks
    gone = select(a.c.record_id).where(
        a.c.record_type == tracked.record_type, a.c.entry_hash != "", a.c.record_id != "",
        ~select(t.c[tracked.key]).where(_key_text(tracked) == a.c.record_id).exists()
    ).distinct().limit(LIMIT + 1)
    for (record_id,) in conn.execute(gone):
        result.add("rows", tr("{row} is in the audit trail but no longer in the database: it "
                              "was deleted outside PCMD.").format(row=describe(
            {tracked.key: record_id, "username": record_id, "code": record_id, "kind": ""})))


def _builtin(tracked: Tracked, row) -> str | None:
    """A built-in catalogue value never changed since it was seeded is bound to BUILTIN."""
    return BUILTIN if tracked.record_type == "catalogue" and row["builtin"] else None


def _row_words(tracked: Tracked, units: dict[int, str]) -> Callable[[object], str]:
    kind = tracked.record_type
    spec = SPECS.get(kind)
    label = translate("records", spec.label) if spec is not None else kind

    def describe(row) -> str:
        if kind == "user":
            return tr("User {name}").format(name=row["username"])
        if kind == "month":
            return tr("The lock of {month} of {unit}").format(
                month=row["month"].strftime("%m/%Y"),
                unit=units.get(row["owner_id"], row["owner_id"]))
        if kind == "setting":
            return tr("Setting {key}").format(key=row["key"])
        if kind == "catalogue":
            return tr("Catalogue value {code} ({kind})").format(code=row["code"],
                                                               kind=row["kind"])
        return tr("{type} {id}").format(type=label, id=row["id"])

    return describe


def _verify_locks(conn: Connection, result: ChainCheck) -> None:
    """The locks the chain says are in force must all be there."""
    a = m.AuditEntry.__table__
    live: dict[str, str] = {}
    stmt = select(a.c.action, a.c.record_id, a.c.changes).where(and_(
        a.c.record_type == "month", a.c.entry_hash != "")).order_by(a.c.id)
    for action, record_id, changes in conn.execute(stmt):
        if action == "lock":
            live[record_id] = changes
        elif action == "unlock":
            live.pop(record_id, None)
    present = {str(i) for i in conn.execute(select(m.MonthLock.id)).scalars()}
    for record_id, changes in live.items():
        if record_id not in present:
            try:
                stored = json.loads(changes)["month"][1]  # ISO, as the entry keeps it
                month = f"{stored[5:7]}/{stored[:4]}" if len(stored) >= 7 else stored
            except (ValueError, KeyError, TypeError, IndexError):
                month = "?"
            result.add("rows", tr("The lock of {month} (entry for lock {id}) was removed "
                                  "outside PCMD.").format(month=month, id=record_id))
