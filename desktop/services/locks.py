"""Month locks: once a month of an office is signed off, its records cannot change.

A lock is per owning office (`owner_id`) and month (stored as the 1st). Record changes
(RecordService) and imports call `ensure_unlocked`; reports of a locked month print as final.
Locking and unlocking are audited (record_type "month", record_id "<unit code>:YYYY-MM").
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import MonthLock
from desktop.errors import InputError
from desktop.i18n import translate
from desktop.services import audit
from desktop.services.context import AppContext


def tr(text: str) -> str:
    return translate("locks", text)


def month_start(d: date) -> date:
    return date(d.year, d.month, 1)


def month_label(d: date) -> str:
    return f"{d.month:02d}/{d.year:04d}"


def is_locked(session: Session, owner_id: int, d: date) -> bool:
    stmt = select(MonthLock.id).where(
        MonthLock.owner_id == owner_id, MonthLock.month == month_start(d)
    )
    return session.scalar(stmt) is not None


def locked_months(session: Session, owner_id: int) -> set[date]:
    stmt = select(MonthLock.month).where(MonthLock.owner_id == owner_id)
    return set(session.scalars(stmt))


def ensure_unlocked(session: Session, owner_id: int, d: date | None) -> None:
    """Refuse a change to a record dated `d` (None: undated, always allowed)."""
    if d is not None and is_locked(session, owner_id, d):
        raise InputError(
            tr("The month {month} is locked; ask a manager to unlock it.").format(
                month=month_label(d)
            )
        )


def _check_may(ctx: AppContext, action: str) -> None:
    from desktop.services import auth

    auth.require(ctx, action)


def _record_id(ctx: AppContext, owner_id: int, month: date) -> str:
    unit = ctx.units.by_id.get(owner_id)
    code = unit.code if unit else str(owner_id)
    return f"{code}:{month.year:04d}-{month.month:02d}"


def lock_month(ctx: AppContext, owner_id: int, month: date, reason: str = "") -> bool:
    """Lock a month; False when it was already locked (nothing changes)."""
    _check_may(ctx, "lock")
    first = month_start(month)
    with ctx.db.session() as session:
        if is_locked(session, owner_id, first):
            return False
        now = audit.now_utc()
        session.add(MonthLock(owner_id=owner_id, month=first, locked_at=now,
                              locked_by=ctx.user_name, reason=reason.strip()))
        unit = ctx.units.by_id.get(owner_id)
        audit.record(
            session, user=ctx.user_name, action="lock", record_type="month",
            record_id=_record_id(ctx, owner_id, first), unit_code=unit.code if unit else "",
            changes={"month": (None, first), "reason": (None, reason.strip())}, at=now,
        )
    return True


def unlock_month(ctx: AppContext, owner_id: int, month: date, reason: str) -> bool:
    """Unlock a month (a reason is required); False when it was not locked."""
    if not reason or not reason.strip():
        raise InputError(tr("Give a reason for unlocking the month."))
    _check_may(ctx, "unlock")
    first = month_start(month)
    with ctx.db.session() as session:
        row = session.scalar(
            select(MonthLock).where(MonthLock.owner_id == owner_id, MonthLock.month == first)
            .with_for_update()
        )
        if row is None:
            return False
        session.delete(row)
        unit = ctx.units.by_id.get(owner_id)
        audit.record(
            session, user=ctx.user_name, action="unlock", record_type="month",
            record_id=_record_id(ctx, owner_id, first), unit_code=unit.code if unit else "",
            changes={"month": (first, None), "reason": (None, reason.strip())},
        )
    return True


def list_locks(ctx: AppContext, owner_id: int | None = None) -> list[MonthLock]:
    """Locks (newest month first), for the lock/unlock dialogs."""
    stmt = select(MonthLock).order_by(MonthLock.month.desc(), MonthLock.owner_id)
    if owner_id is not None:
        stmt = stmt.where(MonthLock.owner_id == owner_id)
    with ctx.db.read_session() as session:
        return list(session.scalars(stmt))
