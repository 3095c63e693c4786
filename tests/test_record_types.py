"""Record types are declared once: the declarations are complete, the database models agree
with them, and what is derived from them (specs, sheets, orders, lock months) follows."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import BigInteger, Boolean, Date, Float, Integer, String, Text

from desktop.db import models as m
from desktop.domain.record_types import TYPES, Field, lock_month, reference_of
from desktop.domain.record_types.base import at_most, dated, header_key
from desktop.domain.record_types.check import problems
from desktop.exchange import workbook_format as wf
from desktop.services.record_specs import SPECS

COMMON = {"id", "owner_id", "created_at", "updated_at", "deleted_at", "search", "audit_hash"}
SQL_TYPES = {
    "date": (Date,), "month": (Date,), "int": (Integer,), "year": (Integer,),
    "money": (BigInteger,), "float": (Float,), "text": (Text, String), "bool": (Boolean,),
    "unit": (Integer,), "catalogue": (String,), "multi": (Text,), "ref": (String,),
    "indicator": (String,),
}


def test_every_declaration_is_complete() -> None:
    assert problems(TYPES) == []


def test_an_incomplete_declaration_is_named() -> None:
    t = TYPES["outreach"]
    broken = replace(
        t,
        fields=(*t.fields[:2], replace(t.field("form"), catalogue="no_such_list"),
                *t.fields[3:]),
        list_columns=(*t.list_columns, "colour"),
        rules=(at_most("women", "attendees", "Women ({value}) > ({total})"),),
        dating=dated("held_on"),
    )
    found = problems({**TYPES, "outreach": broken})
    assert "outreach.form: unknown catalogue 'no_such_list'" in found
    assert "outreach: list field 'colour' is not a field" in found
    assert "outreach: rule on 'attendees', which is not a field" in found
    assert "outreach: dated by 'held_on', which is not a field" in found
    headerless = replace(t, fields=(replace(t.fields[0], header=""), *t.fields[1:]))
    assert problems({**TYPES, "outreach": headerless}) == [
        "outreach.date: a label and an exchange header are needed"]
    same_sheet = replace(TYPES["media"], sheet="Tuyen truyen")
    assert any("already outreach's" in p for p in problems({**TYPES, "media": same_sheet}))


def test_every_model_has_a_declaration() -> None:
    assert set(SPECS) == set(m.RECORD_MODELS) == set(TYPES)
    for key, spec in SPECS.items():
        assert spec.model is m.RECORD_MODELS[key]


@pytest.mark.parametrize("key", list(TYPES))
def test_model_and_declaration_agree(key: str) -> None:
    t = TYPES[key]
    table = m.RECORD_MODELS[key].__table__  # type: ignore[attr-defined]
    for f in t.fields:
        assert f.name in table.c, f"{key}.{f.name} has no column"
        col = table.c[f.name]
        assert isinstance(col.type, SQL_TYPES[f.kind]), f"{key}.{f.name}: {col.type} for {f.kind}"
        if f.kind == "int":
            assert not isinstance(col.type, BigInteger), f"{key}.{f.name}"
        if f.required:
            assert not col.nullable, f"{key}.{f.name} is required but may be NULL"
        if not col.nullable and not f.required:
            # an empty optional field is stored as its default ("" for text, 0, False, …)
            assert f.default is not None or f.kind in ("text", "multi", "catalogue"), \
                f"{key}.{f.name}: NOT NULL, optional and no default"
        targets = {fk.column.table.name for fk in col.foreign_keys}
        if f.kind == "unit":
            assert targets == {"units"}, f"{key}.{f.name}"
        elif f.kind == "ref":
            assert targets == {m.RECORD_MODELS[f.ref].__tablename__}, f"{key}.{f.name}"  # type: ignore[index]
        else:
            assert not targets, f"{key}.{f.name} points to {targets} but is a {f.kind}"
    declared = {f.name for f in t.fields}
    for col in table.c:
        if col.name in COMMON or col.name in declared:
            continue
        assert col.nullable, f"{key}: column {col.name} must be filled but is not declared"


def _catalogue(lang: str) -> dict[str, dict[str, str]]:
    path = Path(__file__).parents[1] / "desktop" / "locale" / f"pcmd_{lang}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_labels_and_messages_have_vietnamese() -> None:
    vi = _catalogue("vi")
    for t in TYPES.values():
        assert vi["records"].get(t.label), t.key
        for f in t.fields:
            assert vi["fields"].get(f.label), f"{t.key}.{f.name}: {f.label}"
        for rule in t.rules:
            assert vi["validation"].get(rule.message), rule.message


def test_sheets_are_derived_from_the_declarations() -> None:
    assert tuple(TYPES) == wf.RECORD_KEYS
    for t in TYPES.values():
        sheet = wf.SHEET_BY_KEY[t.key]
        assert sheet.name == t.sheet
        assert wf.sheet_for_name(t.sheet) is sheet
        for f in t.fields:
            if f.kind == "ref":
                for rc in reference_of(f).columns:
                    assert sheet.column(rc.name) is not None
            else:
                col = sheet.column(f.name)
                assert col is not None and (col.header, col.required) == (f.header, f.required)
            if f.kind == "unit":
                assert sheet.column("@unit_code") is not None
        assert [c.field for c in sheet.columns[-2:]] == ["@id", "@updated"]
        keys = [header_key(h) for h in sheet.headers]
        assert len(set(keys)) == len(keys), t.key


def test_no_declared_sheet_is_left_out_of_an_order() -> None:
    for order in (wf.IMPORT_ORDER, wf.CHECK_ORDER):
        assert sorted(order) == sorted(wf.DATA_KEYS)
        assert order[-1] == "deletions"
        for key in TYPES:
            for f in TYPES[key].references:
                assert order.index(f.ref) < order.index(key), (f.ref, key)  # type: ignore[arg-type]


def test_lock_month_follows_the_dating() -> None:
    assert lock_month("outreach", {"date": date(2024, 3, 15)}) == date(2024, 3, 1)
    assert lock_month("support", {"month": date(2024, 5, 1)}) == date(2024, 5, 1)
    assert lock_month("outreach", {"date": None}) is None
    assert lock_month("outreach", {}) is None
    # attendance is locked with its class
    assert lock_month("attendance", {"class_id": "x"}, {"date_from": date(2023, 11, 30)}) == \
        date(2023, 11, 1)
    assert lock_month("attendance", {"class_id": "x"}) is None
    # registers and yearly plans are never month-locked
    assert lock_month("officers", {"started_on": date(2020, 1, 5)}) is None
    assert lock_month("establishments", {"opened_on": date(2020, 1, 5)}) is None
    assert lock_month("plans", {"year": 2024}) is None


def test_field_spec_is_the_declared_field() -> None:
    from desktop.services.record_specs import FieldSpec

    assert FieldSpec is Field
    spec = SPECS["inspections"]
    assert spec.field("establishment_id").ref == "establishments"
    assert spec.date_field == "date" and spec.unit_field is None
    assert SPECS["officers"].date_field == "started_on" and SPECS["officers"].is_register
    assert SPECS["attendance"].date_field is None
    assert SPECS["attendance"].parent_field is SPECS["attendance"].field("class_id")


def test_every_reference_kind_has_one_resolver() -> None:
    from desktop.exchange.references import References, declared_kinds, target_of

    by_kind = References(None).by_kind  # type: ignore[arg-type]
    assert set(by_kind) == declared_kinds() == {"@class", "@officer", "@est"}
    for kind, resolver in by_kind.items():
        assert resolver.kind == kind
        assert TYPES[target_of(kind)].referenced_as.kind == kind  # type: ignore[union-attr]
