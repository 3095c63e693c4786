"""Users, roles, sign-in with pauses after wrong passwords, and the unit scope rule."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.errors import InputError, ValidationFailed
from desktop.services import auth, locks
from desktop.services.context import AppContext
from desktop.services.records import Filters, RecordService
from desktop.services.session_user import current_user, set_user

MARCH = date(2024, 3, 1)


def _users(ctx: AppContext) -> dict[str, int]:
    """admin at the city, a manager and a staff member at Đồ Sơn (308), staff at Hồng Bàng."""
    city = ctx.units.latest("31")
    home = ctx.home_unit()
    other = ctx.units.latest("303")
    assert city and home and other
    ids = {"admin": auth.create_user(ctx, "Admin", "admin-secret", "admin", city.id, "Quản trị")}
    set_user(ctx, auth.authenticate(ctx.db, "admin", "admin-secret"))
    ids["lan"] = auth.create_user(ctx, "lan", "manager-pw", "manager", home.id, "Lan")
    ids["binh"] = auth.create_user(ctx, "binh", "staff-pw-1", "staff", home.id, "Bình")
    ids["cuong"] = auth.create_user(ctx, "cuong", "staff-pw-2", "staff", other.id, "Cường")
    set_user(ctx, None)
    return ids


def test_password_hash_format_and_check() -> None:
    stored = auth.hash_password("mật khẩu dài")
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    assert auth.verify_password("mật khẩu dài", stored)
    assert not auth.verify_password("mat khau dai", stored)
    assert not auth.verify_password("x", "garbage")
    assert auth.hash_password("same") != auth.hash_password("same")  # salted


def test_sign_in_turns_on_with_the_first_user_who_must_be_admin(ctx: AppContext) -> None:
    assert not auth.sign_in_required(ctx.db)
    home = ctx.home_unit()
    assert home is not None
    with pytest.raises(ValidationFailed, match="first user must be an administrator"):
        auth.create_user(ctx, "binh", "staff-pw-1", "staff", home.id)
    with pytest.raises(ValidationFailed, match="at least 8"):
        auth.create_user(ctx, "admin", "short", "admin", home.id)
    _users(ctx)
    assert auth.sign_in_required(ctx.db)
    # a staff member cannot create users
    set_user(ctx, auth.authenticate(ctx.db, "binh", "staff-pw-1"))
    with pytest.raises(InputError, match="may not do this"):
        auth.create_user(ctx, "dung", "whatever-pw", "staff", home.id)
    # ... but may change their own password
    me = current_user(ctx)
    assert me is not None
    auth.update_user(ctx, me.id, password="new-password")
    assert auth.authenticate(ctx.db, "BINH", "new-password").username == "binh"


def test_last_admin_cannot_be_removed(ctx: AppContext) -> None:
    ids = _users(ctx)
    set_user(ctx, auth.authenticate(ctx.db, "admin", "admin-secret"))
    with pytest.raises(InputError, match="administrator must remain"):
        auth.update_user(ctx, ids["admin"], role="staff")
    auth.update_user(ctx, ids["cuong"], active=False)
    with pytest.raises(InputError, match="wrong"):
        auth.authenticate(ctx.db, "cuong", "staff-pw-2")


def test_wrong_passwords_pause_the_account_doubling(ctx: AppContext) -> None:
    _users(ctx)
    t0 = auth.audit.now_utc()
    for _ in range(4):
        with pytest.raises(InputError, match="^The user name or the password is wrong.$"):
            auth.authenticate(ctx.db, "binh", "nope", now=t0)
    with pytest.raises(InputError, match="wait 30 seconds"):
        auth.authenticate(ctx.db, "binh", "nope", now=t0)
    # even the right password waits while paused, and the message says how long
    with pytest.raises(InputError, match="wait 20 seconds"):
        auth.authenticate(ctx.db, "binh", "staff-pw-1", now=t0 + timedelta(seconds=10))
    t1 = t0 + timedelta(seconds=31)
    with pytest.raises(InputError, match="wait 60 seconds"):
        auth.authenticate(ctx.db, "binh", "nope", now=t1)
    t2 = t1 + timedelta(seconds=61)
    assert auth.authenticate(ctx.db, "binh", "staff-pw-1", now=t2).role == "staff"
    with pytest.raises(InputError, match="^The user name or the password is wrong.$"):
        auth.authenticate(ctx.db, "binh", "nope", now=t2)  # the count started again
    with pytest.raises(InputError, match="^The user name or the password is wrong.$"):
        auth.authenticate(ctx.db, "nobody", "nope", now=t2)


def test_roles() -> None:
    from desktop.services.session_user import SignedInUser

    staff = SignedInUser(1, "a", "", "staff", 1)
    manager = SignedInUser(2, "b", "", "manager", 1)
    admin = SignedInUser(3, "c", "", "admin", 1)
    assert auth.can(staff, "edit") and not auth.can(staff, "unlock")
    assert not auth.can(staff, "lock") and not auth.can(staff, "print_final")
    assert auth.can(manager, "unlock") and auth.can(manager, "print_final")
    assert not auth.can(manager, "admin")
    assert all(auth.can(admin, a) for a in auth.ACTIONS)
    assert auth.can(None, "admin")  # sign-in off: the single user does everything


def test_staff_cannot_lock_or_unlock_and_manager_can(ctx: AppContext) -> None:
    _users(ctx)
    home = ctx.home_unit()
    assert home is not None
    set_user(ctx, auth.authenticate(ctx.db, "binh", "staff-pw-1"))
    with pytest.raises(InputError, match="may not do this"):
        locks.lock_month(ctx, home.id, MARCH)
    set_user(ctx, auth.authenticate(ctx.db, "lan", "manager-pw"))
    assert locks.lock_month(ctx, home.id, MARCH, "signed off")
    set_user(ctx, auth.authenticate(ctx.db, "binh", "staff-pw-1"))
    with pytest.raises(InputError, match="may not do this"):
        locks.unlock_month(ctx, home.id, MARCH, "please")
    with ctx.db.read_session() as session:
        assert locks.is_locked(session, home.id, MARCH)


def test_a_user_sees_only_their_unit_and_below(ctx: AppContext) -> None:
    _users(ctx)
    service = RecordService(ctx)
    hong_bang = ctx.units.latest("303")
    assert hong_bang is not None
    set_user(ctx, auth.authenticate(ctx.db, "admin", "admin-secret"))
    own = service.create("media", {"date": date(2024, 5, 2), "kind": "tin", "quantity": 1})
    theirs = service.create("media", {"date": date(2024, 5, 3), "kind": "tin", "quantity": 7},
                            owner_id=hong_bang.id)
    set_user(ctx, auth.authenticate(ctx.db, "binh", "staff-pw-1"))
    visible = auth.visible_unit_ids(ctx)
    assert visible is not None
    home = ctx.home_unit()
    assert home is not None and home.id in visible and hong_bang.id not in visible
    assert all(c.id in visible for c in ctx.units.communes_under(home, date(2024, 5, 1)))
    assert [r["id"] for r in service.list("media", Filters())] == [own]
    with pytest.raises(InputError, match="another unit"):
        service.update("media", theirs, {"quantity": 8})

    set_user(ctx, auth.authenticate(ctx.db, "cuong", "staff-pw-2"))
    assert [r["id"] for r in service.list("media", Filters())] == [theirs]

    set_user(ctx, auth.authenticate(ctx.db, "admin", "admin-secret"))  # the city sees all
    assert service.count("media", Filters()) == 2
