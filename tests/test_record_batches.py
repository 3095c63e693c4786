"""Many changes saved together (RecordService.save_batch: grid, multi-delete, undo): each
through the same policy as its single form, all or nothing, every change audited and chained.

A batch reads who acts, the owners' month locks and the stored records once (not once per
record); these tests hold that the answers are still the ones each record would get.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.db import models as m
from desktop.services import audit_check, auth, locks
from desktop.services.context import AppContext
from desktop.services.records import Batch, BatchRejected, RecordService
from desktop.services.session_user import set_user


def _media(day: date, title: str = "Bản tin") -> dict[str, object]:
    return {"date": day, "kind": "bai_viet", "channel": "Báo Hải Phòng", "quantity": 2,
            "title": title}


def _stamps(ctx: AppContext, ids: list[str]) -> dict[str, object]:
    rows = RecordService(ctx).rows_by_id("media", ids)
    return {i: rows[i]["updated_at"] for i in ids}


def _chain_problems(ctx: AppContext) -> list[str]:
    with ctx.db.read_session() as session:
        return audit_check.verify(session.connection()).problems


def _live(ctx: AppContext) -> int:
    with ctx.db.read_session() as s:
        return s.scalar(select(func.count()).select_from(m.MediaItem)
                        .where(m.MediaItem.deleted_at.is_(None)))


def test_a_large_batch_is_audited_and_chained_change_by_change(ctx: AppContext) -> None:
    service = RecordService(ctx)
    created = service.save_batch("media", Batch(create=[
        _media(date(2024, 3, 1 + i % 28), f"Bản tin số {i}") for i in range(120)]))
    assert len(created) == 120 and _live(ctx) == 120
    stamps = _stamps(ctx, created)
    service.save_batch("media", Batch(
        delete=[(i, stamps[i]) for i in created[:80]],
        update=[(i, {"quantity": 7}, stamps[i]) for i in created[80:]]))
    assert _live(ctx) == 40
    service.save_batch("media", Batch(restore=created[:30]))
    assert _live(ctx) == 70
    with ctx.db.read_session() as s:
        actions = dict(s.execute(select(m.AuditEntry.action, func.count())
                                 .where(m.AuditEntry.record_type == "media")
                                 .group_by(m.AuditEntry.action)).all())
        quantities = set(s.scalars(select(m.MediaItem.quantity)
                                   .where(m.MediaItem.id.in_(created[80:]))))
    assert actions == {"create": 120, "delete": 80, "update": 40, "restore": 30}
    assert quantities == {7}
    assert _chain_problems(ctx) == []  # every record's hash matches its stored state


def test_a_locked_month_in_the_middle_refuses_the_whole_batch(ctx: AppContext) -> None:
    service = RecordService(ctx)
    march = [service.create("media", _media(date(2024, 3, 5), f"Tháng 3 số {i}"))
             for i in range(3)]
    april = [service.create("media", _media(date(2024, 4, 5), f"Tháng 4 số {i}"))
             for i in range(3)]
    home = ctx.home_unit()
    assert home is not None
    # locked from "another PC": a second context on the same database, after this one read
    other = AppContext(ctx.db)
    assert locks.lock_month(other, home.id, date(2024, 4, 1), "signed off")
    stamps = _stamps(ctx, march + april)
    items = [(i, stamps[i]) for i in [march[0], april[1], march[1], april[2]]]
    with pytest.raises(BatchRejected) as refused:
        service.save_batch("media", Batch(delete=items))
    assert sorted(p.index for p in refused.value.problems) == [1, 3]  # each April record
    assert all("04/2024" in p.errors[0].message for p in refused.value.problems)
    assert _live(ctx) == 6  # nothing of the batch was saved
    service.save_batch("media", Batch(delete=[items[0], items[2]]))  # March stays open
    assert _live(ctx) == 4
    assert _chain_problems(ctx) == []


def test_a_record_changed_or_deleted_elsewhere_refuses_the_batch(ctx: AppContext) -> None:
    service = RecordService(ctx)
    ids = [service.create("media", _media(date(2024, 5, 2), f"Bản tin {i}")) for i in range(4)]
    stamps = _stamps(ctx, ids)
    RecordService(AppContext(ctx.db)).update("media", ids[1], {"quantity": 9})
    RecordService(AppContext(ctx.db)).delete("media", ids[2])
    with pytest.raises(BatchRejected) as refused:
        service.save_batch("media", Batch(delete=[(i, stamps[i]) for i in ids]))
    assert [p.index for p in refused.value.problems] == [1, 2]
    assert _live(ctx) == 3  # only the other PC's delete happened
    with ctx.db.read_session() as s:
        assert s.get(m.MediaItem, ids[1]).quantity == 9


def test_a_user_of_another_unit_may_not_change_a_batch_of_records(ctx: AppContext) -> None:
    service = RecordService(ctx)
    ids = [service.create("media", _media(date(2024, 6, 3), f"Tin {i}")) for i in range(5)]
    stamps = _stamps(ctx, ids)
    city, d303 = ctx.units.latest("31"), ctx.units.latest("303")
    assert city is not None and d303 is not None
    auth.create_user(ctx, "admin", "quan-tri-2024", "admin", city.id, "Quản trị viên")
    set_user(ctx, auth.authenticate(ctx.db, "admin", "quan-tri-2024"))
    auth.create_user(ctx, "cuong", "can-bo-303x", "staff", d303.id, "Phạm Văn Cường")
    staff = AppContext(ctx.db)  # staff of Hồng Bàng, on another PC
    set_user(staff, auth.authenticate(ctx.db, "cuong", "can-bo-303x"))
    with pytest.raises(BatchRejected) as refused:
        RecordService(staff).save_batch("media", Batch(delete=[(i, stamps[i]) for i in ids]))
    assert len(refused.value.problems) == 5
    assert "another unit" in refused.value.problems[0].errors[0].message
    assert _live(ctx) == 5
