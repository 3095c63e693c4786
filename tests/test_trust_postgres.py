"""PostgreSQL as an office runs it: the roles of docs/postgresql.md (an owner for migrations,
a login for the program that may not alter or delete audit rows), the program working with
them, and one report reading one snapshot while another PC imports."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from desktop.db import models as m
from desktop.db.database import open_database
from desktop.services import locks, maintenance, setup
from desktop.services.context import AppContext
from desktop.services.records import RecordService
from tests.pg_helpers import drop_database, pg_server, pg_url  # noqa: F401 - fixtures

MEDIA = {"date": date(2024, 5, 6), "kind": "tin", "quantity": 3}


def roles_sql(database: str, owner: str, app: str, password: str) -> list[str]:
    """The statements of docs/postgresql.md ("The roles an office creates"), in order."""
    return [
        f"CREATE ROLE {owner} LOGIN PASSWORD '{password}'",
        f"CREATE ROLE {app} LOGIN PASSWORD '{password}'",
        f'CREATE DATABASE "{database}" OWNER {owner}',
    ]


def grants_sql(owner: str, app: str) -> list[str]:
    return [
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {app}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {app}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {app}",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {app}",
        f"REVOKE DELETE, TRUNCATE ON audit_head FROM {app}",
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM {app}",
    ]


@pytest.fixture
def superuser(pg_server: str) -> Iterator[str]:  # noqa: F811
    """The server's superuser (the test cluster of .ci/postgres.sh trusts local logins)."""
    url = make_url(pg_server).set(username="postgres", password=None, database="postgres")
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError:
        engine.dispose()
        pytest.skip("no superuser login on this PostgreSQL server to create roles")
    engine.dispose()
    yield url.render_as_string(hide_password=False)


@pytest.fixture
def office_roles(superuser: str) -> Iterator[tuple[str, str]]:
    """(owner URL, program URL) of a fresh database set up as the document says."""
    tag = uuid.uuid4().hex[:8]
    name, owner, app, pw = f"pcmd_r_{tag}", f"pcmd_owner_{tag}", f"pcmd_app_{tag}", "s3cret-pw"
    admin = create_engine(superuser, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for statement in roles_sql(name, owner, app, pw):
            conn.execute(text(statement))
    base = make_url(superuser).set(database=name, password=pw)
    owner_url = base.set(username=owner).render_as_string(hide_password=False)
    app_url = base.set(username=app).render_as_string(hide_password=False)
    try:
        yield owner_url, app_url
    finally:
        drop_database(admin, name)
        with admin.connect() as conn:
            conn.execute(text(f"DROP ROLE IF EXISTS {app}"))
            conn.execute(text(f"DROP ROLE IF EXISTS {owner}"))
        admin.dispose()


def test_the_program_works_with_a_login_that_cannot_touch_the_audit_trail(
        office_roles: tuple[str, str]) -> None:
    owner_url, app_url = office_roles
    owner = open_database(owner_url, create=True)  # migrations: the owner's job
    setup.prepare(owner)
    setup.choose_home_unit(owner, "308", today=date(2024, 6, 1))
    app_user = make_url(app_url).username
    with owner.engine.begin() as conn:
        for statement in grants_sql(make_url(owner_url).username or "", app_user or ""):
            conn.execute(text(statement))
    owner.close()

    db = open_database(app_url)  # the program's own login
    try:
        ctx = AppContext(db, user_name="tester")
        service = RecordService(ctx)
        rid = service.create("media", MEDIA)
        service.update("media", rid, {"quantity": 4})
        service.delete("media", rid)
        locks.lock_month(ctx, ctx.home_unit().id, date(2024, 1, 1))  # type: ignore[union-attr]
        assert maintenance.check(db).ok
        for attack in ("DELETE FROM audit_log", "UPDATE audit_log SET user_name = 'x'",
                       "TRUNCATE audit_log", "DELETE FROM audit_head"):
            with pytest.raises(DBAPIError, match="permission denied"), db.engine.begin() as c:
                c.execute(text(attack))
        with db.read_session() as session:
            assert session.scalar(select(func.count()).select_from(m.AuditEntry)) >= 4
    finally:
        db.close()


def test_one_report_reads_one_snapshot(ctx: AppContext) -> None:
    """Rows committed by another PC after the report's first query are not in its later ones
    (an inspected-establishments rate above 100% came from such a mix)."""
    service = RecordService(ctx)
    service.create("media", MEDIA)
    with ctx.db.snapshot_session() as snap:
        first = snap.scalar(select(func.count()).select_from(m.MediaItem))
        RecordService(AppContext(ctx.db, user_name="other pc")).create("media", MEDIA)
        again = snap.scalar(select(func.count()).select_from(m.MediaItem))
        assert again == first == 1
        if not ctx.db.is_sqlite:
            with pytest.raises(DBAPIError, match="read-only transaction"):
                snap.execute(text("DELETE FROM media_items"))
    with ctx.db.read_session() as fresh:
        assert fresh.scalar(select(func.count()).select_from(m.MediaItem)) == 2
