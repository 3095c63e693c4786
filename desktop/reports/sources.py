"""What an indicator definition reads: the exchange sheets as record tables.

A definition names a sheet and its columns as the exchange workbook does ("Tuyên truyền",
"Số người tham dự"); this module resolves them to the table, its columns, the date that
places a record in a window (or, for registers, the dates it is active between) and the
column that says which commune a record belongs to. The names come from the exchange
format's sheet declarations and the record specs, never from a second list.

The five record types of 2026 (Tụ điểm, Vụ việc, Tin báo, Đối tượng, Mô hình) and the two new
outreach counts are not yet in the exchange declarations: PENDING declares their columns as
domain.md gives them, until the record type declarations hold them (a sheet declared there
replaces its PENDING entry).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import ColumnElement, true

from desktop.db import models as m
from desktop.domain.indicator_defs import ColumnInfo, SheetInfo
from desktop.domain.text import clean_text, name_key
from desktop.exchange.workbook_format import SHEETS, SheetDef, header_key
from desktop.services.catalogue import Catalogues
from desktop.services.record_specs import SPECS

UNIT = "@unit"  # the record's commune, whichever way the table holds it


@dataclass(frozen=True)
class SourceColumn:
    header: str
    attr: str  # model attribute, or UNIT
    kind: str
    catalogue: str | None = None
    synonyms: tuple[str, ...] = ()

    @property
    def info(self) -> ColumnInfo:
        return ColumnInfo(self.header, self.kind, self.catalogue)


@dataclass(frozen=True)
class Register:
    """A register's record is active from `start` to `end` (either may be empty); `flag`
    says it is still active when no end date is known."""

    start: str
    end: str
    flag: Callable[[type], ColumnElement[bool]] | None = None


@dataclass(frozen=True)
class Source:
    key: str
    name: str
    model: type
    columns: tuple[SourceColumn, ...]
    synonyms: tuple[str, ...] = ()
    date: str | None = None  # dated records: the attribute placing them in a window
    register: Register | None = None
    unit_attr: str | None = None  # the record's commune
    via: tuple[str, str] | None = None  # (reference attribute, source key): commune from there
    _index: dict[str, SourceColumn] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for c in self.columns:
            self._index.setdefault(header_key(c.header), c)
        for c in self.columns:
            for s in c.synonyms:
                self._index.setdefault(header_key(s), c)

    def column(self, name: str) -> SourceColumn | None:
        return self._index.get(header_key(name))

    def column_by_attr(self, attr: str) -> SourceColumn | None:
        return next((c for c in self.columns if c.attr == attr), None)

    @property
    def key_attr(self) -> str | None:
        """What the report's first query groups by besides the owner."""
        return self.via[0] if self.via else self.unit_attr

    @property
    def info(self) -> SheetInfo:
        return SheetInfo(self.key, self.name, self.register is not None,
                         tuple(c.info for c in self.columns))


REGISTERS: dict[str, Register] = {
    "officers": Register("started_on", "ended_on", lambda t: t.active.is_(True)),
    "establishments": Register("opened_on", "closed_on", lambda t: t.status != "dong_cua"),
    "hotspots": Register("detected_on", "cleared_on"),
    "models": Register("date_from", "date_to"),
}
VIA = {"inspections": ("establishment_id", "establishments")}
_SPECIAL = {"@est_ref": ("establishment_id", "ref"), "@est_unit": (UNIT, "unit"),
            "@est_unit_code": (UNIT, "unit"), "@unit_code": (UNIT, "unit"),
            "@class": ("class_id", "ref"), "@officer": ("officer_id", "ref")}
_NOT_READ = ("plans", "deletions", "attendance")  # plans: aggregate "plan"; others: no dates

# (sheet key, name, model, date attribute, columns: header, attribute, kind, catalogue)
_P = tuple[str, str, str, str | None]
PENDING: dict[str, tuple[str, type, str | None, tuple[_P, ...]]] = {
    "hotspots": ("Tụ điểm", m.Hotspot, None, (
        ("Xã/phường", "unit_id", "unit", None), ("Địa điểm", "location", "text", None),
        ("Loại", "kind", "catalogue", "hotspot_kind"),
        ("Ngày phát hiện", "detected_on", "date", None),
        ("Ngày xóa bỏ", "cleared_on", "date", None), ("Số đối tượng", "people", "int", None))),
    "cases": ("Vụ việc", m.Case, "date", (
        ("Ngày", "date", "date", None), ("Xã/phường", "unit_id", "unit", None),
        ("Loại", "kind", "catalogue", "case_kind"),
        ("Cơ quan phát hiện", "detected_by", "text", None),
        ("Số đối tượng", "people", "int", None),
        ("Số chủ chứa, môi giới", "brokers", "int", None), ("Số bị can", "suspects", "int", None),
        ("Chuyển Viện kiểm sát", "to_procuracy", "bool", None),
        ("Ngày xét xử", "trial_date", "date", None))),
    "denunciations": ("Tin báo", m.Denunciation, "received_on", (
        ("Ngày tiếp nhận", "received_on", "date", None), ("Xã/phường", "unit_id", "unit", None),
        ("Nguồn", "source", "catalogue", "denunciation_source"),
        ("Nội dung", "content", "text", None), ("Ngày xử lý", "handled_on", "date", None),
        ("Kết quả", "result", "text", None))),
    "people": ("Đối tượng", m.PeopleFigure, "month", (
        ("Tháng", "month", "month", None), ("Xã/phường", "unit_id", "unit", None),
        ("Số người bán dâm có hồ sơ", "recorded", "int", None),
        ("Trong đó nữ", "women", "int", None), ("Trong đó dưới 18 tuổi", "minors", "int", None),
        ("Số người bán dâm ước tính", "estimated", "int", None))),
    "models": ("Mô hình", m.PreventionModel, None, (
        ("Tên mô hình", "name", "text", None), ("Xã/phường", "unit_id", "unit", None),
        ("Loại", "kind", "catalogue", "model_kind"), ("Từ ngày", "date_from", "date", None),
        ("Đến ngày", "date_to", "date", None),
        ("Số người được hỗ trợ", "people", "int", None))),
}
PENDING_COLUMNS: dict[str, tuple[_P, ...]] = {
    "outreach": (("Trong đó công nhân KCN", "workers", "int", None),
                 ("Trong đó học sinh, sinh viên", "students", "int", None)),
}
# Catalogues of the PENDING sheets (code, Vietnamese label), until the catalogues hold them.
PENDING_CATALOGUES: dict[str, tuple[tuple[str, str], ...]] = {
    "hotspot_kind": (("duong_pho", "Đường phố"), ("cong_vien", "Công viên, vườn hoa"),
                     ("ben_xe", "Bến xe, nhà ga"), ("quanh_co_so", "Quanh cơ sở kinh doanh"),
                     ("mang_xa_hoi", "Mạng xã hội"), ("khac", "Khác")),
    "case_kind": (("duong_day", "Đường dây, ổ nhóm"), ("mua_ban_dam", "Vụ việc mua bán dâm"),
                  ("chua_mai_dam", "Chứa mại dâm"), ("moi_gioi", "Môi giới mại dâm")),
    "denunciation_source": (("nguoi_dan", "Người dân"), ("bao_chi", "Cơ quan báo chí"),
                            ("duong_day_nong", "Đường dây nóng"), ("khac", "Khác")),
    "model_kind": (("can_thiep", "Can thiệp, giảm hại"), ("tai_hoa_nhap", "Hỗ trợ tái hòa nhập"),
                   ("phong_ngua", "Phòng ngừa cấp xã"), ("khac", "Khác")),
}


def _from_sheet(sheet: SheetDef) -> Source:
    spec = SPECS[sheet.key]
    cols = []
    for c in sheet.columns:
        if c.field in _SPECIAL:
            attr, kind = _SPECIAL[c.field]
            cols.append(SourceColumn(c.header, attr, kind, None, c.synonyms))
        elif not c.field.startswith("@"):
            f = spec.field(c.field)
            attr = UNIT if f.kind == "unit" else f.name
            cols.append(SourceColumn(c.header, attr, f.kind, f.catalogue, c.synonyms))
    for header, attr, kind, cat in PENDING_COLUMNS.get(sheet.key, ()):
        if not any(c.attr == attr for c in cols):
            cols.append(SourceColumn(header, attr, kind, cat))
    register = REGISTERS.get(sheet.key)
    return Source(sheet.key, sheet.name, spec.model, tuple(cols), sheet.synonyms,
                  date=None if register else spec.date_field, register=register,
                  unit_attr=spec.unit_field, via=VIA.get(sheet.key))


def _pending(key: str) -> Source:
    name, model, date_attr, columns = PENDING[key]
    cols = tuple(SourceColumn(h, UNIT if kind == "unit" else attr, kind, cat)
                 for h, attr, kind, cat in columns)
    return Source(key, name, model, cols, date=date_attr, register=REGISTERS.get(key),
                  unit_attr="unit_id")


@cache
def sources() -> dict[str, Source]:
    out = {s.key: _from_sheet(s) for s in SHEETS if s.key not in _NOT_READ and s.key in SPECS}
    for key in PENDING:
        out.setdefault(key, _pending(key))
    return out


def source_for(name: str) -> Source | None:
    wanted = header_key(name)
    for s in sources().values():
        if wanted in (header_key(n) for n in (s.name, *s.synonyms)):
            return s
    return None


def active_flag(src: Source) -> ColumnElement[bool]:
    assert src.register is not None
    return src.register.flag(src.model) if src.register.flag else true()


class SourceSchema:
    """The record types and catalogues as indicator_defs.check sees them."""

    def __init__(self, catalogues: Catalogues) -> None:
        self.catalogues = catalogues

    def sheet(self, name: str) -> SheetInfo | None:
        src = source_for(name)
        return src.info if src is not None else None

    def column(self, sheet: SheetInfo, name: str) -> ColumnInfo | None:
        c = sources()[sheet.key].column(name)
        return c.info if c is not None else None

    def code(self, catalogue: str, label: object) -> str | None:
        """The stored code of a catalogue label (accents, case and spacing ignored)."""
        found = self.catalogues.match(catalogue, label)
        if found is not None:
            return found.code
        wanted = name_key(clean_text(label))
        for code, vi in PENDING_CATALOGUES.get(catalogue, ()):
            if name_key(vi) == wanted or code == label:
                return code
        return None

    def has_value(self, catalogue: str, label: str) -> bool:
        return self.code(catalogue, label) is not None

    def allowed_values(self, catalogue: str) -> str:
        """The Vietnamese labels (what a definition is written with), "; " between them:
        labels hold commas."""
        values = [v.label_vi for v in self.catalogues.of(catalogue)]
        if not values:
            values = [vi for _code, vi in PENDING_CATALOGUES.get(catalogue, ())]
        return "; ".join(values)
