"""Indicator keys of domain.md, in the order of the standard table."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Indicator:
    key: str
    label_vi: str
    label_en: str
    percent: bool = False


INDICATORS: tuple[Indicator, ...] = (
    Indicator("outreach_sessions", "Số buổi tuyên truyền", "Outreach sessions"),
    Indicator("outreach_participants", "Số lượt người tham dự", "Participants"),
    Indicator("outreach_women", "Trong đó nữ", "of whom women"),
    Indicator("documents_distributed", "Số tài liệu phát", "Documents handed out"),
    Indicator("leaflets_distributed", "Số tờ gấp, tờ rơi", "Leaflets handed out"),
    Indicator("media_special_pages", "Số chuyên trang, chuyên đề", "Special pages, series"),
    Indicator("media_articles", "Số bài viết", "Articles"),
    Indicator("media_news", "Số tin", "News items"),
    Indicator("website_visits", "Lượt truy cập website", "Website visits"),
    Indicator("communes_reached", "Số xã, phường được tuyên truyền", "Communes reached"),
    Indicator("communes_total", "Tổng số xã, phường", "Communes in all"),
    Indicator(
        "communes_reached_pct", "Tỷ lệ xã, phường được tuyên truyền (%)",
        "Communes reached (%)", percent=True,
    ),
    Indicator("training_classes", "Số lớp tập huấn", "Training classes"),
    Indicator("trainees", "Số lượt học viên", "Trainees"),
    Indicator("officers_total", "Số cán bộ làm công tác PCTNXH", "Officers"),
    Indicator("officers_trained", "Số cán bộ đã được tập huấn", "Officers trained"),
    Indicator("officers_trained_pct", "Tỷ lệ cán bộ được tập huấn (%)", "Officers trained (%)",
              percent=True),
    Indicator("establishments_total", "Số cơ sở kinh doanh dịch vụ nhạy cảm",
              "At-risk establishments"),
    Indicator("inspections", "Số lượt kiểm tra", "Inspections"),
    Indicator("inspections_planned", "Trong đó theo kế hoạch", "of which planned"),
    Indicator("inspections_unannounced", "Trong đó đột xuất", "of which unannounced"),
    Indicator("inspections_plan_target", "Số cuộc kiểm tra theo kế hoạch",
              "Planned inspections (plan)"),
    Indicator("inspections_plan_pct", "Tỷ lệ kiểm tra theo kế hoạch (%)",
              "Planned inspections done (%)", percent=True),
    Indicator("establishments_inspected", "Số cơ sở được kiểm tra", "Establishments inspected"),
    Indicator("establishments_inspected_pct", "Tỷ lệ cơ sở được kiểm tra (%)",
              "Establishments inspected (%)", percent=True),
    Indicator("establishments_violating", "Số cơ sở vi phạm", "Establishments in violation"),
    Indicator("fines_vnd", "Tiền phạt (đồng)", "Fines (VND)"),
    Indicator("buyers_sanctioned", "Số người mua dâm bị xử lý hành chính", "Buyers sanctioned"),
    Indicator("sellers_sanctioned", "Số người bán dâm bị xử lý hành chính", "Sellers sanctioned"),
    Indicator("criminal_cases", "Số vụ án hình sự chuyển Viện kiểm sát", "Criminal cases"),
    Indicator("people_supported", "Số người được hỗ trợ", "People supported"),
    Indicator("people_reintegrated", "Trong đó tái hòa nhập cộng đồng", "of whom reintegrated"),
)

INDICATOR_BY_KEY: dict[str, Indicator] = {i.key: i for i in INDICATORS}

# Figures a plan (Kế hoạch) may set that are no indicator of their own: the populations that
# the reach ratios of domain.md divide by (workers_reached_pct, students_reached_pct).
PLAN_FIGURES: tuple[Indicator, ...] = (
    Indicator("workers_population", "Số công nhân khu công nghiệp",
              "Industrial-zone workers (population)"),
    Indicator("students_population", "Số học sinh, sinh viên", "Pupils and students (population)"),
)

# What the Chỉ tiêu column of a plan may name: an indicator or a plan figure.
PLAN_KEY_BY_KEY: dict[str, Indicator] = {i.key: i for i in (*INDICATORS, *PLAN_FIGURES)}
