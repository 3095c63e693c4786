"""What each record type holds: its fields, their kinds, and their limits.

Entry forms, the importer and validation all read these specs, so a rule is written once.
Field labels are English source text, translated with context "fields".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.db import models as m
from desktop.i18n import QT_TRANSLATE_NOOP

MAX_COUNT = 10_000_000
COMMUNE = ("commune",)
ANY_LEVEL = ("commune", "district", "city")


MAX_MONEY = 1_000_000_000_000


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str  # date | month | int | money | float | text | bool | unit | catalogue | multi | ref | indicator | year
    required: bool = False
    catalogue: str | None = None
    ref: str | None = None
    max: int | None = None
    personal: bool = False
    default: object = None
    levels: tuple[str, ...] = COMMUNE  # for unit fields: which levels may be chosen


@dataclass(frozen=True)
class RecordSpec:
    key: str
    model: type
    label: str
    fields: tuple[FieldSpec, ...]
    date_field: str | None = None
    unit_field: str | None = None
    search_fields: tuple[str, ...] = field(default_factory=tuple)
    unique: tuple[str, ...] = ()
    not_future: bool = True

    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


F = FieldSpec
NOTE = F("note", QT_TRANSLATE_NOOP("fields", "Note"), "text")

SPECS: dict[str, RecordSpec] = {
    s.key: s
    for s in (
        RecordSpec(
            "outreach", m.OutreachSession, QT_TRANSLATE_NOOP("records", "Outreach session"),
            (
                F("date", QT_TRANSLATE_NOOP("fields", "Date"), "date", required=True),
                F("unit_id", QT_TRANSLATE_NOOP("fields", "Commune/ward"), "unit", required=True),
                F("form", QT_TRANSLATE_NOOP("fields", "Form"), "catalogue", required=True, catalogue="outreach_form"),
                F("title", QT_TRANSLATE_NOOP("fields", "Title"), "text"),
                F("location", QT_TRANSLATE_NOOP("fields", "Venue"), "text"),
                F("topics", QT_TRANSLATE_NOOP("fields", "Topics"), "multi", catalogue="topic"),
                F("organiser", QT_TRANSLATE_NOOP("fields", "Organiser"), "catalogue", catalogue="organiser"),
                F("audiences", QT_TRANSLATE_NOOP("fields", "Audience"), "multi", catalogue="audience"),
                F("participants", QT_TRANSLATE_NOOP("fields", "Participants"), "int", required=True, max=MAX_COUNT),
                F("women", QT_TRANSLATE_NOOP("fields", "of whom women"), "int", max=MAX_COUNT),
                F("documents", QT_TRANSLATE_NOOP("fields", "Documents handed out"), "int", max=MAX_COUNT, default=0),
                F("leaflets", QT_TRANSLATE_NOOP("fields", "Leaflets handed out"), "int", max=MAX_COUNT, default=0),
                NOTE,
            ),
            date_field="date", unit_field="unit_id", search_fields=("title", "location", "note"),
        ),
        RecordSpec(
            "media", m.MediaItem, QT_TRANSLATE_NOOP("records", "Media item"),
            (
                F("date", QT_TRANSLATE_NOOP("fields", "Date"), "date", required=True),
                F("kind", QT_TRANSLATE_NOOP("fields", "Kind"), "catalogue", required=True, catalogue="media_kind"),
                F("channel", QT_TRANSLATE_NOOP("fields", "Outlet, channel"), "text"),
                F("title", QT_TRANSLATE_NOOP("fields", "Title"), "text"),
                F("quantity", QT_TRANSLATE_NOOP("fields", "Quantity"), "int", required=True, max=1_000_000_000),
                NOTE,
            ),
            date_field="date", search_fields=("channel", "title", "note"),
        ),
        RecordSpec(
            "training", m.TrainingClass, QT_TRANSLATE_NOOP("records", "Training class"),
            (
                F("date_from", QT_TRANSLATE_NOOP("fields", "From"), "date", required=True),
                F("date_to", QT_TRANSLATE_NOOP("fields", "To"), "date"),
                F("name", QT_TRANSLATE_NOOP("fields", "Class name"), "text", required=True),
                F("level", QT_TRANSLATE_NOOP("fields", "Level"), "catalogue", catalogue="training_level"),
                F("organiser", QT_TRANSLATE_NOOP("fields", "Organiser"), "catalogue", catalogue="organiser"),
                F("trainee_groups", QT_TRANSLATE_NOOP("fields", "Trainees (groups)"), "multi", catalogue="trainee_group"),
                F("trainees", QT_TRANSLATE_NOOP("fields", "Trainees"), "int", required=True, max=MAX_COUNT),
                F("documents", QT_TRANSLATE_NOOP("fields", "Documents handed out"), "int", max=MAX_COUNT, default=0),
                F("unit_id", QT_TRANSLATE_NOOP("fields", "Commune/ward"), "unit",
                  levels=ANY_LEVEL),
                NOTE,
            ),
            date_field="date_from", unit_field="unit_id", search_fields=("name", "note"),
        ),
        RecordSpec(
            "officers", m.Officer, QT_TRANSLATE_NOOP("records", "Officer"),
            (
                F("officer_code", QT_TRANSLATE_NOOP("fields", "Officer code"), "text", required=True),
                F("full_name", QT_TRANSLATE_NOOP("fields", "Full name"), "text", required=True, personal=True),
                F("unit_id", QT_TRANSLATE_NOOP("fields", "Commune/ward"), "unit",
                  levels=ANY_LEVEL),
                F("position", QT_TRANSLATE_NOOP("fields", "Position"), "text"),
                F("team_178", QT_TRANSLATE_NOOP("fields", "Member of Team 178"), "bool", default=False),
                F("active", QT_TRANSLATE_NOOP("fields", "In service"), "bool", default=True),
                F("started_on", QT_TRANSLATE_NOOP("fields", "Started on"), "date"),
                F("ended_on", QT_TRANSLATE_NOOP("fields", "Left on"), "date"),
                NOTE,
            ),
            date_field="started_on", unit_field="unit_id",
            search_fields=("officer_code", "full_name", "position", "note"),
            unique=("officer_code",), not_future=False,
        ),
        RecordSpec(
            "attendance", m.Attendance, QT_TRANSLATE_NOOP("records", "Attendance"),
            (
                F("class_id", QT_TRANSLATE_NOOP("fields", "Class"), "ref", required=True, ref="training"),
                F("officer_id", QT_TRANSLATE_NOOP("fields", "Officer"), "ref", required=True, ref="officers"),
                NOTE,
            ),
            unique=("class_id", "officer_id"), not_future=False,
        ),
        RecordSpec(
            "establishments", m.Establishment, QT_TRANSLATE_NOOP("records", "Establishment"),
            (
                F("est_code", QT_TRANSLATE_NOOP("fields", "Establishment code"), "text", required=True),
                F("name", QT_TRANSLATE_NOOP("fields", "Name"), "text", required=True),
                F("type", QT_TRANSLATE_NOOP("fields", "Type"), "catalogue", required=True, catalogue="establishment_type"),
                F("address", QT_TRANSLATE_NOOP("fields", "Address"), "text"),
                F("unit_id", QT_TRANSLATE_NOOP("fields", "Commune/ward"), "unit", required=True),
                F("business_reg_no", QT_TRANSLATE_NOOP("fields", "Business registration no."), "text"),
                F("owner_name", QT_TRANSLATE_NOOP("fields", "Owner"), "text", personal=True),
                F("phone", QT_TRANSLATE_NOOP("fields", "Phone"), "text", personal=True),
                F("workers", QT_TRANSLATE_NOOP("fields", "Workers"), "int", max=100_000),
                F("status", QT_TRANSLATE_NOOP("fields", "Status"), "catalogue", catalogue="establishment_status",
                  default="hoat_dong"),
                F("opened_on", QT_TRANSLATE_NOOP("fields", "Opened on"), "date"),
                F("closed_on", QT_TRANSLATE_NOOP("fields", "Closed on"), "date"),
                NOTE,
            ),
            date_field="opened_on", unit_field="unit_id",
            search_fields=("est_code", "name", "address", "business_reg_no", "owner_name", "note"),
            unique=("est_code",), not_future=False,
        ),
        RecordSpec(
            "inspections", m.Inspection, QT_TRANSLATE_NOOP("records", "Inspection"),
            (
                F("date", QT_TRANSLATE_NOOP("fields", "Date"), "date", required=True),
                F("establishment_id", QT_TRANSLATE_NOOP("fields", "Establishment"), "ref", required=True,
                  ref="establishments"),
                F("team", QT_TRANSLATE_NOOP("fields", "Inspection team"), "text"),
                F("planned", QT_TRANSLATE_NOOP("fields", "Planned"), "bool", required=True),
                F("violation", QT_TRANSLATE_NOOP("fields", "Violation found"), "bool", required=True),
                F("violation_text", QT_TRANSLATE_NOOP("fields", "Violation"), "text"),
                F("sanctions", QT_TRANSLATE_NOOP("fields", "Sanctions"), "multi", catalogue="sanction"),
                F("fine_vnd", QT_TRANSLATE_NOOP("fields", "Fine (VND)"), "money", max=MAX_MONEY, default=0),
                F("buyers", QT_TRANSLATE_NOOP("fields", "Buyers sanctioned"), "int", max=100_000, default=0),
                F("sellers", QT_TRANSLATE_NOOP("fields", "Sellers sanctioned"), "int", max=100_000, default=0),
                F("criminal_cases", QT_TRANSLATE_NOOP("fields", "Criminal cases"), "int", max=100_000, default=0),
                NOTE,
            ),
            date_field="date", search_fields=("team", "violation_text", "note"),
        ),
        RecordSpec(
            "support", m.SupportFigure, QT_TRANSLATE_NOOP("records", "Support figures"),
            (
                F("month", QT_TRANSLATE_NOOP("fields", "Month"), "month", required=True),
                F("unit_id", QT_TRANSLATE_NOOP("fields", "Commune/ward"), "unit", required=True),
                F("activity", QT_TRANSLATE_NOOP("fields", "Activity"), "catalogue", required=True,
                  catalogue="support_activity"),
                F("people", QT_TRANSLATE_NOOP("fields", "People supported"), "int", required=True, max=MAX_COUNT),
                F("reintegrated", QT_TRANSLATE_NOOP("fields", "of whom reintegrated"), "int", max=MAX_COUNT, default=0),
                NOTE,
            ),
            date_field="month", unit_field="unit_id", search_fields=("note",),
            unique=("month", "unit_id", "activity"),
        ),
        RecordSpec(
            "plans", m.PlanTarget, QT_TRANSLATE_NOOP("records", "Target"),
            (
                F("year", QT_TRANSLATE_NOOP("fields", "Year"), "year", required=True),
                F("indicator", QT_TRANSLATE_NOOP("fields", "Indicator"), "indicator", required=True),
                F("value", QT_TRANSLATE_NOOP("fields", "Value"), "float", required=True),
                F("unit_id", QT_TRANSLATE_NOOP("fields", "Commune/ward"), "unit",
                  levels=ANY_LEVEL),
                NOTE,
            ),
            search_fields=("note",), unique=("year", "indicator", "unit_id"), not_future=False,
        ),
    )
}
