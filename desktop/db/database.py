"""Opening a database: check the schema → back up → upgrade → ready. Refuse a newer schema."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from desktop.db import migrate
from desktop.db.backup import read_revision, sqlite_backup
from desktop.db.engine import make_engine, resolve_url, sqlite_path
from desktop.errors import InputError, SchemaTooNew, UsageError
from desktop.i18n import translate


def _tr(text_: str) -> str:
    return translate("database", text_)


class Database:
    """An open, up-to-date database. One short session per user action: use `session()`."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self._factory = sessionmaker(engine, expire_on_commit=False)
        self._write_factory = sessionmaker(
            engine.execution_options(pcmd_write=True), expire_on_commit=False
        )
        snapshot = engine
        if engine.dialect.name == "postgresql":
            snapshot = engine.execution_options(isolation_level="REPEATABLE READ",
                                                postgresql_readonly=True)
        self._snapshot_factory = sessionmaker(snapshot, expire_on_commit=False)
        self._identity = _file_identity(self.path)

    def refresh_identity(self) -> None:
        """After this program itself put another file in place (a restore)."""
        self._identity = _file_identity(self.path)

    def ensure_same_file(self) -> None:
        """Refuse to save into a database file that was deleted, moved or replaced (a restore
        on another PC) while this program had it open: the save would vanish with the old
        file. Nothing is saved; the user is told to open the database again."""
        if self.path is None or self._identity is None:
            return
        now = _file_identity(self.path)
        if now is None:
            raise InputError(_tr(
                "The database file {name} is gone (deleted or moved while PCMD had it open); "
                "nothing was saved. Put it back or restore a backup, then open PCMD again.")
                .format(name=self.path))
        if now != self._identity:
            raise InputError(_tr(
                "The database file {name} was replaced while PCMD had it open (restored from a "
                "backup?); nothing was saved. Close PCMD and open it again to work on the "
                "restored data.").format(name=self.path))

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A write transaction: committed when the block ends, rolled back on any error.
        Storage faults (busy, read-only, full disk) become one clear sentence."""
        self.ensure_same_file()
        try:
            with self._write_factory() as session, session.begin():
                yield session
        except DatabaseError as exc:
            raise storage_error(exc, self.display_name) from exc

    def read_session(self) -> Session:
        return self._factory()

    def snapshot_session(self) -> Session:
        """A read-only session whose every query sees the database as it was at its first one,
        so a report built while another PC imports is never a mix of before and after.
        PostgreSQL: REPEATABLE READ, READ ONLY. SQLite: a read transaction in WAL mode is such
        a snapshot already, from its first read until the session ends."""
        return self._snapshot_factory()

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    db: str | None = None,
    *,
    create: bool = False,
    backup_folder: Path | None = None,
) -> Database:
    """Open (and if needed create or upgrade) the database named by --db / PCMD_DB / default.

    A database written by a newer PCMD is refused and left untouched. Before an upgrade of an
    existing SQLite file, a copy is kept in the backups folder.
    """
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path, create)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            revision = migrate.current_revision(conn)
    except OperationalError as exc:
        engine.dispose()
        raise UsageError(storage_error(exc, str(path or url), opening=True).message) from exc
    head = migrate.head_revision()
    if revision != head:
        if path is not None and revision is not None:
            folder = backup_folder or _default_backups()
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            copy = folder / f"{path.stem}-{stamp}-before-upgrade.sqlite"
            try:
                sqlite_backup(path, copy)
            except (OSError, sqlite3.Error) as exc:
                engine.dispose()
                raise InputError(_tr(
                    "The database {name} was not upgraded: the copy kept before an upgrade "
                    "could not be written to {folder} ({reason}). Nothing was changed.").format(
                    name=path, folder=folder, reason=_copy_reason(exc))) from exc
        try:
            with engine.begin() as conn:
                migrate.upgrade_to_head(conn)
        except SQLAlchemyError as exc:
            engine.dispose()
            if isinstance(exc, DatabaseError) and (is_damage(exc) or _is_storage(exc)):
                raise storage_error(exc, str(path or url)) from exc
            if _not_allowed(exc):  # the program's login on PostgreSQL (docs/postgresql.md)
                raise InputError(_tr(
                    "The database {name} needs an upgrade for this version of PCMD, which the "
                    "login {user} may not make; nothing was changed. Ask the database's owner "
                    "to run: pcmd init --unit CODE --db <the owner's URL>.").format(
                    name=engine.url.render_as_string(hide_password=True),
                    user=engine.url.username or "")) from exc
            raise InputError(
                _tr("The database {name} could not be upgraded; nothing was changed. The "
                    "details are in {log}.").format(name=path or url, log=_logged(exc))
            ) from exc
    _seal_legacy(engine)
    if path is not None:
        from desktop.output_file import protect

        protect(path)  # no export, report or rejected-rows file may ever replace it
    return Database(url, engine)


def _seal_legacy(engine: Engine) -> None:
    """Bind what a database made before the audit chain holds to one seal entry (once, right
    after the upgrade); a database that cannot be written now is sealed at a later open."""
    from desktop.db import audit_chain

    try:
        with engine.connect() as conn:
            if not audit_chain.needs_seal(conn):
                return
        with engine.execution_options(pcmd_write=True).begin() as conn:
            if audit_chain.needs_seal(conn):
                now = datetime.now(UTC).replace(tzinfo=None)
                audit_chain.seal_legacy(conn, at=now.replace(
                    microsecond=now.microsecond // 1000 * 1000), user_name="pcmd")
    except OperationalError:
        return


def _default_backups() -> Path:
    from desktop.paths import backup_dir

    return backup_dir()


def _check_sqlite_file(path: Path, create: bool) -> None:
    if not path.exists():
        if create:
            return
        raise InputError(
            _tr("The database file {path} does not exist. Create it with: pcmd init --unit CODE")
            .format(path=path)
        )
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise UsageError(_tr("Cannot read the database file {path}: access was refused or the "
                             "disk cannot be read.").format(path=path)) from exc
    if header and header != b"SQLite format 3\x00":
        raise UsageError(_tr("{path} is not a PCMD database.").format(path=path))
    try:
        revision = read_revision(path)
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            error = damaged_error(str(path))
            error.exit_code = 2  # a file that cannot be read
            raise error from exc
        text = str(exc).lower()
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            raise UsageError(_tr(
                "Cannot open the database {path}: it was not closed properly and its folder is "
                "read-only, so it cannot be repaired here. Ask for write access to the folder."
            ).format(path=path)) from exc
        raise UsageError(_tr("{path} is not a PCMD database.").format(path=path)) from exc
    if revision is not None and revision not in migrate.known_revisions():
        raise SchemaTooNew(
            _tr(
                "The database {path} was written by a newer version of PCMD (schema {revision})."
                " Install the newer version to open it; the file was not changed."
            ).format(path=path, revision=revision)
        )


def _file_identity(path: Path | None) -> tuple[int, int] | None:
    if path is None:
        return None
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def is_damage(exc: BaseException) -> bool:
    """Is this the database saying its file is damaged (not busy, full or read-only)?"""
    text = str(getattr(exc, "orig", None) or exc).lower()
    return any(w in text for w in ("malformed", "not a database", "corrupt",
                                   "file is encrypted", "disk image"))


class DatabaseDamaged(InputError):
    """The database file has pages that cannot be read."""


def damaged_error(name: str) -> InputError:
    if not name:
        return DatabaseDamaged(_tr(
            "The database is damaged (some of its pages cannot be read); nothing was changed. "
            "Restore the latest backup (Administration → Restore, or pcmd restore FILE) and ask "
            "for help if it happens again."))
    return DatabaseDamaged(_tr(
        "The database {name} is damaged (some of its pages cannot be read); nothing was changed. "
        "Restore the latest backup (Administration → Restore, or pcmd restore FILE) and ask for "
        "help if it happens again.").format(name=name))


def storage_error(exc: DatabaseError, name: str, *, opening: bool = False) -> InputError:
    """A translated sentence for the storage faults a user can meet; nothing was saved."""
    text = str(getattr(exc, "orig", exc)).lower()
    if is_damage(exc):
        return damaged_error(name)
    if opening and not ("readonly" in text or "read-only" in text or "locked" in text
                        or "unable to open" in text):
        return InputError(_tr("Cannot open the database {name}; the details are in {log}.")
                          .format(name=name, log=_logged(exc)))
    if opening and "unable to open" in text:
        return InputError(_tr("Cannot open the database {name}: the file or its folder cannot "
                              "be read or written (check the folder and its permissions).")
                          .format(name=name))
    if "locked" in text or "busy" in text:
        message = _tr("The database is busy: another computer is saving. Try again in a moment;"
                      " nothing was saved.")
    elif "readonly" in text or "read-only" in text or "read only" in text:
        message = _tr("The database {name} is read-only: nothing was saved. Ask for write access"
                      " or choose another data folder.").format(name=name)
    elif "full" in text or "no space" in text:
        message = _tr("The disk holding {name} is full: nothing was saved. Free some space and"
                      " try again.").format(name=name)
    elif "disk i/o" in text or "unable to open" in text:
        message = _tr("The database {name} cannot be written (the disk is full or failing):"
                      " nothing was saved. Free some space or check the disk, then try again.")\
            .format(name=name)
    else:  # its own words are English: they go to the log, not into the sentence
        message = _tr("The database refused the change; nothing was saved. The details are in "
                      "{log}.").format(log=_logged(exc))
    return InputError(message)


def _logged(exc: BaseException) -> str:
    from desktop.logging_setup import log_unexpected

    try:
        return str(log_unexpected(exc))
    except OSError:
        return "pcmd.log"


def _not_allowed(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "permission denied" in text or "must be owner" in text


def _is_storage(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", None) or exc).lower()
    return any(w in text for w in ("locked", "busy", "readonly", "read-only", "full",
                                   "no space", "disk i/o", "unable to open"))


def _copy_reason(exc: BaseException) -> str:
    from desktop.output_file import failure_reason

    text = str(exc).lower()
    if "full" in text or "no space" in text:
        return _tr("the disk is full")
    return (failure_reason(exc) or _tr("it cannot be written")).rstrip(".")
