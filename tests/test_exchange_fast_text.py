"""The fast forms of fold and of the hand-typed rows' ids give exactly the plain results."""

from __future__ import annotations

import json
import uuid
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.text import fold
from desktop.exchange.fast_text import _RANGES, content_ids, fast_fold

NS = uuid.UUID("6f1c2a4e-9b1d-5c3e-8a7f-2d4b6e8f0a1c")


def test_fast_fold_agrees_with_fold_on_every_character_of_its_table() -> None:
    for start, end in _RANGES:
        for cp in range(start, end):
            if 0xD800 <= cp < 0xE000:
                continue
            text = f"Ab {chr(cp)}x{chr(cp)} Đồ Sơn  "
            assert fast_fold(text) == fold(text), hex(cp)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2FFF, exclude_categories=("Cs",)),
               max_size=40))
def test_fast_fold_agrees_with_fold_on_any_text(text: str) -> None:
    assert fast_fold(text) == fold(text)


VALUES = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                   st.floats(allow_nan=False), st.text(max_size=12),
                   st.dates(date(2000, 1, 1), date(2030, 1, 1)))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.fixed_dictionaries({"a": VALUES, "b": VALUES, "c": VALUES}), max_size=8))
def test_content_ids_are_the_plain_uuid5_of_the_json(rows: list[dict]) -> None:
    names = ("a", "b", "c")
    plain = [str(uuid.uuid5(NS, json.dumps(["outreach", "308", [r[n] for n in names]],
                                            default=str, ensure_ascii=False))) for r in rows]
    assert content_ids(NS, "outreach", "308", names, rows) == plain
