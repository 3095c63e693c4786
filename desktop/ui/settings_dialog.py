"""Settings: home unit, language, data folder, backups and the names printed on reports."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import preferences
from desktop.errors import PcmdError
from desktop.i18n import current_language
from desktop.paths import backup_dir, data_dir
from desktop.services import policy, settings, setup
from desktop.services.context import AppContext
from desktop.ui.first_start import fill_unit_combo
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import ID_ROLE


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.home_changed = False
        layout = QVBoxLayout(self)
        self.general = QGroupBox(self)
        form = QFormLayout(self.general)
        self.home_label, self.lang_label = QLabel(self), QLabel(self)
        self.home_combo = QComboBox(self)
        fill_unit_combo(self.home_combo, ctx.units, ctx.today())
        home = ctx.home_unit()
        if home is not None:
            self._show_home(home)
        form.addRow(self.home_label, self.home_combo)
        # the home unit is the administrator's (desktop.services.policy.check_setting)
        self.home_combo.setEnabled(policy.can(policy.refresh_user(ctx), "admin"))
        self.lang_combo = QComboBox(self)
        self.lang_combo.addItem("Tiếng Việt", "vi")
        self.lang_combo.addItem("English", "en")
        self.lang_combo.setCurrentIndex(self.lang_combo.findData(current_language()))
        form.addRow(self.lang_label, self.lang_combo)
        layout.addWidget(self.general)

        self.files = QGroupBox(self)
        files = QFormLayout(self.files)
        self.data_label, self.db_label, self.backup_label = QLabel(self), QLabel(self), QLabel(self)
        self.data_open, self.backup_open = QPushButton(self), QPushButton(self)
        self.backup_now = QPushButton(self)
        files.addRow(self.data_label, self._path_row(str(data_dir()), self.data_open))
        db_path = QLineEdit(ctx.db.display_name, self)
        db_path.setReadOnly(True)
        files.addRow(self.db_label, db_path)
        row = self._path_row(str(backup_dir()), self.backup_open)
        row.layout().addWidget(self.backup_now)
        files.addRow(self.backup_label, row)
        self.data_open.clicked.connect(lambda: self._open_folder(data_dir()))
        self.backup_open.clicked.connect(lambda: self._open_folder(backup_dir()))
        self.backup_now.clicked.connect(self._backup)
        layout.addWidget(self.files)

        self.report = QGroupBox(self)
        report = QFormLayout(self.report)
        values = settings.get_many(ctx.db, settings.REPORT_KEYS)
        self.report_edits: dict[str, QLineEdit] = {}
        self.report_labels: dict[str, QLabel] = {}
        for key in settings.REPORT_KEYS:
            edit = QLineEdit(values.get(key, ""), self)
            edit.setObjectName(key)
            self.report_edits[key] = edit
            self.report_labels[key] = QLabel(self)
            report.addRow(self.report_labels[key], edit)
        self._letterhead_placeholders()
        layout.addWidget(self.report)
        self.deadlines = QGroupBox(self)
        dl = QFormLayout(self.deadlines)
        saved = settings.get_many(ctx.db, settings.DEADLINE_KEYS)
        self.deadline_edits: dict[str, QLineEdit] = {}
        self.deadline_labels: dict[str, QLabel] = {}
        for key, default in zip(settings.DEADLINE_KEYS, ("5", "15/12"), strict=True):
            edit = QLineEdit(saved.get(key, ""), self)
            edit.setObjectName(key)
            edit.setPlaceholderText(default)
            self.deadline_edits[key] = edit
            self.deadline_labels[key] = QLabel(self)
            dl.addRow(self.deadline_labels[key], edit)
        layout.addWidget(self.deadlines)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.retranslateUi()

    def _show_home(self, home) -> None:  # UnitInfo
        """Select the home unit; one that is not a unit of today (a district closed in 2025)
        is listed first, marked with its end date, so Settings never shows it empty."""
        index = self.home_combo.findData(home.code, ID_ROLE)
        if index < 0:
            from desktop.ui.widgets import fold_item

            label = f"{home.name} ({home.code})"
            if home.valid_to is not None:
                label += " – " + self.tr("until {date}").format(
                    date=home.valid_to.strftime("%d/%m/%Y"))
            self.home_combo.model().insertRow(0, fold_item(label, home.code))
            index = 0
        self.home_combo.setCurrentIndex(index)

    def _letterhead_placeholders(self) -> None:
        """An empty letterhead field prints the default shown in grey."""
        from desktop.reports.letterhead import default_issuer

        office = self.ctx.home_unit()
        if office is None:
            return
        today = self.ctx.today()
        d = default_issuer(self.ctx.units, office, today)
        for key, text in (("agency_parent", d.parent), ("agency_name", d.agency),
                          ("agency_abbr", d.abbr), ("place", d.place),
                          ("signer_title", d.capacity.replace("\n", " / "))):
            self.report_edits[key].setPlaceholderText(text)

    def _path_row(self, path: str, button: QPushButton) -> QWidget:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(path, row)
        edit.setReadOnly(True)
        box.addWidget(edit, 1)
        box.addWidget(button)
        return row

    def retranslateUi(self) -> None:  # Qt naming
        self.setWindowTitle(self.tr("Settings"))
        self.general.setTitle(self.tr("General"))
        self.home_label.setText(self.tr("Home unit"))
        self.lang_label.setText(self.tr("Language"))
        self.files.setTitle(self.tr("Data and backups"))
        self.data_label.setText(self.tr("Data folder"))
        self.db_label.setText(self.tr("Database"))
        self.backup_label.setText(self.tr("Backups"))
        self.data_open.setText(self.tr("Open"))
        self.backup_open.setText(self.tr("Open"))
        self.backup_now.setText(self.tr("Back up now"))
        self.report.setTitle(self.tr("Names printed on reports"))
        texts = {
            "agency_parent": self.tr("Parent agency"),
            "agency_name": self.tr("Agency"),
            "agency_abbr": self.tr("Abbreviation (No.: …/BC-…)"),
            "place": self.tr("Place (for the date line)"),
            "preparer": self.tr("Prepared by"),
            "signer_title": self.tr("Signer's title"),
            "signer_name": self.tr("Signer's name"),
        }
        for key, text in texts.items():
            self.report_labels[key].setText(text)
        self.deadlines.setTitle(self.tr("Reporting deadlines"))
        self.deadline_labels["deadline_month_day"].setText(
            self.tr("Monthly figures due by day (of the next month)"))
        self.deadline_labels["deadline_year_end"].setText(
            self.tr("Year-end report due by (day/month)"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _open_folder(self, path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _backup(self) -> None:
        from desktop.services import maintenance

        target = backup_dir() / f"pcmd-{datetime.now():%Y%m%d-%H%M%S}.sqlite"
        self.backup_now.setEnabled(False)

        def done(path: object) -> None:
            self.backup_now.setEnabled(True)
            self.status.setText(self.tr("Backup written: {path}").format(path=path))

        def failed(exc: BaseException) -> None:
            self.backup_now.setEnabled(True)
            message = exc.message if isinstance(exc, PcmdError) else type(exc).__name__
            self.status.setText(self.tr("The backup failed: {error}").format(error=message))

        self.runner.run(self.tr("Backing up…"),
                        lambda _p: maintenance.backup(self.ctx.db, target, ctx=self.ctx),
                        done, failed)

    def _deadline_problem(self) -> str:
        from desktop.exchange.completeness import parse_deadlines

        day = self.deadline_edits["deadline_month_day"].text().strip()
        year_end = self.deadline_edits["deadline_year_end"].text().strip()
        parsed = parse_deadlines(day or "5", year_end or "15/12")
        if day and str(parsed.month_day) != day.lstrip("0"):
            return self.tr("Monthly figures due by day: write a day from 1 to 28.")
        if year_end and f"{parsed.year_end[0]}/{parsed.year_end[1]}" != "/".join(
                x.strip().lstrip("0") for x in year_end.split("/")[:2]):
            return self.tr("Year-end report due by: write a day and month such as 15/12.")
        return ""

    def accept(self) -> None:
        problem = self._deadline_problem()
        if problem:
            self.status.setText(problem)
            return
        values = {k: e.text().strip() for k, e in self.report_edits.items()}
        values.update({k: e.text().strip() for k, e in self.deadline_edits.items()})
        code = self.home_combo.currentData(ID_ROLE)
        home = self.ctx.home_unit()
        try:  # through the change policy: audited, and refused to a role that may not
            settings.put(self.ctx, values)
            if code and (home is None or home.code != code):
                setup.choose_home_unit(self.ctx, str(code), today=self.ctx.today())
                self.home_changed = True
        except PcmdError as exc:
            self.status.setText(exc.message)
            return
        if self.home_changed:
            self.ctx.reload_units()
        lang = str(self.lang_combo.currentData())
        super().accept()
        if lang != current_language():
            from desktop.ui.translation import install_translators

            preferences.save({"language": lang})
            install_translators(QApplication.instance(), lang)
