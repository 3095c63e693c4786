"""Output files (workbooks, reports, the audit export) are written whole or not at all.

Each is written beside its target as `<name>.<random>.part` and moved into place when
complete, so an earlier file of the same name survives a failure or a cancel. A file that cannot
be written gets one sentence naming it and the reason (a missing folder, no permission, a file held open
by Excel or a PDF reader, a full disk) instead of an "unexpected error"; exit code 2.
"""

from __future__ import annotations

import errno
import os
import secrets
import sqlite3
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from desktop.errors import UsageError
from desktop.i18n import translate


def tr(text: str) -> str:
    return translate("OutputFile", text)


_protected: list[Path] = []  # open databases (and their journal files): never an output
_inputs: list[Path] = []  # the files the running command reads


def protect(path: Path | str) -> None:
    """Never write an output over this database file or its journal files."""
    base = Path(path)
    for p in (base, *(base.with_name(base.name + s) for s in ("-wal", "-shm", "-journal"))):
        if p not in _protected:
            _protected.append(p)


def reading(paths: Sequence[Path | str]) -> None:
    """The inputs of the command now running (an output may not replace one of them)."""
    _inputs[:] = [Path(p) for p in paths]


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        return a.resolve() == b.resolve()
    except OSError:
        return False


def refuse_precious(target: Path, *, allow_database: bool = False,
                    inputs: Sequence[Path | str] = ()) -> None:
    """Refuse an output that is the open database (or its journal), a PCMD database or a
    backup of one (any SQLite file; `allow_database` for a backup that replaces an older
    backup), or one of the command's own inputs. Exit 2, before any work."""
    for protected in _protected:
        if _same(target, protected):
            raise UsageError(tr("Cannot write {path}: it is the open database; choose another "
                                "file name.").format(path=target))
    for source in [*_inputs, *(Path(p) for p in inputs)]:
        if _same(target, source):
            raise UsageError(tr("Cannot write {path}: it is one of the files being read; "
                                "choose another file name.").format(path=target))
    if allow_database or not target.is_file():
        return
    try:
        with open(target, "rb") as fh:
            header = fh.read(16)
    except OSError:
        return
    if header == b"SQLite format 3\x00":
        raise UsageError(tr("Cannot write {path}: it is a PCMD database or a backup of one; "
                            "choose another file name.").format(path=target))


def check_writable(path: Path | str, *, allow_database: bool = False,
                   inputs: Sequence[Path | str] = ()) -> Path:
    """Refuse, before any work is done, a target that cannot be written: a folder, a missing
    folder, something that is not a plain file, a folder that refuses new files, or a file held
    open by another program (on Windows, opening it for writing fails while Excel has it open);
    and one that must not be overwritten (`refuse_precious`). Changes nothing."""
    target = Path(path)
    refuse_precious(target, allow_database=allow_database, inputs=inputs)
    if target.is_dir():
        raise UsageError(tr("Cannot write {path}: it is a folder; give a file name.").format(
            path=target))
    if not target.parent.is_dir():
        raise UsageError(tr("Cannot write {path}: the folder {folder} does not exist.").format(
            path=target, folder=target.parent))
    if target.exists() and not target.is_file():
        raise UsageError(tr("Cannot write {path}: it is not an ordinary file.").format(
            path=target))
    try:
        _new_partial(target).unlink()
        if target.exists():
            with open(target, "ab"):  # appends nothing: the file and its time stay as they were
                pass
    except OSError as exc:
        raise cannot_write(target, exc) from exc
    return target


def _new_partial(target: Path) -> Path:
    """A new empty file beside `target`, named for it; unique, so two writers never share one."""
    for _ in range(100):
        partial = target.with_name(f"{target.name}.{secrets.token_hex(3)}.part")
        try:
            with open(partial, "xb"):
                return partial
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free name for a partial file", str(target))


def cannot_write(target: Path, exc: BaseException) -> UsageError:
    """The one sentence for a file that could not be written."""
    return UsageError(tr("Cannot write {path}: {reason}").format(
        path=target, reason=failure_reason(exc)))


@contextmanager
def write_whole(path: Path | str, *, inputs: Sequence[Path | str] = ()) -> Iterator[Path]:
    """Yield the partial file to write; on success it replaces `path`, on failure it is removed.

    OS errors (also as wrapped by xlsxwriter) become a UsageError that names `path`.
    """
    target = check_writable(path, inputs=inputs)
    try:
        partial = _new_partial(target)
    except OSError as exc:
        raise cannot_write(target, exc) from exc
    try:
        yield partial
        _replace(partial, target)
    except BaseException as exc:
        with suppress(OSError):
            partial.unlink(missing_ok=True)
        if failure_reason(exc) is None:
            raise
        raise cannot_write(target, exc) from exc


def _replace(partial: Path, target: Path) -> None:
    """os.replace, retried briefly on Windows, where an antivirus scan or the search indexer
    may hold a file that was just closed for a moment."""
    attempts = 20 if sys.platform == "win32" else 1
    for attempt in range(attempts):
        try:
            os.replace(partial, target)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05)


def failure_reason(exc: BaseException) -> str | None:
    """The reason, in the interface language, why a file could not be written; None when `exc`
    is not about the file."""
    if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("psycopg"):
        text = str(exc).strip().lower()  # a backup: the database's own (English) words
        if "full" in text or "no space" in text:
            return tr("the disk is full.")
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            return tr("the disk or folder is read-only.")
        return tr("the database could not write it (error {code}).").format(
            code=type(exc).__name__)
    if not isinstance(exc, OSError):
        cause = exc.args[0] if exc.args else None  # xlsxwriter's FileCreateError wraps it
        if type(exc).__module__.startswith("xlsxwriter") and isinstance(cause, OSError):
            return failure_reason(cause)
        return None
    if isinstance(exc, PermissionError):
        return tr("access was refused. If the file is open in another program (Excel, a PDF "
                  "reader), close it there and try again.")
    if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return tr("the disk is full.")
    if exc.errno == errno.ENOENT:
        return tr("the folder does not exist.")
    if exc.errno == errno.EROFS:
        return tr("the disk or folder is read-only.")
    return tr("the system could not write it (error {code}).").format(
        code=errno.errorcode.get(exc.errno or 0, exc.errno))


def read_reason(exc: OSError) -> str:
    """The reason, in the interface language and without a full stop, why a file could not
    be read (the system's own words are English)."""
    if isinstance(exc, PermissionError):
        return tr("access was refused (no permission, or another program holds the file)")
    if exc.errno == errno.ENOENT:
        return tr("there is no such file")
    if exc.errno == errno.EISDIR:
        return tr("it is a folder, not a file")
    if exc.errno == errno.EIO:
        return tr("the disk could not read it (the disk, USB stick or network drive is failing)")
    return tr("the system could not read it (error {code})").format(
        code=errno.errorcode.get(exc.errno or 0, exc.errno))


class NotWritten(OSError):
    """A writer that reports failure without an OS error (Qt's QPdfWriter)."""

    def __init__(self) -> None:
        super().__init__(errno.EIO, tr("the file could not be created"))
