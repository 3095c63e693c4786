"""Create, update, delete and list records of every type; every change is audited.

The GUI forms and the command line call these; the importer uses the same Validator.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.domain.text import fold
from desktop.errors import (
    FieldError,
    InputError,
    NotFound,
    PcmdError,
    StaleRecord,
    ValidationFailed,
)
from desktop.i18n import translate
from desktop.services import audit, policy
from desktop.services import catalogue as catalogue_service
from desktop.services.context import AppContext
from desktop.services.progress import Progress
from desktop.services.record_list import Order, RecordLists
from desktop.services.record_specs import SPECS, RecordSpec
from desktop.services.validation import Validator, field_label


def tr(text: str) -> str:
    return translate("records", text)


# Kinds whose records are not tied to a month (registers and yearly plans): never locked.
LOCK_EXEMPT = policy.never_locked()
_PREFETCHED = "records_prefetched"  # session.info: records a batch read at once, by id


def unique_fields_text(spec: RecordSpec) -> str:
    """ "month, commune/ward and activity": the fields that make a record unique, named in a
    sentence ("Đã có bản ghi trùng tháng, xã/phường và hoạt động.")."""
    names = [_lower_first(field_label(spec.field(n))) for n in spec.unique]
    if len(names) <= 1:
        return "".join(names)
    return tr("{items} and {last}").format(items=", ".join(names[:-1]), last=names[-1])


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


@dataclass
class Batch:
    """Changes of one record type saved together (RecordService.save_batch)."""

    create: list[dict[str, object]] = field(default_factory=list)
    update: list[tuple[str, dict[str, object], datetime | None]] = field(default_factory=list)
    delete: list[tuple[str, datetime | None]] = field(default_factory=list)
    restore: list[str] = field(default_factory=list)
    owner_id: int | None = None  # of the created records (None: the usual owner)


@dataclass(frozen=True)
class BatchProblem:
    part: str  # create | update | delete | restore
    index: int  # the item's place in its part of the batch
    errors: list[FieldError]


class BatchRejected(InputError):
    """Some changes of a batch were refused: nothing of the batch was saved."""

    def __init__(self, problems: list[BatchProblem]) -> None:
        first = problems[0].errors[0].message if problems and problems[0].errors else ""
        super().__init__(first)
        self.problems = problems


@dataclass
class Filters:
    date_from: date | None = None
    date_to: date | None = None
    unit_ids: set[int] | None = None  # the record's commune in this set
    owner_ids: set[int] | None = None  # the owning office in this set
    search: str = ""
    equals: dict[str, object] = field(default_factory=dict)
    include_deleted: bool = False
    deleted_only: bool = False  # the tombstones only (to find and restore deleted records)


class RecordService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # ---- validation ----------------------------------------------------------------------
    def validator(self, session: Session) -> Validator:
        def ref_exists(kind: str, record_id: str) -> bool:
            row = session.get(SPECS[kind].model, record_id)
            return row is not None and row.deleted_at is None

        return Validator(
            self.ctx.units,
            catalogue_service.Catalogues.load(session),
            self.ctx.home_unit(),
            today=self.ctx.today(),
            ref_exists=ref_exists,
        )

    def search_text(self, spec: RecordSpec, values: dict[str, object]) -> str:
        parts = [str(values.get(name) or "") for name in spec.search_fields]
        if spec.unit_field and values.get(spec.unit_field):
            parts.append(self.ctx.units.get(int(values[spec.unit_field])).name)  # type: ignore[arg-type]
        return fold(" ".join(p for p in parts if p))

    def _unique_errors(
        self, session: Session, spec: RecordSpec, values: dict[str, object], owner_id: int,
        exclude_id: str | None,
    ) -> list[FieldError]:
        if not spec.unique:
            return []
        model = spec.model
        conds = [getattr(model, n) == values.get(n) for n in spec.unique]
        conds += [model.deleted_at.is_(None), model.owner_id == owner_id]
        if exclude_id:
            conds.append(model.id != exclude_id)
        if session.scalar(select(func.count()).select_from(model).where(and_(*conds))):
            first = spec.field(spec.unique[0])
            return [FieldError(first.name, tr("A record with the same {fields} already exists.")
                               .format(fields=unique_fields_text(spec)))]
        return []

    # ---- changes -------------------------------------------------------------------------
    def create(self, kind: str, values: dict[str, object], *, owner_id: int | None = None) -> str:
        with self.ctx.db.session() as session:
            return self._create_row(session, self.validator(session), kind, values, owner_id)

    def _create_row(self, session: Session, validator: Validator, kind: str,
                    values: dict[str, object], owner_id: int | None = None) -> str:
        spec = SPECS[kind]
        clean, errors = validator.validate(kind, values)
        owner = owner_id or self._home_id()
        if not errors:
            errors = self._unique_errors(session, spec, clean, owner, None)
        if errors:
            raise ValidationFailed(errors)
        who = self._guard(session, spec, clean, owner)
        now = audit.now_utc()
        row = spec.model(
            **clean, owner_id=owner, created_at=now, updated_at=now,
            search=self.search_text(spec, clean),
        )
        session.add(row)
        session.flush()
        policy.record_entry(
            session, who, action="create", record_type=kind, record_id=row.id,
            unit_code=self._unit_code(owner),
            changes={k: (None, v) for k, v in clean.items()}, at=now, row=row,
        )
        return row.id

    def update(
        self,
        kind: str,
        record_id: str,
        values: dict[str, object],
        *,
        expected_updated_at: datetime | None = None,
    ) -> None:
        with self.ctx.db.session() as session:
            audit.chain(session)  # the audit head first: two PCs never wait on each other
            self._update_row(session, self.validator(session), kind, record_id, values,
                             expected_updated_at)

    def _update_row(self, session: Session, validator: Validator, kind: str, record_id: str,
                    values: dict[str, object], expected_updated_at: datetime | None) -> None:
        spec = SPECS[kind]
        row = self._load_for_change(session, spec, record_id, expected_updated_at)
        merged = {f.name: getattr(row, f.name) for f in spec.fields}
        self._guard(session, spec, dict(merged), row.owner_id)
        merged.update(values)
        clean, errors = validator.validate(kind, merged)
        if not errors:
            errors = self._unique_errors(session, spec, clean, row.owner_id, row.id)
        if errors:
            raise ValidationFailed(errors)
        who = self._guard(session, spec, clean, row.owner_id)
        changes = {
            k: (getattr(row, k), v) for k, v in clean.items() if getattr(row, k) != v
        }
        if not changes:
            return
        now = audit.now_utc()
        for k, (_, v) in changes.items():
            setattr(row, k, v)
        row.updated_at = max(now, row.updated_at)
        row.search = self.search_text(spec, clean)
        policy.record_entry(
            session, who, action="update", record_type=kind, record_id=row.id,
            unit_code=self._unit_code(row.owner_id), changes=changes, at=now, row=row,
        )

    def delete(
        self, kind: str, record_id: str, *, expected_updated_at: datetime | None = None
    ) -> None:
        """Tombstone the record so the deletion can travel to the city office."""
        with self.ctx.db.session() as session:
            audit.chain(session)  # the audit head first (see update)
            self._delete_row(session, kind, record_id, expected_updated_at)

    def _delete_row(self, session: Session, kind: str, record_id: str,
                    expected_updated_at: datetime | None) -> None:
        spec = SPECS[kind]
        row = self._load_for_change(session, spec, record_id, expected_updated_at)
        who = self._guard(session, spec, {f.name: getattr(row, f.name) for f in spec.fields},
                          row.owner_id)
        now = max(audit.now_utc(), row.updated_at)
        row.deleted_at = now
        row.updated_at = now
        before = {f.name: (getattr(row, f.name), None) for f in spec.fields}
        policy.record_entry(
            session, who, action="delete", record_type=kind, record_id=row.id,
            unit_code=self._unit_code(row.owner_id), changes=before, at=now, row=row,
        )

    def restore(self, kind: str, record_id: str) -> None:
        """Bring a deleted record back (the same policy as a change: role, units, the owner's
        month lock); the undo of a delete, audited as "restore"."""
        with self.ctx.db.session() as session:
            audit.chain(session)  # the audit head first (see update)
            self._restore_row(session, kind, record_id)

    def _restore_row(self, session: Session, kind: str, record_id: str) -> None:
        spec = SPECS[kind]
        row = self._locked_row(session, spec, record_id)
        if row is None:
            raise NotFound(tr("The record no longer exists (it was deleted)."))
        if row.deleted_at is None:
            return
        values = {f.name: getattr(row, f.name) for f in spec.fields}
        who = self._guard(session, spec, values, row.owner_id)
        errors = self._unique_errors(session, spec, values, row.owner_id, row.id)
        if errors:
            raise ValidationFailed(errors)
        now = max(audit.now_utc(), row.updated_at)
        deleted = row.deleted_at
        row.deleted_at = None
        row.updated_at = now
        policy.record_entry(
            session, who, action="restore", record_type=kind, record_id=row.id,
            unit_code=self._unit_code(row.owner_id), changes={"deleted_at": (deleted, None)},
            at=now, row=row,
        )

    # ---- many changes in one transaction (grid, paste, multi-delete, undo: ui) ----------
    def save_batch(self, kind: str, batch: Batch, progress: Progress | None = None
                   ) -> list[str]:
        """Apply every change of `batch` in ONE transaction, each through the same checks as
        its single form (validation, unique key, the change policy): all or nothing. Returns
        the ids of the created records, in order; raises BatchRejected naming every refused
        item (nothing is saved then). A cancel through `progress` saves nothing either."""
        created: list[str] = []
        problems: list[BatchProblem] = []
        with self.ctx.db.session() as session, policy.one_action(session):
            # the audit head first (see update); then the stored records, read at once
            self._prefetch(session, SPECS[kind], [rid for rid, _ in batch.delete]
                           + list(batch.restore) + [rid for rid, _, _ in batch.update])
            validator = self.validator(session)
            # the owner of the new records, found once (the home unit is a setting: a read)
            owner = batch.owner_id or (self._home_id() if batch.create else None)
            steps: list[tuple[str, int, Callable[[], object]]] = [
                *[("delete", i, partial(self._delete_row, session, kind, rid, stamp))
                  for i, (rid, stamp) in enumerate(batch.delete)],
                *[("restore", i, partial(self._restore_row, session, kind, rid))
                  for i, rid in enumerate(batch.restore)],
                *[("update", i, partial(self._update_row, session, validator, kind, rid,
                                        values, stamp))
                  for i, (rid, values, stamp) in enumerate(batch.update)],
                *[("create", i, partial(self._create_row, session, validator, kind, values,
                                        owner))
                  for i, values in enumerate(batch.create)],
            ]
            for done, (part, index, step) in enumerate(steps):
                if progress is not None and done % 50 == 0:
                    progress.update(done, len(steps), tr("Saving…"))  # may raise Cancelled
                try:
                    result = step()
                except ValidationFailed as exc:
                    problems.append(BatchProblem(part, index, exc.errors))
                except PcmdError as exc:
                    problems.append(BatchProblem(part, index, [FieldError("", exc.message)]))
                else:
                    if part == "create":
                        created.append(str(result))
            session.info.pop(_PREFETCHED, None)
            if problems:
                raise BatchRejected(problems)  # the transaction is rolled back
        return created

    def check_row(self, kind: str, values: dict[str, object],
                  record_id: str | None = None) -> list[FieldError]:
        """The problems saving these values would meet (validation, unique key, the change
        policy), without saving: a grid cell is checked as it is left."""
        return self.check_rows(kind, [(values, record_id)])[0]

    def check_rows(self, kind: str, rows: list[tuple[dict[str, object], str | None]],
                   ) -> list[list[FieldError]]:
        """check_row for many rows (values, record id or None) in one read session with one
        validator: a block pasted into the grid is checked at once (the catalogues are read
        once, not once a cell)."""
        spec = SPECS[kind]
        found: list[list[FieldError]] = []
        with self.ctx.db.read_session() as session, policy.one_check(session):
            validator = self.validator(session)
            home = self._home_id()
            for values, record_id in rows:
                found.append(self._check_one(session, validator, spec, values, record_id,
                                             home))
        return found

    def _check_one(self, session: Session, validator: Validator, spec: RecordSpec,
                   values: dict[str, object], record_id: str | None,
                   owner: int) -> list[FieldError]:
        clean, errors = validator.validate(spec.key, values)
        if errors:
            return errors
        if record_id is not None:
            row = session.get(spec.model, record_id)
            owner = row.owner_id if row is not None else owner
        errors = self._unique_errors(session, spec, clean, owner, record_id)
        if errors:
            return errors
        try:
            self._guard(session, spec, clean, owner)
        except PcmdError as exc:
            return [FieldError(spec.date_field or "", exc.message)]
        return []

    def change_blocker(self, kind: str, record_id: str) -> str | None:
        """The sentence why the current user may not change this record (its owner's month
        is locked, it belongs to another unit, their role does not allow it), or None.
        The forms open such a record read-only with this sentence shown."""
        spec = SPECS[kind]
        with self.ctx.db.read_session() as session:
            row = session.get(spec.model, record_id)
            if row is None or row.deleted_at is not None:
                return tr("The record no longer exists (it was deleted).")
            values = {f.name: getattr(row, f.name) for f in spec.fields}
            return policy.record_blocker(self.ctx, session, kind, row.owner_id, values)

    def _guard(
        self, session: Session, spec: RecordSpec, values: dict[str, object], owner_id: int
    ) -> policy.Actor:
        """Role, unit scope and month lock of a change (old and new values both pass)."""
        return policy.check_record(self.ctx, session, spec.key, owner_id, values)

    @staticmethod
    def _locked_row(session: Session, spec: RecordSpec, record_id: str):
        """The record, locked for the change (from the batch's prefetch when it read it)."""
        row = session.info.get(_PREFETCHED, {}).pop(record_id, None)
        if row is None or type(row) is not spec.model:
            row = session.get(spec.model, record_id, with_for_update=True)
        return row

    @staticmethod
    def _prefetch(session: Session, spec: RecordSpec, ids: list[str]) -> None:
        """Read these records (locked for the update) in a few queries: the changes of a
        batch then find them in the session, not one SELECT each."""
        found: dict[str, object] = session.info.setdefault(_PREFETCHED, {})
        model = spec.model
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            stmt = select(model).where(model.id.in_(chunk)).with_for_update()
            for row in session.scalars(stmt):
                found[row.id] = row

    def _load_for_change(
        self, session: Session, spec: RecordSpec, record_id: str, expected: datetime | None
    ):
        row = self._locked_row(session, spec, record_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(tr("The record no longer exists (it was deleted)."))
        if expected is not None and row.updated_at != expected:
            raise StaleRecord(
                tr("Someone else changed this record since you opened it; "
                   "reopen it to see their changes.")
            )
        return row

    # ---- reading -------------------------------------------------------------------------
    def get(self, kind: str, record_id: str) -> dict[str, object]:
        spec = SPECS[kind]
        with self.ctx.db.read_session() as session:
            row = session.get(spec.model, record_id)
            if row is None or not self._readable(session, spec, row):
                raise NotFound(tr("The record no longer exists (it was deleted)."))
            out = {f.name: getattr(row, f.name) for f in spec.fields}
            out.update(id=row.id, owner_id=row.owner_id, updated_at=row.updated_at,
                       created_at=row.created_at, deleted_at=row.deleted_at)
            return out

    def _readable(self, session: Session, spec: RecordSpec, row: object) -> bool:
        scope = policy.reader_scope(self.ctx, session)
        if scope is None:
            return True
        place = getattr(row, spec.unit_field) if spec.unit_field else None
        return row.owner_id in scope or place in scope  # type: ignore[attr-defined]

    def query(self, kind: str, filters: Filters | None = None) -> Select:
        """The SELECT of a list (the GUI's lazy table pages through it)."""
        spec = SPECS[kind]
        model = spec.model
        f = filters or Filters()
        stmt = select(model)
        if not f.include_deleted:
            stmt = stmt.where(model.deleted_at.is_(None))
        if spec.date_field:
            col = getattr(model, spec.date_field)
            if f.date_from:
                stmt = stmt.where(col >= f.date_from)
            if f.date_to:
                stmt = stmt.where(col <= f.date_to)
        if f.unit_ids is not None and spec.unit_field:
            stmt = stmt.where(getattr(model, spec.unit_field).in_(f.unit_ids))
        if f.owner_ids is not None:
            stmt = stmt.where(model.owner_id.in_(f.owner_ids))
        with self.ctx.db.read_session() as session:
            visible = policy.reader_scope(self.ctx, session)
        if visible is not None:  # a signed-in user sees only their unit and the units under it
            inside = model.owner_id.in_(visible)
            if spec.unit_field:
                inside = or_(inside, getattr(model, spec.unit_field).in_(visible))
            stmt = stmt.where(inside)
        for name, value in f.equals.items():
            col = getattr(model, name)
            if spec.field(name).kind == "multi":
                stmt = stmt.where(or_(col == value, col.like(f"{value};%"),
                                      col.like(f"%;{value}"), col.like(f"%;{value};%")))
            else:
                stmt = stmt.where(col == value)
        if f.search.strip():
            for word in fold(f.search).split():
                stmt = stmt.where(model.search.like(f"%{word}%"))
        return stmt

    def count(self, kind: str, filters: Filters | None = None) -> int:
        stmt = self.query(kind, filters)
        with self.ctx.db.read_session() as session:
            return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0

    def list(
        self, kind: str, filters: Filters | None = None, *, limit: int = 1000, offset: int = 0
    ) -> list[dict[str, object]]:
        spec = SPECS[kind]
        stmt = self.query(kind, filters)
        if spec.date_field:
            stmt = stmt.order_by(getattr(spec.model, spec.date_field).desc(), spec.model.id)
        else:
            stmt = stmt.order_by(spec.model.id)
        with self.ctx.db.read_session() as session:
            rows = session.scalars(stmt.limit(limit).offset(offset)).all()
            return [
                {**{f.name: getattr(r, f.name) for f in spec.fields}, "id": r.id,
                 "updated_at": r.updated_at}
                for r in rows
            ]

    # ---- lists of the window (ordered ids, then rows by id: record_list.py) -------------
    def ids(self, kind: str, filters: Filters | None = None, order: Order | None = None, *,
            limit: int | None = None) -> list[str]:
        """The ids of the list's records in the list's order (the type's usual order when
        `order` is None), as many as `limit`."""
        return RecordLists(self).ids(kind, filters, order, limit)

    def rows_by_id(self, kind: str, ids: Iterable[str]) -> dict[str, dict[str, object]]:
        """id -> the record's values (with ``labels``: names of the records it refers to)."""
        return RecordLists(self).rows_by_id(kind, ids)

    def ref_choices(self, kind: str) -> list[tuple[str, str]]:
        """(label, id) of the records of `kind` the user may see, to choose one from (the
        officers of an attendance: those in service first, by given name)."""
        return RecordLists(self).choices(kind)

    # ---- helpers -------------------------------------------------------------------------
    def _home_id(self) -> int:
        home = policy.default_owner(self.ctx)
        if home is None:
            raise ValidationFailed(
                [FieldError("owner_id", tr("Choose the home unit first (pcmd init --unit CODE)."))]
            )
        return home.id

    def _unit_code(self, unit_id: int) -> str:
        unit = self.ctx.units.by_id.get(unit_id)
        return unit.code if unit else ""
