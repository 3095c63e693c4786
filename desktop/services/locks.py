"""Month locks: once a month of an office is signed off, its records cannot change.

A lock is per owning office (`owner_id`) and month (stored as the 1st). Which month locks a
record, and who may lock, is desktop.services.policy's; reports of a locked month print as
final. Locking and unlocking are audited (record_type "month", record_id the lock's id, the
month and the unit in the changes).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db import models as m
from desktop.db.models import MonthLock
from desktop.errors import InputError
from desktop.i18n import translate
from desktop.services import audit, policy
from desktop.services.context import AppContext
from desktop.services.record_specs import SPECS
from desktop.services.units import UnitInfo


def tr(text: str) -> str:
    return translate("locks", text)


def month_start(d: date) -> date:
    return date(d.year, d.month, 1)


month_label = policy.month_label


def is_locked(session: Session, owner_id: int, d: date) -> bool:
    return policy.find_lock(session, owner_id, d) is not None


def locked_months(session: Session, owner_id: int) -> set[date]:
    stmt = select(MonthLock.month).where(MonthLock.owner_id == owner_id)
    return set(session.scalars(stmt))


def ensure_unlocked(session: Session, owner_id: int, d: date | None) -> None:
    """Refuse a change to a record of `owner_id` dated `d` (None: undated, always allowed)."""
    policy.ensure_month_open(session, owner_id, d)


@dataclass(frozen=True)
class LockResult:
    """What a lock covered: the unit, the month and how many records it holds."""

    unit: UnitInfo | None
    month: date
    records: int
    done: bool  # False: it was already locked (or, for unlock, not locked)


def lock_month(ctx: AppContext, owner_id: int, month: date, reason: str = "") -> bool:
    """Lock a month; False when it was already locked (nothing changes)."""
    return lock(ctx, owner_id, month, reason).done


def lock(ctx: AppContext, owner_id: int, month: date, reason: str = "") -> LockResult:
    first = month_start(month)
    with ctx.db.session() as session:
        who = policy.check_lock(ctx, session, owner_id, unlock=False)
        unit = ctx.units.by_id.get(owner_id)
        count = records_in_month(session, owner_id, first)
        if is_locked(session, owner_id, first):
            return LockResult(unit, first, count, False)
        now = audit.now_utc()
        row = MonthLock(owner_id=owner_id, month=first, locked_at=now, locked_by=who.name,
                        reason=reason.strip())
        session.add(row)
        session.flush()
        policy.record_entry(
            session, who, action="lock", record_type="month", record_id=str(row.id),
            unit_code=unit.code if unit else "",
            changes={"owner_id": (None, owner_id), "month": (None, first),
                     "reason": (None, reason.strip()), "records": (None, count)},
            at=now, row=row)
    return LockResult(unit, first, count, True)


def unlock_month(ctx: AppContext, owner_id: int, month: date, reason: str) -> bool:
    """Unlock a month (a reason is required); False when it was not locked."""
    return unlock(ctx, owner_id, month, reason).done


def unlock(ctx: AppContext, owner_id: int, month: date, reason: str) -> LockResult:
    if not reason or not reason.strip():
        raise InputError(tr("Give a reason for unlocking the month."))
    first = month_start(month)
    with ctx.db.session() as session:
        who = policy.check_lock(ctx, session, owner_id, unlock=True)
        unit = ctx.units.by_id.get(owner_id)
        row = session.scalar(
            select(MonthLock).where(MonthLock.owner_id == owner_id, MonthLock.month == first)
            .with_for_update()
        )
        count = records_in_month(session, owner_id, first)
        if row is None:
            return LockResult(unit, first, count, False)
        lock_id = row.id
        session.delete(row)
        session.flush()
        policy.record_entry(
            session, who, action="unlock", record_type="month", record_id=str(lock_id),
            unit_code=unit.code if unit else "",
            changes={"owner_id": (owner_id, None), "month": (first, None),
                     "reason": (None, reason.strip())})
    return LockResult(unit, first, count, True)


def records_in_month(session: Session, owner_id: int, first: date) -> int:
    """Live records of `owner_id` that the lock of this month covers."""
    end = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    total = 0
    exempt = policy.never_locked()
    for kind, spec in SPECS.items():
        if kind in exempt or (kind != "attendance" and not spec.date_field):
            continue
        model = spec.model
        if kind == "attendance":
            stmt = select(func.count()).select_from(model).join(
                m.TrainingClass, m.TrainingClass.id == model.class_id).where(
                model.owner_id == owner_id, model.deleted_at.is_(None),
                m.TrainingClass.date_from >= first, m.TrainingClass.date_from < end)
        else:
            col = getattr(model, spec.date_field)  # type: ignore[arg-type]
            stmt = select(func.count()).select_from(model).where(
                model.owner_id == owner_id, model.deleted_at.is_(None), col >= first,
                col < end)
        total += session.scalar(stmt) or 0
    return total


def lockable_units(ctx: AppContext) -> list[UnitInfo]:
    """The offices whose months the signed-in user may lock: their unit and every unit under
    it valid today (today's communes included), then earlier units of their scope that own
    records (districts before 1 July 2025, communes before their merger)."""
    from desktop.services.session_user import current_user

    user = policy.refresh_user(ctx) or current_user(ctx)
    today = ctx.today()
    units = ctx.units
    if user is not None:
        root = units.by_id.get(user.unit_id)
        if root is None:
            return []
        roots = [u for u in units.by_id.values() if u.code == root.code and u.level == root.level]
    else:
        home = ctx.home_unit()
        if home is None:
            return []
        roots = [home]
    current = [r for r in roots if r.valid_on(today)] or roots[-1:]
    out: list[UnitInfo] = list(current)
    for root in current:
        out += [u for u in units.descendants(root, today, today) if u.valid_on(today)]
    scope = policy.unit_scope(ctx, user) if user is not None else {
        u.id for r in roots for u in [r, *units.descendants(r, date.min, date.max)]}
    with ctx.db.read_session() as session:
        owners: set[int] = set()
        for spec in SPECS.values():
            owners.update(session.scalars(select(spec.model.owner_id).distinct()))
    seen = {u.id for u in out}
    earlier = [units.by_id[o] for o in owners if o in units.by_id and o not in seen
               and (scope is None or o in scope)]
    earlier.sort(key=lambda u: (u.level != "district", u.code, u.valid_from))
    return out + earlier


def list_locks(ctx: AppContext, owner_id: int | None = None) -> list[MonthLock]:
    """Locks (newest month first), for the lock/unlock dialogs."""
    stmt = select(MonthLock).order_by(MonthLock.month.desc(), MonthLock.owner_id)
    if owner_id is not None:
        stmt = stmt.where(MonthLock.owner_id == owner_id)
    with ctx.db.read_session() as session:
        return list(session.scalars(stmt))
