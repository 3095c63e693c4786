"""What each record type holds: its fields, their kinds, and their limits.

Entry forms, the importer and validation all read these specs, so a rule is written once.
Field labels are English source text, translated with context "fields".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.db import models as m

MAX_COUNT = 10_000_000
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
NOTE = F("note", "Note", "text")

SPECS: dict[str, RecordSpec] = {
    s.key: s
    for s in (
        RecordSpec(
            "outreach", m.OutreachSession, "Outreach session",
            (
                F("date", "Date", "date", required=True),
                F("unit_id", "Commune/ward", "unit", required=True),
                F("form", "Form", "catalogue", required=True, catalogue="outreach_form"),
                F("title", "Title", "text"),
                F("location", "Venue", "text"),
                F("topics", "Topics", "multi", catalogue="topic"),
                F("organiser", "Organiser", "catalogue", catalogue="organiser"),
                F("audiences", "Audience", "multi", catalogue="audience"),
                F("participants", "Participants", "int", required=True, max=MAX_COUNT),
                F("women", "of whom women", "int", max=MAX_COUNT),
                F("documents", "Documents handed out", "int", max=MAX_COUNT, default=0),
                F("leaflets", "Leaflets handed out", "int", max=MAX_COUNT, default=0),
                NOTE,
            ),
            date_field="date", unit_field="unit_id", search_fields=("title", "location", "note"),
        ),
        RecordSpec(
            "media", m.MediaItem, "Media item",
            (
                F("date", "Date", "date", required=True),
                F("kind", "Kind", "catalogue", required=True, catalogue="media_kind"),
                F("channel", "Outlet, channel", "text"),
                F("title", "Title", "text"),
                F("quantity", "Quantity", "int", required=True, max=1_000_000_000),
                NOTE,
            ),
            date_field="date", search_fields=("channel", "title", "note"),
        ),
        RecordSpec(
            "training", m.TrainingClass, "Training class",
            (
                F("date_from", "From", "date", required=True),
                F("date_to", "To", "date"),
                F("name", "Class name", "text", required=True),
                F("level", "Level", "catalogue", catalogue="training_level"),
                F("organiser", "Organiser", "catalogue", catalogue="organiser"),
                F("trainee_groups", "Trainees (groups)", "multi", catalogue="trainee_group"),
                F("trainees", "Trainees", "int", required=True, max=MAX_COUNT),
                F("documents", "Documents handed out", "int", max=MAX_COUNT, default=0),
                F("unit_id", "Commune/ward", "unit"),
                NOTE,
            ),
            date_field="date_from", unit_field="unit_id", search_fields=("name", "note"),
        ),
        RecordSpec(
            "officers", m.Officer, "Officer",
            (
                F("officer_code", "Officer code", "text", required=True),
                F("full_name", "Full name", "text", required=True, personal=True),
                F("unit_id", "Commune/ward", "unit"),
                F("position", "Position", "text"),
                F("team_178", "Member of Team 178", "bool", default=False),
                F("active", "In service", "bool", default=True),
                F("started_on", "Started on", "date"),
                F("ended_on", "Left on", "date"),
                NOTE,
            ),
            date_field="started_on", unit_field="unit_id",
            search_fields=("officer_code", "full_name", "position", "note"),
            unique=("officer_code",), not_future=False,
        ),
        RecordSpec(
            "attendance", m.Attendance, "Attendance",
            (
                F("class_id", "Class", "ref", required=True, ref="training"),
                F("officer_id", "Officer", "ref", required=True, ref="officers"),
                NOTE,
            ),
            unique=("class_id", "officer_id"), not_future=False,
        ),
        RecordSpec(
            "establishments", m.Establishment, "Establishment",
            (
                F("est_code", "Establishment code", "text", required=True),
                F("name", "Name", "text", required=True),
                F("type", "Type", "catalogue", required=True, catalogue="establishment_type"),
                F("address", "Address", "text"),
                F("unit_id", "Commune/ward", "unit", required=True),
                F("business_reg_no", "Business registration no.", "text"),
                F("owner_name", "Owner", "text", personal=True),
                F("phone", "Phone", "text", personal=True),
                F("workers", "Workers", "int", max=100_000),
                F("status", "Status", "catalogue", catalogue="establishment_status",
                  default="hoat_dong"),
                F("opened_on", "Opened on", "date"),
                F("closed_on", "Closed on", "date"),
                NOTE,
            ),
            date_field="opened_on", unit_field="unit_id",
            search_fields=("est_code", "name", "address", "business_reg_no", "owner_name", "note"),
            unique=("est_code",), not_future=False,
        ),
        RecordSpec(
            "inspections", m.Inspection, "Inspection",
            (
                F("date", "Date", "date", required=True),
                F("establishment_id", "Establishment", "ref", required=True,
                  ref="establishments"),
                F("team", "Inspection team", "text"),
                F("planned", "Planned", "bool", required=True),
                F("violation", "Violation found", "bool", required=True),
                F("violation_text", "Violation", "text"),
                F("sanctions", "Sanctions", "multi", catalogue="sanction"),
                F("fine_vnd", "Fine (VND)", "money", max=MAX_MONEY, default=0),
                F("buyers", "Buyers sanctioned", "int", max=100_000, default=0),
                F("sellers", "Sellers sanctioned", "int", max=100_000, default=0),
                F("criminal_cases", "Criminal cases", "int", max=100_000, default=0),
                NOTE,
            ),
            date_field="date", search_fields=("team", "violation_text", "note"),
        ),
        RecordSpec(
            "support", m.SupportFigure, "Support figures",
            (
                F("month", "Month", "month", required=True),
                F("unit_id", "Commune/ward", "unit", required=True),
                F("activity", "Activity", "catalogue", required=True,
                  catalogue="support_activity"),
                F("people", "People supported", "int", required=True, max=MAX_COUNT),
                F("reintegrated", "of whom reintegrated", "int", max=MAX_COUNT, default=0),
                NOTE,
            ),
            date_field="month", unit_field="unit_id", search_fields=("note",),
            unique=("month", "unit_id", "activity"),
        ),
        RecordSpec(
            "plans", m.PlanTarget, "Target",
            (
                F("year", "Year", "year", required=True),
                F("indicator", "Indicator", "indicator", required=True),
                F("value", "Value", "float", required=True),
                F("unit_id", "Commune/ward", "unit"),
                NOTE,
            ),
            search_fields=("note",), unique=("year", "indicator", "unit_id"), not_future=False,
        ),
    )
}
