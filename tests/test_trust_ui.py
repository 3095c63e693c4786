"""The Administration menu, sign-in, month-lock dialog and audit viewer, driven offscreen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop.services import audit_view, auth, locks
from desktop.services.context import AppContext
from desktop.services.records import RecordService
from desktop.services.session_user import set_user
from desktop.ui.audit_viewer import AuditTableModel, AuditViewer
from desktop.ui.trust_locks import MonthLockDialog
from desktop.ui.trust_menu import install_trust_menu
from desktop.ui.trust_signin import SignInDialog


class Window(QMainWindow):
    """Stands in for MainWindow: the menu needs .ctx, .menuBar() and .refresh_all()."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.refreshed = 0

    def refresh_all(self) -> None:
        self.refreshed += 1


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def box(_parent: object, _title: str, text: str, *a: object) -> QMessageBox.StandardButton:
        said.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, box)
    return said


def _people(ctx: AppContext) -> None:
    home = ctx.home_unit()
    assert home is not None
    auth.create_user(ctx, "admin", "admin-secret", "admin", home.id)
    set_user(ctx, auth.authenticate(ctx.db, "admin", "admin-secret"))
    auth.create_user(ctx, "lan", "manager-pw", "manager", home.id, "Lan")
    auth.create_user(ctx, "binh", "staff-pw-1", "staff", home.id, "Bình")


def test_staff_menu_disables_and_refuses_unlock(qtbot, ctx: AppContext, messages) -> None:
    _people(ctx)
    locks.lock_month(ctx, ctx.home_unit().id, date(2024, 3, 1))  # type: ignore[union-attr]
    set_user(ctx, auth.authenticate(ctx.db, "binh", "staff-pw-1"))
    window = Window(ctx)
    qtbot.addWidget(window)
    install_trust_menu(window)
    menu = window.trust_menu  # type: ignore[attr-defined]
    assert menu.menu.title().replace("&", "") == "Administration"
    enabled = {name: a.isEnabled() for name, a in menu.actions.items()}
    assert enabled == {"users": False, "lock": False, "unlock": False, "audit": False,
                       "backup": False, "restore": False}
    menu.actions["unlock"].trigger()  # disabled: nothing happens
    assert messages == []
    menu.unlock_month()  # even if reached another way, it is refused with a message
    assert messages and "does not allow" in messages[0]
    with ctx.db.read_session() as session:
        assert locks.is_locked(session, ctx.home_unit().id, date(2024, 3, 1))  # type: ignore[union-attr]

    set_user(ctx, auth.authenticate(ctx.db, "lan", "manager-pw"))
    menu.update_enabled()
    assert menu.actions["unlock"].isEnabled() and not menu.actions["users"].isEnabled()


def test_single_user_pc_enables_everything(qtbot, ctx: AppContext) -> None:
    window = Window(ctx)
    qtbot.addWidget(window)
    install_trust_menu(window)
    assert all(a.isEnabled() for a in window.trust_menu.actions.values())  # type: ignore[attr-defined]


def test_month_lock_dialog(qtbot, ctx: AppContext, messages) -> None:
    _people(ctx)
    set_user(ctx, auth.authenticate(ctx.db, "lan", "manager-pw"))
    home = ctx.home_unit()
    assert home is not None
    dialog = MonthLockDialog(ctx, unlock=False)
    qtbot.addWidget(dialog)
    dialog.month.setDate(dialog.month.date().fromString("03/2024", "MM/yyyy"))
    assert dialog.chosen_month() == date(2024, 3, 1)
    assert dialog.apply()
    assert messages[0].startswith("Lock 03/2024 of 308 Quận Đồ Sơn? Nobody can then change")
    assert messages[1] == "03/2024 of 308 Quận Đồ Sơn is locked: 0 records can no longer be " \
                          "changed."
    with pytest.raises(Exception, match="03/2024 was locked"):
        RecordService(ctx).create("media", {"date": date(2024, 3, 9), "kind": "tin",
                                            "quantity": 1})
    undo = MonthLockDialog(ctx, unlock=True)
    qtbot.addWidget(undo)
    assert "03/2024" in undo.locked.text()
    undo.month.setDate(dialog.month.date())
    assert not undo.apply()
    assert "reason" in undo.message.text()
    undo.reason.setText("figures corrected")
    assert undo.apply()
    with ctx.db.read_session() as session:
        assert not locks.is_locked(session, home.id, date(2024, 3, 1))


def test_sign_in_dialog(qtbot, ctx: AppContext) -> None:
    _people(ctx)
    dialog = SignInDialog(ctx.db)
    qtbot.addWidget(dialog)
    dialog.username.setText("binh")
    dialog.password.setText("wrong-one")
    assert not dialog.try_sign_in()
    assert "wrong" in dialog.message.text() and dialog.password.text() == ""
    dialog.password.setText("staff-pw-1")
    assert dialog.try_sign_in()
    assert dialog.user is not None and dialog.user.role == "staff"


def test_audit_viewer_filters_and_exports(qtbot, qtmodeltester, ctx: AppContext,
                                          tmp_path: Path) -> None:
    service = RecordService(ctx)
    for i in range(230):
        service.create("media", {"date": date(2024, 5, 1 + i % 28), "kind": "tin",
                                 "quantity": i + 1})
    locks.lock_month(ctx, ctx.home_unit().id, date(2024, 4, 1), "April signed off")  # type: ignore[union-attr]
    model = AuditTableModel(ctx.db)
    qtmodeltester.check(model)
    assert model.rowCount() == audit_view.count_audit(ctx.db) >= 232  # and the set-up's
    assert model.data(model.index(230, 1)) == "tester"  # a row past the first page
    viewer = AuditViewer(ctx.db)
    qtbot.addWidget(viewer)
    viewer.record_type.setCurrentIndex(viewer.record_type.findData("month"))
    viewer.apply_filters()
    assert viewer.model.rowCount() == 1
    assert "April signed off" in viewer.model.data(viewer.model.index(0, 6))
    assert viewer.model.data(viewer.model.index(0, 2)) == "locked"
    out = tmp_path / "audit.xlsx"
    assert viewer.export_to(str(out)) == 1
    sheet = openpyxl.load_workbook(out).active
    assert sheet.max_row == 2 and sheet.cell(2, 3).value == "lock"


def test_restore_from_the_menu_reopens_the_data(qtbot, ctx: AppContext, tmp_path: Path,
                                                messages) -> None:
    service = RecordService(ctx)
    kept = service.create("media", {"date": date(2024, 5, 1), "kind": "tin", "quantity": 1})
    window = Window(ctx)
    qtbot.addWidget(window)
    install_trust_menu(window)
    menu = window.trust_menu  # type: ignore[attr-defined]
    backup = tmp_path / "b.sqlite"
    menu.backup_to(backup)
    assert backup.exists() and "Backup saved" in messages[-1]
    later = service.create("media", {"date": date(2024, 5, 2), "kind": "tin", "quantity": 2})
    from desktop.ui.undo import UndoStep, undo_stack

    undo_stack().push(UndoStep("media", "save", created={later: None}))
    assert menu.restore_from(backup)
    assert window.refreshed == 1
    assert undo_stack().last() is None  # Ctrl+Z would act on the replaced data
    assert service.get("media", kept)["quantity"] == 1
    with pytest.raises(Exception, match="no longer exists"):
        service.get("media", later)
    assert "previous data were kept" in messages[-1]


def test_staff_see_no_settings_catalogues_users_backup_or_restore(qtbot, ctx: AppContext,
                                                                  messages) -> None:
    from desktop.ui.main_window import MainWindow

    _people(ctx)
    set_user(ctx, auth.authenticate(ctx.db, "binh", "staff-pw-1"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    menu = window.trust_menu  # type: ignore[attr-defined]
    window.menu_file.aboutToShow.emit()
    hidden = [window.act_settings, window.act_catalogues, window.act_backup,
              *menu.actions.values()]
    assert not any(a.isVisible() or a.isEnabled() for a in hidden)
    assert not menu.menu.menuAction().isVisible()
    window.act_settings.setEnabled(True)  # even when reached another way
    window.act_settings.trigger()
    assert messages and "does not allow" in messages[-1]
    # the administrator makes Bình a manager on another PC: his next look at a menu shows it
    admin = AppContext(ctx.db, user_name="other")
    set_user(admin, auth.authenticate(ctx.db, "admin", "admin-secret"))
    binh = next(u for u in auth.list_users(ctx.db) if u.username == "binh")
    auth.update_user(admin, binh.id, role="manager")
    window.menu_tools.aboutToShow.emit()
    assert window.act_settings.isVisible() and window.act_backup.isVisible()
    assert menu.actions["lock"].isVisible() and not menu.actions["users"].isVisible()
    assert not window.act_catalogues.isVisible()


def test_the_audit_export_can_leave_out_personal_data(qtbot, ctx: AppContext,
                                                      tmp_path: Path) -> None:
    service = RecordService(ctx)
    service.create("officers", {"officer_code": "CB1", "full_name": "Nguyễn Thị Hoa",
                                "position": "Cán bộ"})
    viewer = AuditViewer(ctx.db)
    qtbot.addWidget(viewer)
    plain, hidden = tmp_path / "plain.xlsx", tmp_path / "hidden.xlsx"
    viewer.export_to(str(plain))
    viewer.redact.setChecked(True)
    viewer.export_to(str(hidden))

    def texts(path: Path) -> str:
        sheet = openpyxl.load_workbook(path).active
        return " ".join(str(c.value) for row in sheet.iter_rows() for c in row)

    assert "Nguyễn Thị Hoa" in texts(plain)
    assert "Nguyễn Thị Hoa" not in texts(hidden) and "full_name:  → ***" in texts(hidden)
    assert "CB1" in texts(hidden) and "Cán bộ" in texts(hidden)
