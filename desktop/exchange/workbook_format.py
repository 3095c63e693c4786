"""Exchange workbook format 1 (docs/exchange-workbook.md): sheets, columns, synonyms, manifest.

A column maps a header to a record field (a name of desktop.services.record_specs) or to a
special value written "@...": @id (Mã bản ghi), @updated (Cập nhật lúc), @unit_code (Mã
xã/phường, a documented synonym column carrying the official code), and the references of
attendance and inspection rows. Headers are matched by `header_key`: accents, case, spacing
and punctuation ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.text import fold

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


C = Column
UNIT = ("Xã, phường", "Phường/xã", "Phường, xã", "Địa bàn", "Xã/phường/thị trấn", "Xã phường")
UNIT_CODE = ("Mã xã", "Mã phường", "Mã đơn vị hành chính", "Mã ĐVHC")
TAIL = (
    C("Ghi chú", "note", ("Ghi chu", "Chú thích"), 24),
    C("Mã bản ghi", "@id", ("Mã", "ID", "Record id"), 38),
    C("Cập nhật lúc", "@updated", ("Cập nhật", "Thời điểm cập nhật"), 24),
)


def _unit(required: bool = False) -> tuple[Column, Column]:
    return (C("Xã/phường", "unit_id", UNIT, 22, required),
            C("Mã xã/phường", "@unit_code", UNIT_CODE, 10))


SHEETS: tuple[SheetDef, ...] = (
    SheetDef("outreach", "Tuyên truyền", (
        C("Ngày", "date", ("Ngày tổ chức", "Thời gian", "Ngày thực hiện"), 12, True),
        *_unit(True),
        C("Hình thức", "form", ("Hình thức tuyên truyền",), 22, True),
        C("Tiêu đề", "title", ("Nội dung", "Tên hoạt động", "Tên chương trình"), 40),
        C("Địa điểm", "location", ("Nơi tổ chức",), 24),
        C("Chủ đề", "topics", (), 22),
        C("Đơn vị tổ chức", "organiser", ("Cơ quan tổ chức", "Đơn vị chủ trì"), 24),
        C("Đối tượng", "audiences", ("Đối tượng tham dự",), 24),
        C("Số người tham dự", "participants", ("Số người", "Số lượt người", "Số người dự",
                                               "Tổng số người tham dự"), 12, True),
        C("Trong đó nữ", "women", ("Nữ", "Số nữ"), 10),
        C("Số tài liệu phát", "documents", ("Tài liệu", "Số tài liệu"), 12),
        C("Số tờ gấp, tờ rơi", "leaflets", ("Tờ rơi", "Tờ gấp", "Số tờ rơi"), 12),
        *TAIL,
    ), ("Tuyen truyen", "Tuyên truyền trực tiếp")),
    SheetDef("media", "Truyền thông", (
        C("Ngày", "date", ("Ngày đăng", "Ngày phát"), 12, True),
        C("Loại", "kind", ("Loại tin bài", "Thể loại"), 22, True),
        C("Cơ quan, kênh", "channel", ("Cơ quan", "Kênh", "Báo, đài"), 30),
        C("Tiêu đề", "title", ("Nội dung", "Tên bài"), 40),
        C("Số lượng", "quantity", ("Số", "Số lượt"), 10, True),
        *TAIL,
    )),
    SheetDef("training", "Tập huấn", (
        C("Từ ngày", "date_from", ("Ngày bắt đầu", "Ngày", "Ngày mở lớp"), 12, True),
        C("Đến ngày", "date_to", ("Ngày kết thúc",), 12),
        C("Tên lớp", "name", ("Tên lớp tập huấn", "Nội dung"), 36, True),
        C("Cấp tổ chức", "level", ("Cấp",), 14),
        C("Đơn vị tổ chức", "organiser", ("Cơ quan tổ chức",), 24),
        C("Đối tượng", "trainee_groups", ("Đối tượng học viên",), 28),
        C("Số học viên", "trainees", ("Học viên", "Số người"), 10, True),
        C("Số tài liệu phát", "documents", ("Tài liệu",), 12),
        *_unit(),
        *TAIL,
    )),
    SheetDef("officers", "Cán bộ", (
        C("Mã cán bộ", "officer_code", ("Mã CB", "Mã số"), 12, True),
        C("Họ và tên", "full_name", ("Họ tên", "Tên cán bộ"), 26, True),
        C("Xã/phường", "unit_id", (*UNIT, "Đơn vị công tác", "Nơi công tác"), 22),
        C("Mã xã/phường", "@unit_code", UNIT_CODE, 10),
        C("Chức vụ", "position", ("Chức danh",), 22),
        C("Thành viên Đội 178", "team_178", ("Đội 178",), 10),
        C("Đang công tác", "active", ("Còn công tác",), 10),
        C("Ngày bắt đầu công tác", "started_on", ("Ngày bắt đầu",), 12),
        C("Ngày thôi công tác", "ended_on", ("Ngày nghỉ", "Ngày kết thúc"), 12),
        *TAIL,
    ), ("Can bo", "Danh sách cán bộ")),
    SheetDef("attendance", "Học viên", (
        C("Mã lớp", "@class", ("Lớp",), 38, True),
        C("Mã cán bộ", "@officer", ("Mã CB",), 12, True),
        *TAIL,
    )),
    SheetDef("establishments", "Cơ sở", (
        C("Mã cơ sở", "est_code", ("Mã số cơ sở",), 14, True),
        C("Tên cơ sở", "name", ("Tên", "Tên cơ sở kinh doanh"), 30, True),
        C("Loại hình", "type", ("Loại hình kinh doanh", "Ngành nghề"), 18, True),
        C("Địa chỉ", "address", (), 30),
        *_unit(True),
        C("Số GCN đăng ký kinh doanh", "business_reg_no", ("Số GCN", "Số ĐKKD",
                                                            "Giấy chứng nhận ĐKKD"), 16),
        C("Chủ cơ sở", "owner_name", ("Họ tên chủ cơ sở", "Chủ"), 24),
        C("Điện thoại", "phone", ("Số điện thoại", "SĐT"), 14),
        C("Số lao động", "workers", ("Lao động", "Số nhân viên"), 10),
        C("Trạng thái", "status", ("Tình trạng",), 16),
        C("Ngày bắt đầu hoạt động", "opened_on", ("Ngày hoạt động",), 12),
        C("Ngày đóng cửa", "closed_on", (), 12),
        *TAIL,
    ), ("Co so", "Cơ sở kinh doanh")),
    SheetDef("inspections", "Kiểm tra", (
        C("Ngày", "date", ("Ngày kiểm tra",), 12, True),
        C("Mã cơ sở", "@est_ref", (), 38),
        C("Tên cơ sở", "@est_name", ("Cơ sở", "Tên cơ sở được kiểm tra"), 30),
        C("Xã/phường", "@est_unit", UNIT, 22),
        C("Mã xã/phường", "@est_unit_code", UNIT_CODE, 10),
        C("Đội kiểm tra", "team", ("Đoàn kiểm tra", "Lực lượng kiểm tra"), 20),
        C("Theo kế hoạch", "planned", ("Kế hoạch",), 10, True),
        C("Có vi phạm", "violation", ("Vi phạm",), 10, True),
        C("Hành vi vi phạm", "violation_text", ("Nội dung vi phạm",), 30),
        C("Hình thức xử lý", "sanctions", ("Xử lý",), 22),
        C("Số tiền phạt", "fine_vnd", ("Tiền phạt", "Số tiền phạt (đồng)"), 14),
        C("Số người mua dâm bị xử lý", "buyers", ("Người mua dâm",), 10),
        C("Số người bán dâm bị xử lý", "sellers", ("Người bán dâm",), 10),
        C("Số vụ án hình sự", "criminal_cases", ("Vụ án hình sự",), 10),
        *TAIL,
    ), ("Kiem tra",)),
    SheetDef("support", "Hỗ trợ", (
        C("Tháng", "month", ("Tháng báo cáo",), 10, True),
        *_unit(True),
        C("Hoạt động", "activity", ("Hình thức hỗ trợ",), 24, True),
        C("Số người được hỗ trợ", "people", ("Số người",), 12, True),
        C("Trong đó tái hòa nhập", "reintegrated", ("Tái hòa nhập",), 12),
        *TAIL,
    )),
    SheetDef("plans", "Kế hoạch", (
        C("Năm", "year", (), 8, True),
        C("Chỉ tiêu", "indicator", (), 40, True),
        C("Giá trị", "value", ("Chỉ tiêu kế hoạch", "Mức"), 12, True),
        *_unit(),
        *TAIL,
    )),
    SheetDef("deletions", "Đã xóa", (
        C("Mã bản ghi", "@id", ("Mã",), 38, True),
        C("Loại", "@kind", ("Sheet", "Bảng"), 16, True),
        C("Ngày xóa", "@deleted", ("Xóa lúc",), 24),
    )),
)
SHEET_BY_KEY: dict[str, SheetDef] = {s.key: s for s in SHEETS}
DATA_KEYS: tuple[str, ...] = tuple(s.key for s in SHEETS)
RECORD_KEYS: tuple[str, ...] = tuple(k for k in DATA_KEYS if k != "deletions")
# Import order: what others refer to comes first.
IMPORT_ORDER = ("training", "officers", "establishments", "outreach", "media", "attendance",
                "inspections", "support", "plans", "deletions")
# Check order: also referenced sheets first, and otherwise the usually small sheets before the
# big ones (outreach sessions, then inspections, are the most numerous records), so the
# big sheets are parsed in the background while the small ones are checked.
CHECK_ORDER = ("training", "officers", "establishments", "plans", "support", "attendance",
               "media", "inspections", "outreach", "deletions")

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
IGNORED_HEADERS = frozenset({"stt", "tt", "sott", "sothutu"})
TOTAL_WORDS = frozenset({"tong cong", "cong", "tong", "tong so", "cong toan"})
DATE_FORMAT = "dd/mm/yyyy"
MONTH_FORMAT = "mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm:ss.000"

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def header_key(text: object) -> str:
    """"Số tờ gấp, tờ rơi *" -> "sotogaptoroi": accents, case, spacing, punctuation ignored."""
    return _NON_ALNUM.sub("", fold(str(text or "")).replace("đ", "d"))


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
