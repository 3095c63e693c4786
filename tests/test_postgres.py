"""The same program against a PostgreSQL server: life cycle, services, demo data and check,
backup to SQLite and restore into PostgreSQL, and two PCs saving the same record."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy.engine import make_url

from desktop.db import models as m
from desktop.db.database import Database, open_database
from desktop.db.migrate import current_revision, head_revision
from desktop.errors import InputError, StaleRecord, ValidationFailed
from desktop.services import demo_data, locks, maintenance
from desktop.services.context import AppContext
from desktop.services.records import Filters, RecordService
from tests.pg_helpers import drop_database, pg_server, pg_url  # noqa: F401 - fixtures

MEDIA = {"date": date(2024, 5, 6), "kind": "bai_viet", "channel": "Báo Hải Phòng",
         "title": "Phòng, chống mại dâm", "quantity": 3}


@pytest.fixture
def backend() -> str:
    """Every `db` / `ctx` in this module is a fresh PostgreSQL database (see conftest)."""
    return "postgresql"


def test_life_cycle_upgrades_an_empty_database_to_head(pg_url: str) -> None:  # noqa: F811
    database = open_database(pg_url, create=True)
    try:
        assert not database.is_sqlite
        with database.engine.connect() as conn:
            assert current_revision(conn) == head_revision()
        tables = set(inspect(database.engine).get_table_names())
        assert {"users", "month_locks", "outreach_sessions", "audit_log"} <= tables
    finally:
        database.close()
    again = open_database(pg_url)  # reopening is a no-op
    again.close()


def test_services_create_update_delete_audit_validate(ctx: AppContext) -> None:
    service = RecordService(ctx)
    rid = service.create("media", MEDIA)
    service.update("media", rid, {"quantity": 5})
    assert service.get("media", rid)["quantity"] == 5
    assert service.count("media", Filters(search="phong chong")) == 1
    with pytest.raises(ValidationFailed):
        service.create("media", {**MEDIA, "quantity": "many"})
    service.delete("media", rid)
    assert service.count("media", Filters()) == 0
    with ctx.db.read_session() as session:
        actions = session.scalars(select(m.AuditEntry.action).where(
            m.AuditEntry.record_type == "media").order_by(m.AuditEntry.id)).all()
    assert actions == ["create", "update", "delete"]
    home = ctx.home_unit()
    assert home is not None
    locks.lock_month(ctx, home.id, date(2024, 5, 1))
    with pytest.raises(InputError, match="05/2024 was locked"):
        service.create("media", MEDIA)


def test_demo_data_and_check(ctx: AppContext) -> None:
    result = demo_data.generate(ctx, 600, seed=3, today=date(2024, 6, 1))
    assert result.total >= 600
    check = maintenance.check(ctx.db)
    assert check.ok, check.problems
    counts = _counts(ctx.db)
    assert RecordService(ctx).count("outreach", Filters()) == counts["outreach_sessions"]
    assert sum(counts[mm.__tablename__] for mm in m.RECORD_MODELS.values()) == result.total


def _counts(database: Database) -> dict[str, int]:
    with database.read_session() as session:
        return {t.name: session.scalar(select(func.count()).select_from(t)) or 0
                for t in m.Base.metadata.sorted_tables}


def test_backup_to_sqlite_and_restore_into_postgres(ctx: AppContext, pg_url: str,  # noqa: F811
                                                    tmp_path: Path) -> None:
    demo_data.generate(ctx, 300, seed=5, today=date(2024, 6, 1))
    before = _counts(ctx.db)
    target = maintenance.backup(ctx.db, tmp_path / "pg-backup.sqlite")
    copy = open_database(str(target))
    try:
        assert _counts(copy) == before
    finally:
        copy.close()
    service = RecordService(ctx)
    extra = service.create("media", MEDIA)
    ctx.db.close()
    maintenance.restore(pg_url, target, safety_folder=tmp_path / "safety")
    restored = open_database(pg_url)
    try:
        after = _counts(restored)
        assert after.pop("audit_log") == before.pop("audit_log") + 1  # "restored from …"
        assert after == before
        restored_ctx = AppContext(restored, user_name="tester")
        with pytest.raises(InputError):
            RecordService(restored_ctx).get("media", extra)
        RecordService(restored_ctx).create("media", MEDIA)  # sequences continue after the restored ids
    finally:
        restored.close()
    assert list((tmp_path / "safety").glob("*before-restore.sqlite"))


def test_two_pcs_saving_one_record_never_overwrite_silently(ctx: AppContext) -> None:
    pc1 = RecordService(ctx)
    pc2 = RecordService(AppContext(open_database(ctx.db.url), user_name="pc2"))
    rid = pc1.create("media", MEDIA)
    seen1 = pc1.get("media", rid)["updated_at"]
    seen2 = pc2.get("media", rid)["updated_at"]
    pc1.update("media", rid, {"quantity": 10}, expected_updated_at=seen1)  # type: ignore[arg-type]
    with pytest.raises(StaleRecord):
        pc2.update("media", rid, {"quantity": 20}, expected_updated_at=seen2)  # type: ignore[arg-type]
    assert pc1.get("media", rid)["quantity"] == 10

    # truly simultaneous: pc2's save waits for pc1's row lock, then sees the change
    seen = pc2.get("media", rid)["updated_at"]
    outcome: list[BaseException | None] = []

    def second_save() -> None:
        try:
            pc2.update("media", rid, {"quantity": 30}, expected_updated_at=seen)  # type: ignore[arg-type]
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    with ctx.db.session() as session:
        row = session.get(m.MediaItem, rid, with_for_update=True)
        assert row is not None
        worker = threading.Thread(target=second_save)
        worker.start()
        time.sleep(0.5)
        assert worker.is_alive()  # blocked on the row lock, not overwriting
        row.quantity = 11
        row.updated_at = row.updated_at.replace(microsecond=(row.updated_at.microsecond
                                                             + 1000) % 1_000_000)
    worker.join(10)
    assert len(outcome) == 1 and isinstance(outcome[0], StaleRecord)
    assert pc1.get("media", rid)["quantity"] == 11
    with ctx.db.read_session() as session:
        updates = session.scalar(select(func.count()).select_from(m.AuditEntry)
                                 .where(m.AuditEntry.action == "update"))
    assert updates == 1  # only pc1's audited save; the refused ones left nothing
    pc2.ctx.db.close()


def test_a_test_database_is_dropped_while_a_session_still_holds_it(pg_server: str) -> None:  # noqa: F811
    """Bug found: dropping with FORCE failed at teardown when an autovacuum worker was on the
    database; the helper now ends our own sessions and lets the plain DROP stop autovacuum."""
    name = "pcmd_t_drop_" + uuid.uuid4().hex[:8]
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        holder = create_engine(make_url(pg_server).set(database=name))
        left_open = holder.connect()
        left_open.execute(text("SELECT 1"))
        drop_database(admin, name)
        with admin.connect() as conn:
            gone = conn.scalar(text("SELECT count(*) FROM pg_database WHERE datname = :n"),
                               {"n": name})
        assert gone == 0
        left_open.invalidate()  # its server session was ended; don't leave it to the GC
        left_open.close()
        holder.dispose()
    finally:
        admin.dispose()
