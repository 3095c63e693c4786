"""The unit directory: every unit version and mapping in memory, resolved against a date.

Used by entry, import and reports. Units are few (hundreds), so one load per database is
cheap and makes resolving 100,000 imported rows fast.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import Unit, UnitMapping
from desktop.domain.text import clean_text, fold, name_key, split_unit_prefix, vi_sort_key
from desktop.i18n import translate

PREFIX_OF_LEVEL_WORD = {
    "phuong": "phường",
    "xa": "xã",
    "thi_tran": "thị trấn",
    "dac_khu": "đặc khu",
    "quan": "quận",
    "huyen": "huyện",
    "thanh_pho": "thành phố",
    "tinh": "tỉnh",
}


@dataclass(frozen=True)
class UnitInfo:
    id: int
    code: str
    name: str
    level: str
    parent_id: int | None
    valid_from: date
    valid_to: date | None

    def valid_on(self, d: date) -> bool:
        return self.valid_from <= d and (self.valid_to is None or d <= self.valid_to)

    def overlaps(self, start: date, end: date) -> bool:
        return self.valid_from <= end and (self.valid_to is None or start <= self.valid_to)


@dataclass(frozen=True)
class Successor:
    unit: UnitInfo
    whole: bool
    effective: date
    position: int


class UnitNotFound(LookupError):
    """`message` is translated and names the value and the date."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _tr(text: str) -> str:
    return translate("units", text)


class UnitDirectory:
    def __init__(self, units: list[UnitInfo], mappings: list[tuple[int, int, bool, date, int]]):
        self.by_id: dict[int, UnitInfo] = {u.id: u for u in units}
        self.by_code: dict[str, list[UnitInfo]] = defaultdict(list)
        self._by_key: dict[str, list[UnitInfo]] = defaultdict(list)
        self._by_fold: dict[str, list[UnitInfo]] = defaultdict(list)
        self._children: dict[int, list[UnitInfo]] = defaultdict(list)
        for u in units:
            self.by_code[u.code].append(u)
            _, bare = split_unit_prefix(u.name)
            self._by_key[name_key(bare)].append(u)
            self._by_fold[fold(bare)].append(u)
            if u.parent_id is not None:
                self._children[u.parent_id].append(u)
        for kids in self._children.values():
            kids.sort(key=lambda x: vi_sort_key(x.name))
        self.successors: dict[int, list[Successor]] = defaultdict(list)
        for old_id, new_id, whole, effective, position in mappings:
            self.successors[old_id].append(
                Successor(self.by_id[new_id], whole, effective, position)
            )
        for succ in self.successors.values():
            succ.sort(key=lambda s: s.position)
        # Days on which some unit begins or ends its validity: between two of them every
        # question about units (which exist, which are whose successors) has one answer.
        bounds = {u.valid_from for u in units}
        bounds.update(u.valid_to + timedelta(days=1) for u in units
                      if u.valid_to is not None and u.valid_to < date.max)
        self._bounds = sorted(bounds)
        self._cache: dict[tuple[str, int, int | None], UnitInfo] = {}

    # ---- loading -------------------------------------------------------------------------
    @classmethod
    def load(cls, session: Session) -> UnitDirectory:
        # Plain column tuples, not ORM objects: this runs at every start.
        units = [
            UnitInfo(*row)
            for row in session.execute(select(
                Unit.id, Unit.code, Unit.name, Unit.level, Unit.parent_id, Unit.valid_from,
                Unit.valid_to))
        ]
        maps = [
            tuple(row)
            for row in session.execute(select(
                UnitMapping.old_unit_id, UnitMapping.new_unit_id, UnitMapping.whole,
                UnitMapping.effective, UnitMapping.position))
        ]
        return cls(units, maps)  # type: ignore[arg-type]

    # ---- lookups -------------------------------------------------------------------------
    def get(self, unit_id: int) -> UnitInfo:
        return self.by_id[unit_id]

    def code_on(self, code: str, d: date) -> UnitInfo | None:
        for u in self.by_code.get(code.strip(), ()):
            if u.valid_on(d):
                return u
        return None

    def latest(self, code: str) -> UnitInfo | None:
        versions = self.by_code.get(code.strip())
        if not versions:
            return None
        return max(versions, key=lambda u: u.valid_from)

    def current_or_latest(self, code: str, today: date) -> UnitInfo | None:
        return self.code_on(code, today) or self.latest(code)

    def parent(self, unit: UnitInfo) -> UnitInfo | None:
        return self.by_id.get(unit.parent_id) if unit.parent_id is not None else None

    def ancestors(self, unit: UnitInfo) -> list[UnitInfo]:
        out, cur = [], self.parent(unit)
        while cur is not None:
            out.append(cur)
            cur = self.parent(cur)
        return out

    def is_within(self, unit: UnitInfo, root: UnitInfo) -> bool:
        return unit.id == root.id or any(a.id == root.id for a in self.ancestors(unit))

    def children(self, unit: UnitInfo, d: date) -> list[UnitInfo]:
        return [c for c in self._children.get(unit.id, ()) if c.valid_on(d)]

    def descendants(self, unit: UnitInfo, start: date, end: date) -> list[UnitInfo]:
        """Every unit under `unit` (not itself) valid at some point in [start, end]."""
        out: list[UnitInfo] = []
        stack = [unit]
        while stack:
            cur = stack.pop()
            for c in self._children.get(cur.id, ()):
                if c.overlaps(start, end):
                    out.append(c)
                    stack.append(c)
        return out

    def senders(self, home: UnitInfo, today: date) -> list[UnitInfo]:
        """Units that may send `home` a workbook: itself and every unit ever under it, the
        latest version of each code; higher levels first, each level in Vietnamese order."""
        latest: dict[str, UnitInfo] = {}
        for u in [home, *self.descendants(home, date.min, today)]:
            known = latest.get(u.code)
            if known is None or u.valid_from > known.valid_from:
                latest[u.code] = u
        order = {"city": 0, "district": 1, "commune": 2}
        return sorted(latest.values(),
                      key=lambda u: (u is not latest.get(home.code), order.get(u.level, 3),
                                     vi_sort_key(u.name)))

    def communes_under(self, unit: UnitInfo, d: date) -> list[UnitInfo]:
        """Commune-level units under (or equal to) `unit` valid on `d`, in Vietnamese order."""
        if unit.level == "commune":
            return [unit] if unit.valid_on(d) else []
        found = [u for u in self.descendants(unit, d, d) if u.level == "commune"]
        return sorted(found, key=lambda u: vi_sort_key(u.name))

    def scope(self, home: UnitInfo, d: date) -> list[UnitInfo]:
        """Commune-level units an office sees on `d`. An office whose unit was abolished (a
        district after 1 July 2025) sees the successors of its last communes."""
        if home.valid_on(d):
            return self.communes_under(home, d)
        last = home.valid_to or d
        seen: dict[int, UnitInfo] = {}
        for commune in self.communes_under(home, last) or [home]:
            for s in self.successors_on(commune, d):
                seen[s.id] = s
        return sorted(seen.values(), key=lambda u: vi_sort_key(u.name))

    # ---- regrouping ----------------------------------------------------------------------
    def successors_on(self, unit: UnitInfo, d: date) -> list[UnitInfo]:
        """Every unit valid on `d` that received part of `unit` (following mappings)."""
        if unit.valid_on(d) or unit.valid_from > d:
            return [unit] if unit.valid_on(d) else []
        out: dict[int, UnitInfo] = {}
        for s in self.successors.get(unit.id, ()):
            for x in self.successors_on(s.unit, d):
                out[x.id] = x
        return list(out.values())

    def regroup(self, unit: UnitInfo, d: date) -> tuple[UnitInfo | None, bool]:
        """The unit valid on `d` that counts `unit`'s records, and whether that is exact.

        Whole mergers are exact; a split unit counts under the receiving unit that carries
        its old code, else the first one listed in the mapping (approximate). None when no
        destination is known.
        """
        cur, exact = unit, True
        for _ in range(10):
            if cur.valid_on(d):
                return cur, exact
            succ = self.successors.get(cur.id)
            if not succ or (cur.valid_to is not None and cur.valid_to >= d):
                return None, exact
            if len(succ) == 1 and succ[0].whole:
                cur = succ[0].unit
                continue
            exact = False
            same_code = [s for s in succ if s.unit.code == cur.code]
            cur = (same_code or succ)[0].unit
        return None, exact

    def row_unit(self, unit: UnitInfo, root: UnitInfo, d: date) -> UnitInfo | None:
        """The child of `root` (valid on d) that contains `unit`, or `root` itself."""
        if unit.id == root.id:
            return root
        chain = [unit, *self.ancestors(unit)]
        for i, u in enumerate(chain):
            if u.id == root.id:
                return chain[i - 1] if i > 0 else root
        return None

    # ---- resolving typed text ------------------------------------------------------------
    def epoch(self, d: date) -> int:
        """A number shared by exactly the days on which the same units are valid."""
        return bisect.bisect_right(self._bounds, d)

    def resolve(
        self,
        value: object,
        d: date,
        *,
        within: UnitInfo | None = None,
        levels: tuple[str, ...] = ("commune",),
    ) -> UnitInfo:
        """A unit from its official code or its name (with or without the type prefix,
        accents, case or tone placement) among units valid on `d`, preferring those within
        `within`. Raises UnitNotFound with a translated message."""
        text = clean_text(value)
        if text.endswith(".0") and text[:-2].isdigit():
            text = text[:-2]
        key = (text, self.epoch(d), within.id if within else None, levels)
        hit = self._cache.get(key)  # type: ignore[arg-type]
        if hit is not None:
            return hit
        unit = self._resolve(text, d, within, levels)
        self._cache[key] = unit  # type: ignore[index]
        return unit

    def _resolve(
        self, text: str, d: date, within: UnitInfo | None, levels: tuple[str, ...]
    ) -> UnitInfo:
        if not text:
            raise UnitNotFound(_tr("no commune or ward given"))
        if text.isdigit():
            unit = self.code_on(text, d)
            if unit is None:
                raise UnitNotFound(
                    _tr("no unit has code {code} on {date}").format(
                        code=text, date=d.strftime("%d/%m/%Y")
                    )
                )
            return unit
        word, bare = split_unit_prefix(text)
        candidates = [u for u in self._by_key.get(name_key(bare), ()) if u.valid_on(d)]
        if not candidates:
            candidates = [u for u in self._by_fold.get(fold(bare), ()) if u.valid_on(d)]
        candidates = [u for u in candidates if u.level in levels] or candidates
        if word is not None:
            prefix = PREFIX_OF_LEVEL_WORD[word]
            typed = [u for u in candidates if fold(u.name).startswith(fold(prefix))]
            candidates = typed or candidates
        if within is not None and len(candidates) > 1:
            inside = [u for u in candidates if self.is_within(u, within)]
            candidates = inside or candidates
        if len(candidates) == 1:
            return candidates[0]
        if not candidates:
            raise UnitNotFound(
                _tr("no commune or ward named “{name}” existed on {date}").format(
                    name=text, date=d.strftime("%d/%m/%Y")
                )
            )
        names = ", ".join(
            f"{u.name} ({self.parent(u).name if self.parent(u) else u.code})" for u in candidates
        )
        raise UnitNotFound(
            _tr("“{name}” is ambiguous on {date}: {candidates}; give the code").format(
                name=text, date=d.strftime("%d/%m/%Y"), candidates=names
            )
        )
