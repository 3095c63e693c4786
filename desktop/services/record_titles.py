"""How a record is named where another record refers to it ("CB00012 — Nguyễn Văn An"): the
declared title fields of its type. Lists show these for reference columns; forms offer them
as the choices of a reference field."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from desktop.services import auth
from desktop.services.context import AppContext
from desktop.services.record_specs import SPECS

CHUNK = 500


def _title(parts: Iterable[object]) -> str:
    return " — ".join(str(p) for p in parts if p not in (None, ""))


def titles(ctx: AppContext, kind: str, ids: Iterable[str]) -> dict[str, str]:
    """Record id -> its title, for the given records of `kind` (deleted ones too: a list may
    still show a reference to them)."""
    spec = SPECS[kind]
    t = spec.model.__table__  # type: ignore[attr-defined]
    cols = [t.c[n] for n in spec.title_fields]
    wanted = sorted(set(ids))
    out: dict[str, str] = {}
    with ctx.db.read_session() as session:
        for start in range(0, len(wanted), CHUNK):
            stmt = select(t.c.id, *cols).where(t.c.id.in_(wanted[start:start + CHUNK]))
            for rid, *parts in session.execute(stmt):
                out[rid] = _title(parts)
    return out


def choices(ctx: AppContext, kind: str) -> list[tuple[str, str]]:
    """(title, id) of the live records of `kind` the user may see, in title order (active
    ones first where the type has an `active` flag)."""
    spec = SPECS[kind]
    t = spec.model.__table__  # type: ignore[attr-defined]
    stmt = select(t.c.id, *[t.c[n] for n in spec.title_fields]).where(t.c.deleted_at.is_(None))
    visible = auth.visible_unit_ids(ctx)
    if visible is not None:
        stmt = stmt.where(t.c.owner_id.in_(visible))
    order = [t.c.active.desc()] if "active" in t.c else []
    stmt = stmt.order_by(*order, *[t.c[n] for n in spec.title_fields], t.c.id)
    with ctx.db.read_session() as session:
        return [(_title(parts), rid) for rid, *parts in session.execute(stmt)]
