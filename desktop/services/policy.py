"""The one change policy: may this user make this change, and the audit entry of what was done.

Every path that writes calls it: entry forms, delete and restore (RecordService), import rows
and `Đã xóa` rows (desktop.exchange.import_policy), settings and the home unit, catalogues,
users, month locks, demo data, backup and restore of the database, and the command line. Reads
are scoped by the same units (`reader_scope`, `require_readable`).

The decision for a change of a record is, in this order:
1. who acts: the signed-in user, re-read from the database at every action (a role changed or
   an account deactivated on another PC counts at the next action). When users exist nobody
   acts unsigned; without users (a single-user PC) the PC's own account does everything;
2. the role: staff edit records; a manager also locks and unlocks months and backs up; an
   administrator also manages users, settings, catalogues, restore and demo data;
3. the units: the record's owner (and its commune, if it has one) must be the user's unit or
   under it (every version of the unit's code, at any time);
4. the owner's month lock, for the month the record type's declaration gives (its date, its
   month, the date of its parent for attendance; registers and plans are never locked), before
   and after the change.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db import models as m
from desktop.domain import record_types
from desktop.domain.record_types import TYPES
from desktop.errors import InputError
from desktop.i18n import translate
from desktop.services import audit
from desktop.services.context import AppContext
from desktop.services.record_specs import SPECS
from desktop.services.session_user import SignedInUser, current_user, set_user
from desktop.services.units import UnitInfo

ROLES = ("staff", "manager", "admin")
#: what each role may do; roles are cumulative
_ALLOWED = {
    "staff": frozenset({"edit"}),
    "manager": frozenset({"edit", "lock", "unlock", "print_final", "backup", "audit",
                          "office_settings"}),
    "admin": frozenset({"edit", "lock", "unlock", "print_final", "backup", "audit",
                        "office_settings", "admin"}),
}
ACTIONS = ("edit", "lock", "unlock", "print_final", "backup", "audit", "office_settings",
           "admin")


def tr(text: str) -> str:
    return translate("policy", text)


def role_label(role: str) -> str:
    labels = {"staff": tr("Staff"), "manager": tr("Manager"), "admin": tr("Administrator")}
    return labels.get(role, role)


@dataclass(frozen=True)
class Actor:
    """Who makes a change: `user` is None on a PC where sign-in is off."""

    user: SignedInUser | None
    name: str  # the name the audit trail records

    def may(self, action: str) -> bool:
        return can(self.user, action)


def can(user: SignedInUser | None, action: str) -> bool:
    """May `user` do `action`? None = sign-in off: the single user does everything."""
    if user is None:
        return True
    return action in _ALLOWED.get(user.role, frozenset())


# ---- one action of many changes ------------------------------------------------------------
_MEMO = "policy_memo"


@contextmanager
def one_action(session: Session) -> Iterator[None]:
    """Many changes of one action (a grid save, a multi-delete, an undo) in one write
    transaction: who acts and the owners' month locks are read once, not once per record.
    Only inside the transaction that holds the audit head (audit.chain), so no other PC can
    change a user or a lock meanwhile (every such change appends to the chain too; on SQLite
    the transaction reads one snapshot anyway): the answers are the ones each record would get."""
    audit.chain(session)
    with one_check(session):
        yield


@contextmanager
def one_check(session: Session) -> Iterator[None]:
    """Many rows checked before they are saved (a grid's cells): who acts and the month
    locks read once. A check only advises; the save decides again (one_action)."""
    session.info[_MEMO] = {}
    try:
        yield
    finally:
        session.info.pop(_MEMO, None)


def _memo(session: Session) -> dict[object, object] | None:
    return session.info.get(_MEMO)


# ---- who acts ----------------------------------------------------------------------------
def users_exist(session: Session) -> bool:
    return session.scalar(select(m.User.id).where(m.User.active.is_(True)).limit(1)) is not None


def actor(ctx: AppContext, session: Session) -> Actor:
    """The signed-in user as the database has them now (refreshing ctx), or the PC's account
    when sign-in is off. Refused when users exist and nobody signed in, or the account was
    deactivated since."""
    memo = _memo(session)
    if memo is not None:
        known = memo.get(("actor", id(ctx)))
        if known is None:
            known = memo[("actor", id(ctx))] = _actor(ctx, session)
        return known  # type: ignore[return-value]
    return _actor(ctx, session)


def _actor(ctx: AppContext, session: Session) -> Actor:
    user = current_user(ctx)
    if user is None:
        if users_exist(session):
            raise InputError(tr("Sign in first: this database has users, so every change "
                                "needs a user name and password."))
        return Actor(None, ctx.user_name)
    row = session.get(m.User, user.id)
    if row is None or not row.active:
        raise InputError(tr("The account {name} is no longer active; nothing was changed. "
                            "Ask an administrator.").format(name=user.username))
    fresh = replace(user, role=row.role, unit_id=row.unit_id,
                    display_name=row.display_name, username=row.username)
    if fresh != user:
        set_user(ctx, fresh)
    return Actor(fresh, fresh.username)


def require(ctx: AppContext, session: Session, action: str) -> Actor:
    """The actor, refused unless their role allows `action`."""
    who = actor(ctx, session)
    if not who.may(action):
        assert who.user is not None
        raise InputError(
            tr("{name} ({role}) may not do this; ask a manager or an administrator.")
            .format(name=who.user.display_name or who.user.username,
                    role=role_label(who.user.role)))
    return who


def refresh_user(ctx: AppContext) -> SignedInUser | None:
    """Re-read the signed-in user (for menus and lists); None when sign-in is off."""
    if current_user(ctx) is None:
        return None
    with ctx.db.read_session() as session:
        try:
            actor(ctx, session)
        except InputError:
            return current_user(ctx)
    return current_user(ctx)


# ---- units -------------------------------------------------------------------------------
def unit_scope(ctx: AppContext, user: SignedInUser | None) -> set[int] | None:
    """Unit ids the user may see and change: their unit (every version of its code) and every
    unit ever under it. None means no limit (sign-in off)."""
    if user is None:
        return None
    units = ctx.units
    own = units.by_id.get(user.unit_id)
    if own is None:
        return {user.unit_id}
    roots = [u for u in units.by_id.values() if u.code == own.code and u.level == own.level]
    out: set[int] = set()
    for root in roots:
        out.add(root.id)
        out.update(u.id for u in units.descendants(root, date.min, date.max))
    return out


def reader_scope(ctx: AppContext, session: Session) -> set[int] | None:
    """The units whose records the current user may read: None = all (sign-in off); an empty
    set when users exist and nobody signed in."""
    if current_user(ctx) is None:
        return set() if users_exist(session) else None
    try:
        who = actor(ctx, session)
    except InputError:
        return set()
    return unit_scope(ctx, who.user)


def require_readable(ctx: AppContext, unit: UnitInfo) -> None:
    """Refuse reading (export, report) a unit outside the user's units."""
    with ctx.db.read_session() as session:
        scope = reader_scope(ctx, session)
    if scope is not None and unit.id not in scope:
        raise InputError(tr("{unit} is outside your units; you may read only the records of "
                            "your unit and the units under it.").format(unit=unit.name))


def _require_unit(ctx: AppContext, who: Actor, *unit_ids: int | None) -> None:
    scope = unit_scope(ctx, who.user)
    if scope is None:
        return
    for unit_id in unit_ids:
        if unit_id is not None and unit_id not in scope:
            raise InputError(tr("This record belongs to another unit; you may not change it."))


def unit_in_scope(ctx: AppContext, who: Actor, unit_id: int) -> bool:
    scope = unit_scope(ctx, who.user)
    return scope is None or unit_id in scope


def default_owner(ctx: AppContext) -> UnitInfo | None:
    """The owner of a new record: the home unit (the office whose PC it is), unless that is
    outside the signed-in user's units; then the user's own unit."""
    home = ctx.home_unit()
    user = current_user(ctx)
    if user is None or user.unit_id not in ctx.units.by_id:
        return home
    scope = unit_scope(ctx, user)
    if home is not None and (scope is None or home.id in scope):
        return home
    return ctx.units.by_id[user.unit_id]


# ---- month locks ------------------------------------------------------------------------
def never_locked() -> frozenset[str]:
    """Record types no month lock covers (registers and yearly plans), by their declaration."""
    return frozenset(k for k, t in TYPES.items() if t.dating.mode not in ("dated", "parent"))


def lock_month(session: Session, kind: str, values: dict[str, object]) -> date | None:
    """The month (its 1st) that locks a record of `kind` with these values; None: never.
    The rule is the record type's declaration (record_types.lock_month); a record dated by
    its parent (attendance by its class) is looked up here."""
    t = TYPES.get(kind)
    if t is None:
        return None
    parent = None
    if t.dating.mode == "parent":
        ref = t.field(t.dating.field).ref or ""
        row = session.get(SPECS[ref].model, values.get(t.dating.field)) if ref in SPECS else None
        if row is not None:
            parent = {f.name: getattr(row, f.name) for f in SPECS[ref].fields}
    return record_types.lock_month(kind, values, parent)


def month_label(d: date) -> str:
    return f"{d.month:02d}/{d.year:04d}"


def find_lock(session: Session, owner_id: int, month: date) -> m.MonthLock | None:
    first = date(month.year, month.month, 1)
    memo = _memo(session)
    key = ("lock", owner_id, first)
    if memo is not None and key in memo:
        return memo[key]  # type: ignore[return-value]
    found = session.scalar(select(m.MonthLock).where(
        m.MonthLock.owner_id == owner_id, m.MonthLock.month == first))
    if memo is not None:
        memo[key] = found
    return found


def locked_by(session: Session, lock: m.MonthLock) -> str:
    """Who locked: the person's full name if known, else the name the lock records."""
    who = lock.locked_by
    row = session.scalar(select(m.User).where(m.User.username == who)) if who else None
    if row is not None and row.display_name:
        who = row.display_name
    return who or "?"


def lock_sentence(session: Session, lock: m.MonthLock) -> str:
    """“The month 05/2023 was locked by … on …; …”."""
    who = locked_by(session, lock)
    return tr("The month {month} was locked by {who} on {date}; ask a manager to unlock it "
              "if it must change.").format(month=month_label(lock.month), who=who or "?",
                                            date=lock.locked_at.strftime("%d/%m/%Y"))


def ensure_month_open(session: Session, owner_id: int, month: date | None) -> None:
    if month is None:
        return
    lock = find_lock(session, owner_id, month)
    if lock is not None:
        raise InputError(lock_sentence(session, lock))


# ---- records -----------------------------------------------------------------------------
def check_record(ctx: AppContext, session: Session, kind: str, owner_id: int,
                 *states: dict[str, object] | None) -> Actor:
    """May the current user change a record of `kind` owned by `owner_id` from/to these
    states (the stored values and the new ones; None for a side that does not exist)?
    Returns the actor; raises InputError with the one sentence why not."""
    who = require(ctx, session, "edit")
    spec = SPECS.get(kind)
    places = [s.get(spec.unit_field) for s in states if s is not None] \
        if spec is not None and spec.unit_field else []
    _require_unit(ctx, who, owner_id, *places)  # type: ignore[arg-type]
    for values in states:
        if values is not None:
            ensure_month_open(session, owner_id, lock_month(session, kind, values))
    return who


def record_blocker(ctx: AppContext, session: Session, kind: str, owner_id: int,
                   values: dict[str, object]) -> str | None:
    """Why the current user may not change this stored record (None: they may)."""
    try:
        check_record(ctx, session, kind, owner_id, values)
    except InputError as exc:
        return exc.message
    return None


def unit_code(ctx: AppContext, unit_id: int | None) -> str:
    unit = ctx.units.by_id.get(unit_id) if unit_id is not None else None
    return unit.code if unit else ""


# ---- other writes ----------------------------------------------------------------------
def check_lock(ctx: AppContext, session: Session, owner_id: int, *, unlock: bool) -> Actor:
    """Managers and administrators lock and unlock the months of their units."""
    who = require(ctx, session, "unlock" if unlock else "lock")
    if not unit_in_scope(ctx, who, owner_id):
        raise InputError(tr("You may lock and unlock only the months of your unit and the "
                            "units under it."))
    return who


def check_admin(ctx: AppContext, session: Session) -> Actor:
    """Users, settings of the installation, catalogues, restore and demo data."""
    return require(ctx, session, "admin")


def check_setting(ctx: AppContext, session: Session, key: str) -> Actor:
    """The home unit is the administrator's; the names printed on reports and the office's
    letterhead are also the manager's."""
    from desktop.services.settings import HOME_UNIT

    return require(ctx, session, "admin" if key == HOME_UNIT else "office_settings")


def check_demo_data(ctx: AppContext, session: Session, owner: UnitInfo) -> Actor:
    """Synthetic records go only into an office's own units, never into a locked month."""
    who = check_admin(ctx, session)
    scope = unit_scope(ctx, who.user)
    if scope is not None and owner.id not in scope:
        raise InputError(tr("{unit} is outside your units; demo data were not made.")
                         .format(unit=owner.name))
    first = session.scalar(select(m.MonthLock).where(m.MonthLock.owner_id == owner.id)
                           .order_by(m.MonthLock.month).limit(1))
    if first is not None:
        raise InputError(tr("Demo data were not made: {unit} has locked months ({month} …), "
                            "and demo records would fall into them.").format(
            unit=owner.name, month=month_label(first.month)))
    return who


def system_actor(ctx: AppContext) -> Actor:
    """Seeding built-in values (units, catalogue values) at start-up: no user acts."""
    return Actor(None, ctx.user_name or "pcmd")


def record_entry(session: Session, who: Actor, *, action: str, record_type: str,
                 record_id: str, unit_code: str = "",
                 changes: dict[str, tuple[object, object]] | None = None,
                 at: datetime | None = None, row: object | None = None) -> str:
    """The audit entry of a change the policy allowed (chained; `row` gets its hash)."""
    return audit.record(session, user=who.name, action=action, record_type=record_type,
                        record_id=record_id, unit_code=unit_code, changes=changes, at=at,
                        row=row)
