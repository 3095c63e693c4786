"""The audit trail: who changed which record when, old → new, in the same transaction.

Entries are hash-chained (desktop.db.audit_chain); a changed row given as `row` gets its
audit hash, which binds its state to the entry. Only desktop.services.policy decides *whether*
a change may happen; this module writes what happened.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from desktop.db import models as m
from desktop.db.audit_chain import Chain, row_hash, tracked_for, tracked_tables, values_of

_MODELS: dict[str, type] = {**m.RECORD_MODELS, "user": m.User, "month": m.MonthLock,
                            "setting": m.Setting, "catalogue": m.CatalogueItem}


def now_utc() -> datetime:
    """UTC now, naive, to the millisecond (what an exchange workbook can carry)."""
    t = datetime.now(UTC).replace(tzinfo=None)
    return t.replace(microsecond=t.microsecond // 1000 * 1000)


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def changes_json(changes: dict[str, tuple[object, object]] | None) -> str:
    payload = {k: [_plain(a), _plain(b)] for k, (a, b) in (changes or {}).items()}
    return json.dumps(payload, ensure_ascii=False, sort_keys=True)


def chain(session: Session) -> Chain:
    """The chain's open end for this transaction (locks the head row the first time)."""
    found = session.info.get("audit_chain")
    if found is None:
        session.flush()
        found = session.info["audit_chain"] = Chain(session.connection())
    return found


def record(
    session: Session,
    *,
    user: str,
    action: str,
    record_type: str,
    record_id: str,
    unit_code: str = "",
    changes: dict[str, tuple[object, object]] | None = None,
    at: datetime | None = None,
    row: object | None = None,
) -> str:
    """Append one entry; `row` (a record, user, lock, setting or catalogue value just changed)
    gets the audit hash of its new state. Returns the entry's hash."""
    text = changes_json(changes)
    opened = chain(session)
    if row is None or row in session.new:
        # pending rows first: their state (ids, defaults) is what the entry describes; a
        # stored row's state is complete in memory and is written with the rest at commit
        session.flush()
    h = opened.add(at=at or now_utc(), user_name=user, action=action, record_type=record_type,
                   record_id=record_id, unit_code=unit_code, changes=text)
    if row is None:
        row = _tracked_row(session, record_type, record_id)
    if row is not None:
        stamp(row, h)
    return h


def _tracked_row(session: Session, record_type: str, record_id: str) -> object | None:
    """The row an entry is about, when its type is tracked (so no caller can forget to give
    it: a row whose hash is not renewed would look changed outside PCMD)."""
    tracked = tracked_tables().get(record_type)
    if tracked is None or not record_id:
        return None
    model = _MODELS.get(record_type)
    if model is None:
        return None
    key: object = record_id
    if tracked.table.c[tracked.key].type.python_type is int:
        if not record_id.isdigit():
            return None
        key = int(record_id)
    return session.get(model, key)


def stamp(row: object, entry: str) -> None:
    """Store on `row` the audit hash of its current state after the entry `entry`."""
    tracked = tracked_for(row)
    if tracked is None:
        raise TypeError(f"{type(row).__name__} rows are not tracked by the audit trail")
    row.audit_hash = row_hash(entry, tracked.state(values_of(row)))  # type: ignore[attr-defined]


def record_many(session: Session, *, user: str, action: str, record_type: str,
                record_ids: Sequence[str], unit_code: str, changes: Sequence[str] | str,
                at: datetime) -> list[str]:
    """Bulk-append entries that share everything but the record id (and maybe the changes,
    given as JSON texts); returns their hashes in order."""
    n = len(record_ids)
    texts = [changes] * n if isinstance(changes, str) else list(changes)
    return chain(session).add_many({
        "at": [at] * n, "user_name": [user] * n, "action": [action] * n,
        "record_type": [record_type] * n, "record_id": list(record_ids),
        "unit_code": [unit_code] * n, "changes": texts})


def insert_records(session: Session, *, user: str, action: str, record_type: str,
                   rows: list[dict[str, object]], unit_code: str, changes: str,
                   at: datetime) -> None:
    """Insert new rows of a tracked table (dicts of column values, `id` given) with one chained
    entry each and their audit hashes (demo data, bulk copies)."""
    from sqlalchemy import insert

    if not rows:
        return
    tracked = tracked_tables()[record_type]
    hashes = record_many(session, user=user, action=action, record_type=record_type,
                         record_ids=[str(r["id"]) for r in rows], unit_code=unit_code,
                         changes=changes, at=at)
    for row, h in zip(rows, hashes, strict=True):
        row["audit_hash"] = row_hash(h, tracked.state(row))
    session.execute(insert(tracked.table), rows)
