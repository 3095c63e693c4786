"""Background work for the GUI: run a service call in a worker thread with progress/cancel.

``TaskRunner(parent).run(title, work, on_done, on_error=None)`` runs ``work(progress)`` in the
QThreadPool. A QProgressDialog appears only when the work takes longer than SHOW_AFTER_MS;
its Cancel makes the next ``progress.update()`` raise ``Cancelled``. ``on_done`` / ``on_error``
are called back on the GUI thread. Work functions open their own short sessions.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from desktop.errors import PcmdError
from desktop.services.progress import Cancelled, Progress
from desktop.ui.errors import show_error_message, show_unexpected_error

T = TypeVar("T")
SHOW_AFTER_MS = 400
# rows a grid saves, or an undo takes back, off the window's thread (above ~1 s of work)
BACKGROUND_ROWS = 200
POLL_MS = 100


class TaskProgress:
    """Thread-safe progress: the worker writes, the GUI polls; cancel() stops the work."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.done = 0
        self.total = 0
        self.text = ""
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def update(self, done: int, total: int, text: str = "") -> None:
        if self._cancelled.is_set():
            raise Cancelled()
        with self._lock:
            self.done, self.total, self.text = done, total, text

    def snapshot(self) -> tuple[int, int, str]:
        with self._lock:
            return self.done, self.total, self.text


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: TaskProgress,
                 signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.work = work
        self.progress = progress
        self.signals = signals

    def run(self) -> None:
        try:
            try:
                result = self.work(self.progress)
            except BaseException as exc:  # handed to the GUI thread
                self.signals.failed.emit(exc)
            else:
                self.signals.finished.emit(result)
        except RuntimeError:
            pass  # the window closed meanwhile: nobody waits for the result any more


class Task(QObject):
    """One running piece of work and its (delayed) progress dialog."""

    def __init__(self, runner: TaskRunner, title: str, work: Callable[[Progress], T],
                 on_done: Callable[[T], None],
                 on_error: Callable[[BaseException], None] | None) -> None:
        super().__init__(runner)
        self.runner = runner
        self.title = title
        self.on_done = on_done
        self.on_error = on_error
        self.progress = TaskProgress()
        self.dialog: QProgressDialog | None = None
        self.bar = QProgressBar()  # replaced by the dialog's own when it is shown
        self.signals = _Signals()
        self.signals.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.shown_after = QTimer(self)
        self.shown_after.setSingleShot(True)
        self.shown_after.timeout.connect(self._show_dialog)
        self.job = _Job(work, self.progress, self.signals)

    def start(self, quiet: bool = False) -> None:
        if not quiet:
            self.shown_after.start(SHOW_AFTER_MS)
        self.runner.pool.start(self.job)

    def cancel(self) -> None:
        self.progress.cancel()

    def _show_dialog(self) -> None:
        parent = self.runner.parent_widget
        dialog = QProgressDialog(self.title, self.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance("x") * 50)  # room for
        # the texts the work reports as it goes ("Undoing: 1.150 of 3.000 records…")
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        # the bar is moved directly: a modal QProgressDialog.setValue() runs the event loop,
        # where the work's end closed and deleted the dialog (and this task) under its own
        # setValue call, which then crashed the program
        self.bar = QProgressBar(dialog)
        self.bar.setRange(0, 0)
        dialog.setBar(self.bar)
        dialog.canceled.connect(self._cancel_clicked)
        dialog.show()
        self.dialog = dialog
        self.timer.start()

    def _cancel_clicked(self) -> None:
        self.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def _poll(self) -> None:
        if self.dialog is None:
            return
        done, total, text = self.progress.snapshot()
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))  # no event loop here (see _show_dialog)
        if text and not self.progress.cancelled:
            self.dialog.setLabelText(text)

    def _close(self) -> None:
        self.shown_after.stop()
        self.timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._cancel_clicked)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.runner._forget(self)

    def _finished(self, result: object) -> None:
        self._close()
        try:
            self.on_done(result)
        except Exception as exc:  # the callback's own error
            show_unexpected_error(self.runner.parent_widget, exc)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        if self.on_error is not None:
            self.on_error(exc)
        elif isinstance(exc, Cancelled):
            return
        elif isinstance(exc, PcmdError):
            show_error_message(self.runner.parent_widget, exc.message)
        else:
            show_unexpected_error(self.runner.parent_widget, exc)


class TaskRunner(QObject):
    """Runs work in the background for one window (see the module docstring)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.pool = QThreadPool.globalInstance()
        self.tasks: list[Task] = []

    def run(self, title: str, work: Callable[[Progress], T], on_done: Callable[[T], None],
            on_error: Callable[[BaseException], None] | None = None, *,
            quiet: bool = False) -> Task:
        """`quiet`: no progress dialog (a list loading its rows says so in its own title)."""
        task = Task(self, title, work, on_done, on_error)
        self.tasks.append(task)
        task.start(quiet)
        return task

    def busy(self) -> bool:
        return bool(self.tasks)

    def cancel_all(self) -> None:
        for task in self.tasks:
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the worker threads (used when the window closes)."""
        return self.pool.waitForDone(msecs)

    def _forget(self, task: Task) -> None:
        if task in self.tasks:
            self.tasks.remove(task)
        task.deleteLater()
