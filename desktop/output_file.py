"""Output files (workbooks, reports, the audit export) are written whole or not at all.

Each is written beside its target as `<name>.part` and moved into place only when complete, so
an earlier file of the same name survives a failure or a cancel. A file that cannot be written
gets one sentence naming it and the reason (a missing folder, no permission, a file held open
by Excel or a PDF reader, a full disk) instead of an "unexpected error"; exit code 2.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from desktop.errors import UsageError
from desktop.i18n import translate


def tr(text: str) -> str:
    return translate("OutputFile", text)


def check_writable(path: Path | str) -> Path:
    """Refuse, before any work is done, a target that cannot be written: a folder, a missing
    folder, a folder that refuses new files, or a file held open by another program (on
    Windows, opening it for writing fails while Excel has it open). Changes nothing."""
    target = Path(path)
    if target.is_dir():
        raise UsageError(tr("Cannot write {path}: it is a folder; give a file name.").format(
            path=target))
    if not target.parent.is_dir():
        raise UsageError(tr("Cannot write {path}: the folder {folder} does not exist.").format(
            path=target, folder=target.parent))
    partial = _partial(target)
    try:
        with open(partial, "wb"):
            pass
        partial.unlink()
        if target.exists():
            with open(target, "ab"):  # appends nothing: the file and its time stay as they were
                pass
    except OSError as exc:
        raise cannot_write(target, exc) from exc
    return target


def _partial(target: Path) -> Path:
    return target.with_name(target.name + ".part")


def cannot_write(target: Path, exc: BaseException) -> UsageError:
    """The one sentence for a file that could not be written."""
    return UsageError(tr("Cannot write {path}: {reason}").format(
        path=target, reason=failure_reason(exc)))


@contextmanager
def write_whole(path: Path | str) -> Iterator[Path]:
    """Yield the partial file to write; on success it replaces `path`, on failure it is removed.

    OS errors (also as wrapped by xlsxwriter) become a UsageError that names `path`.
    """
    target = Path(path)
    partial = _partial(target)
    with suppress(OSError):
        partial.unlink(missing_ok=True)  # left by a run that was killed
    check_writable(target)
    try:
        yield partial
        os.replace(partial, target)
    except BaseException as exc:
        with suppress(OSError):
            partial.unlink(missing_ok=True)
        if failure_reason(exc) is None:
            raise
        raise cannot_write(target, exc) from exc


def failure_reason(exc: BaseException) -> str | None:
    """The reason, in the interface language, why a file could not be written; None when `exc`
    is not about the file."""
    if isinstance(exc, sqlite3.Error):  # a backup: SQLite says it in its own words
        text = str(exc)
        return tr("the disk is full.") if "full" in text else text.rstrip(".") + "."
    if not isinstance(exc, OSError):
        cause = exc.args[0] if exc.args else None  # xlsxwriter's FileCreateError wraps it
        if type(exc).__module__.startswith("xlsxwriter") and isinstance(cause, OSError):
            return failure_reason(cause)
        return None
    if isinstance(exc, PermissionError):
        return tr("access was refused. If the file is open in another program (Excel, a PDF "
                  "reader), close it there and try again.")
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return tr("the disk is full.")
    if exc.errno == errno.ENOENT:
        return tr("the folder does not exist.")
    return (exc.strerror or str(exc)).rstrip(".") + "."


class NotWritten(OSError):
    """A writer that reports failure without an OS error (Qt's QPdfWriter)."""

    def __init__(self) -> None:
        super().__init__(errno.EIO, tr("the file could not be created"))
