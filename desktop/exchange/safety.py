"""Refuse workbooks that are unsafe or cannot be an exchange workbook, before reading them,
and hand the reader a container it can read without risk.

A file is recognised by its content (formats.py): an .xlsx or .ods (a zip), an .xls (an OLE
compound file), or Excel's password-protected workbook (an OLE file holding an encrypted
.xlsx; decrypted with the password by encryption.py). Then, for every format:

* the container: size, parts, compression (zip bombs by ratio and by total size), damage;
* what it holds besides data, each with its own sentence: macros (VBA projects under any
  name, found by content type, relationship, part name and by their OLE signature), Excel 4
  macro sheets, ActiveX controls, data connections, query tables, links to other workbooks;
* the memory reading will take: every sheet is sized from its own records before
  python-calamine builds it (xlsx_scan, xls_scan, ods_scan), and a sheet that would need more
  memory than the limit is refused, naming it and its farthest cell;
* the cells that hold an error value (#DIV/0!, ...), which calamine reads as empty cells.

python-calamine then reads a container rebuilt here (the parts it needs, stored without
compression; or a one-stream OLE file), so it never sees bytes that were not checked.
Every refusal is a UsageError (exit code 2) with one sentence naming the file.
"""

from __future__ import annotations

import contextlib
import io
import os
import struct
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import ElementTree

from desktop.errors import UsageError
from desktop.exchange import formats, number_formats, ods_scan, xls_scan, xlsx_scan
from desktop.exchange.ole import Ole, OleError, single_stream
from desktop.exchange.xlsx_scan import EXCEL_COLUMNS, EXCEL_ROWS, Extent, column_letters
from desktop.i18n import current_language, translate
from desktop.output_file import read_reason

OLE_MAGIC = formats.OLE_MAGIC
XLSX_MAINS = frozenset({
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
})
XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
XLSM_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
XLSB_MAIN = "application/vnd.ms-excel.sheet.binary.macroEnabled.main"
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
GRID_BYTES = 72  # per cell of the grid from A1: calamine's two copies and Python's row slot
SPARSE_GRID = 5_000_000  # a grid this large must hold at least 1 cell in SPARSE
SPARSE = 100
CELL_BYTES = 400  # per cell with a value, through reading, checking and the import plan
STORED_IN_MEMORY = 256 << 20  # larger rebuilt containers go to a temporary file

# What a part is, by content type, relationship type (last segment) or name.
_KINDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    ("vba", ("vnd.ms-office.vbaproject", "macroenabled", "vnd.ms-word.vbadata",
             "vnd.ms-office.vbaprojectsignature"), ("vbaproject", "vbaprojectsignature"),
     ("vbaproject", "vbadata")),
    ("xlm", ("vnd.ms-excel.macrosheet", "vnd.ms-excel.intlmacrosheet"),
     ("xlmacrosheet", "xlintlmacrosheet"), ("/macrosheets/",)),
    ("activex", ("vnd.ms-office.activex",), ("control",), ("/activex/",)),
    ("connections", ("spreadsheetml.connections",), ("connections",), ("connections.xml",)),
    ("query", ("spreadsheetml.querytable",), ("querytable",), ("/querytables/",)),
    ("links", ("spreadsheetml.externallink",), ("externallink", "externallinkpath"),
     ("/externallinks/",)),
)
_VBA_NAMES = frozenset({"VBA", "_VBA_PROJECT", "_VBA_PROJECT_CUR", "PROJECT", "PROJECTwm",
                        "dir", "Macros"})


def tr(text: str) -> str:
    return translate("ExchangeSafety", text)


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 512 << 20
    max_uncompressed_bytes: int = 4 << 30
    max_ratio: float = 200.0
    max_members: int = 10_000
    max_memory_bytes: int = 12 << 30  # reading and checking one workbook, estimated


DEFAULT_LIMITS = Limits()


class NeedPassword(UsageError):
    """The workbook is protected by a password and none (or a wrong one) was given."""

    def __init__(self, message: str, *, wrong: bool = False) -> None:
        super().__init__(message)
        self.wrong = wrong


@dataclass
class Checked:
    """A workbook that passed the checks, and what python-calamine is to open."""

    path: Path
    kind: str  # xlsx | xls | ods
    source: bytes | Path  # the rebuilt container
    extents: dict[str, Extent] = field(default_factory=dict)  # by sheet name
    ordered: list[Extent] = field(default_factory=list)  # .xls: in sheet order
    fonts: list[str] = field(default_factory=list)
    temp: Path | None = None

    def extent(self, name: str, index: int) -> Extent | None:
        if name in self.extents:
            return self.extents[name]
        return self.ordered[index] if index < len(self.ordered) else None

    def close(self) -> None:
        if self.temp is not None:
            with contextlib.suppress(OSError):
                self.temp.unlink()
            self.temp = None


def number(n: float, decimals: int = 0) -> str:
    """A number as the interface language writes it (34.805 / 34,805)."""
    text = f"{n:,.{decimals}f}"
    if current_language() == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def _damaged(name: str) -> UsageError:
    return UsageError(tr("{file} is damaged or truncated; ask the sender for the file again.")
                      .format(file=name))


def check_file(path: Path, limits: Limits = DEFAULT_LIMITS, *,
               password: str | None = None) -> Checked:
    """Check `path` and rebuild it for the reader. Raises UsageError (NeedPassword when it
    is password-protected and `password` is missing or wrong)."""
    name = path.name
    try:
        if not path.is_file():
            raise UsageError(tr("{file} is not an ordinary file.").format(file=name))
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise UsageError(tr("{file} is larger than {mb} MB; split it into smaller "
                                "workbooks.").format(file=name,
                                                     mb=number(limits.max_file_bytes >> 20)))
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(tr("Cannot read {file}: {reason}.").format(
            file=name, reason=read_reason(exc))) from None
    try:
        return _check_bytes(path, data, limits, password)
    except UsageError:
        raise
    except (OleError, xlsx_scan.SheetDamaged, xls_scan.BiffDamaged, ods_scan.OdsDamaged,
            zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, KeyError,
            IndexError, OverflowError, MemoryError, RecursionError, UnicodeError, OSError,
            ElementTree.ParseError, zlib.error, struct.error, RuntimeError):
        raise _damaged(name) from None


def _unknown_compression(name: str) -> UsageError:
    return UsageError(tr("{file} uses a compression method PCMD cannot read; open it in "
                         "Excel and save it again.").format(file=name))


def _check_bytes(path: Path, data: bytes, limits: Limits, password: str | None) -> Checked:
    name = path.name
    what = formats.sniff(data[:1024])
    if what == "ole":
        return _check_ole(path, data, limits, password)
    if what == "zip":
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = _check_members(zf, name, limits)
        if "mimetype" in infos:
            return _check_ods(path, zf, infos, limits)
        return _check_xlsx(path, zf, infos, limits)
    if what == "html":
        raise UsageError(tr("{file} is a web page saved with a workbook name; open it in "
                            "Excel and save it as an Excel workbook (.xlsx).").format(file=name))
    if what == "xml":
        raise UsageError(tr("{file} is an XML spreadsheet (Excel 2003); open it in Excel and "
                            "save it as an Excel workbook (.xlsx).").format(file=name))
    if what == "text":
        raise UsageError(tr("{file} is a text (CSV) file, not a workbook; open it in Excel and "
                            "save it as an Excel workbook (.xlsx).").format(file=name))
    raise UsageError(tr("{file} is not a workbook PCMD can read ({formats}).").format(
        file=name, formats=formats.names_text()))


# ---- zip containers ---------------------------------------------------------------------------
def _check_members(zf: zipfile.ZipFile, name: str,
                   limits: Limits) -> dict[str, zipfile.ZipInfo]:
    """The members by normalised name (as calamine looks them up: case and slashes
    ignored), after the container checks."""
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise UsageError(tr("{file} holds too many parts to be a workbook.").format(file=name))
    out: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        key = info.filename.replace("\\", "/").lower()
        if key in out:
            raise _damaged(name)
        out[key] = info
        if info.flag_bits & 0x1:
            raise UsageError(tr("{file} is encrypted in a way PCMD cannot open; save it without "
                                "a password, or with Excel's “Encrypt with Password”.").format(
                                    file=name))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _unknown_compression(name)
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and ratio > limits.max_ratio:
            raise UsageError(tr("{file} is refused: it expands suspiciously (a zip bomb?).")
                             .format(file=name))
    if total > limits.max_uncompressed_bytes:
        raise UsageError(tr("{file} is refused: it expands to more than {mb} MB.").format(
            file=name, mb=number(limits.max_uncompressed_bytes >> 20)))
    return out


def _xml(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str):  # Element
    if info.file_size > 64 << 20:
        raise _damaged(name)
    return ElementTree.fromstring(zf.read(info))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _refuse(kind: str, name: str, detail: str = "") -> UsageError:
    messages = {
        "vba": tr("{file} contains macros (a VBA project); save it as a plain Excel workbook "
                  "(.xlsx), not a macro-enabled one."),
        "xlm": tr("{file} contains Excel 4.0 macros; delete the macro sheets and macro names "
                  "and save the workbook again."),
        "xlm-sheet": tr("{file} contains an Excel 4.0 macro sheet (“{sheet}”); delete that "
                        "sheet and save the workbook again."),
        "activex": tr("{file} contains ActiveX controls; delete them and save the workbook "
                      "again."),
        "connections": tr("{file} has data connections to other sources; remove them (Data → "
                          "Queries & Connections) and save the workbook again."),
        "query": tr("{file} has query tables that fetch data from outside the workbook; remove "
                    "them (Data → Queries & Connections) and save the workbook again."),
        "links": tr("{file} has links to other workbooks; remove the external links (Data → "
                    "Edit Links → Break Link) and save again."),
        "ods-macros": tr("{file} contains macros (LibreOffice Basic or scripts); save it "
                         "without macros."),
    }
    if kind == "xlm" and detail:
        kind = "xlm-sheet"
    return UsageError(messages[kind].format(file=name, sheet=detail))


def _kinds_of(content_type: str = "", rel_type: str = "", part: str = "") -> list[str]:
    ct, rel, low = content_type.lower(), rel_type.lower().rsplit("/", 1)[-1], part.lower()
    found = []
    for kind, cts, rels, parts in _KINDS:
        if (ct and any(c in ct for c in cts)) or (rel and rel in rels) or (
                low and any(p in "/" + low for p in parts)):
            found.append(kind)
    return found


def _check_xlsx(path: Path, zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo],
                limits: Limits) -> Checked:
    name = path.name
    types_info = infos.get("[content_types].xml")
    if types_info is None:
        raise UsageError(tr("{file} is not a workbook PCMD can read ({formats}).").format(
            file=name, formats=formats.names_text()))
    types = _xml(zf, types_info, name)
    content_types: set[str] = set()
    for el in types.iter():
        ct = el.get("ContentType", "")
        content_types.add(ct)
        found = _kinds_of(content_type=ct, part=el.get("PartName", ""))
        if found:
            raise _refuse(found[0], name)
    if XLSB_MAIN in content_types:
        raise UsageError(tr("{file} is an Excel binary workbook (.xlsb); save it as an Excel "
                            "workbook (.xlsx).").format(file=name))
    if not content_types & XLSX_MAINS:
        raise UsageError(tr("{file} is not a workbook PCMD can read ({formats}).").format(
            file=name, formats=formats.names_text()))
    sheets, xl_path = _workbook_sheets(zf, infos, name)  # first: it names a macro sheet
    for key, info in infos.items():
        found = _kinds_of(part=key)
        if found:
            raise _refuse(found[0], name)
        if key.endswith(".rels"):
            for el in _xml(zf, info, name).iter():
                found = _kinds_of(rel_type=el.get("Type", ""))
                if found:
                    raise _refuse(found[0], name)
        if info.file_size >= 512:  # a VBA project or ActiveX control under any name
            with zf.open(info) as fh:
                head = fh.read(8)
            if head == OLE_MAGIC:
                _check_embedded_ole(zf.read(info), key, name)
    fonts, percent = _xlsx_styles(zf, infos, xl_path, name)
    memory = _shared_strings(zf, infos, xl_path, name)
    extents: dict[str, Extent] = {}
    scanned: dict[str, Extent] = {}
    parts: dict[str, str] = {}
    for sheet, part in sheets:
        info = infos.get(part)
        if info is None:
            continue
        if part not in scanned:
            scanned[part] = _scan_part(zf, info, name, sheet)
        extents.setdefault(sheet, scanned[part])
        parts.setdefault(sheet, part)
    for ext in scanned.values():  # every one of them; scattered ones count in the memory
        ext.percent = number_formats.xlsx_percent_cells(ext.data, percent)
        memory += ext.percent.nbytes  # type: ignore[attr-defined]
    for _ in range(len(extents) + 1):
        try:
            _check_memory(name, list(extents.items()), memory, limits)
            break
        except _Rescan as again:  # the quick bound is too loose: count that sheet exactly
            part = parts[again.sheet]
            cells = scanned[part].percent
            scanned[part] = exact = xlsx_scan.exact(zf.read(infos[part]))
            exact.percent = cells
            for sheet, p in parts.items():
                if p == part:
                    extents[sheet] = exact
    keep = [info for key, info in infos.items()
            if key.endswith((".xml", ".rels")) or key in scanned]
    read = {infos[k].filename: e.data for k, e in scanned.items()}
    return _stored_zip(path, zf, keep, formats.XLSX, extents, fonts, read)


def _check_embedded_ole(data: bytes, part: str, name: str) -> None:
    try:
        names = Ole(data).names()
    except OleError:
        raise _refuse("activex" if "activex" in part else "vba", name) from None
    if names & _VBA_NAMES:
        raise _refuse("vba", name)


def _rels(zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], key: str, name: str,
          ) -> list[dict[str, str]]:
    info = infos.get(key.lower())
    if info is None:
        return []
    return [dict(el.attrib) for el in _xml(zf, info, name).iter()
            if _local(el.tag) == "Relationship"]


def _workbook_sheets(zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], name: str,
                     ) -> tuple[list[tuple[str, str]], str]:
    """(sheet name, part) in workbook order, resolved as calamine resolves them."""
    target = None
    for rel in _rels(zf, infos, "_rels/.rels", name):
        if rel.get("Type", "").endswith("/relationships/officeDocument") and "Target" in rel:
            target = rel["Target"]
    if target is None:
        raise _damaged(name)
    cut = target.rfind("/")
    xl_path = target[:cut + 1].removeprefix("/") if cut >= 0 else ""
    rels = {r["Id"]: r for r in _rels(zf, infos, xl_path + "_rels/workbook.xml.rels", name)
            if "Id" in r}
    book = infos.get((xl_path + "workbook.xml").lower())
    if book is None:
        return [], xl_path
    out: list[tuple[str, str]] = []
    root = _xml(zf, book, name)
    for el in root.iter():
        tag = _local(el.tag)
        if tag == "definedName" and (el.get("xlm") in ("1", "true")
                                     or el.get("function") in ("1", "true")):
            raise _refuse("xlm", name)
        if tag != "sheet":
            continue
        rid = ""
        for key, value in el.attrib.items():
            if _local(key) == "id":
                rid = value
        rel = rels.get(rid)
        if rel is None:
            raise _damaged(name)
        found = _kinds_of(rel_type=rel.get("Type", ""))
        if found:
            raise _refuse(found[0], name, el.get("name", ""))
        t = rel.get("Target", "")
        part = t[1:] if t.startswith("/") else xl_path + t
        out.append((el.get("name", ""), part.replace("\\", "/").lower()))
    return out, xl_path


def _xlsx_styles(zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], xl_path: str,
                 name: str) -> tuple[list[str], frozenset[int]]:
    """The fonts named in styles.xml (the legacy-font hint) and its percentage styles."""
    info = infos.get((xl_path + "styles.xml").lower())
    if info is None or info.file_size > 20 << 20:
        return [], frozenset()
    root = _xml(zf, info, name)
    return ([el.get("val", "") for el in root.iter() if _local(el.tag) == "name"],
            number_formats.percent_styles(root))


def _shared_strings(zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], xl_path: str,
                    name: str) -> int:
    """Memory the shared strings take; refuses a count calamine would reserve that the part
    cannot hold (each entry takes at least 5 bytes)."""
    info = infos.get((xl_path + "sharedStrings.xml").lower())
    if info is None:
        return 0
    with zf.open(info) as fh:
        head = fh.read(4096)
    count = xlsx_scan.shared_strings_count(head)
    if count > info.file_size // 5 + 1:
        raise _damaged(name)
    return count * 24 + info.file_size * 3


def _scan_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, sheet: str) -> Extent:
    with zf.open(info) as fh:
        head = fh.read(4096)
        if b"macrosheet" in head:
            raise _refuse("xlm", name, sheet)
        fh.seek(0)
        return xlsx_scan.scan_sheet(fh, info.file_size)


def _check_memory(name: str, sheets: list[tuple[str, Extent]], base: int,
                  limits: Limits, grid_bytes: int = GRID_BYTES) -> None:
    """Refuse a sheet whose cells lie beyond Excel's last cell, or a workbook whose reading
    would need more memory than the limit (the largest grid plus every cell's share)."""
    cells = sum(e.cells for _, e in sheets)
    for sheet, ext in sheets:
        if ext.exact and (ext.rows > EXCEL_ROWS or ext.cols > EXCEL_COLUMNS):
            raise UsageError(tr("Sheet “{sheet}” of {file} has cells beyond Excel's last cell "
                                "(XFD1048576); the file is damaged.").format(
                                    sheet=sheet, file=name))
        far = ext.seen_grid
        if far > SPARSE_GRID and ext.cells * SPARSE < far:
            rows, cols = (ext.rows, ext.cols) if ext.exact else ext.seen
            raise UsageError(tr(
                "Sheet “{sheet}” of {file} has {cells} cells, yet they reach cell {cell}: "
                "reading it would take minutes and gigabytes of memory. Delete the stray "
                "cells far from the table (Ctrl+End shows the last one) and save the workbook "
                "again.").format(sheet=sheet, file=name, cells=number(ext.cells),
                                 cell=f"{column_letters(max(cols, 1))}{max(rows, 1)}"))
        need = base + cells * CELL_BYTES + ext.grid * grid_bytes
        if need > limits.max_memory_bytes and not ext.exact:
            raise _Rescan(sheet)
        if need > limits.max_memory_bytes:
            raise UsageError(tr(
                "Sheet “{sheet}” of {file} reaches cell {cell}: reading it would need about "
                "{need} GB of memory, more than the {limit} GB allowed. Delete the unused rows "
                "and columns after the table and save the workbook again.").format(
                    sheet=sheet, file=name,
                    cell=f"{column_letters(max(ext.cols, 1))}{max(ext.rows, 1)}",
                    need=number(need / (1 << 30), 1),
                    limit=number(limits.max_memory_bytes / (1 << 30))))


class _Rescan(Exception):
    """A bound from the fast path is too large: measure that sheet exactly."""

    def __init__(self, sheet: str) -> None:
        super().__init__(sheet)
        self.sheet = sheet


def _stored_zip(path: Path, zf: zipfile.ZipFile, keep: list[zipfile.ZipInfo], kind: str,
                extents: dict[str, Extent], fonts: list[str],
                read: dict[str, list[bytes]] | None = None) -> Checked:
    """The container calamine reads: the kept members, stored; members the scan read
    already (`read`: name -> their bytes) are written from those bytes, not decompressed
    again."""
    total = sum(i.file_size for i in keep)
    temp: Path | None = None
    if total > STORED_IN_MEMORY:
        fd, name = tempfile.mkstemp(prefix="pcmd-read-", suffix="." + kind)
        os.close(fd)
        temp = Path(name)
        target: io.BytesIO | Path = temp
    else:
        target = io.BytesIO()
    try:
        with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED, allowZip64=True) as out:
            for info in sorted(keep, key=lambda i: i.filename != "mimetype"):
                with out.open(info.filename, "w", force_zip64=info.file_size > 1 << 30) as dst:
                    blocks = (read or {}).pop(info.filename, None)
                    if blocks is not None:
                        for block in blocks:
                            dst.write(block)
                        blocks.clear()
                        continue
                    with zf.open(info) as src:
                        while block := src.read(1 << 22):
                            dst.write(block)
    except BaseException:
        if temp is not None:
            temp.unlink(missing_ok=True)
        raise
    source: bytes | Path = temp if temp is not None else target.getvalue()  # type: ignore[union-attr]
    return Checked(path, kind, source, extents, [], fonts, temp)


# ---- OLE containers ---------------------------------------------------------------------------
def _check_ole(path: Path, data: bytes, limits: Limits, password: str | None) -> Checked:
    name = path.name
    ole = Ole(data)
    names = ole.names()
    if {"EncryptionInfo", "EncryptedPackage"} <= names:
        from desktop.exchange.encryption import decrypt

        if not password:
            raise NeedPassword(tr("{file} is protected by a password.").format(file=name))
        plain = decrypt(data, password, name)
        return _check_bytes(path, plain, limits, None)
    if names & {"_VBA_PROJECT_CUR", "VBA", "_VBA_PROJECT"}:
        raise _refuse("vba", name)
    try:
        stream = ole.stream("Workbook", "Book", "WORKBOOK", "BOOK")
    except KeyError:
        raise UsageError(tr("{file} is not a workbook PCMD can read ({formats}).").format(
            file=name, formats=formats.names_text())) from None
    book = xls_scan.scan(stream)
    if book.encrypted:
        raise UsageError(tr("{file} is an .xls protected by a password; open it in Excel, "
                            "remove the password or save it as an .xlsx, and import that.")
                         .format(file=name))
    if book.macro_sheets:
        raise _refuse("xlm", name, book.macro_sheets[0])
    if book.vba_modules:
        raise _refuse("vba", name)
    for kind, found in (("links", book.external_links), ("connections", book.connections),
                        ("query", book.query_tables)):
        if found:
            raise _refuse(kind, name)
    reserved = sum(n * xls_scan.CELL_BYTES for n in book.reserved.values())
    reserved += sum(e.percent.nbytes for e in book.sheets.values())  # type: ignore[attr-defined]
    sheets = list(book.sheets.items())
    # calamine holds every sheet's grid at once (it parses them all when it opens the file)
    grids = sum(e.grid for _, e in sheets) * 32
    _check_memory(name, sheets, reserved + grids, limits, grid_bytes=GRID_BYTES - 32)
    return Checked(path, formats.XLS, single_stream("Workbook", stream), dict(sheets),
                   [e for _, e in sheets], book.fonts)


# ---- OpenDocument -----------------------------------------------------------------------------
def _check_ods(path: Path, zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo],
               limits: Limits) -> Checked:
    name = path.name
    if zf.read(infos["mimetype"])[:len(ODS_MIME) + 1].strip() != ODS_MIME:
        raise UsageError(tr("{file} is not a workbook PCMD can read ({formats}).").format(
            file=name, formats=formats.names_text()))
    manifest = infos.get("meta-inf/manifest.xml")
    if manifest is not None:
        for el in _xml(zf, manifest, name).iter():
            if _local(el.tag) == "encryption-data":
                raise UsageError(tr("{file} is an .ods protected by a password; open it in "
                                    "LibreOffice, remove the password and import it again.")
                                 .format(file=name))
    for key in infos:
        if key.startswith(("basic/", "scripts/")) and not key.endswith(
                ("/", "script-lc.xml", "script-lb.xml", "dialog-lc.xml", "dialog-lb.xml")):
            raise _refuse("ods-macros", name)
    content = infos.get("content.xml")
    if content is None:
        raise _damaged(name)
    book = ods_scan.scan(zf.read(content))
    if book.links:
        raise _refuse("links", name)
    styles = infos.get("styles.xml")
    if styles is not None and styles.file_size < 20 << 20:
        book.fonts.extend(ods_scan.scan(zf.read(styles)).fonts)
    memory = sum(t.memory for t in book.tables)
    sheets = [(t.name, t.extent) for t in book.tables]
    _check_memory(name, sheets, memory, limits, grid_bytes=0)
    keep = [infos[k] for k in ("mimetype", "content.xml", "meta-inf/manifest.xml")
            if k in infos]
    return _stored_zip(path, zf, keep, formats.ODS, dict(sheets), book.fonts)
