"""Read a workbook fast (python-calamine, cached values only: no formula is ever evaluated),
find each sheet's header row, map its columns, and repair legacy-font text.
"""

from __future__ import annotations

import contextlib
import io
import re
import weakref
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, time
from itertools import compress
from pathlib import Path

from desktop.domain.text import clean_text
from desktop.errors import UsageError
from desktop.exchange import header_shapes, number_formats, safety
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
from desktop.exchange.xlsx_scan import column_letters
from desktop.i18n import current_language, translate

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

    @property
    def shown_value(self) -> str:
        """The value as the sender sees it in Excel, in the interface language: 10, not
        10.0; 12,5; dates dd/mm/yyyy (a cell's code 11455 stays 11455, not 11.455)."""
        v = self.value
        if v is None:
            return ""
        if isinstance(v, float) and not isinstance(v, bool):
            if v.is_integer() and abs(v) < 1e15:
                return str(int(v))
            text = f"{v:g}"
            return text.replace(".", ",") if current_language() == "vi" else text
        if isinstance(v, datetime):
            return v.strftime("%d/%m/%Y %H:%M" if (v.hour, v.minute) != (0, 0) else "%d/%m/%Y")
        if isinstance(v, date):
            return v.strftime("%d/%m/%Y")
        if isinstance(v, time):
            return v.strftime("%H:%M")
        return str(v)

    def as_json(self) -> dict[str, object]:
        value = self.value
        if value is not None and not isinstance(value, int | float | str | bool):
            value = str(value)
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "value": value,
                "message": self.message}


@dataclass(frozen=True, slots=True)
class CellError:
    """A cell holding an error value (#DIV/0!, #VALUE!, ...): an error of that cell when a
    column reads it, never a number or an empty value."""

    text: str

    def __str__(self) -> str:
        return self.text or "#VALUE!"


@dataclass
class SheetData:
    sheet: wf.SheetDef
    title: str  # the sheet's name in the file
    header_row: int  # Excel row number of the header
    columns: dict[int, wf.Column]  # cell index -> column
    headers: dict[str, str]  # column field -> header as typed in the file
    rows: list[tuple[int, list[object]]]  # (Excel row number, cells) below the header
    header_cells: list[object] = field(default_factory=list)
    by_column: list[tuple[object, ...]] = field(default_factory=list)  # `rows`' cells, by column
    distinct: list[set[object]] = field(default_factory=list)  # each column's set of values
    skipped: set[int] = field(default_factory=set)  # indices of `rows`: sections, signatures
    from_pcmd: bool = False  # the workbook is a PCMD export (its manifest says so)
    redacted: bool = False  # ... with personal data left out


def transpose(rows: list[list[object]]) -> list[tuple[object, ...]]:
    """The columns of `rows` (short rows padded with None)."""
    if not rows:
        return []
    width = max(map(len, rows))
    if any(len(r) != width for r in rows):
        rows = [list(r) + [None] * (width - len(r)) for r in rows]
    return list(zip(*rows, strict=True))


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


def legacy_font_hint(names: list[str]) -> str | None:
    """"tcvn3" when the workbook's fonts include a .VnTime-like font, "vni" for VNI-Times."""
    legacy = [n for n in names if _FONT.match(n)]
    if not legacy:
        return None
    return "vni" if any(n.lower().startswith("vni") for n in legacy) else "tcvn3"


def _open(checked: safety.Checked):
    from python_calamine import CalamineWorkbook

    try:
        if isinstance(checked.source, Path):
            return CalamineWorkbook.from_path(str(checked.source))
        return CalamineWorkbook.from_filelike(io.BytesIO(checked.source))
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # calamine's errors, and its Rust panics, which
        # arrive as pyo3 PanicException (a BaseException) on damaged cells
        raise UsageError(tr("{file} is damaged or cannot be read as a workbook.").format(
            file=checked.path.name)) from None


class WorkbookReader:
    """Reads a workbook sheet by sheet. calamine parses the next sheet in a helper thread
    (it runs without Python's lock) while the caller checks the sheet before, so reading
    costs little more than the largest sheet. Raises UsageError for a damaged file."""

    def __init__(self, path: Path, limits: safety.Limits = safety.DEFAULT_LIMITS, *,
                 password: str | None = None) -> None:
        self.checked = safety.check_file(path, limits, password=password)
        weakref.finalize(self, self.checked.close)  # the temporary copy goes with the reader
        self.path = path
        self.limits = limits
        try:
            self.book = _open(self.checked)
        except BaseException:
            self.checked.close()
            raise
        self._index = {t: i for i, t in enumerate(self.book.sheet_names)}
        self.data = WorkbookData(path=path, legacy_hint=legacy_font_hint(self.checked.fonts))
        self.fix = TextFixer(self.data.legacy_hint)
        self._titles: list[tuple[str, wf.SheetDef]] = []  # data sheets, in file order
        self._notes: dict[str, list[Issue]] = {}  # warnings per sheet title
        seen: set[str] = set()
        for title in self.book.sheet_names:
            notes = self._notes.setdefault(title, [])
            if wf.is_manifest(title):
                self.data.manifest = _manifest(self._rows(title, self._sheet(title)), self.fix)
                continue
            sheet = wf.sheet_for_name(self.fix(title))
            if sheet is None:
                if wf.header_key(title) not in (wf.header_key(wf.INSTRUCTIONS_SHEET),
                                                wf.header_key(wf.LISTS_SHEET)):
                    notes.append(Issue(title, None, None, None, tr(
                        "Sheet “{sheet}” is not a sheet of the exchange workbook; it was "
                        "ignored.").format(sheet=title)))
                continue
            if sheet.key in seen:
                notes.append(Issue(title, None, None, None, tr(
                    "A second sheet “{sheet}” was ignored.").format(sheet=title)))
                continue
            seen.add(sheet.key)
            self._titles.append((title, sheet))
        self._warnings()

    @property
    def sheet_count(self) -> int:
        """How many data sheets the file has (known before they are read)."""
        return len(self._titles)

    def _damaged(self) -> UsageError:
        return UsageError(tr("{file} is damaged or cannot be read as a workbook.").format(
            file=self.path.name))

    def _sheet(self, title: str):  # a CalamineSheet (runs in the helper)
        try:
            return self.book.get_sheet_by_name(title)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:  # a Rust panic in calamine is a BaseException
            raise self._damaged() from None

    def _rows(self, title: str, sheet) -> list[list[object]]:
        try:
            rows = sheet.to_python(skip_empty_area=False)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:  # see _sheet
            raise self._damaged() from None
        extent = self.checked.extent(title, self._index.get(title, -1))
        if extent is not None:  # calamine reads error cells as empty: put them back
            blocks = getattr(extent.errors, "blocks", None)  # an .ods's (ods_scan.RowBlocks)
            for first, stop, columns in blocks or ():
                for r in range(first, min(stop, len(rows))):
                    row = rows[r]
                    for c0, c1, text in columns:
                        cell = CellError(text)  # one for the range (read, never changed)
                        for c in range(c0, min(c1, len(row))):
                            row[c] = cell
            for (r, c), text in (() if blocks is not None else extent.errors.items()):
                if r < len(rows) and c < len(rows[r]):
                    rows[r][c] = CellError(text)
            number_formats.apply(extent.percent, rows)  # 95% is 95, as it shows
        return rows

    def close(self) -> None:
        """Let go of the workbook (and of the temporary copy a large one is read from)."""
        book, self.book = self.book, None
        if book is not None:
            with contextlib.suppress(Exception):  # closed already
                book.close()
        self.checked.close()

    def _warnings(self) -> None:
        self.data.warnings = [w for notes in self._notes.values() for w in notes]

    def sheets(self, order: tuple[str, ...] = wf.DATA_KEYS) -> Iterator[SheetData]:
        """Each data sheet with a header row, sheets whose key comes first in `order` first.
        When all are read, `data.sheets`, `data.warnings` and `data.checksum` are complete."""
        wanted = sorted(self._titles, key=lambda t: order.index(t[1].key)
                        if t[1].key in order else len(order))
        parts: dict[str, SheetHasher] = {}
        self.data.sheets = []
        # Mã kiểm tra is worked out only for a workbook that has one to compare with
        hashing = bool(self.data.manifest.get(wf.header_key(wf.M_CHECKSUM)))
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pcmd-read")
        try:
            loading = [pool.submit(self._sheet, title) for title, _ in wanted]
            for (title, sheet), future in zip(wanted, loading, strict=True):
                calamine_sheet = future.result()
                rows = self._rows(title, calamine_sheet)
                extent = self.checked.extent(title, self._index.get(title, -1))
                merged = _merged(calamine_sheet) or (extent.merged if extent else [])
                data = _sheet(sheet, title, rows, self.fix, self._notes[title], merged,
                              extent.hidden if extent else None)
                if data is None:
                    continue
                software = str(self.data.manifest.get(wf.header_key(wf.M_SOFTWARE)) or "")
                data.from_pcmd = software.startswith("PCMD")
                data.redacted = wf.header_key(str(self.data.manifest.get(wf.header_key(
                    wf.M_REDACTED)) or "")) in wf.REDACTED_WORDS
                if hashing:
                    hasher = parts[sheet.key] = SheetHasher()
                    hasher.sheet(sheet.name)
                    hasher.row(data.header_cells)
                    hasher.columns(data.by_column, data.distinct)
                self.data.sheets.append(data)
                yield data
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            self.close()
        self.data.sheets.sort(key=lambda s: wf.DATA_KEYS.index(s.sheet.key))
        total = SheetHasher()
        for key in wf.DATA_KEYS:
            if key in parts:
                total.extend(parts[key])
        self.data.checksum = total.hexdigest() if hashing else ""
        self._warnings()


def read_workbook(path: Path, limits: safety.Limits = safety.DEFAULT_LIMITS, *,
                  password: str | None = None) -> WorkbookData:
    """Check the file, read every known sheet and the manifest. Raises UsageError."""
    reader = WorkbookReader(path, limits, password=password)
    for _ in reader.sheets():
        pass
    return reader.data


def _manifest(rows: list[list[object]], fix: TextFixer) -> dict[str, object]:
    out: dict[str, object] = {}
    for r in rows:
        if len(r) >= 2 and isinstance(r[0], str) and r[0].strip():
            value = fix(r[1]) if isinstance(r[1], str) else r[1]
            out[wf.header_key(fix(r[0]))] = value
    return out


def _merged(sheet) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    try:
        return list(sheet.merged_cell_ranges or ())
    except Exception:  # a format without merged ranges (.ods: the scan gives them)
        return []


# Fields whose value a cell merged over several data rows gives to each of them (a commune or a
# date typed once for its sessions); never a count (it would be counted twice) nor an id.
_FILLED_KINDS = frozenset({"date", "month", "unit", "catalogue", "multi", "bool"})


def _fill_merged(rows: list[list[object]], merged: list[tuple[tuple[int, int], tuple[int, int]]],
                 first_body: int, key: str, columns: dict[int, wf.Column]) -> None:
    """Give the value of a cell merged down over data rows to the rows it covers."""
    from desktop.services.record_specs import SPECS

    spec = SPECS.get(key)
    done: dict[int, int] = {}  # per column, the last row filled: overlapping ranges (a hostile
    # file's; spreadsheets forbid them) cost each cell once, never ranges x rows
    for (r0, c0), (r1, c1) in sorted(merged):
        col = columns.get(c0)
        if r1 <= r0 or r0 < first_body or col is None or r0 >= len(rows):
            continue
        if col.field != "@unit_code" and (spec is None or not spec.has_field(col.field)
                                          or spec.field(col.field).kind not in _FILLED_KINDS):
            continue
        value = rows[r0][c0] if c0 < len(rows[r0]) else None
        if value is None or value == "":
            continue
        last = min(r1, len(rows) - 1)
        for r in range(max(r0, done.get(c0, -1)) + 1, last + 1):
            row = rows[r]
            if c0 >= len(row) or row[c0] not in (None, ""):
                continue
            # a row blank but for the merged cell stays blank; a merge reaching into the
            # signature block ("Người lập biểu") ends there: neither is a record
            others = row[:c0] + row[c1 + 1:]
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in others):
                continue
            if header_shapes.is_signature(others):
                last = r
                break
            row[c0] = value
        done[c0] = max(done.get(c0, -1), last)


def _say_hidden(title: str, hidden: set[int], numbers: list[int] | range, skipped: set[int],
                warnings: list[Issue]) -> None:
    """Data rows hidden in Excel are imported like the others (hiding is not deleting), and
    said, so that a row hidden to keep it out of the report is not sent unknowingly."""
    rows = [n for i, n in enumerate(numbers) if n - 1 in hidden and i not in skipped]
    if not rows:
        return
    if len(rows) == 1:
        warnings.append(Issue(title, rows[0], None, None, tr(
            "Row {row} is hidden in the file; it was imported like the others (delete it from "
            "the sheet if it must not be sent).").format(row=rows[0])))
        return
    shown = ", ".join(map(str, rows[:10])) + (" …" if len(rows) > 10 else "")
    warnings.append(Issue(title, rows[0], None, None, tr(
        "Rows {rows} are hidden in the file; they were imported like the others (delete them "
        "from the sheet if they must not be sent).").format(rows=shown)))


def _spans(merged: list[tuple[tuple[int, int], tuple[int, int]]], row: int) -> dict[int, int]:
    """Column -> first column of the merged cell that covers it in `row` (0-based)."""
    out: dict[int, int] = {}
    for (r0, c0), (r1, c1) in merged:
        if r0 <= row <= r1 and c1 - c0 < 1000:
            for c in range(c0, c1 + 1):
                out[c] = c0
    return out


def _header(rows: list[list[object]], best: int, index: dict[str, wf.Column], fix: TextFixer,
            merged: list[tuple[tuple[int, int], tuple[int, int]]],
            ) -> tuple[list[object], int, int]:
    """The header cells, the Excel row number of the header's last row, and the index of the
    first body row: a header may take two rows (a group over its parts), and a row of column
    numbers under it is passed over."""

    def known(text: str) -> bool:
        return wf.header_key(fix(text)) in index

    def fields(cells: list[object]) -> set[str]:
        return {index[k].field for c in cells if isinstance(c, str)
                and (k := wf.header_key(fix(c))) in index}

    def score(cells: list[object]) -> int:
        return len(fields(cells))

    header, last, first_body = rows[best], best, best + 1
    best_score = score(header)
    for top in (best, best - 1):
        if top < 0 or top + 1 >= len(rows):
            continue
        spans = _spans(merged, top) if merged else None
        combined = header_shapes.combine_header(rows[top], rows[top + 1], known, spans)
        if combined is not None and score(combined) > best_score and fields(
                rows[top]) <= fields(combined):  # a column the first row named stays
            header, last, first_body, best_score = combined, top + 1, top + 2, score(combined)
    if first_body < len(rows) and header_shapes.column_numbers(rows[first_body]):
        first_body += 1
    return header, last + 1, first_body


def _sheet(
    sheet: wf.SheetDef, title: str, rows: list[list[object]], fix: TextFixer,
    warnings: list[Issue], merged: list[tuple[tuple[int, int], tuple[int, int]]] | None = None,
    hidden: set[int] | None = None,
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
    header, header_row, first_body = _header(rows, best, index, fix, merged or [])
    columns: dict[int, wf.Column] = {}
    headers: dict[str, str] = {}
    for ci, cell in enumerate(header):
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            continue
        text = clean_text(fix(cell) if isinstance(cell, str) else cell)
        col = index.get(wf.header_key(text))
        if col is not None and col.field in headers:  # typed twice: the first is read
            first = next(c for c, known in columns.items() if known.field == col.field)
            warnings.append(Issue(title, header_row, text, None, tr(
                "Column “{column}” appears twice (columns {first} and {second}); only column "
                "{first} was read.").format(column=text, first=column_letters(first + 1),
                                            second=column_letters(ci + 1))))
            continue
        if col is None:
            if wf.header_key(text) not in wf.IGNORED_HEADERS:
                warnings.append(Issue(title, header_row, text, None, tr(
                    "Column “{column}” is not a column of this sheet; it was ignored.")
                    .format(column=text)))
            continue
        columns[ci] = col
        headers[col.field] = text
    if merged:
        _fill_merged(rows, merged, first_body, sheet.key, columns)
    body = rows[first_body:]
    start = first_body + 1  # the Excel row of body[0]
    numbers: list[int] | range = range(start, start + len(body))
    if body:  # empty rows go first (one far cell makes a sheet of a million empty rows)
        empty = [""] * len(body[0])
        kept = list(compress(range(len(body)), map(empty.__ne__, body)))  # r != empty
        if len(kept) < len(body):
            numbers = [start + i for i in kept]
            body = [body[i] for i in kept]
    by_column = transpose(body)
    distinct = [set(c) for c in by_column]
    skipped, notes = header_shapes.shape_rows(
        body, by_column, distinct, list(columns), [ci for ci, c in columns.items() if c.required])
    for kind, first, last, text in notes:
        if kind == "section":
            warnings.append(Issue(title, numbers[first], None, text, tr(
                "Row {row} is a section heading (“{text}”); it was skipped.").format(
                    row=numbers[first], text=text)))
        elif first == last:
            warnings.append(Issue(title, numbers[first], None, None, tr(
                "Row {row} is the signature block under the table; it was skipped.").format(
                    row=numbers[first])))
        else:
            warnings.append(Issue(title, numbers[first], None, None, tr(
                "Rows {first} to {last} are the signature block under the table; they were "
                "skipped.").format(first=numbers[first], last=numbers[last])))
    if hidden:
        _say_hidden(title, hidden, numbers, skipped, warnings)
    return SheetData(sheet, title, header_row, columns, headers,
                     list(zip(numbers, body, strict=True)),
                     list(header), by_column, distinct, skipped)
