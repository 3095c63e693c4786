"""The audit trail: who changed which record when, old → new, in the same transaction."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from desktop.db.models import AuditEntry


def now_utc() -> datetime:
    """UTC now, naive, to the millisecond (what an exchange workbook can carry)."""
    t = datetime.now(UTC).replace(tzinfo=None)
    return t.replace(microsecond=t.microsecond // 1000 * 1000)


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


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
) -> None:
    payload = {k: [_plain(a), _plain(b)] for k, (a, b) in (changes or {}).items()}
    session.add(
        AuditEntry(
            at=at or now_utc(),
            user_name=user,
            action=action,
            record_type=record_type,
            record_id=record_id,
            unit_code=unit_code,
            changes=json.dumps(payload, ensure_ascii=False, sort_keys=True),
        )
    )
