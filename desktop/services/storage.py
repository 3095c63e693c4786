"""Storage faults met outside a write session (a read of damaged pages, a full disk while
writing a temporary file, a read-only folder): one sentence in the interface language.

The command line and the window's error dialog ask `explain` before they call anything an
"unexpected error"; no text of Python's or the database's own reaches the user.
"""

from __future__ import annotations

import errno
import os
import sqlite3

from desktop.errors import InputError, PcmdError, UsageError
from desktop.i18n import translate


def tr(text: str) -> str:
    return translate("storage", text)


def explain(exc: BaseException, name: str = "") -> PcmdError | None:
    """The sentence for a storage fault, or None when `exc` is something else."""
    from sqlalchemy.exc import DatabaseError

    from desktop.db.database import damaged_error, is_damage, storage_error

    where = name
    cause = getattr(exc, "orig", None) or exc
    if isinstance(exc, DatabaseError) or isinstance(cause, sqlite3.DatabaseError):
        if is_damage(cause):
            return damaged_error(where)
        text = str(cause).lower()
        if isinstance(exc, DatabaseError) and any(w in text for w in (
                "locked", "busy", "readonly", "read-only", "full", "no space", "disk i/o",
                "unable to open")):
            return storage_error(exc, where or tr("the database"))
        return None
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return InputError(tr("The disk is full; nothing was saved. Free some space and try "
                                 "again."))
        if isinstance(exc, PermissionError) and _unreadable(exc.filename):
            from desktop.output_file import read_reason

            return UsageError(tr("{file} cannot be read: {reason}; nothing was changed. Ask "
                                 "for read access or choose another file or folder.").format(
                file=exc.filename, reason=read_reason(exc)))
        if exc.errno == errno.EROFS or isinstance(exc, PermissionError):
            return InputError(tr("The folder or disk cannot be written (read-only or no "
                                 "permission); nothing was saved. Ask for write access or "
                                 "choose another folder."))
    return None


def _unreadable(name: object) -> bool:
    """Whether the file or folder a PermissionError names refuses to be read (so the fault was
    a read, not a write): tried, as the system's words do not say which it was."""
    if not isinstance(name, str | bytes | os.PathLike):
        return False
    try:
        if os.path.isdir(name):
            os.listdir(name)
        else:
            with open(name, "rb"):
                pass
    except PermissionError:
        return True
    except OSError:  # not there (a file to be created), or another fault: not a read refused
        return False
    return False
