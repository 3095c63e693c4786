"""Read the table structure of an .ods content.xml before python-calamine does.

calamine reads every table of an .ods when it opens it. Repeated columns and rows are
expanded, and every copy of a cell's text is its own string: a few hundred bytes of XML can
ask for gigabytes (`table:number-columns-repeated="16384"` on a cell with a long text, in a
row repeated a million times), and `<text:s text:c="…"/>` asks for that many spaces. This
follows calamine's reading rules tag by tag and estimates, per table, the memory calamine
and python-calamine will use, the grid python-calamine builds, and the error cells (read as
empty text by calamine).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.exchange.xlsx_scan import Extent

MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
DATA_BYTES, STRING_BYTES, PY_SLOT = 32, 24, 8

_TAG = re.compile(rb"<(/?)([^\s/>!?]+)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>|<!--.*?-->"
                  rb"|<!\[CDATA\[.*?\]\]>|<\?.*?\?>", re.S)
_ATTR = re.compile(rb"([^\s=]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_TEXT_P = re.compile(rb"<text:p\b[^>]*>(.*?)</text:p>", re.S)
LINKS = frozenset({b"table:table-source", b"table:dde-source", b"office:dde-source",
                   b"table:cell-range-source", b"table:dde-link", b"table:dde-links"})
_LINK_IN_BODY = re.compile(rb"<(?:table:cell-range-source|table:table-source|office:dde-source)\b")


class RowBlocks:
    """Cells of a table kept as its rows give them: blocks of rows (a row repeated is one
    block) with the column ranges they share and a value per range, so that a row of 16,384
    error or percentage cells repeated a million times costs one entry, not 16 billion.
    `items()` gives ((row, column), value) for each cell; readers go through `blocks` only as
    far as calamine's grid reaches (reader._rows)."""

    def __init__(self) -> None:
        self.blocks: list[tuple[int, int, tuple[tuple[int, int, str], ...]]] = []

    def add(self, first: int, stop: int, columns: list[tuple[int, int, str]]) -> None:
        """Rows first..stop-1, each with the cells of `columns` ((first, stop, value))."""
        if stop > first and columns:
            self.blocks.append((first, stop, tuple(columns)))

    def __bool__(self) -> bool:
        return bool(self.blocks)

    def items(self):  # Iterator[tuple[tuple[int, int], str]]
        for first, stop, columns in self.blocks:
            for r in range(first, stop):
                for c0, c1, value in columns:
                    for c in range(c0, c1):
                        yield (r, c), value

    def __iter__(self):  # Iterator[tuple[int, int]]
        return (cell for cell, _ in self.items())


def _extend(ranges: list[tuple[int, int, str]], first: int, copies: int, value: str) -> None:
    """Add columns first..first+copies-1 of `value`, joined to the range before when they go
    on from it with the same value."""
    if ranges and ranges[-1][1] == first and ranges[-1][2] == value:
        ranges[-1] = (ranges[-1][0], first + copies, value)
    else:
        ranges.append((first, first + copies, value))


class OdsDamaged(Exception):
    """content.xml cannot be read (calamine would refuse it too)."""


@dataclass
class OdsTable:
    name: str
    extent: Extent
    memory: int = 0  # bytes calamine and python-calamine need for this table


@dataclass
class OdsBook:
    tables: list[OdsTable] = field(default_factory=list)
    fonts: list[str] = field(default_factory=list)
    links: bool = False  # table:table-source, DDE links, external cell ranges


def _attrs(raw: bytes) -> dict[bytes, bytes]:
    out: dict[bytes, bytes] = {}
    for m in _ATTR.finditer(raw):
        out.setdefault(m.group(1), m.group(2) if m.group(2) is not None else m.group(3))
    return out


def _count(value: bytes | None) -> int:
    if value is None:
        return 1
    text = value.strip()
    if not text.isdigit():
        raise OdsDamaged(f"bad repeat count {value!r}")
    return int(text)


def scan(content: bytes) -> OdsBook:
    book = OdsBook()
    table: OdsTable | None = None
    state = _Table()
    pos = 0
    while (m := _TAG.search(content, pos)) is not None:
        pos = m.end()
        closing, name, raw = m.group(1), m.group(2), m.group(3) or b""
        if name is None:
            continue
        if name == b"style:font-face" and not closing:
            attrs = _attrs(raw)
            font = attrs.get(b"style:name") or attrs.get(b"svg:font-family")
            if font:
                book.fonts.append(font.decode("utf-8", "replace").strip("'\""))
        elif name in LINKS and not closing:
            book.links = True
        if table is None:
            if name == b"table:table" and not closing:
                title = _attrs(raw).get(b"table:name")
                if title is not None:
                    table = OdsTable(title.decode("utf-8", "replace"), Extent())
                    state = _Table()
            continue
        if name == b"table:table" and closing:
            state.finish(table)
            book.tables.append(table)
            table = None
        elif name == b"table:table-row":
            if closing:
                state.end_row()
            else:
                state.start_row(_count(_attrs(raw).get(b"table:number-rows-repeated")))
                if raw.endswith(b"/"):
                    state.end_row()
        elif name in (b"table:table-cell", b"table:covered-table-cell") and not closing:
            attrs = _attrs(raw)
            repeats = _count(attrs.get(b"table:number-columns-repeated"))
            body = b""
            if not raw.endswith(b"/"):  # calamine reads the cell to its end: skip its body
                end = content.find(b"</" + name + b">", pos)
                end = end if end >= 0 else len(content)
                body, pos = content[pos:end], end
                if _LINK_IN_BODY.search(body):
                    book.links = True
            state.cell(repeats, attrs, body)
    if table is not None:
        raise OdsDamaged("a table has no end")
    return book


def _span(value: bytes | None) -> int:
    """A merged cell's rows or columns (1 when absent or not a count: calamine ignores it),
    within a sheet's size."""
    text = (value or b"").strip()
    return min(int(text), MAX_ROWS) if text.isdigit() and int(text) > 0 else 1


def _text_length(body: bytes) -> int:
    """Upper bound of the text calamine builds from a cell's paragraphs (with text:s)."""
    spaces = 0
    for m in re.finditer(rb"<text:s\b([^>]*)>", body):
        c = _attrs(m.group(1)).get(b"text:c")
        spaces += _count(c) if c is not None else 1
    return len(body) + spaces


class _Table:
    def __init__(self) -> None:
        self.total_rows = 0  # rows so far, as calamine caps them
        self.row_repeats = 1
        self.row_cells = 0  # cells pushed in the current row
        self.pending_empty = 0
        self.row_bytes = 0  # string bytes pushed in the current row
        self.row_has_value = False
        self.pushed = 0
        self.pushed_bytes = 0
        self.last_row = -1  # absolute row of the last non-empty row's last copy
        self.max_col = -1
        self.box_bytes = 0
        self.cells = 0
        self.errors = RowBlocks()  # error cells, "#N/A"... (calamine reads them as empty)
        self.row_errors: list[tuple[int, int, str]] = []  # (first, stop column, text)
        self.row_percent: list[tuple[int, int, str]] = []  # columns shown as a percentage
        self.percent = RowBlocks()
        self.merged: list[tuple[tuple[int, int], tuple[int, int]]] = []

    def start_row(self, repeats: int) -> None:
        remaining = max(0, MAX_ROWS - self.total_rows)
        self.row_repeats = min(repeats, remaining)
        self.row_cells = self.pending_empty = self.row_bytes = 0
        self.row_has_value = False
        self.row_errors = []
        self.row_percent = []

    def cell(self, repeats: int, attrs: dict[bytes, bytes], body: bytes) -> None:
        value = any(k in attrs for k in (b"office:value", b"office:string-value",
                                         b"office:date-value", b"office:time-value",
                                         b"office:boolean-value", b"table:formula"))
        if not value and attrs.get(b"office:value-type") == b"string":
            value = True
        # as calamine's read_row: the empty cells before this one are pushed first (empty
        # cells at the end of a row never are), each count capped at 16,384 columns
        self.row_cells += min(self.pending_empty, max(0, MAX_COLUMNS - self.row_cells))
        copies = min(repeats, max(0, MAX_COLUMNS - self.row_cells))
        rows, cols = _span(attrs.get(b"table:number-rows-spanned")), _span(
            attrs.get(b"table:number-columns-spanned"))
        if (rows > 1 or cols > 1) and copies and self.row_repeats:
            # the first copy only: a merged cell repeated is a spreadsheet's oddity
            first = (self.total_rows, self.row_cells)
            self.merged.append((first, (first[0] + rows - 1, first[1] + cols - 1)))
        if not value:
            self.pending_empty = copies
            return
        length = _text_length(body) + sum(len(v) for v in attrs.values())
        if attrs.get(b"office:value-type") == b"percentage" and copies:
            _extend(self.row_percent, self.row_cells, copies, "%")
        if attrs.get(b"calcext:value-type") == b"error":
            text = _TEXT_P.search(body)
            literal = text.group(1).decode("utf-8", "replace") if text else ""
            if copies:
                _extend(self.row_errors, self.row_cells, copies, literal)
        self.row_cells += copies
        self.row_bytes += copies * (length + STRING_BYTES)
        self.row_has_value = self.row_has_value or copies > 0

    def end_row(self) -> None:
        first = self.total_rows
        self.total_rows += self.row_repeats
        self.pushed += self.row_cells
        self.pushed_bytes += self.row_bytes
        if self.row_has_value and self.row_repeats:
            self.last_row = self.total_rows - 1
            self.max_col = max(self.max_col, self.row_cells - 1)
            self.box_bytes += self.row_bytes * self.row_repeats
            self.cells += self.row_cells * self.row_repeats
            # every copy of a repeated row, as calamine gives them, in one block
            self.errors.add(first, self.total_rows, self.row_errors)
            self.percent.add(first, self.total_rows, self.row_percent)
        self.row_cells = self.row_bytes = self.pending_empty = 0
        self.row_has_value = False

    def finish(self, table: OdsTable) -> None:
        ext = table.extent
        ext.rows, ext.cols = self.last_row + 1, self.max_col + 1
        ext.cells = self.cells
        ext.errors = self.errors
        ext.merged = self.merged
        ext.percent = self.percent
        ext.exact = True
        grid = ext.rows * ext.cols
        # cells and formulas as read, the trimmed grid of both, python-calamine's copy from
        # A1, and every copied string (Rust and Python)
        table.memory = (self.pushed * (DATA_BYTES + STRING_BYTES) + self.pushed_bytes
                        + grid * (2 * DATA_BYTES + STRING_BYTES + PY_SLOT)
                        + 2 * self.box_bytes)
