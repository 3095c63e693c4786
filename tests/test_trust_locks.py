"""Month locks: a signed-off month refuses record changes; upgrading a 0001 database works."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from desktop.db import models as m
from desktop.db.database import open_database
from desktop.db.migrate import current_revision, head_revision
from desktop.errors import InputError
from desktop.services import locks
from desktop.services.context import AppContext
from desktop.services.records import Filters, RecordService

DATA = Path(__file__).parent / "data" / "schema_0001.sqlite"
MARCH = date(2024, 3, 1)


def _media(day: date) -> dict[str, object]:
    return {"date": day, "kind": "bai_viet", "channel": "Báo Hải Phòng", "quantity": 2}


def _home(ctx: AppContext) -> int:
    home = ctx.home_unit()
    assert home is not None
    return home.id


def test_locked_month_refuses_create_update_delete(ctx: AppContext) -> None:
    service = RecordService(ctx)
    inside = service.create("media", _media(date(2024, 3, 10)))
    outside = service.create("media", _media(date(2024, 4, 2)))
    owner = _home(ctx)

    assert locks.lock_month(ctx, owner, date(2024, 3, 17), "signed off") is True
    assert locks.lock_month(ctx, owner, MARCH) is False  # already locked
    with ctx.db.read_session() as session:
        assert locks.is_locked(session, owner, date(2024, 3, 31))
        assert not locks.is_locked(session, owner, date(2024, 4, 1))
        assert locks.locked_months(session, owner) == {MARCH}

    with pytest.raises(InputError, match=r"The month 03/2024 was locked by tester on \d\d/\d\d/\d{4}; ask a manager"):
        service.create("media", _media(date(2024, 3, 5)))
    with pytest.raises(InputError, match="03/2024 was locked"):
        service.update("media", inside, {"quantity": 9})
    with pytest.raises(InputError, match="03/2024 was locked"):
        service.delete("media", inside)
    # moving an unlocked record INTO the locked month is refused too (old and new date)
    with pytest.raises(InputError, match="03/2024 was locked"):
        service.update("media", outside, {"date": date(2024, 3, 20)})
    assert service.get("media", inside)["quantity"] == 2
    assert service.get("media", outside)["date"] == date(2024, 4, 2)
    service.update("media", outside, {"quantity": 5})  # April is open

    with pytest.raises(InputError, match="reason"):
        locks.unlock_month(ctx, owner, MARCH, "  ")
    assert locks.unlock_month(ctx, owner, MARCH, "correction requested by the city")
    assert locks.unlock_month(ctx, owner, MARCH, "again") is False
    service.update("media", inside, {"quantity": 9})
    assert service.get("media", inside)["quantity"] == 9

    with ctx.db.read_session() as session:
        actions = session.scalars(
            select(m.AuditEntry.action).where(m.AuditEntry.record_type == "month")
            .order_by(m.AuditEntry.id)
        ).all()
        assert actions == ["lock", "unlock"]


def test_lock_message_is_translated(ctx: AppContext) -> None:
    from desktop.i18n import set_language

    owner = _home(ctx)
    locks.lock_month(ctx, owner, MARCH)
    set_language("vi")
    with ctx.db.read_session() as session, pytest.raises(InputError) as err:
        locks.ensure_unlocked(session, owner, date(2024, 3, 2))
    assert "03/2024" in err.value.message
    assert "khoá" in err.value.message or "khóa" in err.value.message


def test_support_month_and_attendance_follow_the_lock(ctx: AppContext) -> None:
    service = RecordService(ctx)
    owner = _home(ctx)
    commune = next(u for u in ctx.units.communes_under(ctx.units.get(owner), MARCH))
    values = {"month": MARCH, "unit_id": commune.id, "activity": "tu_van", "people": 3}
    from desktop.services.catalogue import load as load_catalogues

    values["activity"] = load_catalogues(ctx.db).of("support_activity")[0].code
    support = service.create("support", values)
    plan = service.create("plans", {"year": 2024, "indicator": _indicator(), "value": 10})
    locks.lock_month(ctx, owner, MARCH)
    with pytest.raises(InputError, match="03/2024"):
        service.update("support", support, {"people": 4})
    service.update("plans", plan, {"value": 12})  # plans are not tied to a month


def _indicator() -> str:
    from desktop.domain.indicators import INDICATORS

    return INDICATORS[0].key


def test_other_office_locks_are_separate(ctx: AppContext) -> None:
    owner = _home(ctx)
    other = ctx.units.latest("303")
    assert other is not None
    locks.lock_month(ctx, other.id, MARCH)
    with ctx.db.read_session() as session:
        assert locks.is_locked(session, other.id, MARCH)
        assert not locks.is_locked(session, owner, MARCH)
    RecordService(ctx).create("media", _media(date(2024, 3, 5)))


def _counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        tables = [t for (t,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'")]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


def test_upgrade_from_schema_0001_keeps_every_record(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite"
    shutil.copy(DATA, copy)
    before = _counts(copy)
    con = sqlite3.connect(copy)
    saved = {t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    tables = {mm.__tablename__: [r[1] for r in con.execute(f'PRAGMA table_info("{mm.__tablename__}")')]
              for mm in m.RECORD_MODELS.values() if mm.__tablename__ in saved}
    rows_before = {t: set(con.execute(f'SELECT {", ".join(c)} FROM "{t}"').fetchall())
                   for t, c in tables.items()}
    con.close()
    assert sum(len(r) for r in rows_before.values()) > 300

    database = open_database(str(copy), backup_folder=tmp_path / "backups")
    try:
        assert {"users", "month_locks"} <= set(inspect(database.engine).get_table_names())
        with database.engine.connect() as conn:
            assert current_revision(conn) == head_revision()
        with database.read_session() as session:
            assert session.scalar(select(func.count()).select_from(m.User)) == 0
        ctx = AppContext(database, user_name="tester")
        assert RecordService(ctx).count("outreach", Filters()) == before["outreach_sessions"]
        with ctx.db.read_session() as session:  # the new tables work on the upgraded file
            assert locks.locked_months(session, ctx.home_unit().id) == set()  # type: ignore[union-attr]
    finally:
        database.close()
    after = _counts(copy)
    for table, n in before.items():  # the audit trail gains the seal of what came before it
        if table == "catalogue_items":  # schema 0003 adds the new record types' catalogues
            assert after[table] > n
            continue
        assert after[table] == n + (table == "audit_log"), table
    assert after["users"] == 0 and after["month_locks"] == 0
    con = sqlite3.connect(copy)
    for table, old in rows_before.items():  # every saved column of every record, byte for byte
        cols = ", ".join(tables[table])
        assert set(con.execute(f'SELECT {cols} FROM "{table}"').fetchall()) == old, table
    con.close()
    assert list((tmp_path / "backups").glob("*before-upgrade.sqlite"))
