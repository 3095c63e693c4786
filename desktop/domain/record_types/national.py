"""The record types behind the figures of the national reports (Ministry of Health, since
2025): hotspots, cases and rings, denunciations, people on record, prevention models.
Counts only: no person is ever named (domain.md, "Indicators the national reports count")."""

from __future__ import annotations

from desktop.domain.record_types.base import (
    Field,
    RecordType,
    at_most,
    dated,
    not_before,
    register,
)
from desktop.domain.record_types.programme import END_BEFORE_START, MAX_COUNT, commune, note
from desktop.i18n import QT_TRANSLATE_NOOP

MAX_PEOPLE = 100_000

HOTSPOTS = RecordType(
    "hotspots", QT_TRANSLATE_NOOP("records", "Hotspot"), "Tụ điểm",
    (
        commune(required=True),
        Field("location", QT_TRANSLATE_NOOP("fields", "Place"), "text", "Địa điểm",
              ("Địa chỉ", "Vị trí", "Tên tụ điểm"), 36, required=True),
        Field("kind", QT_TRANSLATE_NOOP("fields", "Kind"), "catalogue", "Loại",
              ("Loại tụ điểm", "Loại hình"), 22, catalogue="hotspot_kind"),
        Field("detected_on", QT_TRANSLATE_NOOP("fields", "Detected on"), "date",
              "Ngày phát hiện", ("Phát hiện", "Ngày phát hiện tụ điểm"), 12, required=True),
        Field("cleared_on", QT_TRANSLATE_NOOP("fields", "Cleared on"), "date", "Ngày xóa bỏ",
              ("Xóa bỏ", "Ngày xóa", "Ngày triệt xóa"), 12),
        Field("people", QT_TRANSLATE_NOOP("fields", "People involved"), "int", "Số đối tượng",
              ("Đối tượng", "Số người"), 10, max=MAX_PEOPLE),
        note(),
    ),
    register("detected_on", "cleared_on"),
    sheet_synonyms=("Tu diem", "Tụ điểm mại dâm", "Danh sách tụ điểm"),
    search_fields=("location", "note"),
    list_columns=("detected_on", "unit_id", "location", "kind", "people", "cleared_on"),
    tab="cases",
    rules=(not_before("cleared_on", "detected_on", QT_TRANSLATE_NOOP(
        "validation", "The date cleared is before the date detected.")),),
    title_fields=("location",),
    volume=0.005,
)

CASES = RecordType(
    "cases", QT_TRANSLATE_NOOP("records", "Case"), "Vụ việc",
    (
        Field("date", QT_TRANSLATE_NOOP("fields", "Date"), "date", "Ngày",
              ("Ngày phát hiện", "Ngày xảy ra"), 12, required=True),
        commune(required=True),
        Field("kind", QT_TRANSLATE_NOOP("fields", "Kind"), "catalogue", "Loại",
              ("Loại vụ việc", "Tính chất"), 24, required=True, catalogue="case_kind"),
        Field("detected_by", QT_TRANSLATE_NOOP("fields", "Detected by"), "text",
              "Cơ quan phát hiện", ("Lực lượng phát hiện", "Đơn vị phát hiện"), 26),
        Field("people", QT_TRANSLATE_NOOP("fields", "People involved"), "int", "Số đối tượng",
              ("Đối tượng", "Số người"), 10, max=MAX_PEOPLE),
        Field("brokers", QT_TRANSLATE_NOOP("fields", "Brothel-keepers, brokers"), "int",
              "Số chủ chứa, môi giới", ("Chủ chứa, môi giới", "Số chủ chứa"), 12,
              max=MAX_PEOPLE, default=0),
        Field("suspects", QT_TRANSLATE_NOOP("fields", "Suspects prosecuted"), "int", "Số bị can",
              ("Bị can", "Số bị can bị khởi tố"), 10, max=MAX_PEOPLE, default=0),
        Field("to_procuracy", QT_TRANSLATE_NOOP("fields", "Sent to the procuracy"), "bool",
              "Chuyển Viện kiểm sát", ("Chuyển VKS", "Viện kiểm sát"), 12, default=False),
        Field("trial_date", QT_TRANSLATE_NOOP("fields", "Tried on"), "date", "Ngày xét xử",
              ("Xét xử",), 12),
        note(),
    ),
    dated("date"),
    sheet_synonyms=("Vu viec", "Vụ việc, đường dây", "Vụ án"),
    search_fields=("detected_by", "note"),
    list_columns=("date", "unit_id", "kind", "detected_by", "people", "brokers", "suspects",
                  "to_procuracy", "trial_date"),
    tab="cases",
    rules=(
        at_most("brokers", "people", QT_TRANSLATE_NOOP(
            "validation",
            "Brothel-keepers and brokers ({value}) cannot be more than people involved "
            "({total}).")),
        at_most("suspects", "people", QT_TRANSLATE_NOOP(
            "validation", "Suspects ({value}) cannot be more than people involved ({total}).")),
        not_before("trial_date", "date", QT_TRANSLATE_NOOP(
            "validation", "The trial date is before the date of the case.")),
    ),
    volume=0.01,
)

DENUNCIATIONS = RecordType(
    "denunciations", QT_TRANSLATE_NOOP("records", "Denunciation"), "Tin báo",
    (
        Field("received_on", QT_TRANSLATE_NOOP("fields", "Received on"), "date",
              "Ngày tiếp nhận", ("Ngày nhận", "Ngày"), 12, required=True),
        commune(),
        Field("source", QT_TRANSLATE_NOOP("fields", "Source"), "catalogue", "Nguồn",
              ("Nguồn tin", "Nguồn tin báo"), 20, catalogue="denunciation_source"),
        Field("content", QT_TRANSLATE_NOOP("fields", "Content"), "text", "Nội dung",
              ("Nội dung tin báo", "Nội dung phản ánh"), 40, personal=True),
        Field("handled_on", QT_TRANSLATE_NOOP("fields", "Handled on"), "date", "Ngày xử lý",
              ("Ngày giải quyết", "Xử lý"), 12),
        Field("result", QT_TRANSLATE_NOOP("fields", "Result"), "text", "Kết quả",
              ("Kết quả xử lý", "Kết quả giải quyết"), 30),
        note(),
    ),
    dated("received_on"),
    sheet_synonyms=("Tin bao", "Tin báo, tố giác", "Tố giác"),
    search_fields=("content", "result", "note"),
    list_columns=("received_on", "unit_id", "source", "content", "handled_on", "result"),
    tab="cases",
    rules=(not_before("handled_on", "received_on", QT_TRANSLATE_NOOP(
        "validation", "The date handled is before the date received.")),),
    volume=0.01,
)

PEOPLE = RecordType(
    "people", QT_TRANSLATE_NOOP("records", "People figures"), "Đối tượng",
    (
        Field("month", QT_TRANSLATE_NOOP("fields", "Month"), "month", "Tháng",
              ("Tháng báo cáo",), 10, required=True),
        commune(required=True),
        Field("recorded", QT_TRANSLATE_NOOP("fields", "Sex workers on record"), "int",
              "Số người bán dâm có hồ sơ", ("Có hồ sơ", "Số người có hồ sơ quản lý",
                                            "Số người bán dâm có hồ sơ quản lý"), 14,
              required=True, max=MAX_COUNT),
        Field("women", QT_TRANSLATE_NOOP("fields", "of whom women"), "int", "Trong đó nữ",
              ("Nữ", "Số nữ"), 10, max=MAX_COUNT),
        Field("minors", QT_TRANSLATE_NOOP("fields", "of whom under 18"), "int",
              "Trong đó dưới 18 tuổi", ("Dưới 18 tuổi", "Chưa thành niên"), 10, max=MAX_COUNT),
        Field("estimated", QT_TRANSLATE_NOOP("fields", "Sex workers estimated"), "int",
              "Số người bán dâm ước tính", ("Ước tính", "Số ước tính"), 14, max=MAX_COUNT),
        note(),
    ),
    dated("month"),
    sheet_synonyms=("Doi tuong", "Người bán dâm", "Số người bán dâm"),
    search_fields=("note",),
    unique=("month", "unit_id"),
    list_columns=("month", "unit_id", "recorded", "women", "minors", "estimated", "note"),
    tab="support",
    rules=(
        at_most("women", "recorded", QT_TRANSLATE_NOOP(
            "validation", "Women ({value}) cannot be more than people on record ({total}).")),
        at_most("minors", "recorded", QT_TRANSLATE_NOOP(
            "validation", "Under 18 ({value}) cannot be more than people on record ({total}).")),
    ),
    volume=0.02,
)

MODELS = RecordType(
    "models", QT_TRANSLATE_NOOP("records", "Prevention model"), "Mô hình",
    (
        Field("name", QT_TRANSLATE_NOOP("fields", "Model name"), "text", "Tên mô hình",
              ("Tên", "Mô hình"), 36, required=True),
        commune(required=True),
        Field("kind", QT_TRANSLATE_NOOP("fields", "Kind"), "catalogue", "Loại",
              ("Loại mô hình", "Loại hình"), 24, required=True, catalogue="model_kind"),
        Field("date_from", QT_TRANSLATE_NOOP("fields", "From"), "date", "Từ ngày",
              ("Ngày bắt đầu", "Ngày thành lập"), 12, required=True),
        Field("date_to", QT_TRANSLATE_NOOP("fields", "To"), "date", "Đến ngày",
              ("Ngày kết thúc", "Ngày dừng"), 12),
        Field("people", QT_TRANSLATE_NOOP("fields", "People supported"), "int",
              "Số người được hỗ trợ", ("Số người", "Số người tham gia"), 12, max=MAX_COUNT),
        note(),
    ),
    register("date_from", "date_to"),
    sheet_synonyms=("Mo hinh", "Mô hình phòng, chống mại dâm", "Danh sách mô hình"),
    search_fields=("name", "note"),
    not_future=False,
    list_columns=("name", "unit_id", "kind", "date_from", "date_to", "people"),
    tab="support",
    rules=(not_before("date_to", "date_from", END_BEFORE_START),),
    title_fields=("name",),
    volume=0.003,
)

NATIONAL_TYPES: tuple[RecordType, ...] = (HOTSPOTS, CASES, DENUNCIATIONS, PEOPLE, MODELS)
