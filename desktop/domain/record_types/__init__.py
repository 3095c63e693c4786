"""Every record type, declared once (see base.py for what a declaration holds).

`TYPES` is in the order of the exchange workbook's sheets. Adding a record type is one
declaration here, one model in desktop/db/models.py, one migration and its translations.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from desktop.domain.record_types.base import (
    ANY_LEVEL,
    COMMUNE,
    DATING_MODES,
    FIELD_KINDS,
    RULE_CHECKS,
    Dating,
    Field,
    RecordType,
    RefColumn,
    Reference,
    Rule,
    month_of,
)
from desktop.domain.record_types.national import NATIONAL_TYPES
from desktop.domain.record_types.programme import PROGRAMME_TYPES

__all__ = [
    "ANY_LEVEL",
    "COMMUNE",
    "DATING_MODES",
    "FIELD_KINDS",
    "RULE_CHECKS",
    "TYPES",
    "Dating",
    "Field",
    "RecordType",
    "RefColumn",
    "Reference",
    "Rule",
    "dependency_order",
    "lock_month",
    "reference_of",
]

TYPES: dict[str, RecordType] = {t.key: t for t in (*PROGRAMME_TYPES, *NATIONAL_TYPES)}


def reference_of(f: Field) -> Reference:
    """How a "ref" field's record is named in a workbook (the referred type's Reference)."""
    target = TYPES[f.ref or ""]
    assert target.referenced_as is not None, f"{target.key} declares no reference"
    return target.referenced_as


def lock_month(kind: str, values: Mapping[str, object],
               parent_values: Mapping[str, object] | None = None) -> date | None:
    """The month (its first day) whose lock covers a record of `kind` with these values.

    None: no month locks it (registers, yearly plans, or a record without its date yet).
    A record dated by its parent (attendance by its class) needs `parent_values`, the
    values of the record its reference points to; without them it is None."""
    t = TYPES[kind]
    mode = t.dating.mode
    if mode == "dated":
        return month_of(values.get(t.dating.field))
    if mode == "parent":
        if parent_values is None:
            return None
        parent = t.field(t.dating.field).ref or ""
        return lock_month(parent, parent_values)
    return None


def dependency_order(keys: Iterable[str] | None = None,
                     first: Mapping[str, float] | None = None) -> tuple[str, ...]:
    """The record types with every referred type before the types that refer to it.

    Among types ready at the same time, the lowest `first` value comes first (default: the
    declaration order)."""
    wanted = list(TYPES if keys is None else keys)
    rank = {k: i for i, k in enumerate(wanted)}
    needs = {k: {f.ref for f in TYPES[k].references if f.ref in rank and f.ref != k}
             for k in wanted}
    out: list[str] = []
    while needs:
        ready = [k for k, deps in needs.items() if not deps - set(out)]
        if not ready:
            raise ValueError(f"record types refer to each other in a cycle: {sorted(needs)}")
        key = min(ready, key=lambda k: ((first or {}).get(k, 0.0), rank[k]))
        out.append(key)
        del needs[key]
    return tuple(out)
