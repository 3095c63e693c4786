"""Import exchange workbooks: plan (read, validate, compare) -> preview -> apply in ONE
transaction. Rules of docs/exchange-workbook.md: newer wins, re-import is harmless,
deletions travel, nothing half-done (unless the user accepts the valid rows only).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import repeat
from operator import attrgetter, itemgetter
from pathlib import Path

from sqlalchemy import bindparam, select, update

from desktop.db import bulk
from desktop.db import models as m
from desktop.db.audit_chain import row_hash, row_hashes, tracked_tables
from desktop.domain.columns import map_values
from desktop.errors import UsageError
from desktop.exchange import workbook_format as wf
from desktop.exchange.checksum import file_sha256
from desktop.exchange.column_check import ColumnValidator
from desktop.exchange.fast_text import fast_fold
from desktop.exchange.import_policy import (
    ImportRules,
    changed_message,
    changed_since_preview,
    current_states,
    lock_appeared,
)
from desktop.exchange.reader import Issue, WorkbookData, WorkbookReader
from desktop.exchange.references import References
from desktop.exchange.row_parser import Row, SheetParser
from desktop.i18n import translate
from desktop.services import audit
from desktop.services.catalogue import Catalogues
from desktop.services.context import AppContext
from desktop.services.memory import collector_paused
from desktop.services.policy import lock_month
from desktop.services.progress import NullProgress, Progress
from desktop.services.record_specs import SPECS
from desktop.services.records import unique_fields_text
from desktop.services.units import UnitInfo

CHUNK = 500
_VALUES = attrgetter("values")
COUNT_KEYS = ("rows", "new", "updated", "unchanged", "conflicts", "rejected", "deleted")


def tr(text: str) -> str:
    return translate("ExchangeImport", text)


class NeedUnit(UsageError):
    """The workbook does not name its sending unit: ask the user (GUI) or --unit."""


@dataclass
class Plan:
    path: Path
    unit: UnitInfo
    rows: dict[str, list[Row]] = field(default_factory=dict)
    status: dict[int, str] = field(default_factory=dict)  # id(row) -> new|updated|...
    stored: dict[str, dict[str, dict[str, object]]] = field(default_factory=dict)
    warnings: list[Issue] = field(default_factory=list)
    period: tuple[date | None, date | None] = (None, None)

    @property
    def errors(self) -> list[Issue]:
        return [e for rows in self.rows.values() for r in rows for e in r.errors]

    def counts(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for key, rows in self.rows.items():
            c = dict.fromkeys(COUNT_KEYS, 0)
            c["rows"] = len(rows)
            c.update(Counter(map(self.status.get, map(id, rows), repeat("rejected"))))
            out[key] = c
        return out

    def rejected_rows(self) -> list[Row]:
        return [r for rows in self.rows.values() for r in rows if r.errors]


def _sending_unit(ctx: AppContext, book: WorkbookData, unit_code: str | None,
                  warnings: list[Issue]) -> UnitInfo:
    today = ctx.today()
    code = book.manifest.get(wf.header_key(wf.M_UNIT_CODE))
    if isinstance(code, float) and abs(code) < 1e15 and code == int(code):
        code = str(int(code))
    code = str(code).strip() if code not in (None, "") else None
    if code and unit_code and code != unit_code:
        warnings.append(Issue(wf.MANIFEST_SHEET, None, wf.M_UNIT_CODE, code, tr(
            "The workbook says it was sent by unit {code}; that code was used, not {given}.")
            .format(code=code, given=unit_code)))
    chosen = code or unit_code
    if not chosen and book.manifest:
        raise NeedUnit(tr("{file} does not say which unit sent it (“Mã đơn vị” on the “Thông tin” "
                          "sheet is empty); fill it in or give the sending unit (--unit CODE).")
                       .format(file=book.path.name))
    if not chosen:
        raise NeedUnit(tr("{file} does not say which unit sent it (no “Thông tin” sheet); "
                          "give the sending unit (--unit CODE).").format(file=book.path.name))
    unit = ctx.units.current_or_latest(chosen, today)
    if unit is None:
        raise UsageError(tr("{file}: no unit has code {code}.").format(
            file=book.path.name, code=chosen))
    return unit


def plan_import(
    ctx: AppContext, path: Path, *, unit_code: str | None = None,
    progress: Progress | None = None, password: str | None = None,
) -> Plan:
    """Read and check a workbook and compare it with the database; writes nothing.
    `password` opens a password-protected workbook (never stored or logged)."""
    with collector_paused():
        return _plan_import(ctx, path, unit_code, progress or NullProgress(), password)


def _plan_import(ctx: AppContext, path: Path, unit_code: str | None, progress: Progress,
                 password: str | None = None) -> Plan:
    progress.update(0, 0, tr("Reading {file}…").format(file=path.name))
    reader = WorkbookReader(path, password=password)
    book = reader.data
    early: list[Issue] = []  # about the manifest, listed after the sheets' own warnings
    unit = _sending_unit(ctx, book, unit_code, early)
    plan = Plan(path, unit)
    plan.period = (_as_date(book.manifest.get(wf.header_key(wf.M_FROM))),
                   _as_date(book.manifest.get(wf.header_key(wf.M_TO))))
    total = reader.sheet_count
    with ctx.db.read_session() as session:
        catalogues = Catalogues.load(session)
        validator = ColumnValidator(ctx.units, catalogues, unit, today=ctx.today())
        refs = References.for_import(session, ctx.units, unit)
        parser = SheetParser(validator, ctx.units, unit, refs, reader.fix)
        rules = ImportRules(ctx, session, unit)  # who may import it; owners; their locks
        # Sheets arrive in check order (referenced sheets first) while the next is read.
        found: dict[str, list[Issue]] = {}  # the comparison's warnings, per sheet
        for done, data in enumerate(reader.sheets(wf.CHECK_ORDER)):
            key = data.sheet.key
            progress.update(done, total, tr("Checking {sheet}…").format(sheet=data.sheet.name))
            rows = parser.rows(data)
            plan.rows[key] = rows
            before = len(plan.warnings)
            plan.warnings.extend(parser.take_notes())
            if key == "deletions":
                _classify_deletions(session, plan, rows, rules)
            else:
                _classify(session, plan, key, rows, rules)
                refs.register(key, ((r.id, r.values) for r in rows
                                    if not r.errors and r.id is not None))
            found[key] = plan.warnings[before:]
        before = len(plan.warnings)
        parser.finish(plan)  # register rows whose commune the referring rows decide
        found["registers"] = plan.warnings[before:]
    plan.rows = {k: plan.rows[k] for k in wf.IMPORT_ORDER if k in plan.rows}
    plan.warnings = [w for k in (*wf.IMPORT_ORDER, "registers") for w in found.get(k, ())]
    want = book.manifest.get(wf.header_key(wf.M_CHECKSUM))
    if want and str(want).strip().lower() != book.checksum:
        early.append(Issue(wf.MANIFEST_SHEET, None, wf.M_CHECKSUM, want, tr(
            "The check code does not match the data: the workbook was changed after it was "
            "written (by hand?). Check the rows before importing.")))
    plan.warnings = [*book.warnings, *early, *plan.warnings]
    if plan.period == (None, None):
        plan.period = _row_period(plan)
    progress.update(total, total, "")
    return plan


def _row_period(plan: Plan) -> tuple[date | None, date | None]:
    """A hand-typed workbook's period: its records' first and last dates."""
    found: list[date] = []
    for key, rows in plan.rows.items():
        name = SPECS[key].date_field if key in SPECS else None
        if name:
            values = set(map(dict.get, map(_VALUES, rows), repeat(name)))
            found.extend(d for d in values if isinstance(d, date))  # min and max: once each
    return (min(found), max(found)) if found else (None, None)


def _as_date(v: object) -> date | None:
    if isinstance(v, datetime):
        return v.date()
    return v if isinstance(v, date) else None


def _stored(session, key: str, ids: list[str]) -> dict[str, dict[str, object]]:
    spec = SPECS[key]
    t = spec.model.__table__
    cols = [t.c.id, t.c.owner_id, t.c.created_at, t.c.updated_at, t.c.deleted_at,
            *[t.c[f.name] for f in spec.fields]]
    out: dict[str, dict[str, object]] = {}
    if not ids or session.execute(select(t.c.id).limit(1)).first() is None:
        return out  # an empty table (the first import into a new database)
    for start in range(0, len(ids), CHUNK):
        for row in session.execute(select(*cols).where(t.c.id.in_(ids[start:start + CHUNK]))):
            out[row.id] = dict(row._mapping)
    return out


def _natural_keys(session, key: str, owner_id: int) -> dict[tuple, str]:
    spec = SPECS[key]
    if not spec.unique:
        return {}
    t = spec.model.__table__
    cols = [t.c[n] for n in spec.unique]
    stmt = select(t.c.id, *cols).where(t.c.deleted_at.is_(None), t.c.owner_id == owner_id)
    return {tuple(r[1:]): r[0] for r in session.execute(stmt)}


def _classify(session, plan: Plan, key: str, rows: list[Row],
              rules: ImportRules) -> None:
    spec = SPECS[key]
    names = [f.name for f in spec.fields]
    valid = [r for r in rows if not r.errors]
    fetched = {r.id for r in valid if r.id}
    stored = _stored(session, key, list(fetched))
    plan.stored[key] = stored
    _name_foreign_owners(session, key, [r for r in rows if r.errors and r.given_id], rules)
    natural = _natural_keys(session, key, plan.unit.id)
    seen_ids: set[str] = set()
    seen_keys: set[tuple] = set()
    status = plan.status
    for r in valid:
        assert r.id is not None
        v = r.values
        if spec.unique:
            nk = tuple(v.get(n) for n in spec.unique)
            other = natural.get(nk)
            if nk in seen_keys or (other and other != r.id and r.given_id):
                first = spec.field(spec.unique[0])
                _reject(r, tr("Another row or record already has the same {fields}.").format(
                    fields=unique_fields_text(spec)), first.name)
                continue
            seen_keys.add(nk)
            if other and not r.given_id:
                r.id = other  # a hand-typed row for an existing record: that record
        if r.id in seen_ids:
            _reject(r, tr("The same record appears twice in the workbook."))
            continue
        seen_ids.add(r.id)
        old = stored.get(r.id) if r.id in fetched else _stored(session, key, [r.id]).get(r.id)
        if old is not None and r.absent:  # redacted personal data: what is stored stays
            v.update({n: old[n] for n in r.absent})
        if old is None:
            if (why := rules.row_problem(key, None, v)) is not None:
                _reject(r, why, "@id", r.id)
                continue
            status[id(r)] = "new"
            continue
        if old["owner_id"] not in rules.scope:
            _reject(r, rules.row_problem(key, old, v) or "", "@id", r.id)
            continue
        if old["deleted_at"] is None and all(old[n] == v.get(n) for n in names):
            plan.status[id(r)] = "unchanged"
            continue
        stamp = old["deleted_at"] or old["updated_at"]
        if r.updated is None or r.updated > stamp:
            if (why := rules.row_problem(key, old, v)) is not None:
                _reject(r, why, "@id", r.id)
                continue
            plan.status[id(r)] = "updated"
            stored[r.id] = old
        else:
            plan.status[id(r)] = "conflicts"
            plan.warnings.append(Issue(r.sheet, r.excel_row, wf.SHEET_BY_KEY[key].column(
                "@updated").header, r.updated.strftime("%d/%m/%Y %H:%M:%S"), tr(
                "This row is older than the record here (changed {when}); it was not "
                "applied.").format(when=stamp.strftime("%d/%m/%Y %H:%M:%S"))))


def _name_foreign_owners(session, key: str, rows: list[Row],
                         rules: ImportRules) -> None:
    """A rejected row whose record belongs to another unit also says so (its owner is the
    first thing the sender must know)."""
    if not rows:
        return
    found = _stored(session, key, [r.id for r in rows if r.id])
    for r in rows:
        old = found.get(r.id or "")
        if old is not None and old["owner_id"] not in rules.scope:
            _reject(r, rules.row_problem(key, old, None) or "", "@id", r.id)


def _reject(r: Row, message: str, fieldname: str | None = None,
            value: object = None) -> None:
    col = wf.SHEET_BY_KEY[r.kind].column(fieldname) if fieldname else None
    r.errors.append(Issue(r.sheet, r.excel_row, col.header if col else None, value, message))


def _classify_deletions(session, plan: Plan, rows: list[Row],
                        rules: ImportRules) -> None:
    by_kind: dict[str, list[Row]] = {}
    for r in rows:
        if not r.errors and r.deleted_kind:
            by_kind.setdefault(r.deleted_kind, []).append(r)
    for kind, items in by_kind.items():
        stored = _stored(session, kind, [r.id for r in items if r.id])
        plan.stored.setdefault("del:" + kind, {}).update(stored)
        for r in items:
            old = stored.get(r.id or "")
            if old is not None and old["owner_id"] not in rules.scope:
                _reject(r, rules.row_problem(kind, old, None) or "", "@id", r.id)
                continue
            if old is None or old["deleted_at"] is not None:
                plan.status[id(r)] = "unchanged"
                continue
            if (why := rules.row_problem(kind, old, None)) is not None:
                _reject(r, why, "@id", r.id)
            elif r.updated is not None and r.updated < old["updated_at"]:
                plan.status[id(r)] = "conflicts"
                plan.warnings.append(Issue(r.sheet, r.excel_row, "Ngày xóa", None, tr(
                    "The record was changed here after it was deleted at the sender; it "
                    "was kept.")))
            else:
                plan.status[id(r)] = "deleted"


# ---- applying --------------------------------------------------------------------------------
def apply_plan(
    ctx: AppContext, plan: Plan, *, accept_valid: bool = False, dry_run: bool = False,
    progress: Progress | None = None,
) -> str:
    """Write the plan in one transaction; returns the outcome ok|partial|rejected|dry-run."""
    with collector_paused():
        return _apply_plan(ctx, plan, accept_valid, dry_run, progress or NullProgress())


def _apply_plan(ctx: AppContext, plan: Plan, accept_valid: bool, dry_run: bool,
                progress: Progress) -> str:
    has_errors = bool(plan.errors)
    if dry_run:
        return "dry-run"
    if has_errors and not accept_valid:
        _log(ctx, plan, "rejected")
        return "rejected"
    now = audit.now_utc()
    marker = json.dumps({"file": [None, plan.path.name]}, ensure_ascii=False)
    total = sum(len(r) for r in plan.rows.values())
    done = 0
    with ctx.db.session() as session:
        audit.chain(session)  # the audit head first: no PC waits on another in a circle
        who = _recheck(ctx, session, plan)
        conn = session.connection()
        for key in wf.IMPORT_ORDER:
            rows = plan.rows.get(key)
            if not rows:
                continue
            if key == "deletions":
                _apply_deletions(session, conn, plan, rows, now, who.name)
            else:
                _apply_records(ctx, session, conn, plan, key, rows, now, marker, who.name)
            done += len(rows)
            progress.update(done, total, tr("Importing…"))
        outcome = "partial" if has_errors else "ok"
        session.add(_entry(ctx, plan, outcome, now, who.name))
    return outcome


def _recheck(ctx: AppContext, session, plan: Plan):
    """Inside the writing transaction (which holds the write lock): the user may still import
    for the sender; a record changed since the preview becomes a conflict, never overwritten;
    a month locked since stops the import (nothing is imported)."""
    rules = ImportRules(ctx, session, plan.unit)
    status = plan.status
    for key, rows in plan.rows.items():
        planned = [r for r in rows if status.get(id(r)) in ("new", "updated", "deleted")]
        by_kind: dict[str, list[Row]] = {}
        for r in planned:
            by_kind.setdefault((r.deleted_kind if key == "deletions" else key) or "", []).append(r)
        for kind, items in by_kind.items():
            if kind not in SPECS:
                continue
            stored = plan.stored.get(key if key != "deletions" else "del:" + kind, {})
            now = current_states(session, kind, (r.id for r in items if r.id))
            if not now and rules.nothing_locked and all(map("new".__eq__, map(
                    status.__getitem__, map(id, items)))):
                continue  # new rows whose records are still not there, and no month locked
            for r in items:
                old = stored.get(r.id or "") if status[id(r)] != "new" else None
                if changed_since_preview(old, now.get(r.id or "")):
                    status[id(r)] = "conflicts"
                    plan.warnings.append(Issue(r.sheet, r.excel_row, wf.SHEET_BY_KEY[key].column(
                        "@id").header, r.id, changed_message(now.get(r.id or ""))))
                    continue
                if rules.nothing_locked:
                    continue
                for state in (old, r.values if key != "deletions" else None):
                    owner = int(old["owner_id"]) if old else plan.unit.id  # type: ignore[call-overload]
                    month = lock_month(session, kind, state) if state is not None else None
                    if rules.locked(owner, month):
                        raise lock_appeared(month)  # type: ignore[arg-type]
    return rules.actor


class _Search:
    """The `search` column: fold(" ".join(parts)) == " ".join(fold(part)) (fold collapses
    blanks), so each distinct part is folded once."""

    def __init__(self, ctx: AppContext) -> None:
        self.units = ctx.units
        self._folded: dict[str, str] = {}

    def fold(self, part: str) -> str:
        hit = self._folded.get(part)
        if hit is None:
            hit = self._folded[part] = fast_fold(part)
        return hit

    def __call__(self, key: str, v: dict[str, object]) -> str:
        return self.column(key, [v])[0]

    def column(self, key: str, rows: list[dict[str, object]],
               columns: dict[str, Sequence[object]] | None = None) -> list[str]:
        """The search text of each of `rows` (clean values of record type `key`);
        `columns`: the same values by field, when the caller has them."""
        spec = SPECS[key]
        folded = self.fold
        unit_field = spec.unit_field
        names = [*spec.search_fields, *((unit_field,) if unit_field else ())]
        given = columns or {}
        if not all(n in given for n in names):
            given = dict(zip(names, _columns(rows, names), strict=True))
        parts = [map_values(given[n], lambda v: folded(str(v or "")))
                 for n in spec.search_fields]
        if unit_field:
            units = self.units
            unit_ids = given[unit_field]
            parts.append(map_values(unit_ids, lambda u: folded(
                units.get(int(u)).name) if u else ""))  # type: ignore[arg-type]
        if not parts:
            return [""] * len(rows)
        join = " ".join  # of the parts that are not empty
        return [join(filter(None, t)) for t in zip(*parts, strict=True)]


def _columns(rows: list[dict[str, object]], names: tuple[str, ...] | list[str],
             ) -> list[Sequence[object]]:
    """`[[r.get(n) for r in rows] for n in names]` (as lists or tuples), transposed by C
    code (itemgetter, zip) when every row has every name."""
    names = list(names)
    if not names:
        return []
    if not rows:
        return [[] for _ in names]
    get = itemgetter(*names)
    try:
        picked = list(map(get, rows))
    except KeyError:
        return [[r.get(n) for r in rows] for n in names]
    if len(names) == 1:
        return [picked]
    return list(zip(*picked, strict=True))


def _row_id(r: Row) -> str:
    return r.id or ""


def _apply_records(ctx: AppContext, session, conn, plan: Plan, key: str,
                   rows: list[Row], now: datetime, marker: str, user: str) -> None:
    spec = SPECS[key]
    t = spec.model.__table__
    tracked = tracked_tables()[key]
    names = [f.name for f in spec.fields]
    code = plan.unit.code
    search = _Search(ctx)
    status = plan.status
    # in the order of their ids: the primary key and the audit index grow at their end
    new = sorted((r for r in rows if status.get(id(r)) == "new"), key=_row_id)
    if new:
        values = [r.values for r in new]
        stamps = [r.updated or now for r in new]
        columns: dict[str, Sequence[object]] = dict(zip(names, _columns(values, names),
                                                         strict=True))
        ids = [r.id for r in new]
        count = len(new)
        columns.update({"id": ids, "owner_id": [plan.unit.id] * count,
                        "created_at": stamps, "updated_at": stamps,
                        "deleted_at": [None] * count,
                        "search": search.column(key, values, columns)})
        hashes = audit.record_many(session, user=user, action="import", record_type=key,
                                   record_ids=ids, unit_code=code, changes=marker, at=now)
        states = tracked.states(columns, count)
        columns["audit_hash"] = row_hashes(hashes, states)
        bulk.insert_columns(conn, t, columns)
    upd: list[dict[str, object]] = []
    changed: list[str] = []
    after: list[dict[str, object]] = []
    for r in rows:
        if status.get(id(r)) != "updated":
            continue
        old = plan.stored[key][r.id]  # type: ignore[index]
        text = search(key, r.values)
        stamp = max(r.updated or now, old["updated_at"])  # never backwards
        state = {**old, **r.values, "updated_at": stamp, "deleted_at": None}
        after.append(state)
        upd.append({**{"v_" + n: r.values[n] for n in names}, "b_id": r.id,
                    "v_updated_at": state["updated_at"], "v_search": text})
        changes = {n: [_plain(old[n]), _plain(r.values[n])] for n in names
                   if old[n] != r.values[n]}
        if old["deleted_at"] is not None:
            changes["deleted_at"] = [_plain(old["deleted_at"]), None]
        changes["file"] = [None, plan.path.name]
        changed.append(json.dumps(changes, ensure_ascii=False, sort_keys=True))
    if upd:
        hashes = audit.record_many(session, user=user, action="import", record_type=key,
                                   record_ids=[str(p["b_id"]) for p in upd], unit_code=code,
                                   changes=changed, at=now)
        for p, h, state in zip(upd, hashes, after, strict=True):
            p["v_audit_hash"] = row_hash(h, tracked.state(state))
        stmt = update(t).where(t.c.id == bindparam("b_id")).values(
            {**{n: bindparam("v_" + n) for n in names}, "updated_at": bindparam("v_updated_at"),
             "search": bindparam("v_search"), "deleted_at": None,
             "audit_hash": bindparam("v_audit_hash")})
        conn.execute(stmt, upd)


def _plain(v: object) -> object:
    return v.isoformat() if isinstance(v, date | datetime) else v


def _apply_deletions(session, conn, plan: Plan, rows: list[Row],
                     now: datetime, user: str) -> None:
    by_kind: dict[str, list[Row]] = {}
    for r in rows:
        if plan.status.get(id(r)) == "deleted" and r.deleted_kind:
            by_kind.setdefault(r.deleted_kind, []).append(r)
    for kind, items in by_kind.items():
        t = SPECS[kind].model.__table__
        tracked = tracked_tables()[kind]
        stored = plan.stored.get("del:" + kind, {})
        whens = [max(r.updated or now, stored[r.id]["updated_at"]) for r in items]  # type: ignore[index, type-var]
        texts = [json.dumps({"deleted_at": [None, w.isoformat()], "file": [None, plan.path.name]},
                            ensure_ascii=False) for w in whens]
        hashes = audit.record_many(session, user=user, action="import", record_type=kind,
                                   record_ids=[r.id for r in items],  # type: ignore[misc]
                                   unit_code=plan.unit.code, changes=texts, at=now)
        params = []
        for r, when, h in zip(items, whens, hashes, strict=True):
            state = {**stored[r.id], "deleted_at": when, "updated_at": when}  # type: ignore[index]
            params.append({"b_id": r.id, "v_when": when, "v_hash": row_hash(h, tracked.state(
                state))})
        conn.execute(update(t).where(t.c.id == bindparam("b_id")).values(
            deleted_at=bindparam("v_when"), updated_at=bindparam("v_when"),
            audit_hash=bindparam("v_hash")), params)


def _entry(ctx: AppContext, plan: Plan, outcome: str, now: datetime,
           user: str | None = None) -> m.ExchangeEntry:
    return m.ExchangeEntry(
        at=now, direction="import", file_name=plan.path.name, sha256=file_sha256(plan.path),
        unit_code=plan.unit.code, period_from=plan.period[0], period_to=plan.period[1],
        counts=json.dumps(plan.counts(), sort_keys=True), outcome=outcome,
        user_name=user or ctx.user_name, message=f"{len(plan.errors)} errors, "
        f"{len(plan.warnings)} warnings",
    )


def _log(ctx: AppContext, plan: Plan, outcome: str) -> None:
    with ctx.db.session() as session:
        session.add(_entry(ctx, plan, outcome, audit.now_utc()))
