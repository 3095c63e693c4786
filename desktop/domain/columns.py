"""Column-wise helpers: apply a function to a column once per distinct value.

Imported sheets hold few distinct values per column (dates, communes, labels, numbers), so
converting each distinct value once and spreading the results by a dictionary lookup is far
cheaper than a call per cell.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

_NUMBERS = frozenset({bool, int, float})


def typed_key(v: object) -> tuple[object, ...]:
    if v.__class__ is float:
        return (float, v, math.copysign(1.0, v))  # type: ignore[arg-type]  # 0.0 vs -0.0
    return (v.__class__, v)


def map_values(col: Sequence[object], fn: Callable[[object], object],
               distinct: set[object] | None = None) -> list[object]:
    """`[fn(v) for v in col]`, calling `fn` once per distinct value.

    Dictionary keys treat 1, 1.0, True (and 0.0, -0.0) as one value; a column mixing those
    is looked up by type (and sign) as well, so each keeps its own result. `distinct` is
    set(col), when the caller has it already."""
    if distinct is None:
        distinct = set(col)
    if len(distinct) * 10 > len(col) * 9:  # nearly all distinct (ids, time stamps)
        return [fn(v) for v in col]
    # Only a column holding numbers can hold two kinds of them (distinct keeps one of each).
    types = set(map(type, col)) if _NUMBERS.intersection(map(type, distinct)) else set()
    if len(_NUMBERS & types) > 1 or (
            float in types and 0 in distinct and fn(0.0) != fn(-0.0)):
        typed: dict[tuple[object, ...], object] = {}
        out = []
        for v in col:
            k = typed_key(v)
            hit = typed.get(k, typed)
            if hit is typed:
                hit = typed[k] = fn(v)
            out.append(hit)
        return out
    memo = {v: fn(v) for v in distinct}
    return list(map(memo.__getitem__, col))
