"""Integrity check, backup and restore of the whole database."""

from __future__ import annotations

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
from desktop.db.database import Database, open_database
from desktop.db.models import Base
from desktop.errors import InputError, UsageError
from desktop.i18n import translate
from desktop.output_file import cannot_write, check_writable
from desktop.services import audit_check
from desktop.services.catalogue import Catalogues
from desktop.services.record_specs import SPECS
from desktop.services.validation import field_label


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
    """Storage integrity, schema version, references and the rules every record obeys."""
    result = CheckResult()
    with db.engine.connect() as conn:
        if db.is_sqlite:
            status = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            if status != "ok":
                result.problems.append(tr("Storage damaged: {detail}").format(detail=status))
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                result.problems.append(
                    tr("Table {table} row {row} points to a missing {parent} record.").format(
                        table=row[0], row=row[1], parent=row[2])
                )
        revision = migrate.current_revision(conn)
        if revision != migrate.head_revision():
            result.problems.append(tr("The schema is at {rev}, not the current version.")
                                   .format(rev=revision))
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
    with db.engine.connect() as conn:
        chain = audit_check.verify(conn)
    result.counts["audit"] = chain.entries
    result.problems.extend(chain.problems)
    return result


LIMIT = 20  # problems listed per check; the counts say how many records there are


def _check_rows(session, spec, cats, units, result: CheckResult) -> None:  # noqa: ANN001
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
def backup(db: Database, target: Path) -> Path:
    """A consistent copy as an SQLite file (from SQLite with its backup API; from PostgreSQL
    by copying every table), which `restore` and any SQLite tool can open."""
    target = Path(target)
    if target.exists() and target.is_dir():
        raise UsageError(tr("{path} is a folder; give a file name.").format(path=target))
    with suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
    check_writable(target)
    try:
        if db.is_sqlite and db.path is not None:
            sqlite_backup(db.path, target)
            return target
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
        raise cannot_write(target, getattr(exc, "orig", None) or exc) from exc
    return target


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
            for table in meta.sorted_tables:
                pk = list(table.primary_key.columns)
                if len(pk) == 1 and pk[0].autoincrement is True and str(pk[0].type) == "INTEGER":
                    dst.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk[0].name}'),"
                        f" COALESCE((SELECT MAX({pk[0].name}) FROM {table.name}), 1))"))


def restore(db_arg: str | None, source: Path, *, safety_folder: Path | None = None) -> Path | None:
    """Replace the database with a backup, after keeping a safety copy of the current one.
    Returns the safety copy's path (None when there was no database yet)."""
    source = Path(source)
    if not source.is_file():
        raise UsageError(tr("The backup file {path} does not exist.").format(path=source))
    try:
        revision = read_revision(source)
    except Exception as exc:  # noqa: BLE001 - sqlite3 raises several kinds for a non-database
        raise UsageError(tr("{path} is not a PCMD backup: {reason}").format(
            path=source, reason=exc)) from exc
    if revision is None:
        raise UsageError(tr("{path} is not a PCMD backup.").format(path=source))
    if revision not in migrate.known_revisions():
        raise UsageError(tr("{path} was made by a newer version of PCMD.").format(path=source))
    from desktop.db.engine import resolve_url, sqlite_path
    from desktop.paths import backup_dir

    url = resolve_url(db_arg)
    path = sqlite_path(url)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = safety_folder or backup_dir()
    safety: Path | None = None
    if path is not None:
        if path.exists():
            safety = folder / f"{path.stem}-{stamp}-before-restore.sqlite"
            sqlite_backup(path, safety)
        tmp = path.with_name(path.name + ".restoring")
        shutil.copyfile(source, tmp)
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        tmp.replace(path)
        open_database(str(path)).close()  # upgrade an older backup now
        return safety
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
            finally:
                backup_db.close()
    except InputError:
        raise
    finally:
        current.close()
    return safety
