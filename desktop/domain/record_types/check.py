"""What makes a record type's declaration complete and consistent (tests/test_record_types.py
runs it on every declared type; a problem names the type and the field)."""

from __future__ import annotations

from collections.abc import Mapping

from desktop.domain.catalogues import KIND_BY_KEY
from desktop.domain.record_types.base import (
    DATING_MODES,
    FIELD_KINDS,
    RULE_CHECKS,
    RecordType,
    header_key,
)

_DATING_KINDS = {"dated": ("date", "month"), "parent": ("ref",), "register": ("date",),
                 "yearly": ("year",)}
_RULE_KINDS = {"at_most": ("int", "money", "float"), "not_before": ("date", "month"),
               "needs_flag": ("bool",)}


def problems(types: Mapping[str, RecordType]) -> list[str]:
    """Every problem of the declarations, one sentence each (empty when all is well)."""
    out: list[str] = []
    sheets: dict[str, str] = {}
    for key, t in types.items():
        say = out.append
        if t.key != key:
            say(f"{key}: declared under another key ({t.key})")
        if not t.label.strip() or not t.sheet.strip():
            say(f"{key}: a label and a sheet name are needed")
        for name in (t.sheet, *t.sheet_synonyms):
            other = sheets.setdefault(header_key(name), key)
            if other != key:
                say(f"{key}: sheet name {name!r} is already {other}'s")
        names = [f.name for f in t.fields]
        if len(set(names)) != len(names):
            say(f"{key}: a field is declared twice")
        if "note" not in names:
            say(f"{key}: no note field")
        headers: dict[str, str] = {}
        for f in t.fields:
            where = f"{key}.{f.name}"
            if f.kind not in FIELD_KINDS:
                say(f"{where}: unknown kind {f.kind!r}")
            if not f.label.strip() or not f.header.strip():
                say(f"{where}: a label and an exchange header are needed")
            if f.width <= 0:
                say(f"{where}: no column width")
            if f.kind in ("catalogue", "multi") and f.catalogue not in KIND_BY_KEY:
                say(f"{where}: unknown catalogue {f.catalogue!r}")
            if f.kind not in ("catalogue", "multi") and f.catalogue is not None:
                say(f"{where}: only catalogue fields name a catalogue")
            if f.kind == "ref":
                target = types.get(f.ref or "")
                if target is None:
                    say(f"{where}: refers to an unknown record type {f.ref!r}")
                elif target.referenced_as is None:
                    say(f"{where}: {f.ref} does not say how it is referred to")
            elif f.ref is not None:
                say(f"{where}: only ref fields refer to a record type")
            if f.max is not None and f.kind not in ("int", "money", "float"):
                say(f"{where}: a maximum on a field that is not a number")
            if f.required and f.default is not None:
                say(f"{where}: a required field has no default")
            if f.kind != "ref":
                for h in (f.header, *f.synonyms):
                    other = headers.setdefault(header_key(h), f.name)
                    if other != f.name and h == f.header:
                        say(f"{where}: header {h!r} is also {other}'s")
        units = [f for f in t.fields if f.kind == "unit"]
        if len(units) > 1:
            say(f"{key}: more than one commune field")
        d = t.dating
        if d.mode not in DATING_MODES:
            say(f"{key}: unknown dating {d.mode!r}")
        else:
            for name in (d.field, d.until):
                if name is None:
                    continue
                if name not in names:
                    say(f"{key}: dated by {name!r}, which is not a field")
                elif t.field(name).kind not in _DATING_KINDS[d.mode]:
                    say(f"{key}: dated by {name!r}, a {t.field(name).kind} field")
            if d.mode == "dated" and d.field in names and not t.field(d.field).required:
                say(f"{key}: its date {d.field!r} must be required")
        for group, listed in (("search", t.search_fields), ("unique", t.unique),
                              ("list", t.list_columns), ("title", t.title_fields)):
            for name in listed:
                if name not in names:
                    say(f"{key}: {group} field {name!r} is not a field")
        if not t.list_columns and t.tab is not None:
            say(f"{key}: listed in a tab but has no list columns")
        for rule in t.rules:
            if rule.check not in RULE_CHECKS:
                say(f"{key}: unknown rule {rule.check!r}")
                continue
            for name in (rule.field, rule.other, *rule.when):
                if name not in names:
                    say(f"{key}: rule on {name!r}, which is not a field")
            if rule.other in names and t.field(rule.other).kind not in _RULE_KINDS[rule.check]:
                say(f"{key}: rule {rule.check} on a {t.field(rule.other).kind} field")
            if not rule.message.strip():
                say(f"{key}: rule on {rule.field} has no message")
        if t.referenced_as is not None:
            ref = t.referenced_as
            if not ref.columns:
                say(f"{key}: its reference has no columns")
            if ref.by is not None and ref.by not in names:
                say(f"{key}: referred to by {ref.by!r}, which is not a field")
            if not t.title_fields:
                say(f"{key}: referred to, but no title fields name its records")
        if not 0 < t.volume <= 1:
            say(f"{key}: volume must be a share of the records (0–1]")
    return out
