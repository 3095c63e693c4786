"""Password-protected workbooks: Excel's "Encrypt with Password" (ECMA-376 Agile encryption,
AES-256), which Excel, LibreOffice and WPS open with the password. msoffcrypto-tool does the
cryptography; this module turns its outcomes into sentences, reads the password for the
command line, and never logs or stores the password.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from desktop.errors import UsageError
from desktop.i18n import translate
from desktop.output_file import read_reason

PASSWORD_ENV = "PCMD_WORKBOOK_PASSWORD"


def tr(text: str) -> str:
    return translate("ExchangeSafety", text)


def decrypt(data: bytes, password: str, name: str) -> bytes:
    """The .xlsx inside an encrypted workbook. Raises NeedPassword for a wrong password,
    UsageError for anything else that prevents decrypting."""
    import msoffcrypto
    from msoffcrypto import exceptions

    from desktop.exchange.safety import NeedPassword

    try:
        for candidate in spellings(password):
            office = msoffcrypto.OfficeFile(io.BytesIO(data))
            office.load_key(password=candidate)
            out = io.BytesIO()
            try:
                try:
                    office.decrypt(out, verify_integrity=True)
                except TypeError:  # formats whose decrypt() has no integrity check
                    out = io.BytesIO()
                    office.decrypt(out)
            except exceptions.InvalidKeyError:
                continue
            return out.getvalue()
        raise NeedPassword(tr("The password for {file} is wrong.").format(file=name),
                           wrong=True)
    except (exceptions.DecryptionError, exceptions.FileFormatError, exceptions.EncryptionError,
            ValueError, KeyError, IndexError, OSError, EOFError, RuntimeError,
            AssertionError, TypeError, AttributeError, exceptions.ParseError):
        raise UsageError(tr("{file} is encrypted in a way PCMD cannot open; save it without "
                            "a password, or with Excel's “Encrypt with Password”.").format(
                                file=name)) from None


def spellings(password: str) -> list[str]:
    """The password as given, then in the other Unicode form of its Vietnamese letters: a
    keyboard program may type "ậ" as one character or as a + ̣ + ̂ (Unikey's "Unicode tổ hợp"),
    and the encryption sees different bytes where the user sees the same password."""
    import unicodedata

    out = [password]
    for form in ("NFC", "NFD"):
        other = unicodedata.normalize(form, password)
        if other not in out:
            out.append(other)
    return out


def encrypt_in_place(path: Path, password: str) -> None:
    """Replace the workbook at `path` by itself encrypted with `password` (Agile, AES-256)."""
    import msoffcrypto

    plain = path.read_bytes()
    out = io.BytesIO()
    msoffcrypto.OfficeFile(io.BytesIO(plain)).encrypt(password, out)
    # msoffcrypto writes unreadable files for very small workbooks: never hand one out
    try:
        same = decrypt(out.getvalue(), password, path.name) == plain
    except UsageError:
        same = False
    if not same:
        raise UsageError(tr("{file} could not be protected with the password; try again "
                            "without it.").format(file=path.name))
    path.write_bytes(out.getvalue())


def read_password_file(path: Path) -> str:
    """The password in the first line of `path` (the line end removed, nothing else)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UsageError(tr("Cannot read the password file {path}: {reason}.").format(
            path=path, reason=read_reason(exc))) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(tr("The password file {path} is not UTF-8 text.").format(
            path=path)) from None
    password = text.splitlines()[0] if text else ""
    if not password:
        raise UsageError(tr("The password file {path} is empty.").format(path=path))
    return password


def password_from(file: str | None) -> str | None:
    """The password given on the command line: --password-file, else PCMD_WORKBOOK_PASSWORD."""
    if file:
        return read_password_file(Path(file))
    return os.environ.get(PASSWORD_ENV) or None
