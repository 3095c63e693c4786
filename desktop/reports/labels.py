"""Names printed on reports. The JSON of `pcmd report monthly` always carries the Vietnamese
period label (docs/cli.md); screens and printouts follow the interface language."""

from __future__ import annotations

from datetime import date

from desktop.domain.indicators import INDICATOR_BY_KEY
from desktop.domain.periods import Period
from desktop.i18n import current_language, translate
from desktop.reports.model import OWN, UNKNOWN, Report, ReportRow

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_LEVEL_VI = {"city": "Cấp thành phố", "province": "Cấp tỉnh", "district": "Cấp quận, huyện",
             "commune": "Cấp xã, phường"}
_LEVEL_EN = {"city": "City level", "province": "Province level", "district": "District level",
             "commune": "Commune level"}
UNKNOWN_VI = "Chưa xác định đơn vị mới"
UNKNOWN_EN = "New unit not yet known"


def lang_or_current(lang: str | None) -> str:
    return lang or current_language()


def period_label(period: Period, lang: str = "vi") -> str:
    y, s = period.end.year, period.start
    if lang == "vi":
        return {
            "month": f"Tháng {s.month} năm {y}",
            "quarter": f"Quý {(s.month + 2) // 3} năm {y}",
            "half": f"6 tháng đầu năm {y}" if s.month == 1 else f"6 tháng cuối năm {y}",
            "nine_months": f"9 tháng năm {y}",
            "year": f"Năm {y}",
            "programme": f"Giai đoạn {s.year}-{y}",
        }[period.kind]
    return {
        "month": f"{_MONTHS_EN[s.month - 1]} {y}",
        "quarter": f"Quarter {(s.month + 2) // 3} of {y}",
        "half": f"First half of {y}" if s.month == 1 else f"Second half of {y}",
        "nine_months": f"First nine months of {y}",
        "year": f"Year {y}",
        "programme": f"Programme period {s.year}-{y}",
    }[period.kind]


#: English names of the built-in definitions' table sections (an office's own sections are
#: printed as the office wrote them)
GROUPS_EN = {"Tuyên truyền": "Outreach", "Truyền thông": "Mass media", "Tập huấn": "Training",
             "Kiểm tra, xử lý": "Inspections and sanctions",
             "Tụ điểm, vụ việc": "Hotspots and cases", "Tin báo, tố giác": "Denunciations",
             "Đối tượng": "People on record", "Hỗ trợ, mô hình": "Support and models"}


def indicator_label(key: str, lang: str | None = None, report: Report | None = None) -> str:
    """An indicator's label: from the report's definitions when given (the office's own
    included), else from the built-in ones; an unknown key is shown as itself."""
    vi = lang_or_current(lang) == "vi"
    info = report.indicator(key) if report is not None else None
    if info is not None:
        return info.label_vi if vi else info.label_en
    ind = INDICATOR_BY_KEY.get(key)
    if ind is None:
        return key
    return ind.label_vi if vi else ind.label_en


def group_label(group: str, lang: str | None = None) -> str:
    """A table section's name in the interface language."""
    if lang_or_current(lang) == "en":
        return GROUPS_EN.get(group, group)
    return group


def row_name(row: ReportRow, report: Report, lang: str | None = None) -> str:
    lang = lang_or_current(lang)
    if row.kind == "total":
        return translate("ReportLabels", "Total")
    if row.key == OWN:
        table = _LEVEL_VI if lang == "vi" else _LEVEL_EN
        return table.get(report.unit.level, report.unit.name)
    if row.key == UNKNOWN:
        return UNKNOWN_VI if lang == "vi" else UNKNOWN_EN
    return row.name


def own_name_vi(level: str, fallback: str) -> str:
    return _LEVEL_VI.get(level, fallback)


def place_date(place: str, d: date, lang: str | None = None) -> str:
    """"Hải Phòng, ngày 05 tháng 01 năm 2026": leading zero for days < 10 and months 1–2."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    if lang_or_current(lang) == "vi":
        return f"{place}, ngày {d.day:02d} tháng {month} năm {d.year}"
    return f"{place}, {d.day:02d} {_MONTHS_EN[d.month - 1]} {d.year}"


def report_title(report: Report, lang: str | None = None) -> str:
    lang = lang_or_current(lang)
    label = period_label(report.period, lang)
    if lang == "vi":
        return ("BÁO CÁO KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG MẠI DÂM " + label).upper()
    return ("Report on prostitution prevention: " + label).upper()


def notes(report: Report, limit: int | None = None) -> list[str]:
    """Sentences saying what was regrouped or could not be placed (interface language).
    With `limit`, a list longer than that names its first units and counts the others (the
    narrative; the full list goes with the figures by unit)."""
    out = regroup_notes(report, limit)
    if any(r.key == OWN for r in report.rows):
        out.append(translate(
            "ReportLabels",
            "Records without a commune (media, training held by the office) are counted on "
            "the row “{row}”.").format(row=row_name(ReportRow(OWN, "", "", "own"), report)))
    return out


def regroup_notes(report: Report, limit: int | None = None) -> list[str]:
    """The units regrouped approximately and those without a known new unit."""
    out = []
    if report.approx_units:
        names, more = _names(report.approx_units, limit)
        if more:
            out.append(translate(
                "ReportLabels",
                "Figures of {count} units that were split are regrouped approximately onto one "
                "receiving unit ({units} and {more} more).").format(
                    count=len(report.approx_units), units=names, more=more))
        else:
            out.append(translate(
                "ReportLabels",
                "Figures of units that were split are regrouped approximately onto one "
                "receiving unit: {units}.").format(units=names))
    if report.unknown_units:
        row = row_name(ReportRow(UNKNOWN, "", "", "unknown"), report)
        names, more = _names(report.unknown_units, limit)
        if more:
            out.append(translate(
                "ReportLabels",
                "No new unit is known yet for {count} units ({units} and {more} more): their "
                "figures are counted on the row “{row}”.").format(
                    count=len(report.unknown_units), units=names, more=more, row=row))
        else:
            out.append(translate(
                "ReportLabels",
                "No new unit is known yet for {units}: their figures are counted on the row "
                "“{row}”.").format(units=names, row=row))
    return out


def _names(names: list[str], limit: int | None) -> tuple[str, int]:
    """The names joined, or the first `limit` of them and how many are left out."""
    if limit is None or len(names) <= limit + 1:
        return ", ".join(names), 0
    return ", ".join(names[:limit]), len(names) - limit


def long_notes(report: Report, limit: int) -> bool:
    """Whether `notes(report, limit)` leaves names out."""
    return max(len(report.approx_units), len(report.unknown_units)) > limit + 1
