"""Integrity check, backup and restore of the whole database."""

from __future__ import annotations

import hashlib
import logging
import shutil
import sqlite3
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import MetaData, func, insert, select, text
from sqlalchemy.exc import DBAPIError

from desktop.db import migrate
from desktop.db.backup import read_revision, sqlite_backup
from desktop.db.database import (
    Database,
    DatabaseDamaged,
    damaged_error,
    is_damage,
    open_database,
)
from desktop.db.models import Base
from desktop.errors import InputError, UsageError
from desktop.i18n import translate
from desktop.output_file import cannot_write, check_writable
from desktop.services import audit, audit_check, policy
from desktop.services.catalogue import Catalogues
from desktop.services.context import AppContext
from desktop.services.record_specs import SPECS
from desktop.services.validation import field_label

_log = logging.getLogger("pcmd.maintenance")


def _note(message: str, *args: object) -> None:
    """Details for support go to the log file, never to the user's screen."""
    from desktop.logging_setup import setup_logging

    setup_logging()
    _log.warning(message, *args)


def tr(text_: str) -> str:
    return translate("maintenance", text_)


@dataclass
class CheckResult:
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(db: Database) -> CheckResult:
    """Storage integrity, schema version, references, the rules every record obeys, and the
    audit trail's chain with every row against it. A damaged file is said so, once."""
    result = CheckResult()
    try:
        if not _check_storage(db, result):
            return result
        _check_data(db, result)
        with db.engine.connect() as conn:
            chain = audit_check.verify(conn)
    except DBAPIError as exc:
        if not is_damage(exc):
            raise
        result.problems.append(damaged_error(db.display_name).message)
        return result
    result.counts["audit"] = chain.entries
    result.problems.extend(chain.problems)
    return result


def _check_storage(db: Database, result: CheckResult) -> bool:
    """False when the file is damaged (then nothing else is worth checking)."""
    with db.engine.connect() as conn:
        if db.is_sqlite:
            found = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            if found != ["ok"]:
                _note("integrity_check of %s: %s", db.display_name, "; ".join(found))
                result.problems.append(tr(
                    "Storage damaged: SQLite found {n} damaged places in {name} (listed in the "
                    "log file). Restore the latest backup.").format(
                    n=len(found), name=db.display_name))
                return False
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                result.problems.append(
                    tr("Table {table} row {row} points to a missing {parent} record.").format(
                        table=row[0], row=row[1], parent=row[2])
                )
        revision = migrate.current_revision(conn)
        if revision != migrate.head_revision():
            result.problems.append(tr("The schema is at {rev}, not the current version.")
                                   .format(rev=revision))
    return True


def _check_data(db: Database, result: CheckResult) -> None:
    with db.read_session() as session:
        cats = Catalogues.load(session)
        from desktop.db.models import Unit

        units = {u.id: u for u in session.scalars(select(Unit))}
        if not units:
            result.problems.append(tr("No administrative units are loaded (run pcmd init)."))
        for key, spec in SPECS.items():
            model = spec.model
            total = session.scalar(
                select(func.count()).select_from(model).where(model.deleted_at.is_(None))
            )
            result.counts[key] = total or 0
            _check_rows(session, spec, cats, units, result)


LIMIT = 20  # problems listed per check; the counts say how many records there are


def _check_rows(session, spec, cats, units, result: CheckResult) -> None:
    """One record type's rows against its declaration: catalogue values, the commune valid on
    the record's date, and the rules across fields (the same as a form or an import)."""
    model = spec.model
    kind = translate("records", spec.label)
    cat_fields = [f for f in spec.fields if f.kind in ("catalogue", "multi")]
    rule_fields = sorted({n for r in spec.rules for n in (r.field, r.other, *r.when)})
    unit_col = getattr(model, spec.unit_field) if spec.unit_field else None
    date_col = getattr(model, spec.date_field) if spec.date_field else None
    dated = unit_col is not None and date_col is not None
    names = [f.name for f in cat_fields] + rule_fields
    cols = [model.id, *(getattr(model, n) for n in names)]
    if dated:
        cols += [unit_col, date_col]
    problems = result.problems

    def say(message: str) -> None:
        if len(problems) < LIMIT:
            problems.append(message)

    for row in session.execute(select(*cols).where(model.deleted_at.is_(None))):
        values = dict(zip(names, row[1:], strict=False))
        for f in cat_fields:
            value = values[f.name] or ""
            for code in value.split(";") if f.kind == "multi" else [value]:
                if code and cats.get(f.catalogue, code) is None:
                    say(tr("{kind} {id}: unknown {field} value “{value}”.").format(
                        kind=kind, id=row[0], field=field_label(f), value=code))
        for rule in spec.rules:
            if rule.broken(values):
                say(tr("{kind} {id}: {problem}").format(kind=kind, id=row[0], problem=translate(
                    "validation", rule.message).format(value=values.get(rule.field),
                                                       total=values.get(rule.other))))
        if dated:
            unit_id, when = row[-2], row[-1]
            unit = units.get(unit_id) if unit_id is not None else None
            if unit is not None and when is not None and not (
                unit.valid_from <= when and (unit.valid_to is None or when <= unit.valid_to)
            ):
                say(tr("{kind} {id}: the unit {unit} did not exist on {date}.").format(
                    kind=kind, id=row[0], unit=unit.name, date=when.strftime("%d/%m/%Y")))


# ---- backup and restore --------------------------------------------------------------------
def backup(db: Database, target: Path, *, ctx: AppContext | None = None) -> Path:
    """A consistent copy as an SQLite file (from SQLite with its backup API; from PostgreSQL
    by copying every table), which `restore` and any SQLite tool can open. With `ctx`, the
    change policy decides (managers and administrators) and the backup is audited; a damaged
    database is not copied (a copy of it would not help)."""
    target = Path(target)
    who = _backup_actor(db, ctx)
    if target.exists() and target.is_dir():
        raise UsageError(tr("{path} is a folder; give a file name.").format(path=target))
    with suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
    check_writable(target, allow_database=True)
    if db.is_sqlite and db.path is not None:
        _ensure_sound(db.path, tr("The database {name} is damaged; it was not backed up. "
                                  "Restore the latest sound backup instead."))
    try:
        if db.is_sqlite and db.path is not None:
            sqlite_backup(db.path, target)
        else:
            partial = target.with_name(target.name + ".part")
            partial.unlink(missing_ok=True)
            copy = open_database(str(partial), create=True)
            try:
                _copy_tables(db, copy)
            finally:
                copy.close()
            partial.replace(target)
    except (OSError, sqlite3.Error, DBAPIError) as exc:
        with suppress(OSError):
            target.with_name(target.name + ".part").unlink(missing_ok=True)
        if isinstance(exc, DBAPIError) and is_damage(exc):
            raise damaged_error(db.display_name) from exc
        raise cannot_write(target, getattr(exc, "orig", None) or exc) from exc
    _audit(db, who, "backup", {"file": (None, str(target))})
    return target


def _backup_actor(db: Database, ctx: AppContext | None) -> str:
    if ctx is None:
        return "pcmd"
    with db.read_session() as session:
        return policy.require(ctx, session, "backup").name


def _audit(db: Database, who: str, action: str, changes: dict[str, tuple[object, object]]
           ) -> None:
    """The entry of a backup or restore; a database that cannot be written now (read-only)
    still gets its backup, the entry is then left out and logged."""
    try:
        with db.session() as session:
            audit.record(session, user=who, action=action, record_type="database",
                         record_id="", changes=changes)
    except InputError as exc:
        _note("%s not audited: %s", action, exc.message)


def sound(path: Path) -> bool:
    """Does SQLite's quick check find the file's pages sound?"""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            found = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        _note("quick_check of %s failed: %s", path, exc)
        return False
    if found != ["ok"]:
        _note("quick_check of %s: %s", path, "; ".join(found[:20]))
    return found == ["ok"]


def _ensure_sound(path: Path, message: str) -> None:
    if not sound(path):
        raise InputError(message.format(name=path, path=path))


def _copy_tables(source: Database, target: Database) -> None:
    meta: MetaData = Base.metadata
    with source.engine.connect() as src, target.engine.begin() as dst:
        for table in reversed(meta.sorted_tables):
            dst.execute(table.delete())
        for table in meta.sorted_tables:
            rows = [dict(r._mapping) for r in src.execute(select(table))]
            for start in range(0, len(rows), 5000):
                dst.execute(insert(table), rows[start:start + 5000])
        if target.engine.dialect.name == "postgresql":
            for table in meta.sorted_tables:  # the serial ids go on after the copied ones
                pk = table.autoincrement_column  # an integer key left to the database
                if pk is not None:
                    dst.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk.name}'),"
                        f" COALESCE((SELECT MAX({pk.name}) FROM {table.name}), 1))"))


def restore(db_arg: str | None, source: Path, *, safety_folder: Path | None = None,
            user: str = "pcmd") -> Path | None:
    """Replace the database with a backup, after keeping a safety copy of the current one, and
    write "restored from …" into the restored database's audit trail. Returns the safety
    copy's path (None when there was no database yet). A damaged or foreign file is refused
    before anything changes. Who may restore is the caller's question to the change policy
    (administrators)."""
    source = Path(source)
    if not source.is_file():
        raise UsageError(tr("The backup file {path} does not exist.").format(path=source))
    try:  # a file the user may not read is that, not "damaged" (SQLite cannot tell them apart)
        with source.open("rb"):
            pass
    except OSError as exc:
        from desktop.output_file import read_reason

        raise UsageError(tr("Cannot read the backup {path}: {reason}.").format(
            path=source, reason=read_reason(exc))) from None
    try:
        revision = read_revision(source)
    except sqlite3.Error as exc:
        raise UsageError(tr("{path} is not a PCMD backup, or it is damaged.").format(
            path=source)) from exc
    if revision is None:
        raise UsageError(tr("{path} is not a PCMD backup.").format(path=source))
    if revision not in migrate.known_revisions():
        raise UsageError(tr("{path} was made by a newer version of PCMD.").format(path=source))
    if not sound(source):
        raise UsageError(tr("The backup {path} is damaged; nothing was restored. Choose another "
                            "backup.").format(path=source))
    from desktop.db.engine import resolve_url, sqlite_path
    from desktop.paths import backup_dir

    url = resolve_url(db_arg)
    path = sqlite_path(url)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = safety_folder or backup_dir()
    digest = file_sha256(source)
    safety: Path | None = None
    if path is not None:
        if path.exists():
            safety = folder / f"{path.stem}-{stamp}-before-restore.sqlite"
            safety.parent.mkdir(parents=True, exist_ok=True)
            _restore_sqlite(path, source, safety)
        else:
            shutil.copyfile(source, path)
        restored = open_database(str(path))  # upgrades an older backup, seals it
    else:
        current = open_database(db_arg, create=True)
        try:
            safety = folder / f"pcmd-{stamp}-before-restore.sqlite"
            backup(current, safety)
            import tempfile

            with tempfile.TemporaryDirectory() as tmp:
                work = Path(tmp) / "backup.sqlite"  # upgrade a copy, never the backup itself
                shutil.copyfile(source, work)
                backup_db = open_database(str(work), backup_folder=Path(tmp))
                try:
                    _copy_tables(backup_db, current)
                except DBAPIError as exc:
                    if "permission denied" not in str(exc.orig).lower():
                        raise
                    raise InputError(tr(
                        "A restore replaces the audit trail too, which the program's login may "
                        "not do; nothing was restored. Restore with the database owner's "
                        "login (--db with the owner's URL).")) from exc
                finally:
                    backup_db.close()
        finally:
            current.close()
        restored = open_database(db_arg)
    try:
        _audit(restored, user, "restore", {
            "file": (None, source.name), "sha256": (None, digest),
            "kept": (None, str(safety) if safety else None)})
    finally:
        restored.close()
    return safety


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _restore_sqlite(path: Path, source: Path, safety: Path) -> None:
    """Replace the data of the database file at `path` by the backup's, in one write
    transaction on the file itself: the safety copy is taken while that transaction holds the
    write lock (no save can fall between the copy and the restore), and another PCMD that has
    the file open goes on working on the restored data instead of saving into a replaced file
    that vanishes. A file too damaged for that is replaced whole (after a raw safety copy)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "backup.sqlite"  # upgrade a copy, never the backup itself
        shutil.copyfile(source, work)
        try:
            open_database(str(work), backup_folder=Path(tmp)).close()
            open_database(str(path), backup_folder=safety.parent).close()  # same schema
            _swap_in(path, work, safety)
            return
        except (sqlite3.DatabaseError, DBAPIError, InputError) as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc).lower():
                raise InputError(tr(
                    "The database is busy: another computer is saving, so it was not restored."
                    " Try again in a moment.")) from exc
            if isinstance(exc, InputError) and not isinstance(exc, DatabaseDamaged):
                raise
            _note("restore into %s in place failed (%s); replacing the file", path, exc)
    _safety_copy(path, safety)
    _replace_file(path, source)


def _swap_in(path: Path, work: Path, safety: Path) -> None:
    con = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("BEGIN IMMEDIATE")  # from here nobody commits until the backup is in
        try:
            sqlite_backup(path, safety)  # everything committed so far
            con.execute("ATTACH DATABASE ? AS restored", (str(work),))
            tables = Base.metadata.sorted_tables
            for table in reversed(tables):
                con.execute(f'DELETE FROM main."{table.name}"')
            for table in tables:
                cols = ", ".join(f'"{c.name}"' for c in table.columns)
                con.execute(f'INSERT INTO main."{table.name}" ({cols}) '
                            f'SELECT {cols} FROM restored."{table.name}"')
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
        con.execute("DETACH DATABASE restored")
    finally:
        con.close()


def _safety_copy(path: Path, safety: Path) -> None:
    """The current database before a restore: a consistent copy, or (when it is too damaged
    for SQLite to copy) its files as they are."""
    try:
        sqlite_backup(path, safety)
    except sqlite3.DatabaseError:
        safety.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, safety)
        wal = Path(str(path) + "-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(str(safety) + "-wal"))


def _replace_file(path: Path, source: Path) -> None:
    tmp = path.with_name(path.name + ".restoring")
    shutil.copyfile(source, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    tmp.replace(path)
