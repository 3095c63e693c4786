"""Helpers for the exchange tests: a second empty database, record dumps, workbook builders."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from desktop.db import models as m
from desktop.services.context import AppContext
from desktop.services.record_specs import SPECS
from tests.db_templates import prepared_sqlite


def empty_context(path: Path, unit: str = "308") -> AppContext:
    """A fresh database initialised with the same units and home unit."""
    return AppContext(prepared_sqlite(path, unit), user_name="tester")


def dump(ctx: AppContext, kind: str, *, include_deleted: bool = False) -> dict[str, dict]:
    """Every record of a kind: id -> {field: value, owner_id, updated_at}."""
    spec = SPECS[kind]
    t = spec.model.__table__
    cols = [t.c.id, t.c.owner_id, t.c.updated_at, *[t.c[f.name] for f in spec.fields]]
    stmt = select(*cols)
    if not include_deleted:
        stmt = stmt.where(t.c.deleted_at.is_(None))
    with ctx.db.read_session() as s:
        return {r.id: dict(r._mapping) for r in s.execute(stmt)}


def counts(ctx: AppContext) -> dict[str, int]:
    out = {}
    with ctx.db.read_session() as s:
        for kind, model in m.RECORD_MODELS.items():
            out[kind] = len(s.execute(select(model.__table__.c.id)).all())
        out["audit"] = len(s.execute(select(m.AuditEntry.id).where(  # about records
            m.AuditEntry.record_type.in_(list(m.RECORD_MODELS)))).all())
    return out


def write_book(path: Path, sheets: dict[str, list[list[object]]], *,
               merge: dict[str, str] | None = None, font: str | None = None) -> Path:
    """A workbook typed by hand: sheet name -> rows (lists of cells, from A1)."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        if merge and name in merge:
            ws.merge_cells(merge[name])
        if font:
            from openpyxl.styles import Font

            for row in ws.iter_rows():
                for cell in row:
                    cell.font = Font(name=font)
    wb.save(path)
    return path
