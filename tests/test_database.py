"""Database life cycle: create, upgrade with data intact, refuse newer, backup and restore."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.db import migrate
from desktop.db.database import open_database
from desktop.domain.text import normalize_tones
from desktop.errors import InputError, SchemaTooNew, UsageError
from desktop.services import maintenance

SAVED = Path(__file__).parent / "data"
RECORD_TABLES = ("outreach_sessions", "media_items", "training_classes", "officers", "attendance",
                 "establishments", "inspections", "support_figures", "plan_targets", "units",
                 "unit_mappings", "catalogue_items", "settings", "hotspots", "cases",
                 "denunciations", "people_figures", "prevention_models")
# Catalogue kinds a later schema brings (0003: those of the national record types).
NEW_CATALOGUES = {"hotspot_kind", "case_kind", "denunciation_source", "model_kind"}


def _columns(path: Path) -> dict[str, list[str]]:
    con = sqlite3.connect(path)
    try:
        tables = {t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        # audit_hash: schema 0004 seals every record already there (fills it)
        return {t: [r[1] for r in con.execute(f"PRAGMA table_info({t})") if r[1] != "audit_hash"]
                for t in RECORD_TABLES if t in tables}
    finally:
        con.close()


def _dump(path: Path, columns: dict[str, list[str]]) -> dict[str, list[tuple]]:
    """Every row of every table, in the columns the saved schema had (later ones add some)."""
    con = sqlite3.connect(path)
    try:
        return {t: sorted(con.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall(), key=repr)
                for t, cols in columns.items()}
    finally:
        con.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_has_wal_and_foreign_keys(db) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert migrate.current_revision(conn) == migrate.head_revision()


@pytest.mark.parametrize("saved", sorted(SAVED.glob("schema_*.sqlite")), ids=lambda p: p.stem)
def test_every_saved_schema_upgrades_with_its_data_intact(saved: Path, tmp_path: Path) -> None:
    copy = tmp_path / saved.name
    shutil.copyfile(saved, copy)
    columns = _columns(copy)
    before = _dump(copy, columns)
    database = open_database(str(copy), backup_folder=tmp_path / "backups")
    try:
        with database.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        assert maintenance.check(database).ok
    finally:
        database.close()
    after = _dump(copy, columns)
    for table, rows in before.items():
        if table == "units":  # schema 0005 respells the names, nothing else
            name = columns[table].index("name")
            sort = columns[table].index("sort_key")
            rows = sorted(((*r[:name], normalize_tones(r[name]), *r[name + 1:]) for r in rows),
                          key=repr)
            assert [r[:sort] + r[sort + 1:] for r in after[table]] == \
                [r[:sort] + r[sort + 1:] for r in rows]
            assert not any(normalize_tones(r[name]) != r[name] for r in after[table])
            continue
        if table == "catalogue_items":  # the upgrade adds the values of new catalogue kinds
            added = set(after[table]) - set(rows)
            assert {r[1] for r in added} <= NEW_CATALOGUES and all(r[7] for r in added)
            assert set(rows) <= set(after[table])
            continue
        assert after[table] == rows, table
    if saved.stem != f"schema_{migrate.head_revision()}":
        assert list((tmp_path / "backups").glob("*before-upgrade.sqlite"))


def test_newer_schema_is_refused_and_left_untouched(db_path: Path, db) -> None:
    db.close()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    digest, mtime = _digest(db_path), db_path.stat().st_mtime_ns
    with pytest.raises(SchemaTooNew) as err:
        open_database(str(db_path))
    assert "newer version" in err.value.message
    assert err.value.exit_code == 2
    assert _digest(db_path) == digest
    assert db_path.stat().st_mtime_ns == mtime
    assert not Path(str(db_path) + "-wal").exists()


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        open_database(str(tmp_path / "nope.sqlite"))


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(UsageError, match="not a PCMD database"):
        open_database(str(junk))


def test_backup_then_restore_gives_the_same_records(ctx, tmp_path: Path) -> None:
    from desktop.services import demo_data

    demo_data.generate(ctx, 500, seed=3)
    columns = _columns(ctx.db.path)
    original = _dump(ctx.db.path, columns)
    backup = maintenance.backup(ctx.db, tmp_path / "copy.sqlite")
    ctx.db.close()

    other = tmp_path / "other.sqlite"
    safety = maintenance.restore(str(other), backup, safety_folder=tmp_path / "safety")
    assert safety is None  # there was no database there yet
    assert _dump(other, columns) == original

    # Restoring over an existing database keeps a safety copy of it first.
    safety = maintenance.restore(str(other), backup, safety_folder=tmp_path / "safety")
    assert safety is not None and safety.exists()
    assert _dump(safety, columns) == original


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("hello")
    with pytest.raises(UsageError):
        maintenance.restore(str(tmp_path / "db.sqlite"), bad)


def test_check_finds_a_broken_rule(ctx) -> None:
    from desktop.services import demo_data

    demo_data.generate(ctx, 200, seed=2)
    with ctx.db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE outreach_sessions SET women = participants + 1 WHERE rowid IN "
            "(SELECT rowid FROM outreach_sessions LIMIT 1)")
        conn.exec_driver_sql(  # a rule of a new record type: checked the same way
            "UPDATE cases SET trial_date = date(date, '-3 days') WHERE rowid IN "
            "(SELECT rowid FROM cases LIMIT 1)")
    result = maintenance.check(ctx.db)
    assert not result.ok
    assert any(p.startswith("Outreach session ") and "cannot be more than participants" in p
               for p in result.problems), result.problems
    assert any(p.startswith("Case ") and "trial date is before" in p for p in result.problems)


def test_revision_graph_read_from_files_matches_alembic() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {r.revision for r in scripts.walk_revisions()}


def test_opening_an_up_to_date_database_does_not_import_alembic(db_path: Path, db) -> None:
    import subprocess
    import sys

    db.close()
    code = ("import sys; from desktop.db.database import open_database; "
            f"open_database({str(db_path)!r}).close(); "
            "print(any(m.startswith('alembic') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_saved_schema_0003_has_rows_in_every_table(tmp_path: Path) -> None:
    """So its upgrade above carries real rows of every table, the new record types too."""
    con = sqlite3.connect(SAVED / "schema_0003.sqlite")
    try:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        empty = [t for t in tables if not con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]]
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0003"
    finally:
        con.close()
    assert empty == []
    copy = tmp_path / "old.sqlite"
    shutil.copyfile(SAVED / "schema_0003.sqlite", copy)
    database = open_database(str(copy), backup_folder=tmp_path / "backups")
    try:
        result = maintenance.check(database)
    finally:
        database.close()
    assert result.ok, result.problems
    assert all(result.counts[k] > 0 for k in ("hotspots", "cases", "denunciations", "people",
                                              "models")), result.counts
