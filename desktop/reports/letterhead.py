"""Who issues a report, and to whom (Decree 30/2020 letterhead, no Qt).

The defaults follow the issuing office (the home unit) and the period's agency of the time:
- a commune-level unit (or a district, for records before July 2025): "UBND PHƯỜNG ĐỒ SƠN"
  alone, "Số: …/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH";
- the city from 1 March 2025: "UBND THÀNH PHỐ HẢI PHÒNG" over "SỞ Y TẾ", "…/BC-SYT", to the
  Ministry of Health, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC";
- the city for a period that ended before 1 March 2025: the labour department of that time.
The office may change today's letterhead in Settings (settings keys below); a period of the
earlier agency keeps that agency's letterhead. The document number, "Kính gửi", extra "Nơi
nhận" lines, the signer's capacity and name are chosen in the report dialog and remembered
(desktop.preferences, shared with the command line).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

from desktop.domain.text import split_unit_prefix
from desktop.i18n import translate
from desktop.services.units import UnitDirectory, UnitInfo

HEALTH_FROM = date(2025, 3, 1)  # Decree 42/2025: the Department of Health takes the work over
TWO_LEVELS_FROM = date(2025, 7, 1)  # districts abolished
LETTERHEAD_KEYS = ("agency_parent", "agency_name", "agency_abbr", "place")
PREFERENCE_KEY = "report_details"
#: broken where the department's own letterheads break it ("THƯƠNG BINH" kept whole)
LABOUR_DEPARTMENT = "SỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI"

CAPACITIES = (
    "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    "GIÁM ĐỐC",
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
    "CHỦ TỊCH",
)


@dataclass
class Issuer:
    parent: str  # governing body, capitals ("UBND THÀNH PHỐ HẢI PHÒNG"), may be ""
    agency: str  # issuing agency, capitals
    abbr: str  # for "Số: …/BC-<abbr>"
    place: str  # "Hải Phòng" in "Hải Phòng, ngày …"
    to: str  # default "Kính gửi"
    capacity: str  # default signer's capacity, lines separated by "\n"


@dataclass
class Details:
    """What the report dialog asks (remembered between reports)."""

    number: str = ""
    to: str = ""  # Kính gửi (several addressees: one per line)
    recipients: list[str] = field(default_factory=list)  # extra "Nơi nhận" lines
    capacity: str = ""
    signer: str = ""
    preparer: str = ""

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: object) -> Details:
        d = data if isinstance(data, dict) else {}
        lines = d.get("recipients")
        return cls(number=str(d.get("number") or ""), to=str(d.get("to") or ""),
                   recipients=[str(x) for x in lines] if isinstance(lines, list) else [],
                   capacity=str(d.get("capacity") or ""), signer=str(d.get("signer") or ""),
                   preparer=str(d.get("preparer") or ""))


def tr(text: str) -> str:
    return translate("ReportLetterhead", text)


def _bare(unit: UnitInfo) -> str:
    return split_unit_prefix(unit.name)[1]


def _upper(text: str) -> str:
    return text.upper()


def default_issuer(units: UnitDirectory | None, office: UnitInfo, period_end: date) -> Issuer:
    """The letterhead of `office` for a report on a period ending `period_end`."""
    city_place = "Hải Phòng"
    if office.level in ("city", "province"):
        parent = "UBND " + _upper(office.name)
        if period_end < HEALTH_FROM:
            return Issuer(parent, LABOUR_DEPARTMENT, "SLĐTBXH", _bare(office),
                          "Bộ Lao động - Thương binh và Xã hội (Cục Phòng, chống tệ nạn xã hội)",
                          CAPACITIES[0])
        return Issuer(parent, "SỞ Y TẾ", "SYT", _bare(office),
                      "Bộ Y tế (Cục Bảo trợ xã hội)", CAPACITIES[0])
    place = _bare(office) or city_place
    parent_unit = units.parent(office) if units is not None else None
    if office.level == "district":
        to = ("Sở Lao động - Thương binh và Xã hội thành phố Hải Phòng"
              if period_end < HEALTH_FROM else "Sở Y tế thành phố Hải Phòng")
    elif period_end < TWO_LEVELS_FROM and parent_unit is not None \
            and parent_unit.level == "district":
        to = "Ủy ban nhân dân " + parent_unit.name.lower().split(" ", 1)[0] + " " \
            + _bare(parent_unit)
    else:
        to = "Sở Y tế thành phố Hải Phòng"
    return Issuer("", "UBND " + _upper(office.name), "UBND", place, to, CAPACITIES[2])


def issuer_for(units: UnitDirectory | None, office: UnitInfo, period_end: date,
               saved: dict[str, str], today: date) -> Issuer:
    """The default letterhead with the office's Settings applied. Settings hold today's
    letterhead: a period of an earlier agency (the labour department) keeps its own."""
    base = default_issuer(units, office, period_end)
    now = default_issuer(units, office, today)
    if base.agency != now.agency:
        return base
    return Issuer(
        parent=(saved.get("agency_parent") or base.parent).strip().upper(),
        agency=(saved.get("agency_name") or base.agency).strip().upper(),
        abbr=(saved.get("agency_abbr") or base.abbr).strip(),
        place=(saved.get("place") or base.place).strip(),
        to=base.to, capacity=base.capacity)


def number_line(number: str, abbr: str) -> str:
    """"Số: 125/BC-SYT"; without a number the space is left for the clerk to fill."""
    num = number.strip() or " " * 8
    if abbr:
        return tr("No.: {number}/BC-{abbr}").format(number=num, abbr=abbr)
    return tr("No.: {number}/BC").format(number=num)


def capacity_lines(capacity: str) -> list[str]:
    return [line.strip().upper() for line in capacity.replace("/", "\n").splitlines()
            if line.strip()]


def recipient_lines(to: str, extra: list[str]) -> list[str]:
    """Nơi nhận: "- Như trên;" only where there is a Kính gửi, the extra lines, "- Lưu: VT."."""
    out = [tr("- As above;")] if to.strip() else []
    for line in extra:
        text = line.strip().lstrip("-–").strip().rstrip(";.")
        if text:
            out.append(f"- {text};")
    out.append(tr("- Filed: VT."))
    return out


def addressees(to: str) -> list[str]:
    return [line.strip().lstrip("-–").strip().rstrip(";.") for line in to.splitlines()
            if line.strip()]
