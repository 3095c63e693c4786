"""Ctrl+Z: undo the user's last change (a save, a delete, a paste or a grid of rows).

Each change the window makes pushes a step that knows how to take it back: a new record is
deleted again, a changed record gets its old values back, deleted records are restored, a
paste's new records are deleted and the records it changed get their old values. Undoing is
a change like any other: it goes through RecordService (one transaction, the change policy,
the audit trail), so a month locked since, another unit's record or a record someone changed
since is refused with one sentence, and nothing is half undone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.ui.widgets import format_number

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.services.context import AppContext

MAX_STEPS = 50


def tr(text: str) -> str:
    return QCoreApplication.translate("UndoStack", text)


@dataclass
class UndoStep:
    """One change of the user's, with what undoing it needs.

    created: ids of records the change created (with their updated_at after it);
    changed: ids of records it changed -> (their values before, their updated_at after);
    deleted: ids of records it deleted."""

    kind: str
    action: str  # save | delete | paste | grid
    created: dict[str, datetime | None] = field(default_factory=dict)
    changed: dict[str, tuple[dict[str, object], datetime | None]] = field(default_factory=dict)
    deleted: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.created) + len(self.changed) + len(self.deleted)

    def label(self) -> str:
        """ "Undo delete of 3 outreach sessions" in the UI language."""
        from desktop.ui.labels import record_type_text  # the specs: not in the first frame

        what = record_type_text(self.kind)
        n = format_number(self.count)
        if self.action == "delete":
            return tr("Undo the deletion ({what}, {n})").format(what=what, n=n)
        if self.action == "paste":
            return tr("Undo the paste ({what}, {n} rows)").format(what=what, n=n)
        if self.action == "grid":
            return tr("Undo the rows saved ({what}, {n})").format(what=what, n=n)
        return tr("Undo the save ({what})").format(what=what)


class UndoStack(QObject):
    """The steps of this session, newest last (one stack for the whole window)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.steps: list[UndoStep] = []

    def push(self, step: UndoStep) -> None:
        if step.count == 0:
            return
        self.steps.append(step)
        del self.steps[:-MAX_STEPS]
        self.changed.emit()

    def last(self) -> UndoStep | None:
        return self.steps[-1] if self.steps else None

    def clear(self) -> None:
        self.steps.clear()
        self.changed.emit()

    def undo(self, ctx: AppContext) -> UndoStep | None:
        """Take the last step back; raises PcmdError (the step stays) when it cannot be."""
        from desktop.services.records import Batch, RecordService

        step = self.last()
        if step is None:
            return None
        batch = Batch(delete=list(step.created.items()), restore=list(step.deleted),
                      update=[(rid, before, stamp)
                              for rid, (before, stamp) in step.changed.items()])
        RecordService(ctx).save_batch(step.kind, batch)
        self.steps.pop()
        self.changed.emit()
        return step


_stack: UndoStack | None = None


def undo_stack() -> UndoStack:
    """The window's undo stack (one per program run)."""
    global _stack
    if _stack is None:
        _stack = UndoStack()
    return _stack


def undo_last(ctx: AppContext, parent: QWidget | None) -> UndoStep | None:
    """Undo the last step, saying why not (one sentence) when it cannot be done."""
    from desktop.errors import PcmdError
    from desktop.ui.errors import show_error_message

    stack = undo_stack()
    if stack.last() is None:
        return None
    try:
        return stack.undo(ctx)
    except PcmdError as exc:
        show_error_message(parent, tr("Cannot undo: {reason}").format(reason=exc.message))
        return None
