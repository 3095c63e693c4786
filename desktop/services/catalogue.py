"""Catalogue values: seeded from the contract, extendable by an administrator."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.database import Database
from desktop.db.models import CatalogueItem
from desktop.domain.catalogues import KIND_BY_KEY, KINDS
from desktop.domain.text import clean_text, fold, name_key
from desktop.errors import FieldError, ValidationFailed
from desktop.i18n import current_language, translate


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
    """Insert the built-in values that are missing (idempotent)."""
    existing = {(k, c) for k, c in session.execute(select(CatalogueItem.kind, CatalogueItem.code))}
    added = 0
    for kind in KINDS:
        for order, (code, vi, en) in enumerate(kind.values):
            if (kind.key, code) in existing:
                continue
            session.add(
                CatalogueItem(
                    kind=kind.key, code=code, label_vi=vi, label_en=en,
                    label_key=name_key(vi), sort_order=order, builtin=True, active=True,
                )
            )
            added += 1
    return added


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


def add_value(db: Database, kind: str, label_vi: str, label_en: str = "") -> Value:
    """Add an administrator's value to a catalogue (the code is made from the label)."""
    label_vi, label_en = clean_text(label_vi), clean_text(label_en) or clean_text(label_vi)
    if kind not in KIND_BY_KEY:
        raise ValidationFailed([FieldError("kind", translate("catalogue", "Unknown catalogue."))])
    if not label_vi:
        raise ValidationFailed(
            [FieldError("label_vi", translate("catalogue", "The Vietnamese label is required."))]
        )
    with db.session() as session:
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
        session.add(
            CatalogueItem(
                kind=kind, code=code, label_vi=label_vi, label_en=label_en,
                label_key=name_key(label_vi), sort_order=(order or 0) + 1, builtin=False,
                active=True,
            )
        )
    return Value(kind, code, label_vi, label_en, True, False)


def set_active(db: Database, kind: str, code: str, active: bool) -> None:
    with db.session() as session:
        item = session.scalar(
            select(CatalogueItem).where(CatalogueItem.kind == kind, CatalogueItem.code == code)
        )
        if item is not None:
            item.active = active
