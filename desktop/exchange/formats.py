"""The workbook formats PCMD imports: ONE list, used by the file dialogs, drag and drop,
folder import and the command line; and what a file really is, from its first bytes (a
workbook named .xls may be an .xlsx, or a web page).
"""

from __future__ import annotations

from pathlib import Path

from desktop.errors import UsageError
from desktop.i18n import translate

XLSX, XLS, ODS = "xlsx", "xls", "ods"
# Extension -> format, in the order the dialogs list them.
ACCEPTED: dict[str, str] = {".xlsx": XLSX, ".xls": XLS, ".ods": ODS}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")


def tr(text: str) -> str:
    return translate("ExchangeFormats", text)


def accepted(path: Path | str) -> bool:
    """Whether the name of `path` ends with an accepted extension (any case)."""
    return Path(path).suffix.lower() in ACCEPTED


def patterns() -> str:
    """"*.xlsx *.xls *.ods"."""
    return " ".join("*" + ext for ext in ACCEPTED)


def names_text() -> str:
    """".xlsx, .xls or .ods" in the interface language."""
    exts = list(ACCEPTED)
    return tr("{first} or {last}").format(first=", ".join(exts[:-1]), last=exts[-1])


def open_filter() -> str:
    """Filter text of a file dialog that opens workbooks to import."""
    return tr("Workbooks ({patterns})").format(patterns=patterns())


def sniff(head: bytes) -> str:
    """What the first bytes of a file say it is: "zip", "ole", "html", "xml", "text" or ""."""
    if head.startswith(ZIP_MAGICS):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html", b"<table", b"<meta")):
        return "html"
    if text.startswith(b"<?xml"):
        return "html" if b"<html" in text else "xml"
    if head and all(b >= 0x20 or b in b"\t\r\n" for b in head[:512]):
        return "text"
    return ""


def xlsx_out(path: Path) -> Path:
    """The name a workbook PCMD writes takes: `path` as given when it ends in .xlsx (any
    case), with .xlsx added when it has no extension; another extension (.xls, .ods, .csv)
    is refused, as the file would be an .xlsx under a false name (Excel warns about it, other
    programs refuse it, and the receiving office's import may be told it is damaged)."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx" or path.is_dir():  # a folder is refused as one by the writer
        return path
    if not suffix:
        return path.with_name(path.name + ".xlsx")
    raise UsageError(tr("{name}: PCMD writes the workbook as .xlsx, so a name ending in "
                        "{suffix} would be false; give a name ending in .xlsx.").format(
                            name=path.name, suffix=path.suffix))
