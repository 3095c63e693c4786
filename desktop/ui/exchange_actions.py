"""File menu actions of the Excel exchange: export, blank template, import (with preview),
and the completeness view. Long work runs in the main window's TaskRunner."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from desktop.domain.text import fold
from desktop.errors import PcmdError
from desktop.exchange import formats
from desktop.exchange.batch import checked_plan, expand_paths, save_rejects
from desktop.exchange.importer import NeedUnit, Plan, apply_plan
from desktop.exchange.safety import NeedPassword
from desktop.output_file import check_writable
from desktop.services.progress import Progress
from desktop.ui.widgets import format_number


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pick_unit_code(text: str, labels: dict[str, str]) -> str | None:
    """The code meant by what was chosen or typed: a listed label; a code, taken as typed (a
    part of a code never picks a unit, so "30" cannot become 308); or a part of exactly one
    unit's name (accents and case ignored). Anything else goes to the importer as typed, which
    refuses an unknown code."""
    if not text:
        return None
    if text in labels:
        return labels[text]
    first = text.split(" ")[0]
    if first.isdigit():
        return first
    wanted = fold(text)
    found = {code for label, code in labels.items()
             if wanted in fold(label.split(" — ", 1)[-1])}
    return found.pop() if len(found) == 1 else first


class ExportDialog(QDialog):
    def __init__(self, parent: Any, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export exchange workbook"))
        form = QFormLayout(self)
        self.date_from = QDateEdit(_qdate(date(today.year, 1, 1)))
        self.date_to = QDateEdit(_qdate(today))
        for w in (self.date_from, self.date_to):
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd/MM/yyyy")
        self.redact = QCheckBox(self.tr("Leave personal data out (names, phone numbers)"))
        self.protect = QCheckBox(self.tr("Protect with a password (when the workbook holds "
                                         "personal data and goes by email)"))
        self.password = QLineEdit()
        self.confirm = QLineEdit()
        for w in (self.password, self.confirm):
            w.setEchoMode(QLineEdit.EchoMode.Password)
            w.setEnabled(False)
        self.protect.toggled.connect(self.password.setEnabled)
        self.protect.toggled.connect(self.confirm.setEnabled)
        hint = QLabel(self.tr("Give the password to the receiving office by telephone or in "
                              "person, never in the same email. Excel, LibreOffice and WPS ask "
                              "for it when they open the file."))
        hint.setWordWrap(True)
        form.addRow(self.tr("From:"), self.date_from)
        form.addRow(self.tr("To:"), self.date_to)
        form.addRow("", self.redact)
        form.addRow("", self.protect)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Password again:"), self.confirm)
        form.addRow("", hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def period(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]

    def chosen_password(self) -> str | None:
        return self.password.text() if self.protect.isChecked() else None

    def accept(self) -> None:
        if self.protect.isChecked():
            problem = ""
            if not self.password.text():
                problem = self.tr("Type the password.")
            elif self.password.text() != self.confirm.text():
                problem = self.tr("The two passwords differ; type the same password twice.")
            if problem:
                QMessageBox.warning(self, self.windowTitle(), problem)
                return
        super().accept()


class ExchangeActions(QObject):
    def __init__(self, main_window: Any) -> None:
        super().__init__(main_window)
        self.window = main_window
        self.ctx = main_window.ctx
        self.last_dialog: QDialog | None = None

    # ---- export --------------------------------------------------------------------------
    def export_workbook(self) -> None:
        from desktop.exchange.exporter import export_workbook

        dialog = ExportDialog(self.window, self.ctx.today())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        start, end = dialog.period()
        home = self.ctx.home_unit()
        name = f"pcmd-{home.code if home else ''}-{start:%Y%m%d}-{end:%Y%m%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export exchange workbook"),
                                              name, self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        redact = dialog.redact.isChecked()
        password = dialog.chosen_password()
        self.window.runner.run(
            self.tr("Exporting…"),
            lambda p: export_workbook(self.ctx, Path(path), start, end, redact=redact,
                                      progress=p, password=password),
            lambda r: QMessageBox.information(self.window, self.tr("Export"), self.tr(
                "{n} rows written to {path}.").format(n=format_number(sum(r.counts.values())),
                                                 path=r.path)))

    def blank_template(self) -> None:
        from desktop.exchange.template import write_template

        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Blank template"),
                                              "mau-trao-doi-pcmd.xlsx",
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.window.runner.run(
                self.tr("Writing the template…"), lambda _p: write_template(self.ctx, Path(path)),
                lambda r: QMessageBox.information(self.window, self.tr("Blank template"),
                                                  self.tr("Template written: {path}").format(
                                                      path=r)))

    # ---- import --------------------------------------------------------------------------
    def import_files(self, paths: list[str]) -> None:
        try:
            files = expand_paths([Path(p) for p in paths])
        except PcmdError as exc:
            QMessageBox.warning(self.window, self.tr("Import"), exc.message)
            return
        self._plan(files, {}, {})

    def _plan(self, files: list[Path], units: dict[Path, str],
              passwords: dict[Path, str]) -> None:
        """Check the files; a file that names no sending unit, or is protected by a password,
        stops the round to ask for it, then every file is checked again."""
        Need = tuple[str, Path, bool] | None  # a local type alias

        def work(progress: Progress) -> tuple[list[Plan], list[str], Need]:
            plans, refused = [], []
            for path in files:
                try:
                    plans.append(checked_plan(self.ctx, path, unit_code=units.get(path),
                                              progress=progress,
                                              password=passwords.get(path)))
                except NeedUnit:
                    return plans, refused, ("unit", path, False)
                except NeedPassword as exc:
                    return plans, refused, ("password", path, exc.wrong)
                except PcmdError as exc:
                    refused.append(exc.message)
            return plans, refused, None

        def done(result: tuple[list[Plan], list[str], Need]) -> None:
            plans, refused, need = result
            if need is not None:
                kind, path, wrong = need
                if kind == "unit":
                    code = self.ask_sending_unit(path)
                    if code:
                        units[path] = code
                        self._plan(files, units, passwords)
                    return
                password = self.ask_password(path, wrong)
                if password:
                    passwords[path] = password
                    self._plan(files, units, passwords)
                return
            if refused:
                QMessageBox.warning(self.window, self.tr("Import"), "\n".join(refused))
            if plans:
                self.preview(plans)

        self.window.runner.run(self.tr("Checking workbooks…"), work, done)

    def ask_password(self, path: Path, wrong: bool) -> str | None:
        """The password of a protected workbook, typed hidden; None when cancelled."""
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Password-protected workbook"))
        text = (self.tr("The password for {file} is wrong. Type it again:") if wrong
                else self.tr("{file} is protected by a password. Type the password:"))
        dialog.setLabelText(text.format(file=path.name))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.textValue():
            return None
        return dialog.textValue()

    def ask_sending_unit(self, path: Path) -> str | None:
        """The unit code for a workbook that names none: picked from the units under this
        office (type-ahead on code or name) or typed. Nothing is preselected, so that a
        hurried Enter cannot file the data under the wrong unit."""
        home = self.ctx.home_unit()
        units = self.ctx.units.senders(home, self.ctx.today()) if home else []
        labels = {f"{u.code} — {u.name}": u.code for u in units}
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Sending unit"))
        dialog.setLabelText(self.tr("{file} does not say which unit sent it.\nChoose the "
                                    "sending unit, or type its code:").format(file=path.name))
        dialog.setComboBoxItems(list(labels))
        dialog.setComboBoxEditable(True)
        combo = dialog.findChild(QComboBox)
        if combo is not None:
            combo.setCurrentIndex(-1)
            widest = max((combo.fontMetrics().horizontalAdvance(t) for t in labels), default=0)
            combo.setMinimumWidth(min(widest + 48, 560))  # every name shows whole
            combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
            combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return pick_unit_code(" ".join(dialog.textValue().split()), labels)

    def preview(self, plans: list[Plan]) -> None:
        from desktop.ui.exchange_preview import ExchangePreviewDialog

        dialog = ExchangePreviewDialog(plans, self.window)
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        rejects: Path | None = None
        if dialog.choice == "valid":
            path, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Save the rejected rows"), "dong-bi-tu-choi.xlsx",
                self.tr("Excel workbooks (*.xlsx)"))
            if not path:  # cancelled: nothing is imported either
                return
            try:
                rejects = formats.xlsx_out(Path(path))  # a name typed without .xlsx gets it
                check_writable(rejects)  # before the import, so both happen or neither
            except PcmdError as exc:
                QMessageBox.warning(self.window, self.tr("Import"), exc.message)
                return
        self.apply(plans, dialog.choice == "valid", rejects)

    def apply(self, plans: list[Plan], accept_valid: bool, rejects: Path | None) -> None:
        def work(progress: Progress) -> tuple[list[str], str]:
            outcomes = [apply_plan(self.ctx, p, accept_valid=accept_valid, progress=progress)
                        for p in plans]
            problem = ""
            if rejects is not None and any(p.errors for p in plans):
                problem = save_rejects(plans, rejects)
            return outcomes, problem

        def done(result: tuple[list[str], str]) -> None:
            outcomes, problem = result
            self.window.refresh_all()
            ok = sum(1 for o in outcomes if o in ("ok", "partial"))
            text = self.tr("{ok} of {n} workbook(s) imported.").format(
                ok=format_number(ok), n=format_number(len(outcomes)))
            if problem:
                text += "\n" + self.tr("The rejected rows were not saved. {problem}").format(
                    problem=problem)
                QMessageBox.warning(self.window, self.tr("Import"), text)
                return
            if rejects is not None:
                text += "\n" + self.tr("Rejected rows saved to {path}.").format(path=rejects)
            QMessageBox.information(self.window, self.tr("Import"), text)

        self.window.runner.run(self.tr("Importing…"), work, done)

    # ---- completeness --------------------------------------------------------------------
    def completeness_view(self) -> None:
        from desktop.ui.exchange_completeness import CompletenessDialog

        dialog = CompletenessDialog(self.ctx, self.window)
        self.last_dialog = dialog
        dialog.exec()
