"""Users, roles and sign-in.

Sign-in is off on a single-user PC (no users) and on once an administrator creates users.
Roles are cumulative: staff enter and edit unlocked records of their unit; a manager also
locks/unlocks months and prints final reports; an administrator also manages users, settings,
catalogues and units. A user sees only their unit and the units under it.

Passwords: scrypt (n=2**14, r=8, p=1, 16-byte salt) stored as "scrypt$n$r$p$salt$hash" (hex),
compared in constant time. After 5 failed attempts in a row the account pauses for 30 s,
doubling with every further failure (at most an hour).

Services enforce roles when a user is attached to the context (the GUI after sign-in,
see session_user). Without one, the caller is the command line run by the PC's own account.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from desktop.db.database import Database
from desktop.db.models import User
from desktop.domain.text import clean_text
from desktop.errors import FieldError, InputError, ValidationFailed
from desktop.i18n import translate
from desktop.services import audit
from desktop.services.context import AppContext
from desktop.services.session_user import SignedInUser, current_user

ROLES = ("staff", "manager", "admin")
ACTIONS = ("edit", "lock", "unlock", "print_final", "admin")
_ALLOWED = {
    "staff": {"edit"},
    "manager": {"edit", "lock", "unlock", "print_final"},
    "admin": {"edit", "lock", "unlock", "print_final", "admin"},
}
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
FREE_ATTEMPTS = 5
FIRST_PAUSE_S = 30
MAX_PAUSE_S = 3600
MIN_PASSWORD = 8


def tr(text: str) -> str:
    return translate("auth", text)


def role_label(role: str) -> str:
    labels = {"staff": tr("Staff"), "manager": tr("Manager"), "admin": tr("Administrator")}
    return labels.get(role, role)


# ---- passwords -------------------------------------------------------------------------------
def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R,
                            p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_hex, hash_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(hash_hex)
        digest = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt_hex),
                                n=int(n), r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


_DUMMY_HASH = "scrypt$16384$8$1$" + "00" * 16 + "$" + "00" * 32


# ---- roles -----------------------------------------------------------------------------------
def can(user: SignedInUser | None, action: str) -> bool:
    """May `user` do `action` (edit/lock/unlock/admin/print_final)? None = sign-in off."""
    if user is None:
        return True
    return action in _ALLOWED.get(user.role, set())


def require(ctx: AppContext, action: str) -> None:
    user = current_user(ctx)
    if not can(user, action):
        assert user is not None
        raise InputError(
            tr("{name} ({role}) may not do this; ask a manager or an administrator.")
            .format(name=user.display_name or user.username, role=role_label(user.role))
        )


def visible_unit_ids(ctx: AppContext, user: SignedInUser | None = None) -> set[int] | None:
    """Unit ids the user may see: their unit (every version of its code) and all under it.

    None means no restriction (sign-in off).
    """
    user = user or current_user(ctx)
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


def ensure_in_scope(ctx: AppContext, *unit_ids: int | None) -> None:
    """Refuse a change to a record outside the user's units (any given id inside is enough)."""
    visible = visible_unit_ids(ctx)
    if visible is None:
        return
    if not any(u in visible for u in unit_ids if u is not None):
        raise InputError(tr("This record belongs to another unit; you may not change it."))


# ---- users -----------------------------------------------------------------------------------
def sign_in_required(db: Database) -> bool:
    with db.read_session() as session:
        return bool(session.scalar(select(func.count()).select_from(User)
                                   .where(User.active.is_(True))))


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
    ctx: AppContext,
) -> list[FieldError]:
    errors: list[FieldError] = []
    if username is not None and (not username or " " in username or len(username) > 60):
        errors.append(FieldError("username", tr(
            "User name: enter 1 to 60 characters without spaces.")))
    if password is not None and len(password) < MIN_PASSWORD:
        errors.append(FieldError("password", tr(
            "Password: use at least {n} characters.").format(n=MIN_PASSWORD)))
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
    first = not sign_in_required(ctx.db)
    if not first:
        require(ctx, "admin")
    username = _norm_username(username)
    errors = _check_fields(username, password, role, unit_id, ctx)
    if first and role != "admin" and not errors:
        errors.append(FieldError("role", tr(
            "Role: the first user must be an administrator, so that someone can manage users.")))
    with ctx.db.session() as session:
        if session.scalar(select(User.id).where(User.username == username)) is not None:
            errors.append(FieldError("username", tr("User name: {name} is already taken.")
                                     .format(name=username)))
        if errors:
            raise ValidationFailed(errors)
        now = audit.now_utc()
        row = User(username=username, display_name=clean_text(display_name), role=role,
                   unit_id=unit_id, password_hash=hash_password(password), failed_attempts=0,
                   locked_until=None, active=True, created_at=now)
        session.add(row)
        session.flush()
        audit.record(session, user=ctx.user_name, action="create", record_type="user",
                     record_id=str(row.id), unit_code=_code(ctx, unit_id),
                     changes={"username": (None, username), "role": (None, role),
                              "unit_id": (None, unit_id)}, at=now)
        return row.id


def update_user(
    ctx: AppContext, user_id: int, *, role: str | None = None, unit_id: int | None = None,
    display_name: str | None = None, active: bool | None = None, password: str | None = None,
) -> None:
    """Change a user (administrators; everyone may change their own password)."""
    me = current_user(ctx)
    if not (me is not None and me.id == user_id and role is None and unit_id is None
            and active is None):
        require(ctx, "admin")
    errors = _check_fields(None, password, role, unit_id, ctx)
    if errors:
        raise ValidationFailed(errors)
    with ctx.db.session() as session:
        row = session.get(User, user_id, with_for_update=True)
        if row is None:
            raise InputError(tr("The user no longer exists."))
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
            audit.record(session, user=ctx.user_name, action="update", record_type="user",
                         record_id=str(row.id), unit_code=_code(ctx, row.unit_id),
                         changes=changes)


def _code(ctx: AppContext, unit_id: int) -> str:
    unit = ctx.units.by_id.get(unit_id)
    return unit.code if unit else ""


# ---- sign-in ---------------------------------------------------------------------------------
def _pause_seconds(failures: int) -> int:
    if failures < FREE_ATTEMPTS:
        return 0
    return min(FIRST_PAUSE_S * 2 ** (failures - FREE_ATTEMPTS), MAX_PAUSE_S)


def authenticate(
    db: Database, username: str, password: str, *, now: datetime | None = None
) -> SignedInUser:
    """The user whose name and password these are; InputError otherwise (one clear sentence)."""
    now = now or audit.now_utc()
    wrong = InputError(tr("The user name or the password is wrong."))
    with db.session() as session:
        row = session.scalar(select(User).where(User.username == _norm_username(username))
                             .with_for_update())
        if row is None or not row.active:
            verify_password(password, _DUMMY_HASH)  # same time as a real check
            raise wrong
        if row.locked_until is not None and row.locked_until > now:
            wait = int((row.locked_until - now).total_seconds() + 0.999)
            raise InputError(tr(
                "Too many wrong passwords: wait {seconds} seconds and try again."
            ).format(seconds=wait))
        if verify_password(password, row.password_hash):
            row.failed_attempts = 0
            row.locked_until = None
            return _plain(row)
        row.failed_attempts += 1
        pause = _pause_seconds(row.failed_attempts)
        if pause:
            row.locked_until = now + timedelta(seconds=pause)
            failure = InputError(tr(
                "The user name or the password is wrong. Too many wrong passwords: wait"
                " {seconds} seconds and try again."
            ).format(seconds=pause))
        else:
            failure = wrong
    raise failure
