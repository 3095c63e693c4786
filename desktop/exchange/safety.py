"""Refuse workbooks that are unsafe or cannot be an exchange workbook, before reading them.

Checks only the zip directory (ZipInfo) and [Content_Types].xml (parsed with defusedxml):
not a zip, truncated, encrypted (an OLE compound file is how Office stores encrypted OOXML),
too large, zip bombs (total uncompressed size and compression ratio), macros and external
links. Every refusal is a UsageError (exit code 2) with a sentence naming the file.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from defusedxml import ElementTree

from desktop.errors import UsageError
from desktop.i18n import translate

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
XLSM_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 50 * 1024 * 1024
    max_uncompressed_bytes: int = 1024 * 1024 * 1024
    max_ratio: float = 200.0
    max_members: int = 10_000
    max_cells: int = 1_000_000


DEFAULT_LIMITS = Limits()


def tr(text: str) -> str:
    return translate("ExchangeSafety", text)


def check_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise UsageError unless `path` looks like a safe .xlsx workbook."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise UsageError(tr("Cannot read {file}: {reason}.").format(
            file=name, reason=exc.strerror or str(exc))) from None
    if size > limits.max_file_bytes:
        raise UsageError(tr("{file} is larger than {mb} MB; split it into smaller workbooks.")
                         .format(file=name, mb=limits.max_file_bytes // (1024 * 1024)))
    if head == OLE_MAGIC:
        raise UsageError(tr("{file} is encrypted (password-protected) or an old .xls file; "
                            "save it as an unprotected .xlsx workbook.").format(file=name))
    if not head.startswith(b"PK"):
        raise UsageError(tr("{file} is not an Excel .xlsx workbook.").format(file=name))
    try:
        with zipfile.ZipFile(path) as zf:
            _check_members(zf, name, limits)
            types = _content_types(zf, name)
    except zipfile.BadZipFile:
        raise UsageError(tr("{file} is damaged or truncated; ask the sender for the file "
                            "again.").format(file=name)) from None
    if XLSM_MAIN in types:
        raise UsageError(tr("{file} contains macros; save it as a plain .xlsx workbook.")
                         .format(file=name))
    if XLSX_MAIN not in types:
        raise UsageError(tr("{file} is not an Excel .xlsx workbook.").format(file=name))


def _check_members(zf: zipfile.ZipFile, name: str, limits: Limits) -> None:
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise UsageError(tr("{file} holds too many parts to be a workbook.").format(file=name))
    total = 0
    for info in infos:
        lower = info.filename.lower()
        if info.flag_bits & 0x1:
            raise UsageError(tr("{file} is encrypted (password-protected); save it as an "
                                "unprotected .xlsx workbook.").format(file=name))
        if lower.endswith("vbaproject.bin"):
            raise UsageError(tr("{file} contains macros; save it as a plain .xlsx workbook.")
                             .format(file=name))
        if lower.startswith("xl/externallinks/"):
            raise UsageError(tr("{file} has links to other workbooks; remove the external "
                                "links (Data → Edit Links → Break Link) and save again.")
                             .format(file=name))
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and ratio > limits.max_ratio:
            raise UsageError(tr("{file} is refused: it expands suspiciously (a zip bomb?).")
                             .format(file=name))
    if total > limits.max_uncompressed_bytes:
        raise UsageError(tr("{file} is refused: it expands to more than {mb} MB.").format(
            file=name, mb=limits.max_uncompressed_bytes // (1024 * 1024)))


def _content_types(zf: zipfile.ZipFile, name: str) -> set[str]:
    try:
        info = zf.getinfo("[Content_Types].xml")
    except KeyError:
        raise UsageError(tr("{file} is not an Excel .xlsx workbook.").format(file=name)) from None
    if info.file_size > 10 * 1024 * 1024:
        raise UsageError(tr("{file} is not an Excel .xlsx workbook.").format(file=name))
    try:
        data = zf.read(info)
        root = ElementTree.fromstring(data)
    except Exception:  # noqa: BLE001 - any parse or zip failure means a damaged file
        raise UsageError(tr("{file} is damaged or truncated; ask the sender for the file "
                            "again.").format(file=name)) from None
    return {el.get("ContentType", "") for el in root.iter() if el.get("ContentType")}


def check_cells(name: str, cells: int, limits: Limits = DEFAULT_LIMITS) -> None:
    if cells > limits.max_cells:
        raise UsageError(tr("{file} has more than {n} cells; split it into smaller "
                            "workbooks.").format(file=name, n=f"{limits.max_cells:,}"))
