"""The audit trail as a hash chain, and the audit hash every tracked row carries.

Each entry's `entry_hash` is SHA-256 over the previous entry's hash and the entry's own fields
(`entry_material`), so deleting, reordering or editing an entry breaks every link after it.
`audit_head` holds the number of chained entries and the last hash: removing the newest
entries is found too. Every audited write locks that row first, so two PCs on one PostgreSQL
database never chain onto the same entry (on SQLite a write transaction holds the whole file).

A tracked row (a record, user, month lock, setting or catalogue value) stores
`audit_hash = SHA-256(entry_hash of its last entry | its state)`, where the state is every
column but the derived ones, so a row edited or inserted outside PCMD no longer matches.

The formats here are stored: changing them breaks every existing chain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import (
    BigInteger,
    Boolean,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    Table,
    bindparam,
    select,
    update,
)

from desktop.db import models as m

_q: Callable[[str], str] = json.encoder.encode_basestring  # type: ignore[attr-defined]
# derived or bookkeeping columns: not part of a row's state
_NOT_STATE = frozenset({"search", "audit_hash", "failed_attempts", "locked_until"})
SEAL = "seal"  # action of the entry that binds what was made before the chain
#: what a built-in catalogue value (the program's own reference data, seeded at start-up and
#: never changed since) is bound to instead of an entry of its own
BUILTIN = "builtin"


def at_text(at: datetime) -> str:
    return at.isoformat(sep=" ", timespec="microseconds")


def entry_material(prev: str, at: datetime, user_name: str, action: str, record_type: str,
                   record_id: str, unit_code: str, changes: str) -> str:
    """What an entry's hash covers: each field as a JSON string, after the previous hash."""
    return ",".join((prev, _q(at_text(at)), _q(user_name), _q(action), _q(record_type),
                     _q(record_id), _q(unit_code), _q(changes)))


def entry_hash(prev: str, at: datetime, user_name: str, action: str, record_type: str,
               record_id: str, unit_code: str, changes: str) -> str:
    material = entry_material(prev, at, user_name, action, record_type, record_id, unit_code,
                              changes)
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def row_hash(entry: str, state: str) -> str:
    return hashlib.sha256(f"{entry}|{state}".encode()).hexdigest()


def row_hashes(entries: Sequence[str], states: Sequence[str]) -> list[str]:
    """`[row_hash(e, s) for e, s in zip(entries, states)]`, without a call per row."""
    sha = hashlib.sha256
    return [sha(f"{e}|{s}".encode()).hexdigest() for e, s in zip(entries, states, strict=True)]


# ---- tracked tables ----------------------------------------------------------------------
def _normaliser(column_type: object) -> Callable[[object], str]:
    """A value as text, the same for what is written and what the database gives back."""
    if isinstance(column_type, Boolean):
        return lambda v: "true" if v else "false"
    if isinstance(column_type, Integer | BigInteger):
        return lambda v: str(int(v))  # type: ignore[call-overload]
    if isinstance(column_type, Float):
        return lambda v: repr(float(v))  # type: ignore[arg-type]
    if isinstance(column_type, DateTime):
        return lambda v: _q(at_text(v))  # type: ignore[arg-type]
    if isinstance(column_type, Date):
        return lambda v: _q(v.isoformat()[:10])  # type: ignore[attr-defined]
    return lambda v: _q(str(v))


@dataclass(frozen=True)
class Tracked:
    """A table whose rows carry an audit hash; `record_type` names them in the audit trail."""

    record_type: str
    table: Table
    key: str  # the column whose value (as text) is the entry's record_id

    @property
    def columns(self) -> list[tuple[str, str, Callable[[object], str]]]:
        return _state_columns(self.table)

    def state(self, values: Mapping[str, object]) -> str:
        """The row's state from its column values (missing and NULL columns are left out)."""
        parts = []
        for name, prefix, norm in self.columns:
            v = values.get(name)
            if v is not None:
                parts.append(prefix + norm(v))
        return "".join(parts)

    def states(self, columns: Mapping[str, Sequence[object]], n: int) -> list[str]:
        """The states of `n` rows given column by column (a bulk insert's columns): the same
        texts as `state`, made with one %-format per row (a column holding one value for every
        row is written into the format once)."""
        from desktop.domain.columns import map_values

        template: list[str] = []
        varying: list[Sequence[object]] = []
        for name, prefix, norm in self.columns:
            values = columns.get(name)
            if values is None:
                continue
            distinct = set(values)
            if len(distinct) == 1:
                only = next(iter(distinct))
                if only is not None:
                    template.append((prefix + norm(only)).replace("%", "%%"))
                continue
            template.append("%s")
            varying.append(map_values(values, lambda v, p=prefix, f=norm: "" if v is None
                                      else p + f(v), distinct))
        form = "".join(template)
        if not varying:
            return [form.replace("%%", "%")] * n
        return list(map(form.__mod__, zip(*varying, strict=True)))  # form % t, each row


@cache
def _state_columns(table: Table) -> list[tuple[str, str, Callable[[object], str]]]:
    return [(c.name, _q(c.name) + ":", _normaliser(c.type)) for c in table.columns
            if c.name not in _NOT_STATE]


@cache
def tracked_tables() -> dict[str, Tracked]:
    out = {kind: Tracked(kind, model.__table__, "id")  # type: ignore[attr-defined]
           for kind, model in m.RECORD_MODELS.items()}
    out["user"] = Tracked("user", m.User.__table__, "id")  # type: ignore[arg-type]
    out["month"] = Tracked("month", m.MonthLock.__table__, "id")  # type: ignore[arg-type]
    out["setting"] = Tracked("setting", m.Setting.__table__, "key")  # type: ignore[arg-type]
    out["catalogue"] = Tracked("catalogue", m.CatalogueItem.__table__,  # type: ignore[arg-type]
                               "id")
    return out


def tracked_for(obj: object) -> Tracked | None:
    table = getattr(type(obj), "__table__", None)
    for t in tracked_tables().values():
        if t.table is table:
            return t
    return None


def values_of(obj: object) -> dict[str, object]:
    """Column values of an ORM object (our models name attributes after their columns)."""
    table: Table = type(obj).__table__  # type: ignore[attr-defined]
    return {c.name: getattr(obj, c.name) for c in table.columns}


# ---- appending -----------------------------------------------------------------------------
_INSERT_ENTRY = m.AuditEntry.__table__.insert()
_HEAD = m.AuditHead.__table__
_MOVE_HEAD = update(_HEAD).where(_HEAD.c.id == 1).values(
    entries=bindparam("n"), last_hash=bindparam("h"))


class Chain:
    """The open end of the chain inside one write transaction (the head row is locked)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        head = m.AuditHead.__table__
        row = conn.execute(select(head.c.entries, head.c.last_hash).where(head.c.id == 1)
                           .with_for_update()).first()
        if row is None:  # only a database whose head row was removed outside PCMD
            conn.execute(head.insert().values(id=1, entries=0, last_hash=""))
            row = (0, "")
        self.entries, self.last = int(row[0]), str(row[1])

    def add(self, *, at: datetime, user_name: str, action: str, record_type: str,
            record_id: str, unit_code: str, changes: str) -> str:
        h = entry_hash(self.last, at, user_name, action, record_type, record_id, unit_code,
                       changes)
        # a statement made once, values as parameters: its compiled form is reused (a change
        # of many records appends one entry each; building .values() each time cost 1 ms)
        self.conn.execute(_INSERT_ENTRY, {
            "at": at, "user_name": user_name, "action": action, "record_type": record_type,
            "record_id": record_id, "unit_code": unit_code, "changes": changes,
            "prev_hash": self.last, "entry_hash": h})
        self._moved(1, h)
        return h

    def add_many(self, columns: dict[str, Sequence[object]]) -> list[str]:
        """Insert entries given column by column (at, user_name, action, record_type,
        record_id, unit_code, changes); returns their hashes in order."""
        from desktop.db import bulk

        n = len(columns["record_id"])
        if not n:
            return []
        prevs, hashes = entry_hashes(self.last, columns)
        data = {name: columns[name] for name in ENTRY_FIELDS}
        data.update(prev_hash=prevs, entry_hash=hashes)
        bulk.insert_columns(self.conn, m.AuditEntry.__table__, data)
        self._moved(n, hashes[-1])
        return hashes

    def _moved(self, added: int, last: str) -> None:
        self.entries += added
        self.last = last
        self.conn.execute(_MOVE_HEAD, {"n": self.entries, "h": last})


def _const_or_each(values: Sequence[object], quote: Callable[[object], str]) -> str | list[str]:
    """One quoted text when every value is the same object (bulk columns), else one each."""
    first = values[0]
    if values.count(first) == len(values):  # equal values (as set() would find), in C
        return quote(first)
    from desktop.domain.columns import map_values

    return list(map_values(values, quote))


ENTRY_FIELDS = ("at", "user_name", "action", "record_type", "record_id", "unit_code", "changes")


def entry_hashes(last: str, columns: Mapping[str, Sequence[object]]
                 ) -> tuple[list[str], list[str]]:
    """The previous hashes and the hashes of entries given column by column (ENTRY_FIELDS),
    chained after `last`: `entry_hash` of each, with the parts every entry shares quoted and
    encoded once (a bulk import's entries differ only in the record id)."""
    n = len(columns["record_id"])
    quoted: list[str | list[str]] = []
    for name in ENTRY_FIELDS:
        values = columns[name]
        if name == "at":
            quoted.append(_const_or_each(values, lambda v: _q(at_text(v))))  # type: ignore[arg-type]
        else:
            quoted.append(_const_or_each(values, _q))  # type: ignore[arg-type]
    hashes: list[str] = []
    append_hash = hashes.append
    prev = last
    sha = hashlib.sha256
    if all(isinstance(q, str) for i, q in enumerate(quoted) if ENTRY_FIELDS[i] != "record_id"):
        # the same UTF-8 bytes as (prev + before + rid + after).encode()
        before = ("," + ",".join(quoted[:4]) + ",").encode()  # type: ignore[arg-type]
        after = ("," + ",".join(quoted[5:])).encode()  # type: ignore[arg-type]
        rids = quoted[4]
        rid_texts = [rids] * n if isinstance(rids, str) else rids
        join = b"".join
        for rid in map(str.encode, rid_texts):
            prev = sha(join((prev.encode(), before, rid, after))).hexdigest()
            append_hash(prev)
        return [last, *hashes[:-1]], hashes
    prevs: list[str] = []
    append_prev = prevs.append
    cols = [[q] * n if isinstance(q, str) else q for q in quoted]
    for row in zip(*cols, strict=True):
        append_prev(prev)
        prev = sha((prev + "," + ",".join(row)).encode("utf-8")).hexdigest()
        append_hash(prev)
    return prevs, hashes


# ---- databases made before the chain -----------------------------------------------------
def needs_seal(conn: Connection) -> bool:
    """The chain never started, yet there are entries or tracked rows (a database upgraded from
    before schema 0004): they are bound to one seal entry when the database is opened."""
    head = m.AuditHead.__table__
    entries = conn.execute(select(head.c.entries).where(head.c.id == 1)).scalar()
    if entries:
        return False
    if conn.execute(select(m.AuditEntry.__table__.c.id).limit(1)).first() is not None:
        return True
    return any(conn.execute(select(t.table.c[t.key]).where(t.table.c.audit_hash.is_(None))
                            .limit(1)).first() is not None for t in tracked_tables().values())


def legacy_digest(conn: Connection) -> tuple[int, str]:
    """(count, SHA-256) over the entries made before the chain, in id order."""
    a = m.AuditEntry.__table__
    digest = hashlib.sha256()
    count = 0
    stmt = select(a.c.at, a.c.user_name, a.c.action, a.c.record_type, a.c.record_id,
                  a.c.unit_code, a.c.changes).where(a.c.entry_hash == "").order_by(a.c.id)
    for row in conn.execute(stmt):
        count += 1
        digest.update(entry_material("", *row).encode("utf-8"))
        digest.update(b"\n")
    return count, digest.hexdigest()


def seal_legacy(conn: Connection, *, at: datetime, user_name: str) -> str:
    """Write the seal entry over the entries made before the chain and give every tracked row
    without an audit hash one bound to the seal. Returns the seal's hash."""
    count, digest = legacy_digest(conn)
    chain = Chain(conn)
    changes = json.dumps({"legacy_entries": [None, count], "legacy_digest": [None, digest]},
                         sort_keys=True)
    seal = chain.add(at=at, user_name=user_name, action=SEAL, record_type="audit",
                     record_id="", unit_code="", changes=changes)
    for t in tracked_tables().values():
        table = t.table
        rows = conn.execute(select(table).where(table.c.audit_hash.is_(None))).mappings()
        params = [{"k": row[t.key], "h": row_hash(seal, t.state(row))} for row in rows]
        if params:
            from sqlalchemy import bindparam

            stmt = update(table).where(table.c[t.key] == bindparam("k")).values(
                audit_hash=bindparam("h"))
            for start in range(0, len(params), 10_000):
                conn.execute(stmt, params[start:start + 10_000])
    return seal
