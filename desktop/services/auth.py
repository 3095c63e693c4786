"""Users, roles and sign-in.

Sign-in is off on a single-user PC (no users) and on once an administrator creates users.
Roles are cumulative (desktop.services.policy says what each may do): staff enter and edit
unlocked records of their unit; a manager also locks/unlocks months, backs up and prints
final reports; an administrator also manages users, settings, catalogues and restores.
A user sees only their unit and the units under it.

Wrong passwords are counted per user name *and* computer (table signin_failures): after 5 in a
row, sign-in with that name pauses on that computer for 30 s, doubling with every further
failure up to 15 minutes. So nobody can keep the administrator out from one PC (another PC
signs in), and a name that does not exist is counted and paused exactly like a real one (the
answers never tell which accounts exist). Every failure is in the audit trail, without the
password. Passwords: desktop.services.passwords.
"""

from __future__ import annotations

import getpass
import socket
from datetime import datetime, timedelta

from sqlalchemy import func, select

from desktop.db.database import Database
from desktop.db.models import SignInFailure, User
from desktop.domain.text import clean_text
from desktop.errors import FieldError, InputError, ValidationFailed
from desktop.i18n import translate
from desktop.services import audit, policy
from desktop.services.context import AppContext
from desktop.services.passwords import (  # noqa: F401 - re-exported for callers
    DUMMY_HASH,
    MIN_PASSWORD,
    hash_password,
    verify_password,
)
from desktop.services.passwords import problem as password_problem
from desktop.services.session_user import SignedInUser, current_user

ROLES = policy.ROLES
ACTIONS = policy.ACTIONS
FREE_ATTEMPTS = 5
FIRST_PAUSE_S = 30
MAX_PAUSE_S = 900


def tr(text: str) -> str:
    return translate("auth", text)


role_label = policy.role_label
can = policy.can


def require(ctx: AppContext, action: str) -> None:
    """Refuse unless the signed-in user's role (as the database has it now) allows `action`."""
    with ctx.db.read_session() as session:
        policy.require(ctx, session, action)


def visible_unit_ids(ctx: AppContext, user: SignedInUser | None = None) -> set[int] | None:
    """Unit ids the user may see: their unit (every version of its code) and all under it.
    None means no restriction (sign-in off)."""
    return policy.unit_scope(ctx, user or current_user(ctx))


def ensure_in_scope(ctx: AppContext, *unit_ids: int | None) -> None:
    """Refuse a change to a record outside the user's units (every given id must be inside)."""
    visible = visible_unit_ids(ctx)
    if visible is None:
        return
    if any(u is not None and u not in visible for u in unit_ids):
        raise InputError(tr("This record belongs to another unit; you may not change it."))


# ---- users -----------------------------------------------------------------------------------
def sign_in_required(db: Database) -> bool:
    with db.read_session() as session:
        return policy.users_exist(session)


def _plain(row: User) -> SignedInUser:
    return SignedInUser(id=row.id, username=row.username, display_name=row.display_name,
                        role=row.role, unit_id=row.unit_id)


def list_users(db: Database) -> list[User]:
    with db.read_session() as session:
        return list(session.scalars(select(User).order_by(User.username)))


def _norm_username(username: str) -> str:
    return clean_text(username).lower()


def _check_fields(
    username: str | None, password: str | None, role: str | None, unit_id: int | None,
    ctx: AppContext, *, display_name: str = "", own_name: str = "",
) -> list[FieldError]:
    errors: list[FieldError] = []
    if username is not None and (not username or " " in username or len(username) > 60):
        errors.append(FieldError("username", tr(
            "User name: enter 1 to 60 characters without spaces.")))
    if password is not None:
        why = password_problem(password, username=username or own_name, full_name=display_name)
        if why:
            errors.append(FieldError("password", why))
    if role is not None and role not in ROLES:
        errors.append(FieldError("role", tr("Role: choose staff, manager or administrator.")))
    if unit_id is not None and unit_id not in ctx.units.by_id:
        errors.append(FieldError("unit_id", tr("Unit: choose an existing unit.")))
    return errors


def create_user(
    ctx: AppContext, username: str, password: str, role: str, unit_id: int,
    display_name: str = "",
) -> int:
    """Create a user. The first user must be an administrator (sign-in turns on)."""
    username = _norm_username(username)
    display_name = clean_text(display_name)
    errors = _check_fields(username, password, role, unit_id, ctx, display_name=display_name)
    with ctx.db.session() as session:
        first = not policy.users_exist(session)
        who = policy.system_actor(ctx) if first else policy.check_admin(ctx, session)
        if first and role != "admin" and not errors:
            errors.append(FieldError("role", tr(
                "Role: the first user must be an administrator, so that someone can manage "
                "users.")))
        if not first and unit_id in ctx.units.by_id and not policy.unit_in_scope(
                ctx, who, unit_id):
            errors.append(FieldError("unit_id", tr(
                "Unit: you may give users only your unit or a unit under it.")))
        if session.scalar(select(User.id).where(User.username == username)) is not None:
            errors.append(FieldError("username", tr("User name: {name} is already taken.")
                                     .format(name=username)))
        if errors:
            raise ValidationFailed(errors)
        now = audit.now_utc()
        row = User(username=username, display_name=display_name, role=role,
                   unit_id=unit_id, password_hash=hash_password(password), failed_attempts=0,
                   locked_until=None, active=True, created_at=now)
        session.add(row)
        session.flush()
        policy.record_entry(session, who, action="create", record_type="user", record_id=str(row.id),
                            unit_code=policy.unit_code(ctx, unit_id),
                            changes={"username": (None, username), "role": (None, role),
                                     "unit_id": (None, unit_id),
                                     "display_name": (None, display_name)}, at=now, row=row)
        return row.id


def update_user(
    ctx: AppContext, user_id: int, *, role: str | None = None, unit_id: int | None = None,
    display_name: str | None = None, active: bool | None = None, password: str | None = None,
) -> None:
    """Change a user (administrators, within their units; everyone may change their own
    password)."""
    me = current_user(ctx)
    own_password = (me is not None and me.id == user_id and role is None and unit_id is None
                    and active is None and display_name is None)
    with ctx.db.session() as session:
        who = policy.actor(ctx, session) if own_password else policy.check_admin(ctx, session)
        row = session.get(User, user_id, with_for_update=True)
        if row is None:
            raise InputError(tr("The user no longer exists."))
        errors = _check_fields(None, password, role, unit_id, ctx, own_name=row.username,
                               display_name=display_name or row.display_name)
        for target in (row.unit_id, unit_id):
            if not own_password and target is not None and not policy.unit_in_scope(
                    ctx, who, target):
                errors.append(FieldError("unit_id", tr(
                    "Unit: you may manage only the users of your unit and the units under it.")))
                break
        if errors:
            raise ValidationFailed(errors)
        changes: dict[str, tuple[object, object]] = {}
        for name, value in (("role", role), ("unit_id", unit_id), ("active", active),
                            ("display_name", display_name)):
            if value is not None and getattr(row, name) != value:
                changes[name] = (getattr(row, name), value)
                setattr(row, name, value)
        if password is not None:
            row.password_hash = hash_password(password)
            row.failed_attempts = 0
            row.locked_until = None
            changes["password"] = ("", "***")
        session.flush()
        admins = session.scalar(select(func.count()).select_from(User).where(
            User.active.is_(True), User.role == "admin"))
        if not admins and session.scalar(select(func.count()).select_from(User)):
            raise InputError(tr("At least one active administrator must remain."))
        if changes:
            policy.record_entry(session, who, action="update", record_type="user",
                                record_id=str(row.id),
                                unit_code=policy.unit_code(ctx, row.unit_id), changes=changes,
                                row=row)


# ---- sign-in ---------------------------------------------------------------------------------
def this_computer() -> str:
    """The computer (and its account) sign-in failures are counted for."""
    try:
        host = socket.gethostname()
    except OSError:
        host = ""
    try:
        account = getpass.getuser()
    except Exception:  # no login name on some systems
        account = ""
    return f"{host}/{account}"[:120]


def _pause_seconds(failures: int) -> int:
    if failures < FREE_ATTEMPTS:
        return 0
    return min(FIRST_PAUSE_S * 2 ** (failures - FREE_ATTEMPTS), MAX_PAUSE_S)


def authenticate(
    db: Database, username: str, password: str, *, now: datetime | None = None,
    source: str | None = None,
) -> SignedInUser:
    """The user whose name and password these are; InputError otherwise (one clear sentence).
    The same answers and pauses whether the name exists or not."""
    now = now or audit.now_utc()
    name = _norm_username(username)[:60]
    source = (source or this_computer())[:120]
    wrong = InputError(tr("The user name or the password is wrong."))
    with db.session() as session:
        failure = session.scalar(select(SignInFailure).where(
            SignInFailure.username == name, SignInFailure.source == source).with_for_update())
        if failure is not None and failure.locked_until is not None \
                and failure.locked_until > now:
            wait = int((failure.locked_until - now).total_seconds() + 0.999)
            raise InputError(tr(
                "Too many wrong passwords: wait {seconds} seconds and try again."
            ).format(seconds=wait))
        row = session.scalar(select(User).where(User.username == name))
        if row is not None and row.active and verify_password(password, row.password_hash):
            if failure is not None:
                session.delete(failure)
            return _plain(row)
        if row is None or not row.active:
            verify_password(password, DUMMY_HASH)  # the same time as a real check
        if failure is None:
            failure = SignInFailure(username=name, source=source, failures=0, last_at=now)
            session.add(failure)
        failure.failures += 1
        failure.last_at = now
        pause = _pause_seconds(failure.failures)
        failure.locked_until = now + timedelta(seconds=pause) if pause else None
        audit.record(session, user=name, action="signin-failed", record_type="signin",
                     record_id=name[:36], unit_code="",
                     changes={"user_name": (None, name), "computer": (None, source),
                              "failures": (None, failure.failures)}, at=now)
        if pause:
            error = InputError(tr(
                "The user name or the password is wrong. Too many wrong passwords: wait"
                " {seconds} seconds and try again."
            ).format(seconds=pause))
        else:
            error = wrong
    raise error
