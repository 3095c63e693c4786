"""One change policy, attacked: a wrong role, another unit's record, a locked month, nobody
signed in, a role changed or an account deactivated on another PC, settings, catalogues,
users, demo data, exports and reports out of scope; passwords and the sign-in lock-out.
SQLite and PostgreSQL (PCMD_TEST_PG_URL)."""

from __future__ import annotations

import contextlib
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.db import models as m
from desktop.errors import InputError, NotFound, ValidationFailed
from desktop.exchange.exporter import export_workbook
from desktop.services import auth, catalogue, demo_data, locks, settings, setup
from desktop.services.context import AppContext
from desktop.services.records import RecordService
from desktop.services.session_user import current_user, set_user

MARCH = date(2024, 3, 1)
MEDIA = {"date": date(2024, 3, 6), "kind": "tin", "title": "Bản tin", "quantity": 3}


@pytest.fixture
def office(ctx: AppContext) -> AppContext:
    """Users: an administrator at the city, a manager and a staff member at Đồ Sơn (308),
    staff at Hồng Bàng (303). Signed in: nobody."""
    city, d308, d303 = (ctx.units.latest(c) for c in ("31", "308", "303"))
    assert city and d308 and d303
    auth.create_user(ctx, "admin", "quan-tri-2024", "admin", city.id, "Quản trị viên")
    as_user(ctx, "admin")
    auth.create_user(ctx, "lan", "lanh-dao-2024", "manager", d308.id, "Trần Thị Lan")
    auth.create_user(ctx, "binh", "can-bo-2024", "staff", d308.id, "Lê Văn Bình")
    auth.create_user(ctx, "cuong", "can-bo-303x", "staff", d303.id, "Phạm Văn Cường")
    set_user(ctx, None)
    return ctx


PASSWORDS = {"admin": "quan-tri-2024", "lan": "lanh-dao-2024", "binh": "can-bo-2024",
             "cuong": "can-bo-303x"}


def as_user(ctx: AppContext, name: str) -> None:
    set_user(ctx, auth.authenticate(ctx.db, name, PASSWORDS[name]))


def other_pc(ctx: AppContext, name: str) -> AppContext:
    """The same database opened on another computer by another user."""
    there = AppContext(ctx.db, user_name="other")
    as_user(there, name)
    return there


def test_nobody_signed_in_changes_or_reads_nothing_once_users_exist(office: AppContext) -> None:
    as_user(office, "admin")
    rid = RecordService(office).create("media", MEDIA)
    set_user(office, None)
    service = RecordService(office)
    with pytest.raises(InputError, match="^Sign in first"):
        service.create("media", MEDIA)
    with pytest.raises(InputError, match="^Sign in first"):
        service.delete("media", rid)
    with pytest.raises(InputError, match="^Sign in first"):
        settings.put(office, {"signer_name": "X"})
    with pytest.raises(InputError, match="^Sign in first"):
        settings.put(office.db, {"signer_name": "X"})  # a bare database: nobody signed in
    with pytest.raises(InputError, match="^Sign in first"):
        setup.choose_home_unit(office.db, "31")
    assert service.list("media") == []
    with pytest.raises(NotFound):
        service.get("media", rid)


def test_staff_may_not_change_another_units_records(office: AppContext) -> None:
    as_user(office, "admin")
    d303 = office.units.latest("303")
    assert d303 is not None
    theirs = RecordService(office).create("media", MEDIA, owner_id=d303.id)
    ours = RecordService(office).create("media", MEDIA)
    as_user(office, "binh")
    service = RecordService(office)
    for attempt in (lambda: service.update("media", theirs, {"quantity": 9}),
                    lambda: service.delete("media", theirs),
                    lambda: service.create("media", MEDIA, owner_id=d303.id)):
        with pytest.raises(InputError, match="belongs to another unit"):
            attempt()
    with pytest.raises(NotFound):
        service.get("media", theirs)  # not even read
    assert service.change_blocker("media", theirs) is not None
    assert service.change_blocker("media", ours) is None
    service.update("media", ours, {"quantity": 9})
    # a commune of another district is not a place for Đồ Sơn's staff either
    other = next(iter(office.units.communes_under(d303, MARCH)))
    with pytest.raises(InputError, match="belongs to another unit|is not under Quận Đồ Sơn"):
        service.update("outreach", RecordService(office).create("outreach", {
            "date": MARCH, "unit_id": next(iter(office.units.communes_under(
                office.home_unit(), MARCH))).id, "form": "hoi_nghi",  # type: ignore[arg-type]
            "participants": 10}), {"unit_id": other.id})


def test_a_locked_record_opens_read_only_with_who_locked_it(office: AppContext) -> None:
    as_user(office, "lan")
    service = RecordService(office)
    rid = service.create("media", MEDIA)
    home = office.home_unit()
    assert home is not None
    locks.lock_month(office, home.id, MARCH, "signed off")
    today = date.today().strftime("%d/%m/%Y")
    why = f"The month 03/2024 was locked by Trần Thị Lan on {today}; ask a manager"
    as_user(office, "binh")
    blocker = service.change_blocker("media", rid)
    assert blocker is not None and blocker.startswith(why)
    with pytest.raises(InputError, match=why):
        service.update("media", rid, {"quantity": 8})
    with pytest.raises(InputError, match=why):
        service.delete("media", rid)
    with pytest.raises(InputError, match=why):
        service.create("media", MEDIA)


def test_undo_of_a_delete_follows_the_same_policy(office: AppContext) -> None:
    as_user(office, "binh")
    service = RecordService(office)
    rid = service.create("media", MEDIA)
    service.delete("media", rid)
    as_user(office, "lan")
    locks.lock_month(office, office.home_unit().id, MARCH)  # type: ignore[union-attr]
    with pytest.raises(InputError, match="03/2024 was locked"):
        service.restore("media", rid)
    locks.unlock_month(office, office.home_unit().id, MARCH, "undo")  # type: ignore[union-attr]
    service.restore("media", rid)
    assert service.get("media", rid)["deleted_at"] is None


def test_a_role_changed_on_another_pc_counts_at_the_next_action(office: AppContext) -> None:
    as_user(office, "lan")
    home = office.home_unit()
    assert home is not None
    assert locks.lock_month(office, home.id, MARCH)
    admin = other_pc(office, "admin")
    lan = next(u for u in auth.list_users(office.db) if u.username == "lan")
    auth.update_user(admin, lan.id, role="staff")
    with pytest.raises(InputError, match=r"Trần Thị Lan \(Staff\) may not do this"):
        locks.unlock_month(office, home.id, MARCH, "please")
    assert current_user(office).role == "staff"  # type: ignore[union-attr]
    auth.update_user(admin, lan.id, active=False)
    with pytest.raises(InputError, match="The account lan is no longer active"):
        RecordService(office).create("media", {**MEDIA, "date": date(2024, 4, 2)})


def test_settings_catalogues_and_users_are_the_administrators(office: AppContext) -> None:
    as_user(office, "binh")
    for attempt in (lambda: settings.put(office, {"signer_name": "Bình"}),
                    lambda: setup.choose_home_unit(office, "31"),
                    lambda: catalogue.add_value(office, "topic", "Bình đẳng giới"),
                    lambda: catalogue.set_active(office, "topic", "khac", False),
                    lambda: auth.create_user(office, "dung", "mat-khau-dai", "staff",
                                             office.home_unit().id)):  # type: ignore[union-attr]
        with pytest.raises(InputError, match="may not do this"):
            attempt()
    as_user(office, "lan")  # a manager signs reports: the names on them are theirs too
    assert settings.put(office, {"signer_name": "Trần Thị Lan"}) == ["signer_name"]
    with pytest.raises(InputError, match="may not do this"):
        setup.choose_home_unit(office, "31")
    as_user(office, "admin")
    setup.choose_home_unit(office, "308")
    with office.db.read_session() as session:
        entry = session.scalars(select(m.AuditEntry).where(
            m.AuditEntry.record_type == "setting", m.AuditEntry.record_id == "signer_name")
        ).one()
    assert entry.user_name == "lan" and "Trần Thị Lan" in entry.changes


def test_an_administrator_manages_only_the_users_of_their_units(office: AppContext) -> None:
    d308, d303 = office.units.latest("308"), office.units.latest("303")
    assert d308 and d303
    as_user(office, "admin")
    auth.create_user(office, "an", "quan-tri-308x", "admin", d308.id, "Nguyễn An")
    as_user_pw = auth.authenticate(office.db, "an", "quan-tri-308x")
    set_user(office, as_user_pw)
    with pytest.raises(ValidationFailed, match="only your unit or a unit under it"):
        auth.create_user(office, "hoa", "mat-khau-dai", "staff", d303.id)
    cuong = next(u for u in auth.list_users(office.db) if u.username == "cuong")
    with pytest.raises(ValidationFailed, match="only the users of your unit"):
        auth.update_user(office, cuong.id, role="manager")


def test_a_manager_locks_only_their_units_and_is_offered_todays_communes(
        office: AppContext) -> None:
    d303 = office.units.latest("303")
    assert d303 is not None
    as_user(office, "lan")
    with pytest.raises(InputError, match="only the months of your unit"):
        locks.lock_month(office, d303.id, MARCH)
    offered = locks.lockable_units(office)
    assert offered[0].code == "308" and d303.id not in {u.id for u in offered}
    as_user(office, "admin")  # the city after 1 July 2025: the city and today's communes
    today = office.today()
    offered = locks.lockable_units(office)
    assert offered[0].code == "31"
    communes = [u for u in offered if u.level == "commune" and u.valid_on(today)]
    assert len(communes) > 50
    assert all(u.valid_on(today) for u in offered[:1 + len(communes)])


def test_demo_data_is_the_administrators_and_never_falls_into_a_locked_month(
        office: AppContext) -> None:
    as_user(office, "binh")
    with pytest.raises(InputError, match="may not do this"):
        demo_data.generate(office, 50, seed=1, today=date(2024, 12, 1))
    as_user(office, "admin")
    locks.lock_month(office, office.home_unit().id, date(2019, 5, 1))  # type: ignore[union-attr]
    with pytest.raises(InputError, match=r"has locked months \(05/2019"):
        demo_data.generate(office, 50, seed=1, today=date(2024, 12, 1))
    assert RecordService(office).count("media") == 0


def test_exports_and_reports_see_only_the_users_units(office: AppContext,
                                                      tmp_path: Path) -> None:
    from desktop.services import policy

    as_user(office, "cuong")  # Hồng Bàng's staff on Đồ Sơn's database
    with pytest.raises(InputError, match="is outside your units"):
        export_workbook(office, tmp_path / "x.xlsx", date(2016, 1, 1), date(2030, 1, 1),
                        unit=office.units.latest("308"))
    with pytest.raises(InputError, match="is outside your units"):
        policy.require_readable(office, office.units.latest("31"))  # type: ignore[arg-type]
    assert not (tmp_path / "x.xlsx").exists()
    result = export_workbook(office, tmp_path / "own.xlsx", date(2016, 1, 1), date(2030, 1, 1))
    assert result.path.exists()  # defaults to the user's own unit


@pytest.mark.parametrize(("password", "words"), [
    ("        ", "cannot be blank"),
    ("12345678", "passwords people use most"),
    ("Password1", "passwords people use most"),
    ("matkhau@2024", "passwords people use most"),
    ("Mật Khẩu 123", "passwords people use most"),
    ("aaaaaaaa", "passwords people use most"),
    ("dung2024!", "your own name"),
    ("PhamThiDung", "your own name"),
    ("short", "at least 8"),
])
def test_weak_passwords_are_refused(office: AppContext, password: str, words: str) -> None:
    as_user(office, "admin")
    with pytest.raises(ValidationFailed, match=words):
        auth.create_user(office, "dung", password, "staff", office.home_unit().id,  # type: ignore[union-attr]
                         "Phạm Thị Dung")
    lan = next(u for u in auth.list_users(office.db) if u.username == "lan")
    if words != "your own name":
        with pytest.raises(ValidationFailed, match=words):
            auth.update_user(office, lan.id, password=password)


def test_wrong_passwords_pause_one_computer_and_never_tell_who_exists(
        office: AppContext) -> None:
    t0 = auth.audit.now_utc()
    answers = {}
    for name in ("admin", "nobody"):  # a real account and a name that does not exist
        said = []
        for i in range(6):
            try:
                auth.authenticate(office.db, name, "sai-mat-khau", now=t0 + timedelta(
                    seconds=i), source="pc-cua-ke-gian")
            except InputError as exc:
                said.append(exc.message)
        answers[name] = said
    assert answers["admin"] == answers["nobody"]  # the same words and pauses
    assert "wait" in answers["admin"][-1]
    # the administrator is not kept out from their own computer
    user = auth.authenticate(office.db, "admin", "quan-tri-2024", now=t0 + timedelta(seconds=7),
                             source="may-cua-quan-tri")
    assert user.role == "admin"
    with pytest.raises(InputError, match="wait"):
        auth.authenticate(office.db, "admin", "quan-tri-2024", now=t0 + timedelta(seconds=8),
                          source="pc-cua-ke-gian")
    # and the pause has a ceiling: never an hour
    for i in range(20):
        with contextlib.suppress(InputError):
            auth.authenticate(office.db, "admin", "x", now=t0 + timedelta(hours=i + 1),
                              source="pc-cua-ke-gian")
    with office.db.read_session() as session:
        row = session.scalars(select(m.SignInFailure).where(
            m.SignInFailure.username == "admin", m.SignInFailure.source == "pc-cua-ke-gian")
        ).one()
        assert row.locked_until is not None
        assert row.locked_until - row.last_at <= timedelta(minutes=15)
        failures = session.scalars(select(m.AuditEntry).where(
            m.AuditEntry.action == "signin-failed")).all()
    assert failures and all("sai-mat-khau" not in f.changes and '"x"' not in f.changes
                            for f in failures)
    assert {f.record_id for f in failures} == {"admin", "nobody"}
