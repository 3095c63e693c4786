"""The shapes of Vietnamese report forms around a sheet's table (docs/exchange-workbook.md):

* a header over two rows: a merged group cell ("Số người tham dự") over its parts ("Tổng số"
  | "Trong đó nữ"): the part that names a column takes it ("Trong đó nữ" -> women), a total
  part takes the group's column ("Tổng số" -> participants);
* a row of column numbers under the header (1, 2, 3 … or (1), (2) … or A, B, C): skipped;
* section rows ("I.", "II. Khu vực …", "A. Khu vực …") and the signature block under the table
  ("Người lập biểu", "Thủ trưởng đơn vị", "(Ký, ghi rõ họ tên)", "…, ngày … tháng … năm …"):
  skipped with a warning, never reported as bad rows.

Rows are judged only where a data row cannot be: rows blank in one of the two fullest mapped
columns (every data row has a date and a commune, or a code and a name), so 100,000 data rows
cost two passes over two columns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from desktop.domain.text import fold

# The part of a two-row header that stands for its group's own column.
_TOTAL_PARTS = frozenset({"tong so", "tong", "cong", "tong cong", "so luong", "tong so nguoi",
                          "so nguoi", "so luot", "tong so luot", "chung", "tong cong so"})
_COLUMN_NUMBER = re.compile(r"\(?(?:\d{1,3}|[A-Z])\)?\Z")
_HEADING_ALONE = re.compile(r"(?:[IVXLC]{1,6}|[A-ZĐ]|\d{1,2})[.)]?\Z")
_HEADING_TEXT = re.compile(r"(?:[IVXLC]{1,6}|[A-ZĐ])\s*[.):–-]\s*\S")
_HEADING_WORDS = ("khu vuc", "phan ", "muc ", "cum ", "dia ban ", "to dan pho", "thon ")
_SIGNATURE = re.compile(
    r"nguoi lap|thu truong|\bky\b|\bky,|dong dau|xac nhan|ke toan|chu tich|giam doc|"
    r"truong phong|truong ban|nguoi bao cao|\bt/m\b|\bkt\.|\btm\.|"
    r"ngay\W*\d*\W*thang\W*\d*\W*nam|\bngay\s*\.{2,}")


def _blank(v: object) -> bool:
    return v is None or (v.__class__ is str and not v.strip())  # type: ignore[attr-defined]


def _text(v: object) -> str:
    return v.strip() if isinstance(v, str) else ""


# ---- the header --------------------------------------------------------------------------------
def combine_header(top: Sequence[object], sub: Sequence[object], known: Callable[[str], bool],
                   spans: dict[int, int] | None = None) -> list[object] | None:
    """The header cells of a header written over the rows `top` and `sub`, or None when
    `sub` is not the second row of a header (it holds a number or a date, or nothing).

    `known(text)` says whether a text names a column; `spans` maps a column of `top` to the
    first column of the merged cell it belongs to (from the sheet's merged ranges); without
    it, an empty cell of `top` belongs to the nearest filled cell on its left."""
    if not any(not _blank(v) for v in sub):
        return None
    if any(not _blank(v) and not isinstance(v, str) for v in sub):
        return None
    width = max(len(top), len(sub))
    out: list[object] = []
    group: object = None
    for c in range(width):
        t = top[c] if c < len(top) else None
        s = sub[c] if c < len(sub) else None
        if spans is not None:
            start = spans.get(c)
            group = top[start] if start is not None and start < len(top) else t
        elif not _blank(t):
            group = t
        if _blank(s):
            out.append(t)
            continue
        part = _text(s)
        candidates = [part]
        if not _blank(group):
            if fold(part).strip(" :.") in _TOTAL_PARTS:
                candidates.insert(0, _text(group))
            candidates.append(f"{_text(group)} {part}")
        if not _blank(t):
            candidates.append(_text(t))
        chosen = next((x for x in candidates if known(x)), part)
        out.append(chosen)
    return out


def column_numbers(row: Sequence[object]) -> bool:
    """Whether `row` is the row of column numbers under a header: (1), (2) … 1, 2, 3 … A, B …"""
    filled = [v for v in row if not _blank(v)]
    if len(filled) < 2:
        return False
    for v in filled:
        if isinstance(v, bool):
            return False
        if isinstance(v, int | float):
            if not 0 < v < 1000 or v != int(v):  # NaN and infinities fail the range first
                return False
        elif not (isinstance(v, str) and _COLUMN_NUMBER.match(v.strip())):
            return False
    return len({str(v).strip() for v in filled}) == len(filled)


# ---- rows around the data ----------------------------------------------------------------------
def _heading(cells: list[object]) -> bool:
    filled = [v for v in cells if not _blank(v)]
    if not 1 <= len(filled) <= 3 or not all(isinstance(v, str) for v in filled):
        return False
    first = _text(filled[0])
    if _HEADING_ALONE.match(first) and len(filled) <= 2:
        return True
    return bool(_HEADING_TEXT.match(first)) or fold(first).startswith(_HEADING_WORDS)


def is_signature(cells: list[object]) -> bool:
    filled = [v for v in cells if not _blank(v)]
    return (1 <= len(filled) <= 4 and all(isinstance(v, str) for v in filled)
            and any(_SIGNATURE.search(fold(v)) for v in filled))  # type: ignore[arg-type]


def _words_only(cells: list[object]) -> bool:
    """Names and notes of a signature block: a few texts, none a number or a date."""
    filled = [v for v in cells if not _blank(v)]
    return len(filled) <= 4 and all(isinstance(v, str) and not v.strip()[:1].isdigit()
                                    for v in filled)


def _signature_tail(body: list[list[object]], required: list[int]) -> int | None:
    """The first row of a signature block found from the bottom of the table: the rows after
    the last data row hold a few texts only, and a signature row there lacks a required
    column (a signature spread over the fullest columns escapes the suspects of shape_rows)."""
    found = None
    for i in range(len(body) - 1, -1, -1):
        cells = body[i]
        if all(_blank(v) for v in cells):
            continue
        if not _words_only(cells):
            break
        if is_signature(cells) and any(c >= len(cells) or _blank(cells[c]) for c in required):
            found = i
    return found


def shape_rows(body: list[list[object]], columns: list[tuple[object, ...]],
               distinct: list[set[object]], mapped: list[int], required: list[int] = (),
               ) -> tuple[set[int], list[tuple[str, int, int, str]]]:
    """Indices of `body` rows that are section headings or the signature block, and what to
    say about them: ("section", index, index, text) and ("signature", first, last, "").
    `required` are the mapped columns every data row fills."""
    full = [c for c in mapped if c < len(columns) and "" not in distinct[c]
            and None not in distinct[c]][:2]  # columns with no blank at all: no counting
    if len(full) < 2:
        full = sorted((c for c in mapped if c < len(columns)),
                      key=lambda c: columns[c].count("") + columns[c].count(None))[:2]
    if not full:
        return set(), []
    suspects: set[int] = set()
    for c in full:
        suspects.update(i for i, v in enumerate(columns[c]) if v is None or v == "")
    skip: set[int] = set()
    notes: list[tuple[str, int, int, str]] = []
    signature_from: int | None = None
    for i in sorted(suspects):
        cells = body[i]
        if all(_blank(v) for v in cells):
            continue
        if signature_from is None and is_signature(cells):
            signature_from = i
            break
        if _heading(cells):
            skip.add(i)
            text = " ".join(_text(v) for v in cells if not _blank(v))
            notes.append(("section", i, i, text))
    tail = _signature_tail(body, list(required)) if required else None
    if tail is not None and (signature_from is None or tail < signature_from):
        signature_from = tail
    if signature_from is not None:  # to the end: texts only (a data row has numbers, dates)
        last = signature_from
        for i in range(signature_from, len(body)):
            cells = body[i]
            if _words_only(cells) or is_signature(cells):
                if not all(_blank(v) for v in cells):
                    last = i
                skip.add(i)
        notes.append(("signature", signature_from, last, ""))
    return skip, notes
