"""The audit trail as an attacker meets it: every entry hash-chained, every record, user, lock,
setting and catalogue value bound to its last entry. Someone who deletes an audit row, edits a
record, forges a lock or swaps a password hash with an SQL tool is found by `pcmd check`,
which names what it found. SQLite and PostgreSQL (PCMD_TEST_PG_URL)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.cli import main
from desktop.db import models as m
from desktop.db.audit_chain import entry_hash
from desktop.db.database import open_database
from desktop.exchange.batch import import_files
from desktop.exchange.exporter import export_workbook
from desktop.services import auth, catalogue, demo_data, locks, maintenance, settings
from desktop.services.context import AppContext
from desktop.services.records import RecordService
from desktop.services.session_user import set_user
from tests.exchange_helpers import empty_context

MEDIA = {"date": date(2024, 5, 6), "kind": "tin", "title": "Bản tin", "quantity": 3}
START, END = date(2016, 1, 1), date(2030, 12, 31)


@pytest.fixture
def busy(ctx: AppContext, tmp_path: Path) -> AppContext:
    """A database that went through every kind of audited write."""
    service = RecordService(ctx)
    home = ctx.home_unit()
    assert home is not None
    rid = service.create("media", MEDIA)
    service.update("media", rid, {"quantity": 4})
    gone = service.create("media", {**MEDIA, "title": "Xóa"})
    service.delete("media", gone)
    service.restore("media", gone)
    service.delete("media", gone)
    settings.put(ctx, {"signer_name": "Nguyễn Văn An"})
    catalogue.add_value(ctx, "topic", "Bình đẳng giới")
    catalogue.set_active(ctx, "topic", "khac", False)
    sender = empty_context(tmp_path / "sender.sqlite")
    demo_data.generate(sender, 300, seed=5, today=date(2024, 12, 1))
    sender_service = RecordService(sender)
    book = tmp_path / "first.xlsx"
    export_workbook(sender, book, START, END)
    assert import_files(ctx, [book]).exit_code == 0
    changed = sender_service.list("outreach", limit=2)
    sender_service.update("outreach", str(changed[0]["id"]), {"participants": 999})
    sender_service.delete("outreach", str(changed[1]["id"]))
    again = tmp_path / "second.xlsx"
    export_workbook(sender, again, START, END)
    report = import_files(ctx, [again])
    assert report.exit_code == 0
    assert report.files[0].sheets["outreach"]["updated"] == 1
    assert report.files[0].sheets["deletions"]["deleted"] == 1
    sender.db.close()
    locks.lock_month(ctx, home.id, date(2024, 1, 1), "signed off")
    locks.lock_month(ctx, home.id, date(2024, 2, 1))
    locks.unlock_month(ctx, home.id, date(2024, 2, 1), "correction")
    auth.create_user(ctx, "admin", "quan-tri-2024", "admin", home.id, "Quản trị")
    set_user(ctx, auth.authenticate(ctx.db, "admin", "quan-tri-2024"))
    auth.create_user(ctx, "lan", "lanh-dao-2024", "manager", home.id, "Trần Thị Lan")
    with pytest.raises(Exception):  # noqa: B017 - a failed sign-in is audited too
        auth.authenticate(ctx.db, "lan", "sai-mat-khau")
    return ctx


def _sql(ctx: AppContext, statement: str, **params: object) -> None:
    """What someone with the database file (or the PostgreSQL login) can do without PCMD."""
    with ctx.db.engine.begin() as conn:
        conn.execute(text(statement), params)


def _problems(ctx: AppContext) -> list[str]:
    return maintenance.check(ctx.db).problems


def test_every_audited_write_leaves_a_database_that_checks(busy: AppContext) -> None:
    result = maintenance.check(busy.db)
    assert result.ok, result.problems
    with busy.db.read_session() as session:
        actions = set(session.scalars(select(m.AuditEntry.action)))
        assert {"create", "update", "delete", "restore", "lock", "unlock", "import",
                "signin-failed"} <= actions
        assert not session.scalar(select(func.count()).select_from(m.AuditEntry).where(
            m.AuditEntry.entry_hash == ""))
        head = session.get(m.AuditHead, 1)
        assert head is not None
        assert head.entries == session.scalar(select(func.count()).select_from(m.AuditEntry))
        failure = session.scalars(select(m.AuditEntry).where(
            m.AuditEntry.action == "signin-failed")).one()
        assert "sai-mat-khau" not in failure.changes  # never the password
        for model in (*m.RECORD_MODELS.values(), m.User, m.MonthLock, m.Setting):
            assert not session.scalar(select(func.count()).select_from(model).where(
                model.audit_hash.is_(None))), model


def test_entries_are_chained_in_order(busy: AppContext) -> None:
    with busy.db.read_session() as session:
        rows = session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id)).all()
    prev = ""
    for e in rows:
        assert e.prev_hash == prev
        assert e.entry_hash == entry_hash(prev, e.at, e.user_name, e.action, e.record_type,
                                          e.record_id, e.unit_code, e.changes)
        prev = e.entry_hash


def test_a_deleted_audit_row_in_the_middle_is_named(busy: AppContext) -> None:
    with busy.db.read_session() as session:
        ids = session.scalars(select(m.AuditEntry.id).order_by(m.AuditEntry.id)).all()
    victim = ids[len(ids) // 2]
    _sql(busy, "DELETE FROM audit_log WHERE id = :id", id=victim)
    problems = _problems(busy)
    after = ids[ids.index(victim) + 1]
    assert any(p.startswith(f"The audit trail is broken at entry {after} (") for p in problems)
    assert any("cut short" in p for p in problems)


def test_the_newest_audit_row_removed_is_found(busy: AppContext) -> None:
    _sql(busy, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    assert any("cut short" in p and "the newest were removed" in p for p in _problems(busy))


def test_an_edited_audit_row_is_named(busy: AppContext) -> None:
    _sql(busy, "UPDATE audit_log SET user_name = 'someone' WHERE action = 'lock'")
    problems = _problems(busy)
    assert any("someone: lock month" in p and "is not what was written" in p for p in problems)


def test_a_record_edited_outside_pcmd_is_named(busy: AppContext) -> None:
    with busy.db.read_session() as session:
        rid = session.scalars(select(m.OutreachSession.id).limit(1)).one()
    _sql(busy, "UPDATE outreach_sessions SET participants = participants + 1 WHERE id = :id",
         id=rid)
    assert _problems(busy) == [
        f"Outreach session {rid} was changed outside PCMD: it does not match its last audit "
        "entry."]


def test_a_record_inserted_or_deleted_outside_pcmd_is_named(busy: AppContext) -> None:
    with busy.db.read_session() as session:
        rid = session.scalars(select(m.MediaItem.id).where(
            m.MediaItem.deleted_at.is_(None)).limit(1)).one()
        home = busy.home_unit()
    _sql(busy, "DELETE FROM media_items WHERE id = :id", id=rid)
    _sql(busy, "INSERT INTO media_items (id, owner_id, created_at, updated_at, note, search,"
         " date, kind, channel, title, quantity) VALUES ('forged', :o, '2024-05-01 00:00:00',"
         " '2024-05-01 00:00:00', '', '', '2024-05-01', 'tin', '', 'x', 5)",
         o=home.id if home else 0)
    problems = _problems(busy)
    assert f"Media item {rid} is in the audit trail but no longer in the database: it was " \
           "deleted outside PCMD." in problems
    assert "Media item forged has no audit entry: it was added outside PCMD." in problems


def test_a_forged_or_removed_lock_is_named(busy: AppContext) -> None:
    home = busy.home_unit()
    assert home is not None
    _sql(busy, "INSERT INTO month_locks (owner_id, month, locked_at, locked_by, reason) VALUES"
         " (:o, '2023-12-01', '2024-01-05 08:00:00', 'lan', '')", o=home.id)
    _sql(busy, "DELETE FROM month_locks WHERE month = '2024-01-01'")
    problems = _problems(busy)
    assert f"The lock of 12/2023 of {home.code} {home.name} has no audit entry: it was added " \
           "outside PCMD." in problems
    assert any(p.startswith("The lock of 01/2024 ") and "was removed outside PCMD" in p
               for p in problems)


def test_a_swapped_password_hash_or_role_is_named(busy: AppContext) -> None:
    _sql(busy, "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE "
         "username = 'admin') WHERE username = 'lan'")
    assert _problems(busy) == [
        "User lan was changed outside PCMD: it does not match its last audit entry."]
    _sql(busy, "UPDATE users SET role = 'admin' WHERE username = 'lan'")
    assert len(_problems(busy)) == 1


def test_settings_and_catalogues_changed_outside_pcmd_are_named(busy: AppContext) -> None:
    _sql(busy, "UPDATE settings SET value = '1' WHERE key = 'home_unit_id'")
    _sql(busy, "UPDATE catalogue_items SET label_vi = 'Khác (sửa)' WHERE code = 'khac' AND "
         "kind = 'audience'")
    problems = _problems(busy)
    assert "Setting home_unit_id was changed outside PCMD: it does not match its last audit " \
           "entry." in problems
    assert any(p.startswith("Catalogue value khac (audience) was changed") for p in problems)


def test_pcmd_check_fails_on_a_database_edited_with_sqlite3(ctx: AppContext, tmp_path: Path,
                                                            capsys) -> None:
    if not ctx.db.is_sqlite:
        pytest.skip("on PostgreSQL: this test edits the database file with the sqlite3 tool, "
                    "as someone holding an office's SQLite file could; the tests above make "
                    "the same edits by SQL on both databases")
    service = RecordService(ctx)
    for i in range(5):
        service.create("media", {**MEDIA, "quantity": i + 1})
    ctx.db.close()
    path = ctx.db.path
    assert path is not None
    for statement, words in (
            ("DELETE FROM audit_log WHERE id = (SELECT min(id) + 2 FROM audit_log)",
             "The audit trail is broken at entry"),
            ("UPDATE media_items SET quantity = 77 WHERE rowid = 2", "was changed outside PCMD")):
        copy = tmp_path / "edited.sqlite"
        shutil.copy(path, copy)
        con = sqlite3.connect(copy)
        con.execute(statement)
        con.commit()
        con.close()
        capsys.readouterr()
        assert main(["--lang", "en", "check", "--db", str(copy)]) == 1
        err = capsys.readouterr().err
        assert words in err and "Check failed" in err
    assert main(["--lang", "en", "check", "--db", str(path)]) == 0


def test_a_database_from_before_the_chain_is_sealed_and_its_past_protected(
        tmp_path: Path) -> None:
    saved = Path(__file__).parent / "data" / "schema_0002.sqlite"
    copy = tmp_path / "old.sqlite"
    shutil.copy(saved, copy)
    database = open_database(str(copy), backup_folder=tmp_path / "b")
    try:
        assert maintenance.check(database).ok
        with database.read_session() as session:
            seal = session.scalars(select(m.AuditEntry).where(
                m.AuditEntry.action == "seal")).one()
            legacy = session.scalar(select(func.min(m.AuditEntry.id)))
        assert '"legacy_entries"' in seal.changes
        ctx = AppContext(database, user_name="tester")
        with database.read_session() as session:
            admin = session.scalars(select(m.User).where(m.User.role == "admin")).first()
        if admin is not None:  # the saved database has users: act as its administrator
            set_user(ctx, auth._plain(admin))
        RecordService(ctx).create("media", MEDIA)  # the chain goes on after the seal
        assert maintenance.check(database).ok
        if legacy is not None and legacy < seal.id:
            with database.engine.begin() as conn:
                conn.execute(text("DELETE FROM audit_log WHERE id = :id"), {"id": legacy})
            assert any("made before the chain began" in p
                       for p in maintenance.check(database).problems)
    finally:
        database.close()


def test_bulk_states_are_the_states_of_single_rows() -> None:
    """The importer hashes 100,000 rows column by column; each must equal the one-row state
    `pcmd check` computes from the stored row, or every imported record would look forged."""
    from datetime import datetime

    from desktop.db.audit_chain import tracked_tables

    tracked = tracked_tables()["outreach"]
    now = datetime(2024, 1, 1, 8, 0, 0, 123000)
    n = 50
    cols: dict[str, list[object]] = {
        "id": [f"id-{i}" for i in range(n)], "owner_id": [8] * n, "created_at": [now] * n,
        "updated_at": [now] * n, "deleted_at": [None] * n,
        "date": [date(2020, 1, 1 + i % 28) for i in range(n)], "unit_id": [200] * n,
        "form": ["hoi_nghi"] * n, "title": [f"100% “{i % 3}”" for i in range(n)],
        "participants": [i for i in range(n)], "women": [None if i % 3 else i for i in range(n)],
        "note": ["a%sb"] * n}
    states = tracked.states(cols, n)
    for i in range(n):
        assert states[i] == tracked.state({k: v[i] for k, v in cols.items()})
