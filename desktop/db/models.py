"""The database schema (SQLAlchemy 2 typed ORM). Portable: runs on SQLite and PostgreSQL.

Every data record has a UUID, its owning unit (the office whose record it is), created and
updated timestamps (UTC), and a tombstone (`deleted_at`) so deletions can travel to the city
office. Text is stored in NFC; `search` holds an accent-folded copy for searching.
A unit is a code *and* its validity: codes are reused, so rows point to `units.id`.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Unit(Base):
    """An administrative unit version: a code valid from `valid_from` to `valid_to`."""

    __tablename__ = "units"
    __table_args__ = (UniqueConstraint("code", "valid_from"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(10), index=True)
    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120))
    sort_key: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(12))  # city | province | district | commune
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)

    parent: Mapped[Unit | None] = relationship(remote_side=[id])


class UnitMapping(Base):
    """Official old→new pair of a reorganisation (one row per old/new unit pair)."""

    __tablename__ = "unit_mappings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    old_unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    new_unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    whole: Mapped[bool] = mapped_column(Boolean)
    effective: Mapped[date] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer)  # order in the official table


class CatalogueItem(Base):
    __tablename__ = "catalogue_items"
    __table_args__ = (UniqueConstraint("kind", "code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(60))
    label_vi: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200))
    label_key: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    audit_hash: Mapped[str | None] = mapped_column(String(64))  # schema 0004, see AuditHead


class Setting(Base):
    """Settings stored with the data (home unit, names printed on reports)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    audit_hash: Mapped[str | None] = mapped_column(String(64))  # schema 0004, see AuditHead


class RecordMixin:
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    owner_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    search: Mapped[str] = mapped_column(Text, default="")
    # entry_hash of the record's last audit entry: `pcmd check` finds a row changed outside PCMD
    audit_hash: Mapped[str | None] = mapped_column(String(64))


class OutreachSession(RecordMixin, Base):
    __tablename__ = "outreach_sessions"
    __table_args__ = (Index("ix_outreach_sessions_date", "date"),)

    date: Mapped[date] = mapped_column(Date)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    form: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(Text, default="")
    topics: Mapped[str] = mapped_column(Text, default="")  # catalogue codes joined by ";"
    organiser: Mapped[str] = mapped_column(String(60), default="")
    audiences: Mapped[str] = mapped_column(Text, default="")
    participants: Mapped[int] = mapped_column(Integer)
    women: Mapped[int | None] = mapped_column(Integer)
    documents: Mapped[int] = mapped_column(Integer, default=0)
    leaflets: Mapped[int] = mapped_column(Integer, default=0)
    workers: Mapped[int | None] = mapped_column(Integer)  # of whom industrial-zone workers
    students: Mapped[int | None] = mapped_column(Integer)  # of whom pupils and students


class MediaItem(RecordMixin, Base):
    __tablename__ = "media_items"
    __table_args__ = (Index("ix_media_items_date", "date"),)

    date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(60))
    channel: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[int] = mapped_column(Integer)


class TrainingClass(RecordMixin, Base):
    __tablename__ = "training_classes"
    __table_args__ = (Index("ix_training_classes_date_from", "date_from"),)

    date_from: Mapped[date] = mapped_column(Date)
    date_to: Mapped[date | None] = mapped_column(Date)
    name: Mapped[str] = mapped_column(Text)
    level: Mapped[str] = mapped_column(String(60), default="")
    organiser: Mapped[str] = mapped_column(String(60), default="")
    trainee_groups: Mapped[str] = mapped_column(Text, default="")
    trainees: Mapped[int] = mapped_column(Integer)
    documents: Mapped[int] = mapped_column(Integer, default=0)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)


class Officer(RecordMixin, Base):
    __tablename__ = "officers"

    officer_code: Mapped[str] = mapped_column(String(40), index=True)
    full_name: Mapped[str] = mapped_column(String(120))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    position: Mapped[str] = mapped_column(String(120), default="")
    team_178: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)


class Attendance(RecordMixin, Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("class_id", "officer_id"),)

    class_id: Mapped[str] = mapped_column(ForeignKey("training_classes.id"), index=True)
    officer_id: Mapped[str] = mapped_column(ForeignKey("officers.id"), index=True)


class Establishment(RecordMixin, Base):
    __tablename__ = "establishments"

    est_code: Mapped[str] = mapped_column(String(60), index=True)
    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(60))
    address: Mapped[str] = mapped_column(Text, default="")
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    business_reg_no: Mapped[str] = mapped_column(String(60), default="")
    owner_name: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    workers: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(60), default="hoat_dong")
    opened_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)


class Inspection(RecordMixin, Base):
    __tablename__ = "inspections"
    __table_args__ = (Index("ix_inspections_date", "date"),)

    date: Mapped[date] = mapped_column(Date)
    establishment_id: Mapped[str] = mapped_column(ForeignKey("establishments.id"), index=True)
    team: Mapped[str] = mapped_column(String(200), default="")
    planned: Mapped[bool] = mapped_column(Boolean)
    violation: Mapped[bool] = mapped_column(Boolean)
    violation_text: Mapped[str] = mapped_column(Text, default="")
    sanctions: Mapped[str] = mapped_column(Text, default="")
    fine_vnd: Mapped[int] = mapped_column(BigInteger, default=0)
    buyers: Mapped[int] = mapped_column(Integer, default=0)
    sellers: Mapped[int] = mapped_column(Integer, default=0)
    criminal_cases: Mapped[int] = mapped_column(Integer, default=0)


class SupportFigure(RecordMixin, Base):
    __tablename__ = "support_figures"
    __table_args__ = (Index("ix_support_figures_month", "month"),)

    month: Mapped[date] = mapped_column(Date)  # first day of the month
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    activity: Mapped[str] = mapped_column(String(60))
    people: Mapped[int] = mapped_column(Integer)
    reintegrated: Mapped[int] = mapped_column(Integer, default=0)


class PlanTarget(RecordMixin, Base):
    __tablename__ = "plan_targets"

    year: Mapped[int] = mapped_column(Integer, index=True)
    indicator: Mapped[str] = mapped_column(String(40))
    value: Mapped[float] = mapped_column(Float)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))


class Hotspot(RecordMixin, Base):
    """A public place where soliciting happens (a register: active from detection to clearing)."""

    __tablename__ = "hotspots"

    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    location: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(60), default="")
    detected_on: Mapped[date] = mapped_column(Date, index=True)
    cleared_on: Mapped[date | None] = mapped_column(Date)
    people: Mapped[int | None] = mapped_column(Integer)


class Case(RecordMixin, Base):
    """A prostitution case or ring dealt with (counts only: no person is named)."""

    __tablename__ = "cases"
    __table_args__ = (Index("ix_cases_date", "date"),)

    date: Mapped[date] = mapped_column(Date)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    kind: Mapped[str] = mapped_column(String(60))
    detected_by: Mapped[str] = mapped_column(Text, default="")
    people: Mapped[int | None] = mapped_column(Integer)
    brokers: Mapped[int] = mapped_column(Integer, default=0)
    suspects: Mapped[int] = mapped_column(Integer, default=0)
    to_procuracy: Mapped[bool] = mapped_column(Boolean, default=False)
    trial_date: Mapped[date | None] = mapped_column(Date)


class Denunciation(RecordMixin, Base):
    """A report or denunciation received from citizens, and how it was handled."""

    __tablename__ = "denunciations"
    __table_args__ = (Index("ix_denunciations_received_on", "received_on"),)

    received_on: Mapped[date] = mapped_column(Date)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    source: Mapped[str] = mapped_column(String(60), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    handled_on: Mapped[date | None] = mapped_column(Date)
    result: Mapped[str] = mapped_column(Text, default="")


class PeopleFigure(RecordMixin, Base):
    """A month's people figures for a commune: sex workers on record and estimated (counts)."""

    __tablename__ = "people_figures"
    __table_args__ = (Index("ix_people_figures_month", "month"),)

    month: Mapped[date] = mapped_column(Date)  # first day of the month
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    recorded: Mapped[int] = mapped_column(Integer)
    women: Mapped[int | None] = mapped_column(Integer)
    minors: Mapped[int | None] = mapped_column(Integer)
    estimated: Mapped[int | None] = mapped_column(Integer)


class PreventionModel(RecordMixin, Base):
    """An intervention, harm-reduction, reintegration or commune prevention model (a register)."""

    __tablename__ = "prevention_models"

    name: Mapped[str] = mapped_column(Text)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    kind: Mapped[str] = mapped_column(String(60))
    date_from: Mapped[date] = mapped_column(Date, index=True)
    date_to: Mapped[date | None] = mapped_column(Date)
    people: Mapped[int | None] = mapped_column(Integer)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    # the last entry of a record: `pcmd check`, the lock sentence (schema 0004)
    __table_args__ = (Index("ix_audit_log_record", "record_type", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user_name: Mapped[str] = mapped_column(String(80), default="")
    action: Mapped[str] = mapped_column(String(20))  # create | update | delete | import | ...
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    unit_code: Mapped[str] = mapped_column(String(10), default="")
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON {field: [old, new]}
    # hash chain (schema 0003): SHA-256 over the entry and prev_hash; "" on entries made before
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    entry_hash: Mapped[str] = mapped_column(String(64), default="")


class ExchangeEntry(Base):
    __tablename__ = "exchange_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    direction: Mapped[str] = mapped_column(String(10))  # import | export | template
    file_name: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64))
    unit_code: Mapped[str] = mapped_column(String(10), default="")
    period_from: Mapped[date | None] = mapped_column(Date)
    period_to: Mapped[date | None] = mapped_column(Date)
    counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    outcome: Mapped[str] = mapped_column(String(20))  # ok | rejected | partial | dry-run
    user_name: Mapped[str] = mapped_column(String(80), default="")
    message: Mapped[str] = mapped_column(Text, default="")


RECORD_MODELS: dict[str, type[RecordMixin]] = {
    "outreach": OutreachSession,
    "media": MediaItem,
    "training": TrainingClass,
    "officers": Officer,
    "attendance": Attendance,
    "establishments": Establishment,
    "inspections": Inspection,
    "support": SupportFigure,
    "plans": PlanTarget,
    "hotspots": Hotspot,
    "cases": Case,
    "denunciations": Denunciation,
    "people": PeopleFigure,
    "models": PreventionModel,
}


# ---- trust (schema 0002): users who sign in, and months signed off ----------------------------


class User(Base):
    """A person who signs in. No users at all = a single-user PC where sign-in is off."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(12))  # staff | manager | admin
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)  # UTC naive
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    audit_hash: Mapped[str | None] = mapped_column(String(64))  # schema 0004, see AuditHead


class MonthLock(Base):
    """A month of one office's records signed off: no more changes until a manager unlocks."""

    __tablename__ = "month_locks"
    __table_args__ = (UniqueConstraint("owner_id", "month"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    month: Mapped[date] = mapped_column(Date)  # first day of the month
    locked_at: Mapped[datetime] = mapped_column(DateTime)
    locked_by: Mapped[str] = mapped_column(String(80), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    audit_hash: Mapped[str | None] = mapped_column(String(64))  # schema 0004, see AuditHead


class SignInFailure(Base):
    """Wrong passwords per user name *and* computer (schema 0003): failures on one PC pause
    sign-in there only, and unknown names are counted like real ones (nothing reveals which
    accounts exist)."""

    __tablename__ = "signin_failures"
    __table_args__ = (UniqueConstraint("username", "source"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(60))
    source: Mapped[str] = mapped_column(String(120))  # computer name (and OS account)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_at: Mapped[datetime] = mapped_column(DateTime)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)


class AuditHead(Base):
    """The end of the audit chain (schema 0004): one row, updated with every entry, so that
    removing the newest entries is found too, and the row every audited write locks first
    (PostgreSQL: SELECT … FOR UPDATE), so that two PCs never chain onto the same entry.
    Users, month locks, settings and catalogue values carry `audit_hash` like the records."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entries: Mapped[int] = mapped_column(Integer, default=0)  # chained entries
    last_hash: Mapped[str] = mapped_column(String(64), default="")
