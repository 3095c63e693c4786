"""A printed document as plain data (no Qt): the Decree 30/2020 letterhead, paragraphs,
tables and the signature block, in page sections. One document, three renderers: Word
(docx_writer.py), PDF and the print preview (pdf_layout.py), Excel (excel.py). The keep rules
live here, so every renderer paginates alike: a heading keeps with what follows, a table
repeats its header rows on every page and never leaves its totals row alone, the signature
block is never alone on a page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Cell = str | int | float | None
#: called by a renderer as it goes (blocks done, blocks in all); raising there stops the
#: writing, and the file being written is removed (output_file.write_whole)
Tick = Callable[[int, int], None]


def no_tick(_done: int, _total: int) -> None:
    return None


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Para:
    """A paragraph; `size` in points. `placeholder`: text the manager replaces before signing
    (printed in italics, in brackets)."""

    runs: list[Run]
    align: str = "justify"  # left | center | right | justify
    size: float = 14.0
    indent_mm: float = 0.0  # first-line indent
    space_before: float = 0.0  # points
    space_after: float = 6.0
    keep_with_next: bool = False
    placeholder: bool = False

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


def para(text: str, *, bold: bool = False, italic: bool = False, **kw: object) -> Para:
    return Para([Run(text, bold, italic)], **kw)  # type: ignore[arg-type]


def heading(text: str, size: float = 14.0, align: str = "left") -> Para:
    """A section heading: bold, kept with what follows it."""
    return Para([Run(text, bold=True)], align=align, size=size, space_before=6.0,
                space_after=6.0, keep_with_next=True)


@dataclass
class Row:
    cells: list[Cell]
    kind: str = "data"  # data | group (a section line inside the table) | total
    shaded: set[int] = field(default_factory=set)  # columns under target

    @property
    def bold(self) -> bool:
        return self.kind in ("group", "total")


@dataclass
class Table:
    headers: list[list[str]]  # header rows (each as many cells as columns)
    rows: list[Row]
    widths: list[float]  # relative
    align: list[str]  # per column: left | center | right
    size: float = 11.0
    sheet: str = ""  # the Excel sheet that holds this table (with accents)
    percent_cols: set[int] = field(default_factory=set)

    @property
    def ncols(self) -> int:
        return len(self.widths)


@dataclass
class Letterhead:
    """Top of the first page: agency block left, national heading right (Decree 30)."""

    parent: str  # the governing body, capitals, may be ""
    agency: str  # the issuing agency, bold capitals
    number: str  # "Số: 125/BC-SYT", may be ""
    nation: str
    motto: str
    place_date: str


@dataclass
class Signature:
    """End of the document: "Nơi nhận" on the left, the signer on the right; `preparer`:
    "Người lập biểu" in the middle (tables)."""

    recipients_title: str
    recipients: list[str]
    capacity: list[str]  # "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"
    signer: str
    hint: str = ""
    preparer_title: str = ""
    preparer: str = ""
    stamp: list[str] = field(default_factory=list)  # the digital signature's box, when signed


Block = Letterhead | Para | Table | Signature


@dataclass
class Section:
    blocks: list[Block]
    landscape: bool = False


@dataclass
class Doc:
    title: str  # file metadata
    sections: list[Section]
    sheet: str = ""  # Excel sheet of the blocks before the first table

    def blocks(self) -> list[Block]:
        return [b for s in self.sections for b in s.blocks]

    def signature(self) -> Signature | None:
        return next((b for b in self.blocks() if isinstance(b, Signature)), None)


#: Decree 30/2020 margins (mm), used by every renderer
MARGINS_MM = {"top": 20.0, "bottom": 20.0, "left": 30.0, "right": 15.0}
A4_MM = (210.0, 297.0)


def sheet_name(text: str) -> str:
    """An Excel sheet name: at most 31 characters, none of []:*?/\\ (accents kept)."""
    bad = set("[]:*?/\\")
    return "".join(" " if ch in bad else ch for ch in text).strip()[:31] or "Sheet"
