"""Progress and cancel for long work, without Qt: services call `update`, the GUI's task
runner (desktop/ui/tasks.py) implements it and raises Cancelled when the user cancels."""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """The user cancelled; whatever the work wrote is rolled back by its transaction."""


class Progress(Protocol):
    def update(self, done: int, total: int, text: str = "") -> None:
        """Report progress; raises Cancelled when the user has asked to stop."""


class NullProgress:
    def update(self, done: int, total: int, text: str = "") -> None:
        return None


class CallbackProgress:
    """Adapts a plain callable; `cancel()` makes the next update raise Cancelled."""

    def __init__(self, callback=None) -> None:
        self.callback = callback
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def update(self, done: int, total: int, text: str = "") -> None:
        if self.cancelled:
            raise Cancelled()
        if self.callback is not None:
            self.callback(done, total, text)
