"""The record types of the programme's daily work: outreach, media, training, officers and
their attendance, establishments and their inspections, support, plans."""

from __future__ import annotations

from desktop.domain.record_types.base import (
    ANY_LEVEL,
    Field,
    RecordType,
    RefColumn,
    Reference,
    at_most,
    by_parent,
    dated,
    needs_flag,
    not_before,
    register,
    yearly,
)
from desktop.i18n import QT_TRANSLATE_NOOP

MAX_COUNT = 10_000_000
MAX_MONEY = 1_000_000_000_000

UNIT_SYNONYMS = ("Xã, phường", "Phường/xã", "Phường, xã", "Địa bàn", "Xã/phường/thị trấn",
                 "Xã phường")
END_BEFORE_START = QT_TRANSLATE_NOOP("validation", "The end date is before the start date.")


def commune(*, required: bool = False, levels: tuple[str, ...] = ("commune",),
            synonyms: tuple[str, ...] = UNIT_SYNONYMS) -> Field:
    """The commune (or, with `levels`, any unit) a record is about: column Xã/phường."""
    return Field("unit_id", QT_TRANSLATE_NOOP("fields", "Commune/ward"), "unit", "Xã/phường",
                 synonyms, 22, required, levels=levels)


def note() -> Field:
    """Every record type's free note (column Ghi chú)."""
    return Field("note", QT_TRANSLATE_NOOP("fields", "Note"), "text", "Ghi chú",
                 ("Ghi chu", "Chú thích"), 24)


OUTREACH = RecordType(
    "outreach", QT_TRANSLATE_NOOP("records", "Outreach session"), "Tuyên truyền",
    (
        Field("date", QT_TRANSLATE_NOOP("fields", "Date"), "date", "Ngày",
              ("Ngày tổ chức", "Thời gian", "Ngày thực hiện"), 12, required=True),
        commune(required=True),
        Field("form", QT_TRANSLATE_NOOP("fields", "Form"), "catalogue", "Hình thức",
              ("Hình thức tuyên truyền",), 22, required=True, catalogue="outreach_form"),
        Field("title", QT_TRANSLATE_NOOP("fields", "Title"), "text", "Tiêu đề",
              ("Nội dung", "Tên hoạt động", "Tên chương trình"), 40),
        Field("location", QT_TRANSLATE_NOOP("fields", "Venue"), "text", "Địa điểm",
              ("Nơi tổ chức",), 24),
        Field("topics", QT_TRANSLATE_NOOP("fields", "Topics"), "multi", "Chủ đề", (), 22,
              catalogue="topic"),
        Field("organiser", QT_TRANSLATE_NOOP("fields", "Organiser"), "catalogue",
              "Đơn vị tổ chức", ("Cơ quan tổ chức", "Đơn vị chủ trì"), 24, catalogue="organiser"),
        Field("audiences", QT_TRANSLATE_NOOP("fields", "Audience"), "multi", "Đối tượng",
              ("Đối tượng tham dự",), 24, catalogue="audience"),
        Field("participants", QT_TRANSLATE_NOOP("fields", "Participants"), "int",
              "Số người tham dự", ("Số người", "Số lượt người", "Số người dự",
                                   "Tổng số người tham dự"), 12, required=True, max=MAX_COUNT),
        Field("women", QT_TRANSLATE_NOOP("fields", "of whom women"), "int", "Trong đó nữ",
              ("Nữ", "Số nữ"), 10, max=MAX_COUNT),
        Field("workers", QT_TRANSLATE_NOOP("fields", "of whom industrial-zone workers"), "int",
              "Trong đó công nhân KCN", ("Công nhân KCN", "Công nhân khu công nghiệp",
                                         "Trong đó công nhân khu công nghiệp"), 12,
              max=MAX_COUNT),
        Field("students", QT_TRANSLATE_NOOP("fields", "of whom pupils and students"), "int",
              "Trong đó học sinh, sinh viên", ("Học sinh, sinh viên", "HS, SV",
                                               "Trong đó HS, SV"), 12, max=MAX_COUNT),
        Field("documents", QT_TRANSLATE_NOOP("fields", "Documents handed out"), "int",
              "Số tài liệu phát", ("Tài liệu", "Số tài liệu"), 12, max=MAX_COUNT, default=0),
        Field("leaflets", QT_TRANSLATE_NOOP("fields", "Leaflets handed out"), "int",
              "Số tờ gấp, tờ rơi", ("Tờ rơi", "Tờ gấp", "Số tờ rơi"), 12, max=MAX_COUNT,
              default=0),
        note(),
    ),
    dated("date"),
    sheet_synonyms=("Tuyen truyen", "Tuyên truyền trực tiếp"),
    search_fields=("title", "location", "note"),
    list_columns=("date", "unit_id", "form", "title", "location", "topics", "organiser",
                  "participants", "women", "workers", "students", "documents", "leaflets"),
    tab="outreach",
    rules=(
        at_most("women", "participants", QT_TRANSLATE_NOOP(
            "validation", "Women ({value}) cannot be more than participants ({total}).")),
        at_most("workers", "participants", QT_TRANSLATE_NOOP(
            "validation",
            "Industrial-zone workers ({value}) cannot be more than participants ({total}).")),
        at_most("students", "participants", QT_TRANSLATE_NOOP(
            "validation",
            "Pupils and students ({value}) cannot be more than participants ({total}).")),
    ),
    volume=0.252,
)

MEDIA = RecordType(
    "media", QT_TRANSLATE_NOOP("records", "Media item"), "Truyền thông",
    (
        Field("date", QT_TRANSLATE_NOOP("fields", "Date"), "date", "Ngày",
              ("Ngày đăng", "Ngày phát"), 12, required=True),
        Field("kind", QT_TRANSLATE_NOOP("fields", "Kind"), "catalogue", "Loại",
              ("Loại tin bài", "Thể loại"), 22, required=True, catalogue="media_kind"),
        Field("channel", QT_TRANSLATE_NOOP("fields", "Outlet, channel"), "text", "Cơ quan, kênh",
              ("Cơ quan", "Kênh", "Báo, đài"), 30),
        Field("title", QT_TRANSLATE_NOOP("fields", "Title"), "text", "Tiêu đề",
              ("Nội dung", "Tên bài"), 40),
        Field("quantity", QT_TRANSLATE_NOOP("fields", "Quantity"), "int", "Số lượng",
              ("Số", "Số lượt"), 10, required=True, max=1_000_000_000),
        note(),
    ),
    dated("date"),
    search_fields=("channel", "title", "note"),
    list_columns=("date", "kind", "channel", "title", "quantity"),
    tab="outreach",
    volume=0.08,
)

TRAINING = RecordType(
    "training", QT_TRANSLATE_NOOP("records", "Training class"), "Tập huấn",
    (
        Field("date_from", QT_TRANSLATE_NOOP("fields", "From"), "date", "Từ ngày",
              ("Ngày bắt đầu", "Ngày", "Ngày mở lớp"), 12, required=True),
        Field("date_to", QT_TRANSLATE_NOOP("fields", "To"), "date", "Đến ngày",
              ("Ngày kết thúc",), 12),
        Field("name", QT_TRANSLATE_NOOP("fields", "Class name"), "text", "Tên lớp",
              ("Tên lớp tập huấn", "Nội dung"), 36, required=True),
        Field("level", QT_TRANSLATE_NOOP("fields", "Level"), "catalogue", "Cấp tổ chức",
              ("Cấp",), 14, catalogue="training_level"),
        Field("organiser", QT_TRANSLATE_NOOP("fields", "Organiser"), "catalogue",
              "Đơn vị tổ chức", ("Cơ quan tổ chức",), 24, catalogue="organiser"),
        Field("trainee_groups", QT_TRANSLATE_NOOP("fields", "Trainees (groups)"), "multi",
              "Đối tượng", ("Đối tượng học viên",), 28, catalogue="trainee_group"),
        Field("trainees", QT_TRANSLATE_NOOP("fields", "Trainees"), "int", "Số học viên",
              ("Học viên", "Số người"), 10, required=True, max=MAX_COUNT),
        Field("documents", QT_TRANSLATE_NOOP("fields", "Documents handed out"), "int",
              "Số tài liệu phát", ("Tài liệu",), 12, max=MAX_COUNT, default=0),
        commune(levels=ANY_LEVEL),
        note(),
    ),
    dated("date_from"),
    search_fields=("name", "note"),
    list_columns=("date_from", "date_to", "name", "level", "organiser", "trainee_groups",
                  "trainees", "documents", "unit_id"),
    tab="training",
    rules=(not_before("date_to", "date_from", END_BEFORE_START),),
    title_fields=("name",),
    referenced_as=Reference("@class", (RefColumn("@class", "Mã lớp", ("Lớp",), 38, True),)),
    volume=0.03,
)

OFFICERS = RecordType(
    "officers", QT_TRANSLATE_NOOP("records", "Officer"), "Cán bộ",
    (
        Field("officer_code", QT_TRANSLATE_NOOP("fields", "Officer code"), "text", "Mã cán bộ",
              ("Mã CB", "Mã số"), 12, required=True),
        Field("full_name", QT_TRANSLATE_NOOP("fields", "Full name"), "text", "Họ và tên",
              ("Họ tên", "Tên cán bộ"), 26, required=True, personal=True),
        commune(levels=ANY_LEVEL, synonyms=(*UNIT_SYNONYMS, "Đơn vị công tác", "Nơi công tác")),
        Field("position", QT_TRANSLATE_NOOP("fields", "Position"), "text", "Chức vụ",
              ("Chức danh",), 22),
        Field("team_178", QT_TRANSLATE_NOOP("fields", "Member of Team 178"), "bool",
              "Thành viên Đội 178", ("Đội 178",), 10, default=False),
        Field("active", QT_TRANSLATE_NOOP("fields", "In service"), "bool", "Đang công tác",
              ("Còn công tác",), 10, default=True),
        Field("started_on", QT_TRANSLATE_NOOP("fields", "Started on"), "date",
              "Ngày bắt đầu công tác", ("Ngày bắt đầu",), 12),
        Field("ended_on", QT_TRANSLATE_NOOP("fields", "Left on"), "date", "Ngày thôi công tác",
              ("Ngày nghỉ", "Ngày kết thúc"), 12),
        note(),
    ),
    register("started_on", "ended_on"),
    sheet_synonyms=("Can bo", "Danh sách cán bộ"),
    search_fields=("officer_code", "full_name", "position", "note"),
    unique=("officer_code",),
    not_future=False,
    list_columns=("officer_code", "full_name", "unit_id", "position", "team_178", "active",
                  "started_on", "ended_on"),
    tab="training",
    rules=(not_before("ended_on", "started_on", END_BEFORE_START),),
    title_fields=("officer_code", "full_name"),
    referenced_as=Reference("@officer", (RefColumn("@officer", "Mã cán bộ", ("Mã CB",), 12,
                                                   True),), by="officer_code"),
    volume=0.02,
)

ATTENDANCE = RecordType(
    "attendance", QT_TRANSLATE_NOOP("records", "Attendance"), "Học viên",
    (
        Field("class_id", QT_TRANSLATE_NOOP("fields", "Class"), "ref", "Mã lớp", required=True,
              ref="training"),
        Field("officer_id", QT_TRANSLATE_NOOP("fields", "Officer"), "ref", "Mã cán bộ",
              required=True, ref="officers"),
        note(),
    ),
    by_parent("class_id"),
    unique=("class_id", "officer_id"),
    not_future=False,
    list_columns=("officer_id", "note"),
    tab="training",
    volume=0.08,
)

ESTABLISHMENTS = RecordType(
    "establishments", QT_TRANSLATE_NOOP("records", "Establishment"), "Cơ sở",
    (
        Field("est_code", QT_TRANSLATE_NOOP("fields", "Establishment code"), "text", "Mã cơ sở",
              ("Mã số cơ sở",), 14, required=True),
        Field("name", QT_TRANSLATE_NOOP("fields", "Name"), "text", "Tên cơ sở",
              ("Tên", "Tên cơ sở kinh doanh"), 30, required=True),
        Field("type", QT_TRANSLATE_NOOP("fields", "Type"), "catalogue", "Loại hình",
              ("Loại hình kinh doanh", "Ngành nghề"), 18, required=True,
              catalogue="establishment_type"),
        Field("address", QT_TRANSLATE_NOOP("fields", "Address"), "text", "Địa chỉ", (), 30),
        commune(required=True),
        Field("business_reg_no", QT_TRANSLATE_NOOP("fields", "Business registration no."),
              "text", "Số GCN đăng ký kinh doanh", ("Số GCN", "Số ĐKKD", "Giấy chứng nhận ĐKKD"),
              16),
        Field("owner_name", QT_TRANSLATE_NOOP("fields", "Owner"), "text", "Chủ cơ sở",
              ("Họ tên chủ cơ sở", "Chủ"), 24, personal=True),
        Field("phone", QT_TRANSLATE_NOOP("fields", "Phone"), "text", "Điện thoại",
              ("Số điện thoại", "SĐT"), 14, personal=True),
        Field("workers", QT_TRANSLATE_NOOP("fields", "Workers"), "int", "Số lao động",
              ("Lao động", "Số nhân viên"), 10, max=100_000),
        Field("status", QT_TRANSLATE_NOOP("fields", "Status"), "catalogue", "Trạng thái",
              ("Tình trạng",), 16, catalogue="establishment_status", default="hoat_dong"),
        Field("opened_on", QT_TRANSLATE_NOOP("fields", "Opened on"), "date",
              "Ngày bắt đầu hoạt động", ("Ngày hoạt động",), 12),
        Field("closed_on", QT_TRANSLATE_NOOP("fields", "Closed on"), "date", "Ngày đóng cửa",
              (), 12),
        note(),
    ),
    register("opened_on", "closed_on"),
    sheet_synonyms=("Co so", "Cơ sở kinh doanh"),
    search_fields=("est_code", "name", "address", "business_reg_no", "owner_name", "note"),
    unique=("est_code",),
    not_future=False,
    list_columns=("est_code", "name", "type", "address", "unit_id", "workers", "status",
                  "opened_on"),
    tab="inspections",
    rules=(not_before("closed_on", "opened_on", END_BEFORE_START),),
    title_fields=("est_code", "name"),
    referenced_as=Reference("@est", (
        RefColumn("@est_ref", "Mã cơ sở", (), 38),
        RefColumn("@est_name", "Tên cơ sở", ("Cơ sở", "Tên cơ sở được kiểm tra"), 30,
                  kind="name"),
        RefColumn("@est_unit", "Xã/phường", UNIT_SYNONYMS, 22, kind="unit"),
        RefColumn("@est_unit_code", "Mã xã/phường", ("Mã xã", "Mã phường",
                                                     "Mã đơn vị hành chính", "Mã ĐVHC"), 10),
    ), by="est_code"),
    volume=0.04,
)

INSPECTIONS = RecordType(
    "inspections", QT_TRANSLATE_NOOP("records", "Inspection"), "Kiểm tra",
    (
        Field("date", QT_TRANSLATE_NOOP("fields", "Date"), "date", "Ngày", ("Ngày kiểm tra",), 12,
              required=True),
        Field("establishment_id", QT_TRANSLATE_NOOP("fields", "Establishment"), "ref",
              "Mã cơ sở", required=True, ref="establishments"),
        Field("team", QT_TRANSLATE_NOOP("fields", "Inspection team"), "text", "Đội kiểm tra",
              ("Đoàn kiểm tra", "Lực lượng kiểm tra"), 20),
        Field("planned", QT_TRANSLATE_NOOP("fields", "Planned"), "bool", "Theo kế hoạch",
              ("Kế hoạch",), 10, required=True),
        Field("violation", QT_TRANSLATE_NOOP("fields", "Violation found"), "bool", "Có vi phạm",
              ("Vi phạm",), 10, required=True),
        Field("violation_text", QT_TRANSLATE_NOOP("fields", "Violation"), "text",
              "Hành vi vi phạm", ("Nội dung vi phạm",), 30),
        Field("sanctions", QT_TRANSLATE_NOOP("fields", "Sanctions"), "multi", "Hình thức xử lý",
              ("Xử lý",), 22, catalogue="sanction"),
        Field("fine_vnd", QT_TRANSLATE_NOOP("fields", "Fine (VND)"), "money", "Số tiền phạt",
              ("Tiền phạt", "Số tiền phạt (đồng)"), 14, max=MAX_MONEY, default=0),
        Field("buyers", QT_TRANSLATE_NOOP("fields", "Buyers sanctioned"), "int",
              "Số người mua dâm bị xử lý", ("Người mua dâm",), 10, max=100_000, default=0),
        Field("sellers", QT_TRANSLATE_NOOP("fields", "Sellers sanctioned"), "int",
              "Số người bán dâm bị xử lý", ("Người bán dâm",), 10, max=100_000, default=0),
        Field("criminal_cases", QT_TRANSLATE_NOOP("fields", "Criminal cases"), "int",
              "Số vụ án hình sự", ("Vụ án hình sự",), 10, max=100_000, default=0),
        note(),
    ),
    dated("date"),
    sheet_synonyms=("Kiem tra",),
    search_fields=("team", "violation_text", "note"),
    list_columns=("date", "team", "planned", "violation", "sanctions", "fine_vnd", "buyers",
                  "sellers", "criminal_cases", "violation_text"),
    tab="inspections",
    rules=(
        needs_flag("fine_vnd", "violation", ("fine_vnd", "sanctions"), QT_TRANSLATE_NOOP(
            "validation", "A fine or sanction needs a violation: tick “Violation found”.")),
    ),
    volume=0.27,
)

SUPPORT = RecordType(
    "support", QT_TRANSLATE_NOOP("records", "Support figures"), "Hỗ trợ",
    (
        Field("month", QT_TRANSLATE_NOOP("fields", "Month"), "month", "Tháng", ("Tháng báo cáo",),
              10, required=True),
        commune(required=True),
        Field("activity", QT_TRANSLATE_NOOP("fields", "Activity"), "catalogue", "Hoạt động",
              ("Hình thức hỗ trợ",), 24, required=True, catalogue="support_activity"),
        Field("people", QT_TRANSLATE_NOOP("fields", "People supported"), "int",
              "Số người được hỗ trợ", ("Số người",), 12, required=True, max=MAX_COUNT),
        Field("reintegrated", QT_TRANSLATE_NOOP("fields", "of whom reintegrated"), "int",
              "Trong đó tái hòa nhập", ("Tái hòa nhập",), 12, max=MAX_COUNT, default=0),
        note(),
    ),
    dated("month"),
    search_fields=("note",),
    unique=("month", "unit_id", "activity"),
    list_columns=("month", "unit_id", "activity", "people", "reintegrated", "note"),
    tab="support",
    rules=(
        at_most("reintegrated", "people", QT_TRANSLATE_NOOP(
            "validation",
            "Reintegrated ({value}) cannot be more than people supported ({total}).")),
    ),
    volume=0.16,
)

PLANS = RecordType(
    "plans", QT_TRANSLATE_NOOP("records", "Target"), "Kế hoạch",
    (
        Field("year", QT_TRANSLATE_NOOP("fields", "Year"), "year", "Năm", (), 8, required=True),
        Field("indicator", QT_TRANSLATE_NOOP("fields", "Indicator"), "indicator", "Chỉ tiêu",
              (), 40, required=True),
        Field("value", QT_TRANSLATE_NOOP("fields", "Value"), "float", "Giá trị",
              ("Chỉ tiêu kế hoạch", "Mức"), 12, required=True),
        commune(levels=ANY_LEVEL),
        note(),
    ),
    yearly("year"),
    search_fields=("note",),
    unique=("year", "indicator", "unit_id"),
    not_future=False,
    list_columns=("year", "indicator", "value", "unit_id", "note"),
    volume=0.02,
)

PROGRAMME_TYPES: tuple[RecordType, ...] = (
    OUTREACH, MEDIA, TRAINING, OFFICERS, ATTENDANCE, ESTABLISHMENTS, INSPECTIONS, SUPPORT, PLANS,
)
