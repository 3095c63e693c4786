"""The one place where an unexpected error meets the user: logged to the data folder's log
file, then a translated dialog. The program never just vanishes."""

from __future__ import annotations

import sys
import threading
import types

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.errors import PcmdError


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def show_error_message(parent: QWidget | None, message: str) -> None:
    """A problem the user can fix (bad input, stale record): one sentence, no traceback."""
    QMessageBox.warning(parent, _tr("PCMD"), message)


def show_unexpected_error(parent: QWidget | None, exc: BaseException) -> None:
    """Log `exc` with its traceback and tell the user, who can keep working."""
    if isinstance(exc, PcmdError):
        show_error_message(parent, exc.message)
        return
    from desktop.services.storage import explain  # a damaged file, a full or read-only disk

    known = explain(exc)
    if known is not None:
        show_error_message(parent, known.message)
        return
    from desktop.logging_setup import log_unexpected  # logging.handlers: not at start-up

    log = log_unexpected(exc)
    if QApplication.instance() is None:
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_tr("Unexpected error"))
    box.setText(_tr("Something went wrong ({error}). Your saved data is safe; the action "
                    "that failed was not completed.").format(error=type(exc).__name__))
    box.setInformativeText(_tr("Details were written to {log}.").format(log=log))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


class _Relay(QObject):
    """Carries exceptions from worker threads to the GUI thread."""

    raised = Signal(object)


_relay: _Relay | None = None


def _on_gui_thread(exc: BaseException) -> None:
    app = QApplication.instance()
    parent = app.activeWindow() if isinstance(app, QApplication) else None
    show_unexpected_error(parent, exc)


def _excepthook(exc_type: type[BaseException], exc: BaseException,
                tb: types.TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    if _relay is not None and threading.current_thread() is not threading.main_thread():
        _relay.raised.emit(exc)
    else:
        _on_gui_thread(exc)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        _excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def install_exception_hook() -> None:
    """Route uncaught exceptions (GUI thread and worker threads) to the error dialog."""
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.raised.connect(_on_gui_thread, Qt.ConnectionType.QueuedConnection)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook
