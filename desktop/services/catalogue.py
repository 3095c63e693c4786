"""Catalogue values: seeded from the contract, extendable by an administrator."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.database import Database
from desktop.db.models import CatalogueItem
from desktop.domain.catalogues import KIND_BY_KEY, KINDS
from desktop.domain.text import clean_text, fold, name_key
from desktop.errors import FieldError, ValidationFailed
from desktop.i18n import current_language, translate

if TYPE_CHECKING:
    from desktop.services.context import AppContext


@dataclass(frozen=True)
class Value:
    kind: str
    code: str
    label_vi: str
    label_en: str
    active: bool
    builtin: bool

    def label(self, lang: str | None = None) -> str:
        return self.label_en if (lang or current_language()) == "en" else self.label_vi


def seed(session: Session) -> int:
    """Insert the built-in values that are missing (idempotent). They are the program's own
    reference data: each carries an audit hash bound to its built-in state (no entry in the
    trail), so `pcmd check` finds one changed outside PCMD; an administrator's later change
    of it is an audited entry like any other."""
    from desktop.db.audit_chain import BUILTIN, row_hash, tracked_tables, values_of

    tracked = tracked_tables()["catalogue"]
    existing = {(k, c) for k, c in session.execute(select(CatalogueItem.kind, CatalogueItem.code))}
    added = 0
    for kind in KINDS:
        for order, (code, vi, en) in enumerate(kind.values):
            if (kind.key, code) in existing:
                continue
            item = CatalogueItem(
                kind=kind.key, code=code, label_vi=vi, label_en=en,
                label_key=name_key(vi), sort_order=order, builtin=True, active=True,
            )
            session.add(item)
            session.flush()
            item.audit_hash = row_hash(BUILTIN, tracked.state(values_of(item)))
            added += 1
    return added


def _item_changes(item: CatalogueItem) -> dict[str, tuple[object, object]]:
    return {"kind": (None, item.kind), "code": (None, item.code),
            "label_vi": (None, item.label_vi), "label_en": (None, item.label_en)}


def _context(target: Database | AppContext) -> AppContext:
    from desktop.services.context import AppContext

    return target if isinstance(target, AppContext) else AppContext(target)


class Catalogues:
    """All catalogue values in memory (they are few), with label matching."""

    def __init__(self, values: list[Value]) -> None:
        self.values = values
        self._by_kind: dict[str, list[Value]] = {}
        self._match: dict[tuple[str, str], Value] = {}
        for v in values:
            self._by_kind.setdefault(v.kind, []).append(v)
            for text in (v.code, v.label_vi, v.label_en):
                self._match.setdefault((v.kind, name_key(text)), v)
                self._match.setdefault((v.kind, fold(text)), v)

    @classmethod
    def load(cls, session: Session) -> Catalogues:
        rows = session.scalars(
            select(CatalogueItem).order_by(CatalogueItem.kind, CatalogueItem.sort_order)
        )
        return cls([Value(r.kind, r.code, r.label_vi, r.label_en, r.active, r.builtin) for r in rows])

    def of(self, kind: str, *, active_only: bool = True) -> list[Value]:
        return [v for v in self._by_kind.get(kind, []) if v.active or not active_only]

    def get(self, kind: str, code: str) -> Value | None:
        for v in self._by_kind.get(kind, []):
            if v.code == code:
                return v
        return None

    def match(self, kind: str, text: object) -> Value | None:
        """A value from its code or label, ignoring accents, case, tone placement, spacing."""
        cleaned = clean_text(text)
        if not cleaned:
            return None
        return self._match.get((kind, name_key(cleaned))) or self._match.get((kind, fold(cleaned)))

    def label(self, kind: str, code: str, lang: str | None = None) -> str:
        v = self.get(kind, code)
        return v.label(lang) if v else code

    def labels(self, kind: str, codes: str, lang: str | None = None) -> str:
        return "; ".join(self.label(kind, c, lang) for c in codes.split(";") if c)

    def allowed_text(self, kind: str) -> str:
        return ", ".join(v.label() for v in self.of(kind))


def load(db: Database) -> Catalogues:
    with db.read_session() as session:
        return Catalogues.load(session)


def add_value(db: Database | AppContext, kind: str, label_vi: str, label_en: str = "") -> Value:
    """Add an administrator's value to a catalogue (the code is made from the label)."""
    from desktop.services import policy

    ctx = _context(db)
    label_vi, label_en = clean_text(label_vi), clean_text(label_en) or clean_text(label_vi)
    if kind not in KIND_BY_KEY:
        raise ValidationFailed([FieldError("kind", translate("catalogue", "Unknown catalogue."))])
    if not label_vi:
        raise ValidationFailed(
            [FieldError("label_vi", translate("catalogue", "The Vietnamese label is required."))]
        )
    with ctx.db.session() as session:
        who = policy.check_admin(ctx, session)
        cats = Catalogues.load(session)
        if cats.match(kind, label_vi) is not None:
            raise ValidationFailed(
                [FieldError("label_vi", translate("catalogue", "This value already exists."))]
            )
        code = "u_" + fold(label_vi).replace(" ", "_")[:50]
        order = session.scalar(
            select(func.coalesce(func.max(CatalogueItem.sort_order), 0)).where(
                CatalogueItem.kind == kind
            )
        )
        item = CatalogueItem(
            kind=kind, code=code, label_vi=label_vi, label_en=label_en,
            label_key=name_key(label_vi), sort_order=(order or 0) + 1, builtin=False,
            active=True,
        )
        session.add(item)
        session.flush()
        policy.record_entry(session, who, action="create", record_type="catalogue",
                            record_id=str(item.id), changes=_item_changes(item), row=item)
    return Value(kind, code, label_vi, label_en, True, False)


def set_active(db: Database | AppContext, kind: str, code: str, active: bool) -> None:
    """Retire a value from the drop-down lists (or bring it back); administrators."""
    from desktop.services import policy

    ctx = _context(db)
    with ctx.db.session() as session:
        who = policy.check_admin(ctx, session)
        item = session.scalar(
            select(CatalogueItem).where(CatalogueItem.kind == kind, CatalogueItem.code == code)
        )
        if item is not None and item.active != active:
            item.active = active
            session.flush()
            policy.record_entry(session, who, action="update", record_type="catalogue",
                                record_id=str(item.id), changes={"active": (not active, active)},
                                row=item)
