"""What an imported workbook may change: the change policy applied to each row of a plan.

Rules of docs/exchange-workbook.md ("Import rules"):
- the importing user needs the right to change the sending unit's records;
- a workbook changes only its sender's records: a row (or `Đã xóa` row) whose `Mã bản ghi`
  is a record owned by a unit outside the sending unit and the units under it is rejected,
  named with the record's owner, whatever its `Cập nhật lúc`;
- a record in a locked month of its **owner** is never changed, by the same rule the entry
  form uses (desktop.services.policy.lock_month: the record's date or month, an attendance's
  class, never a register or a plan); a new record belongs to the sending unit;
- what the preview showed is what is applied: inside the writing transaction every planned
  row is compared with the database again; a record changed since (on this PC or another)
  becomes a conflict and is not overwritten. A month locked since makes the import stop.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db import models as m
from desktop.errors import InputError
from desktop.i18n import translate
from desktop.services import policy
from desktop.services.context import AppContext
from desktop.services.record_specs import SPECS
from desktop.services.units import UnitInfo

CHUNK = 500


def tr(text: str) -> str:
    return translate("ImportPolicy", text)


class ImportRules:
    """The decisions for one workbook from `sender`, made against one session."""

    def __init__(self, ctx: AppContext, session: Session, sender: UnitInfo) -> None:
        self.ctx = ctx
        self.session = session
        self.sender = sender
        who = policy.require(ctx, session, "edit")
        if not policy.unit_in_scope(ctx, who, sender.id):
            raise InputError(tr(
                "You may not import records of {unit}: it is outside your units. Ask a user of "
                "that unit, or of a unit above it, to import this file.").format(
                unit=sender.name))
        self.actor = who
        self.scope = units_under(ctx, sender)
        owners = session.execute(select(m.MonthLock.owner_id, m.MonthLock.month)).all()
        self._locked: dict[int, set[date]] = {}
        for owner, month in owners:
            self._locked.setdefault(owner, set()).add(month)

    @property
    def nothing_locked(self) -> bool:
        return not self._locked

    def locked(self, owner_id: int, month: date | None) -> bool:
        return month is not None and month in self._locked.get(owner_id, ())

    def row_problem(self, kind: str, stored: dict[str, object] | None,
                    values: dict[str, object] | None) -> str | None:
        """Why this row may not change the database (None: it may). `stored` is the record
        with that id in the database (None: a new record of the sender), `values` the row's
        (None for a deletion)."""
        owner = self.sender.id
        if stored is not None:
            owner = int(stored["owner_id"])  # type: ignore[call-overload]
            if owner not in self.scope:
                unit = self.ctx.units.by_id.get(owner)
                return tr("Record {id} belongs to {owner}, not to {sender} or a unit under it; "
                          "a workbook changes only its sender's records, so this row was not "
                          "imported.").format(id=stored["id"],
                                              owner=unit.name if unit else owner,
                                              sender=self.sender.name)
        if self.nothing_locked or owner not in self._locked:
            return None
        for state in (stored, values):
            if state is None:
                continue
            month = policy.lock_month(self.session, kind, state)
            if self.locked(owner, month):
                assert month is not None
                lock = policy.find_lock(self.session, owner, month)
                return tr("{month} of {owner} was locked by {who} on {date} (the figures were "
                          "finalised); this row was not imported.").format(
                    month=policy.month_label(month), owner=self.ctx.units.get(owner).name,
                    who=policy.locked_by(self.session, lock) if lock else "?",
                    date=lock.locked_at.strftime("%d/%m/%Y") if lock else "?")
        return None


def units_under(ctx: AppContext, unit: UnitInfo) -> set[int]:
    """The unit (every version of its code) and every unit ever under it."""
    units = ctx.units
    roots = [u for u in units.by_id.values() if u.code == unit.code and u.level == unit.level]
    out: set[int] = set()
    for root in roots or [unit]:
        out.add(root.id)
        out.update(u.id for u in units.descendants(root, date.min, date.max))
    return out


# ---- inside the writing transaction --------------------------------------------------------
def current_states(session: Session, kind: str, ids: Iterable[str]
                   ) -> dict[str, tuple[int, datetime, datetime | None]]:
    """id -> (owner, updated_at, deleted_at) of the records of `kind` with these ids now."""
    t = SPECS[kind].model.__table__
    wanted = list(ids)
    out: dict[str, tuple[int, datetime, datetime | None]] = {}
    if not wanted or session.execute(select(t.c.id).limit(1)).first() is None:
        return out
    for start in range(0, len(wanted), CHUNK):
        stmt = select(t.c.id, t.c.owner_id, t.c.updated_at, t.c.deleted_at).where(
            t.c.id.in_(wanted[start:start + CHUNK]))
        for rid, owner, updated, deleted in session.execute(stmt):
            out[rid] = (owner, updated, deleted)
    return out


def changed_since_preview(planned: dict[str, object] | None,
                          now: tuple[int, datetime, datetime | None] | None) -> bool:
    """Does the record differ from what the preview compared the row with?"""
    if planned is None:
        return now is not None  # planned as new, but someone made it meanwhile
    if now is None:
        return True  # it was there at the preview and is gone (cannot happen through PCMD)
    return (now[0] != planned["owner_id"] or now[1] != planned["updated_at"]
            or now[2] != planned["deleted_at"])


def changed_message(now: tuple[int, datetime, datetime | None] | None) -> str:
    when = now[2] or now[1] if now is not None else None
    return tr("This record was changed here after the preview (on {when}); the row was not "
              "applied, so that change is kept.").format(
        when=when.strftime("%d/%m/%Y %H:%M:%S") if when else "?")


def lock_appeared(month: date) -> InputError:
    return InputError(tr(
        "{month} was locked while this file was being imported; nothing was imported. Import "
        "the file again to see which rows are affected.").format(month=policy.month_label(month)))
