"""Hand-built records for the report tests (direct model inserts into the `db` fixture)."""

from __future__ import annotations

from datetime import date, datetime

from desktop.db import models as m
from desktop.db.database import Database
from desktop.services.units import UnitDirectory, UnitInfo

NOW = datetime(2026, 1, 5, 8, 0, 0)


def unit(units: UnitDirectory, code: str, on: date) -> UnitInfo:
    found = units.code_on(code, on)
    assert found is not None, (code, on)
    return found


def add(db: Database, model: type, **values: object) -> str:
    values.setdefault("created_at", NOW)
    values.setdefault("updated_at", NOW)
    with db.session() as s:
        obj = model(**values)
        s.add(obj)
        s.flush()
        return obj.id  # type: ignore[attr-defined]


def outreach(db: Database, d: date, unit_id: int, owner_id: int, participants: int,
             women: int = 0, documents: int = 0, leaflets: int = 0) -> str:
    return add(db, m.OutreachSession, date=d, unit_id=unit_id, owner_id=owner_id, form="hoi_nghi",
               participants=participants, women=women, documents=documents, leaflets=leaflets)


#: the figures the seeds quote for the city, 2016–2020 (domain.md)
SEED_TOTALS = {"outreach_sessions": 117, "outreach_participants": 34805, "training_classes": 20,
               "documents_distributed": 5000, "media_special_pages": 50, "media_articles": 219,
               "media_news": 625, "website_visits": 196628}


def _spread(total: int, parts: int) -> list[int]:
    base, rest = divmod(total, parts)
    return [base + (1 if i < rest else 0) for i in range(parts)]


def seed_city_programme(db: Database, units: UnitDirectory) -> None:
    """Records of 2016–2020 whose city totals are the seeds' figures: 117 sessions spread
    over communes of the time, 20 training classes holding the 5,000 documents, media."""
    city = unit(units, "31", date(2018, 6, 1))
    communes = units.communes_under(city, date(2018, 6, 1))
    people = _spread(SEED_TOTALS["outreach_participants"], SEED_TOTALS["outreach_sessions"])
    with db.session() as s:
        for i, n in enumerate(people):
            c = communes[(i * 7) % len(communes)]
            owner = units.parent(c) or city
            s.add(m.OutreachSession(date=date(2016 + i % 5, 1 + i % 12, 1 + i % 28), unit_id=c.id,
                                    owner_id=owner.id, form="hoi_nghi", participants=n,
                                    women=n // 2, documents=0, leaflets=10 * n,
                                    created_at=NOW, updated_at=NOW))
        docs = _spread(SEED_TOTALS["documents_distributed"], SEED_TOTALS["training_classes"])
        for i, d in enumerate(docs):
            s.add(m.TrainingClass(date_from=date(2016 + i % 5, 3 + i % 9, 10), name=f"Lớp {i}",
                                  trainees=40, documents=d, owner_id=city.id, created_at=NOW,
                                  updated_at=NOW))
        for kind, key in (("chuyen_trang", "media_special_pages"), ("bai_viet", "media_articles"),
                          ("tin", "media_news"), ("luot_truy_cap", "website_visits")):
            for i, q in enumerate(_spread(SEED_TOTALS[key], 5)):
                s.add(m.MediaItem(date=date(2016 + i, 6, 15), kind=kind, quantity=q,
                                  owner_id=city.id, created_at=NOW, updated_at=NOW))
