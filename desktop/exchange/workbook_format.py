"""Exchange workbook format 1 (docs/exchange-workbook.md): sheets, columns, synonyms, manifest.

The data sheets are derived from the record types (desktop/domain/record_types): one sheet per
type, one column per field, in the order of its fields. A column maps a header to a record
field or to a special value written "@...": @id (Mã bản ghi), @updated (Cập nhật lúc),
@unit_code (Mã xã/phường, after each commune column, carrying the official code), and the
columns of a reference to another record (@class, @officer, @est_*: see
desktop/exchange/references.py). Headers are matched by `header_key`: accents, case, spacing
and punctuation ignored.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.record_types import TYPES, RecordType, dependency_order, reference_of
from desktop.domain.record_types.base import header_key

FORMAT_VERSION = 1


@dataclass(frozen=True)
class Column:
    header: str
    field: str
    synonyms: tuple[str, ...] = ()
    width: int = 14
    required: bool = False


@dataclass(frozen=True)
class SheetDef:
    key: str
    name: str
    columns: tuple[Column, ...]
    synonyms: tuple[str, ...] = ()

    def column(self, field: str) -> Column | None:
        for c in self.columns:
            if c.field == field:
                return c
        return None

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]


UNIT_CODE = ("Mã xã", "Mã phường", "Mã đơn vị hành chính", "Mã ĐVHC")
ID_COLUMN = Column("Mã bản ghi", "@id", ("Mã", "ID", "Record id"), 38)
UPDATED_COLUMN = Column("Cập nhật lúc", "@updated", ("Cập nhật", "Thời điểm cập nhật"), 24)


def _columns(t: RecordType) -> tuple[Column, ...]:
    """A record type's columns: each field's (a commune's with its code after it, a
    reference's as its reference kind has them), then the record id and time stamp."""
    out: list[Column] = []
    for f in t.fields:
        if f.kind == "ref":
            out.extend(Column(c.header, c.name, c.synonyms, c.width, c.required)
                       for c in reference_of(f).columns)
            continue
        out.append(Column(f.header, f.name, f.synonyms, f.width, f.required))
        if f.kind == "unit":
            out.append(Column("Mã xã/phường", "@unit_code", UNIT_CODE, 10))
    return (*out, ID_COLUMN, UPDATED_COLUMN)


DELETIONS = SheetDef("deletions", "Đã xóa", (
    Column("Mã bản ghi", "@id", ("Mã",), 38, True),
    Column("Loại", "@kind", ("Sheet", "Bảng"), 16, True),
    Column("Ngày xóa", "@deleted", ("Xóa lúc",), 24),
))
SHEETS: tuple[SheetDef, ...] = (
    *(SheetDef(t.key, t.sheet, _columns(t), t.sheet_synonyms) for t in TYPES.values()),
    DELETIONS,
)
SHEET_BY_KEY: dict[str, SheetDef] = {s.key: s for s in SHEETS}
DATA_KEYS: tuple[str, ...] = tuple(s.key for s in SHEETS)
RECORD_KEYS: tuple[str, ...] = tuple(TYPES)
# Import order: what others refer to comes first; deletions last.
IMPORT_ORDER: tuple[str, ...] = (*dependency_order(), DELETIONS.key)
# Check order: also referenced sheets first, and otherwise the usually small sheets before the
# big ones (outreach sessions, then inspections, are the most numerous records), so the
# big sheets are parsed in the background while the small ones are checked.
CHECK_ORDER: tuple[str, ...] = (
    *dependency_order(first={k: t.volume for k, t in TYPES.items()}), DELETIONS.key)

MANIFEST_SHEET = "Thông tin"
INSTRUCTIONS_SHEET = "Hướng dẫn"
LISTS_SHEET = "Danh mục"
ERROR_COLUMN = "Lỗi"
M_UNIT_CODE = "Mã đơn vị"
M_UNIT_NAME = "Đơn vị"
M_FROM = "Từ ngày"
M_TO = "Đến ngày"
M_CREATED = "Ngày lập"
M_AUTHOR = "Người lập"
M_VERSION = "Phiên bản mẫu"
M_SOFTWARE = "Phần mềm"
M_COUNT_PREFIX = "Số bản ghi: "
M_CHECKSUM = "Mã kiểm tra"
M_REDACTED = "Dữ liệu cá nhân"  # "Đã lược bỏ" in a redacted export
REDACTED = "Đã lược bỏ"
REDACTED_WORDS = frozenset({header_key(REDACTED), header_key("Có")})
# Row numbers, and the error column of a rejected-rows workbook sent back corrected ("Lỗi")
IGNORED_HEADERS = frozenset({"stt", "tt", "sott", "sothutu", "loi"})
TOTAL_WORDS = frozenset({"tong cong", "cong", "tong", "tong so", "cong toan"})
DATE_FORMAT = "dd/mm/yyyy"
MONTH_FORMAT = "mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm:ss.000"

def _sheet_index() -> dict[str, SheetDef]:
    out: dict[str, SheetDef] = {}
    for s in SHEETS:
        for name in (s.name, *s.synonyms):
            out.setdefault(header_key(name), s)
    return out


_SHEET_INDEX = _sheet_index()


def sheet_for_name(name: str) -> SheetDef | None:
    return _SHEET_INDEX.get(header_key(name))


def is_manifest(name: str) -> bool:
    return header_key(name) == header_key(MANIFEST_SHEET)


def header_index(sheet: SheetDef) -> dict[str, Column]:
    """Header key -> column: canonical headers first, then synonyms (first one wins)."""
    out: dict[str, Column] = {}
    for c in sheet.columns:
        out.setdefault(header_key(c.header), c)
    for c in sheet.columns:
        for syn in c.synonyms:
            out.setdefault(header_key(syn), c)
    return out


def manifest_keys() -> list[str]:
    return [M_UNIT_CODE, M_UNIT_NAME, M_FROM, M_TO, M_CREATED, M_AUTHOR, M_VERSION, M_SOFTWARE,
            *[M_COUNT_PREFIX + s.name for s in SHEETS], M_CHECKSUM]
