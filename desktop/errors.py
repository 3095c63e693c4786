"""Errors that reach the user as one clear sentence (never a traceback).

exit_code follows docs/cli.md: 1 the input had problems (nothing changed), 2 usage error or
a file that cannot be read.
"""

from __future__ import annotations

from dataclasses import dataclass


class PcmdError(Exception):
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(PcmdError):
    exit_code = 1


class UsageError(PcmdError):
    exit_code = 2


@dataclass(frozen=True)
class FieldError:
    """A problem with one field of a record (field is the model attribute name)."""

    field: str
    message: str


class ValidationFailed(InputError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.message}" for e in errors))
        self.errors = errors


class NotFound(InputError):
    pass


class StaleRecord(InputError):
    """The record changed (or was deleted) since the user opened it."""


class SchemaTooNew(PcmdError):
    exit_code = 2
