"""The SQL side of a report: one scan per table over the union of the report's windows,
summing per window with CASE expressions and grouping by unit and owner (portable SQL for
SQLite and PostgreSQL). The few hundred unit keys are regrouped in Python by the engine."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from desktop.db import models as m
from desktop.reports.model import Window

#: record figures summed per window: output name -> (table, expression builder)
OUTREACH_SUMS = ("outreach_sessions", "outreach_participants", "outreach_women",
                 "outreach_documents", "leaflets_distributed")
TRAINING_SUMS = ("training_classes", "trainees", "training_documents")
SUPPORT_SUMS = ("people_supported", "people_reintegrated")
INSPECTION_SUMS = ("inspections", "inspections_planned", "inspections_unannounced", "fines_vnd",
                   "buyers_sanctioned", "sellers_sanctioned", "criminal_cases", "inspected",
                   "violating")
MEDIA_KIND = {"chuyen_trang": "media_special_pages", "bai_viet": "media_articles",
              "tin": "media_news", "luot_truy_cap": "website_visits"}


@dataclass
class Group:
    """Sums of one (unit, owner) key: sums[name][window] = value."""

    unit_id: int | None
    owner_id: int
    sums: dict[str, dict[str, int]]


def _bounds(windows: Iterable[Window]) -> tuple[date, date]:
    ws = list(windows)
    return min(w.start for w in ws), max(w.end for w in ws)


def _windowed(col, windows: list[Window], exprs: dict[str, object], agg=func.sum):  # noqa: ANN001
    """Columns `name__window` = agg(CASE WHEN col in window THEN expr ELSE 0 END)."""
    out = []
    for name, expr in exprs.items():
        for w in windows:
            cond = and_(col >= w.start, col <= w.end)
            out.append(agg(case((cond, expr), else_=0)).label(f"{name}__{w.key}"))
    return out


def _groups(session: Session, stmt, keys: int, names: Iterable[str],  # noqa: ANN001
            windows: list[Window]) -> list[tuple[tuple, dict[str, dict[str, int]]]]:
    out = []
    names = list(names)
    for row in session.execute(stmt):
        key = tuple(row[:keys])
        sums: dict[str, dict[str, int]] = {}
        i = keys
        for name in names:
            sums[name] = {}
            for w in windows:
                sums[name][w.key] = int(row[i] or 0)
                i += 1
        out.append((key, sums))
    return out


def _by_unit_and_owner(session: Session, model, date_col, exprs: dict[str, object],  # noqa: ANN001
                       windows: list[Window]) -> list[Group]:
    """Windowed sums of one record table, grouped by commune and owning office."""
    lo, hi = _bounds(windows)
    stmt = (select(model.unit_id, model.owner_id, *_windowed(date_col, windows, exprs))
            .where(model.deleted_at.is_(None), date_col >= lo, date_col <= hi)
            .group_by(model.unit_id, model.owner_id))
    return [Group(k[0], k[1], s) for k, s in _groups(session, stmt, 2, exprs, windows)]


def outreach(session: Session, windows: list[Window]) -> list[Group]:
    t = m.OutreachSession
    return _by_unit_and_owner(session, t, t.date, {
        "outreach_sessions": 1, "outreach_participants": t.participants,
        "outreach_women": func.coalesce(t.women, 0), "outreach_documents": t.documents,
        "leaflets_distributed": t.leaflets}, windows)


def training(session: Session, windows: list[Window]) -> list[Group]:
    t = m.TrainingClass
    return _by_unit_and_owner(session, t, t.date_from, {
        "training_classes": 1, "trainees": t.trainees, "training_documents": t.documents},
        windows)


def support(session: Session, windows: list[Window]) -> list[Group]:
    t = m.SupportFigure
    return _by_unit_and_owner(session, t, t.month, {
        "people_supported": t.people, "people_reintegrated": t.reintegrated}, windows)


def media(session: Session, windows: list[Window]) -> list[Group]:
    """Media items have no commune: grouped by owner; sums named after the indicator."""
    t = m.MediaItem
    lo, hi = _bounds(windows)
    stmt = (select(t.owner_id, t.kind, *_windowed(t.date, windows, {"q": t.quantity}))
            .where(t.deleted_at.is_(None), t.date >= lo, t.date <= hi,
                   t.kind.in_(list(MEDIA_KIND)))
            .group_by(t.owner_id, t.kind))
    out = []
    for (owner_id, kind), sums in _groups(session, stmt, 2, ["q"], windows):
        out.append(Group(None, owner_id, {MEDIA_KIND[kind]: sums["q"]}))
    return out


def inspections(session: Session, windows: list[Window]) -> list[tuple[str, int, dict]]:
    """(establishment_id, owner_id, sums); `inspected`/`violating` are 0/1 flags (MAX)."""
    t = m.Inspection
    lo, hi = _bounds(windows)
    sums = {"inspections": 1, "inspections_planned": case((t.planned, 1), else_=0),
            "inspections_unannounced": case((t.planned, 0), else_=1), "fines_vnd": t.fine_vnd,
            "buyers_sanctioned": t.buyers, "sellers_sanctioned": t.sellers,
            "criminal_cases": t.criminal_cases}
    flags = {"inspected": 1, "violating": case((t.violation, 1), else_=0)}
    cols = [*_windowed(t.date, windows, sums), *_windowed(t.date, windows, flags, func.max)]
    stmt = (select(t.establishment_id, t.owner_id, *cols)
            .where(t.deleted_at.is_(None), t.date >= lo, t.date <= hi)
            .group_by(t.establishment_id, t.owner_id))
    names = [*sums, *flags]
    return [(k[0], k[1], s) for k, s in _groups(session, stmt, 2, names, windows)]


@dataclass(frozen=True)
class Dated:
    """An officer or an establishment with its dates (denominators)."""

    id: str
    unit_id: int | None
    owner_id: int
    active: bool
    start: date | None
    end: date | None
    deleted: bool


def officers(session: Session) -> list[Dated]:
    t = m.Officer
    rows = session.execute(select(t.id, t.unit_id, t.owner_id, t.active, t.started_on,
                                  t.ended_on).where(t.deleted_at.is_(None)))
    return [Dated(r[0], r[1], r[2], bool(r[3]), r[4], r[5], False) for r in rows]


def establishments(session: Session) -> list[Dated]:
    """Every establishment (deleted ones too: their inspections still need a unit)."""
    t = m.Establishment
    rows = session.execute(select(t.id, t.unit_id, t.owner_id, t.status, t.opened_on,
                                  t.closed_on, t.deleted_at))
    return [Dated(r[0], r[1], r[2], r[3] != "dong_cua", r[4], r[5], r[6] is not None)
            for r in rows]


def attended(session: Session, lo: date, hi: date) -> list[tuple[str, date]]:
    """(officer id, class start) of every attendance at a class starting in [lo, hi]."""
    a, c = m.Attendance, m.TrainingClass
    stmt = (select(a.officer_id, c.date_from).join(c, c.id == a.class_id)
            .where(a.deleted_at.is_(None), c.deleted_at.is_(None), c.date_from >= lo,
                   c.date_from <= hi))
    return [(r[0], r[1]) for r in session.execute(stmt)]


def plans(session: Session, first_year: int, last_year: int) -> list[tuple[int, str, float,
                                                                           int | None, int]]:
    """(year, indicator, value, unit_id, owner_id), the latest entry first."""
    t = m.PlanTarget
    stmt = (select(t.year, t.indicator, t.value, t.unit_id, t.owner_id)
            .where(t.deleted_at.is_(None), t.year >= first_year, t.year <= last_year)
            .order_by(t.updated_at.desc()))
    return [(r[0], r[1], float(r[2]), r[3], r[4]) for r in session.execute(stmt)]


def imports(session: Session, start: date, end: date) -> list[str]:
    """Unit codes of exchange workbooks imported for a period overlapping [start, end]."""
    t = m.ExchangeEntry
    stmt = (select(t.unit_code).distinct()
            .where(t.direction == "import", t.outcome.in_(("ok", "partial")),
                   t.period_from <= end, t.period_to >= start))
    return [r[0] for r in session.execute(stmt) if r[0]]


def any_imports(session: Session) -> bool:
    t = m.ExchangeEntry
    return session.execute(select(t.id).where(t.direction == "import").limit(1)).first() \
        is not None


def daily(session: Session, lo: date, hi: date) -> dict[str, list[tuple[date, int | None,
                                                                      int, int]]]:
    """Per-day sums for the trend chart: name -> [(day, unit_id, owner_id, value)]."""
    out: dict[str, list[tuple[date, int | None, int, int]]] = {}
    o = m.OutreachSession
    specs = {
        "outreach_sessions": (o, o.date, func.count(), o.unit_id),
        "outreach_participants": (o, o.date, func.sum(o.participants), o.unit_id),
        "training_classes": (m.TrainingClass, m.TrainingClass.date_from, func.count(),
                             m.TrainingClass.unit_id),
        "people_supported": (m.SupportFigure, m.SupportFigure.month,
                             func.sum(m.SupportFigure.people), m.SupportFigure.unit_id),
    }
    for name, (t, col, agg, unit_col) in specs.items():
        stmt = (select(col, unit_col, t.owner_id, agg)
                .where(t.deleted_at.is_(None), col >= lo, col <= hi)
                .group_by(col, unit_col, t.owner_id))
        out[name] = [(r[0], r[1], r[2], int(r[3] or 0)) for r in session.execute(stmt)]
    i, e = m.Inspection, m.Establishment
    stmt = (select(i.date, e.unit_id, i.owner_id, func.count()).join(e, e.id == i.establishment_id)
            .where(i.deleted_at.is_(None), i.date >= lo, i.date <= hi)
            .group_by(i.date, e.unit_id, i.owner_id))
    out["inspections"] = [(r[0], r[1], r[2], int(r[3])) for r in session.execute(stmt)]
    return out
