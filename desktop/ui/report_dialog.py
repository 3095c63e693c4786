"""The report's document details: number, "Kính gửi", extra "Nơi nhận" lines, the signer's
capacity and name, the preparer, and the certificate that signs the PDF. Remembered for the
next report (desktop.preferences; the command line uses them too). Passwords and PINs are
asked at signing time and never kept."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop import preferences
from desktop.reports.letterhead import CAPACITIES, Details, Issuer
from desktop.reports.signing import SignerSpec
from desktop.reports.ui_texts import ui_text

SIGNING_KEY = "report_signing"


def signing_choice() -> dict[str, str]:
    data = preferences.load().get(SIGNING_KEY)
    return {k: str(v) for k, v in data.items()} if isinstance(data, dict) else {}


class ReportDetailsDialog(QDialog):
    def __init__(self, details: Details, issuer: Issuer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issuer = issuer
        layout = QVBoxLayout(self)
        self.form_box = QGroupBox(self)
        form = QFormLayout(self.form_box)
        self.number = QLineEdit(details.number, self)
        self.to = QPlainTextEdit(details.to or issuer.to, self)
        self.to.setMaximumHeight(70)
        self.recipients = QPlainTextEdit("\n".join(details.recipients), self)
        self.recipients.setMaximumHeight(80)
        self.capacity = QComboBox(self)
        self.capacity.setEditable(True)
        for c in CAPACITIES:
            self.capacity.addItem(c.replace("\n", " / "))
        self.capacity.setEditText((details.capacity or issuer.capacity).replace("\n", " / "))
        self.signer = QLineEdit(details.signer, self)
        self.preparer = QLineEdit(details.preparer, self)
        self.labels = [QLabel(self) for _ in range(6)]
        for label, widget in zip(self.labels, (self.number, self.to, self.recipients,
                                               self.capacity, self.signer, self.preparer),
                                 strict=True):
            form.addRow(label, widget)
        layout.addWidget(self.form_box)

        self.sign_box = QGroupBox(self)
        sign = QVBoxLayout(self.sign_box)
        self.mode = QButtonGroup(self)
        self.no_sign, self.p12, self.token = (QRadioButton(self) for _ in range(3))
        choice = signing_choice()
        self.p12_path = QLineEdit(choice.get("pkcs12", ""), self)
        self.p12_browse = QPushButton(self)
        self.lib_path = QLineEdit(choice.get("pkcs11_lib", ""), self)
        self.lib_browse = QPushButton(self)
        self.token_label = QLineEdit(choice.get("token", ""), self)
        for i, button in enumerate((self.no_sign, self.p12, self.token)):
            self.mode.addButton(button, i)
        sign.addWidget(self.no_sign)
        sign.addWidget(self.p12)
        sign.addLayout(self._row(self.p12_path, self.p12_browse))
        sign.addWidget(self.token)
        sign.addLayout(self._row(self.lib_path, self.lib_browse))
        self.token_text = QLabel(self)
        sign.addLayout(self._row(self.token_text, self.token_label))
        {"pkcs12": self.p12, "pkcs11": self.token}.get(choice.get("mode", ""),
                                                        self.no_sign).setChecked(True)
        self.p12_browse.clicked.connect(self._browse_p12)
        self.lib_browse.clicked.connect(self._browse_lib)
        layout.addWidget(self.sign_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    @staticmethod
    def _row(*widgets: QWidget) -> QHBoxLayout:
        box = QHBoxLayout()
        for w in widgets:
            box.addWidget(w)
        return box

    def retranslate(self) -> None:
        self.setWindowTitle(ui_text("Document details"))
        self.form_box.setTitle(ui_text("Printed on the report"))
        for label, text in zip(self.labels, (
                ui_text("Number"), ui_text("To (one per line)"),
                ui_text("Other recipients (one per line)"), ui_text("Signer's capacity"),
                ui_text("Signer's name"), ui_text("Prepared by")), strict=True):
            label.setText(text)
        self.number.setPlaceholderText(ui_text("left blank for the clerk to fill in"))
        self.sign_box.setTitle(ui_text("Digital signature of the PDF"))
        self.no_sign.setText(ui_text("Do not sign"))
        self.p12.setText(ui_text("Sign with a certificate file (.p12, .pfx)"))
        self.token.setText(ui_text("Sign with a USB token (PKCS#11)"))
        self.p12_browse.setText(ui_text("Choose…"))
        self.lib_browse.setText(ui_text("Choose…"))
        self.lib_path.setPlaceholderText(ui_text("the token's PKCS#11 library (.dll)"))
        self.token_text.setText(ui_text("Token label:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _browse_p12(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, ui_text("Certificate file"), "",
                                              ui_text("Certificates (*.p12 *.pfx)"))
        if path:
            self.p12_path.setText(path)
            self.p12.setChecked(True)

    def _browse_lib(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, ui_text("PKCS#11 library"), "",
                                              ui_text("Libraries (*.dll *.so *.dylib)"))
        if path:
            self.lib_path.setText(path)
            self.token.setChecked(True)

    def details(self) -> Details:
        lines = [x.strip() for x in self.recipients.toPlainText().splitlines() if x.strip()]
        return Details(number=self.number.text().strip(), to=self.to.toPlainText().strip(),
                       recipients=lines, capacity=self.capacity.currentText().strip(),
                       signer=self.signer.text().strip(), preparer=self.preparer.text().strip())

    def accept(self) -> None:
        from desktop.reports.document import remember_details

        remember_details(self.details())
        mode = {0: "none", 1: "pkcs12", 2: "pkcs11"}[self.mode.checkedId()]
        preferences.save({SIGNING_KEY: {"mode": mode, "pkcs12": self.p12_path.text().strip(),
                                        "pkcs11_lib": self.lib_path.text().strip(),
                                        "token": self.token_label.text().strip()}})
        super().accept()


def ask_signer(parent: QWidget) -> SignerSpec | None | bool:
    """The remembered certificate with its password or PIN asked now; None: no signing;
    False: the user cancelled."""
    choice = signing_choice()
    mode = choice.get("mode", "none")
    if mode == "pkcs12" and choice.get("pkcs12"):
        password, ok = QInputDialog.getText(
            parent, ui_text("Digital signature"),
            ui_text("Password of the certificate {file}:").format(file=choice["pkcs12"]),
            QLineEdit.EchoMode.Password)
        return SignerSpec(pkcs12=choice["pkcs12"], password=password) if ok else False
    if mode == "pkcs11" and choice.get("pkcs11_lib"):
        pin, ok = QInputDialog.getText(parent, ui_text("Digital signature"),
                                       ui_text("PIN of the token:"), QLineEdit.EchoMode.Password)
        return SignerSpec(pkcs11_lib=choice["pkcs11_lib"], token=choice.get("token") or None,
                          pin=pin) if ok else False
    return None
