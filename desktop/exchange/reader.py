"""Read a workbook fast (python-calamine, cached values only: no formula is ever evaluated),
find each sheet's header row, map its columns, and repair legacy-font text.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import ElementTree

from desktop.domain.text import clean_text
from desktop.errors import UsageError
from desktop.exchange import safety
from desktop.exchange import workbook_format as wf
from desktop.exchange.checksum import SheetHasher
from desktop.exchange.legacy_text import (
    _HIGH_CHARS,
    _TOKEN,
    _UNICODE_VI,
    _is_syllable,
    detect_legacy,
    fix_legacy_text,
)
from desktop.i18n import translate

HEADER_SCAN_ROWS = 30


def tr(text: str) -> str:
    return translate("ExchangeReader", text)


@dataclass
class Issue:
    """A problem or warning at a place of the workbook (row as Excel shows it)."""

    sheet: str
    row: int | None
    column: str | None
    value: object
    message: str

    def as_json(self) -> dict[str, object]:
        value = self.value
        if value is not None and not isinstance(value, int | float | str | bool):
            value = str(value)
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "value": value,
                "message": self.message}


@dataclass
class SheetData:
    sheet: wf.SheetDef
    title: str  # the sheet's name in the file
    header_row: int  # Excel row number of the header
    columns: dict[int, wf.Column]  # cell index -> column
    headers: dict[str, str]  # column field -> header as typed in the file
    rows: list[tuple[int, list[object]]]  # (Excel row number, cells) below the header
    header_cells: list[object] = field(default_factory=list)


@dataclass
class WorkbookData:
    path: Path
    sheets: list[SheetData] = field(default_factory=list)
    manifest: dict[str, object] = field(default_factory=dict)
    checksum: str = ""
    warnings: list[Issue] = field(default_factory=list)
    legacy_hint: str | None = None


class TextFixer:
    """Repairs TCVN3/VNI text (cell by cell, with a workbook-wide font hint), cached."""

    def __init__(self, hint: str | None) -> None:
        self.hint = hint
        self._cache: dict[str, str] = {}

    def __call__(self, s: str) -> str:
        if s.isascii():
            return s
        hit = self._cache.get(s)
        if hit is None:
            found = detect_legacy(s)
            if found:
                hit = fix_legacy_text(s, found)
            elif (self.hint and not _UNICODE_VI.search(s)
                  and all(c in _HIGH_CHARS for c in s if ord(c) > 0x7F)
                  and not all(_is_syllable(w) for w in _TOKEN.findall(s) if not w.isascii())):
                hit = fix_legacy_text(s, self.hint)
            else:
                hit = fix_legacy_text(s, None)
            self._cache[s] = hit
        return hit


_FONT = re.compile(r"^(\.vn|vni[-_ ])", re.IGNORECASE)


def legacy_font_hint(path: Path) -> str | None:
    """"tcvn3" when the workbook's styles use a .VnTime-like font, "vni" for VNI-Times."""
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo("xl/styles.xml")
            if info.file_size > 20 * 1024 * 1024:
                return None
            root = ElementTree.fromstring(zf.read(info))
    except Exception:  # noqa: BLE001 - no styles: no hint
        return None
    names = [el.get("val", "") for el in root.iter() if el.tag.endswith("}name")]
    legacy = [n for n in names if _FONT.match(n)]
    if not legacy:
        return None
    return "vni" if any(n.lower().startswith("vni") for n in legacy) else "tcvn3"


def _open(path: Path):  # noqa: ANN202
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # noqa: BLE001 - calamine's errors, and its Rust panics, which
        # arrive as pyo3 PanicException (a BaseException) on damaged cells
        raise UsageError(tr("{file} is damaged or cannot be read as a workbook.").format(
            file=path.name)) from None


def read_workbook(path: Path, limits: safety.Limits = safety.DEFAULT_LIMITS) -> WorkbookData:
    """Check the file, read every known sheet and the manifest. Raises UsageError."""
    safety.check_file(path, limits)
    book = _open(path)
    out = WorkbookData(path=path, legacy_hint=legacy_font_hint(path))
    fix = TextFixer(out.legacy_hint)
    seen: set[str] = set()
    for title in book.sheet_names:
        try:
            rows = book.get_sheet_by_name(title).to_python(skip_empty_area=False)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:  # noqa: BLE001 - a Rust panic in calamine is a BaseException
            raise UsageError(tr("{file} is damaged or cannot be read as a workbook.").format(
                file=path.name)) from None
        safety.check_cells(path.name, sum(len(r) for r in rows), limits)
        if wf.is_manifest(title):
            out.manifest = _manifest(rows, fix)
            continue
        sheet = wf.sheet_for_name(fix(title))
        if sheet is None:
            if wf.header_key(title) not in (wf.header_key(wf.INSTRUCTIONS_SHEET),
                                            wf.header_key(wf.LISTS_SHEET)):
                out.warnings.append(Issue(title, None, None, None, tr(
                    "Sheet “{sheet}” is not a sheet of the exchange workbook; it was ignored.")
                    .format(sheet=title)))
            continue
        if sheet.key in seen:
            out.warnings.append(Issue(title, None, None, None, tr(
                "A second sheet “{sheet}” was ignored.").format(sheet=title)))
            continue
        seen.add(sheet.key)
        data = _sheet(sheet, title, rows, fix, out.warnings)
        if data is not None:
            out.sheets.append(data)
    out.sheets.sort(key=lambda s: wf.DATA_KEYS.index(s.sheet.key))
    hasher = SheetHasher()
    for s in out.sheets:
        hasher.sheet(s.sheet.name)
        hasher.row(s.header_cells)
        hasher.rows(cells for _, cells in s.rows)
    out.checksum = hasher.hexdigest()
    return out


def _manifest(rows: list[list[object]], fix: TextFixer) -> dict[str, object]:
    out: dict[str, object] = {}
    for r in rows:
        if len(r) >= 2 and isinstance(r[0], str) and r[0].strip():
            value = fix(r[1]) if isinstance(r[1], str) else r[1]
            out[wf.header_key(fix(r[0]))] = value
    return out


def _sheet(
    sheet: wf.SheetDef, title: str, rows: list[list[object]], fix: TextFixer,
    warnings: list[Issue],
) -> SheetData | None:
    index = wf.header_index(sheet)
    best, best_score = -1, 0
    for i, r in enumerate(rows[:HEADER_SCAN_ROWS]):
        score = sum(1 for c in r if isinstance(c, str) and wf.header_key(fix(c)) in index)
        if score > best_score:
            best, best_score = i, score
    if best < 0:
        if any(any(c not in (None, "") for c in r) for r in rows):
            warnings.append(Issue(title, None, None, None, tr(
                "No header row was found in sheet “{sheet}” (expected headers such as "
                "{headers}); the sheet was ignored.").format(
                    sheet=title, headers=", ".join(sheet.headers[:3]))))
        return None
    header = rows[best]
    columns: dict[int, wf.Column] = {}
    headers: dict[str, str] = {}
    for ci, cell in enumerate(header):
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            continue
        text = clean_text(fix(cell) if isinstance(cell, str) else cell)
        col = index.get(wf.header_key(text))
        if col is None or col.field in headers:
            if wf.header_key(text) not in wf.IGNORED_HEADERS:
                warnings.append(Issue(title, best + 1, text, None, tr(
                    "Column “{column}” is not a column of this sheet; it was ignored.")
                    .format(column=text)))
            continue
        columns[ci] = col
        headers[col.field] = text
    return SheetData(sheet, title, best + 1, columns, headers,
                     [(i + 1, r) for i, r in enumerate(rows) if i > best], list(header))
