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

from desktop.errors import PcmdError
from desktop.services.progress import Cancelled
from desktop.ui.errors import show_error_message, show_unexpected_error
from desktop.ui.tasks import BACKGROUND_ROWS, TaskRunner
from desktop.ui.widgets import format_number

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from desktop.services.context import AppContext
    from desktop.services.progress import Progress

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
    action: str  # save | delete | paste | grid | restore
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
        if self.action == "restore":
            return tr("Undo the restore ({what}, {n})").format(what=what, n=n)
        return tr("Undo the save ({what})").format(what=what)

    def undone_text(self) -> str:
        """ "The deletion was undone (Media item, 3)": the status line once it is done."""
        from desktop.ui.labels import record_type_text

        what = record_type_text(self.kind)
        n = format_number(self.count)
        if self.action == "delete":
            return tr("The deletion was undone ({what}, {n}).").format(what=what, n=n)
        if self.action == "paste":
            return tr("The paste was undone ({what}, {n} rows).").format(what=what, n=n)
        if self.action == "grid":
            return tr("The rows saved were undone ({what}, {n}).").format(what=what, n=n)
        if self.action == "restore":
            return tr("The restore was undone ({what}, {n}).").format(what=what, n=n)
        return tr("The save was undone ({what}).").format(what=what)


class UndoStack(QObject):
    """The steps of this session, newest last (one stack for the whole window)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.steps: list[UndoStep] = []
        self.running: UndoStep | None = None  # being undone in the background
        self.runner: TaskRunner | None = None

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
        self.running = None
        self.changed.emit()

    def undo(self, ctx: AppContext) -> UndoStep | None:
        """Take the last step back; raises PcmdError (the step stays) when it cannot be."""
        step = self.last()
        if step is None:
            return None
        apply_undo(ctx, step)
        self.forget(step)
        return step

    def forget(self, step: UndoStep) -> None:
        """The step is undone: off the stack (steps pushed meanwhile stay)."""
        if step in self.steps:
            self.steps.remove(step)
        self.changed.emit()

    def set_running(self, step: UndoStep | None) -> None:
        self.running = step
        self.changed.emit()


def apply_undo(ctx: AppContext, step: UndoStep, progress: Progress | None = None) -> None:
    """The step taken back in one transaction through the change policy (any thread)."""
    from desktop.services.records import Batch, RecordService

    batch = Batch(delete=list(step.created.items()), restore=list(step.deleted),
                  update=[(rid, before, stamp) for rid, (before, stamp) in step.changed.items()])
    RecordService(ctx).save_batch(step.kind, batch, progress)


_stack: UndoStack | None = None


def undo_stack() -> UndoStack:
    """The window's undo stack (one per program run)."""
    global _stack
    if _stack is None:
        _stack = UndoStack()
    return _stack


def undo_last(ctx: AppContext, parent: QWidget | None,
              on_done: Callable[[UndoStep], None] | None = None,
              runner: TaskRunner | None = None) -> bool:
    """Undo the last step, saying why not (one sentence) when it cannot be done; on_done(step)
    once it is undone. A step of BACKGROUND_ROWS records or more is undone by a worker (the
    window's task runner: progress after a moment, Cancel, the window keeps painting); the
    Undo action is off meanwhile and a second Ctrl+Z does nothing. True when the step is
    undone or being undone."""
    stack = undo_stack()
    step = stack.last()
    if step is None or stack.running is not None:
        return False
    if step.count < BACKGROUND_ROWS:
        try:
            apply_undo(ctx, step)
        except PcmdError as exc:
            _refused(ctx, step, parent, exc)
            return False
        stack.forget(step)
        if on_done is not None:
            on_done(step)
        return True
    if runner is None:
        window = parent.window() if parent is not None else None
        found = getattr(window, "runner", None)
        runner = found if isinstance(found, TaskRunner) else TaskRunner(parent)  # type: ignore[arg-type]
        stack.runner = runner  # kept alive while it runs (a runner without a parent)

    def done(_result: object) -> None:
        stack.set_running(None)
        stack.forget(step)
        if on_done is not None:
            on_done(step)

    def failed(exc: BaseException) -> None:
        stack.set_running(None)  # the step stays, to be undone later
        if isinstance(exc, Cancelled):
            return  # one transaction: nothing was undone
        if isinstance(exc, PcmdError):
            _refused(ctx, step, parent, exc)
        else:
            show_unexpected_error(parent, exc)

    stack.set_running(step)
    runner.run(tr("Undoing: {n} records…").format(n=format_number(step.count)),
               lambda progress: apply_undo(ctx, step, _UndoProgress(progress)), done, failed)
    return True


class _UndoProgress:
    """The records' progress, worded as undoing (the service says "Saving…")."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress

    def update(self, done: int, total: int, text: str = "") -> None:
        self.progress.update(done, total, tr("Undoing: {done} of {total} records…").format(
            done=format_number(done), total=format_number(total)))


def _refused(ctx: AppContext, step: UndoStep, parent: QWidget | None, exc: PcmdError) -> None:
    """One sentence; for a step of several records, that none was undone and which record
    stopped it (named as the audit trail names it)."""
    from desktop.services.records import BatchRejected

    reason = exc.message
    if step.count > 1 and isinstance(exc, BatchRejected) and exc.problems:
        first = exc.problems[0]
        ids = {"delete": list(step.created), "restore": step.deleted,
               "update": list(step.changed)}.get(first.part, [])
        title = record_title(ctx, step.kind, ids[first.index]) \
            if first.index < len(ids) else ""
        reason = tr("nothing was undone: {n} of the {total} records may not be changed. "
                    "{record}: {reason}").format(
            n=format_number(len(exc.problems)), total=format_number(step.count),
            record=title or "?", reason=exc.message)
    show_error_message(parent, tr("Cannot undo: {reason}").format(reason=reason))


def record_title(ctx: AppContext, kind: str, record_id: str) -> str:
    """The record as a person knows it ("15/03/2024 — Hải Sơn — Hội nghị"); "" if gone."""
    from desktop.services.audit_text import AuditText
    from desktop.services.records import RecordService

    values = RecordService(ctx).rows_by_id(kind, [record_id]).get(record_id)
    return AuditText(ctx).record_title(kind, values) if values else ""
