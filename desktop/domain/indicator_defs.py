"""Indicator definitions, format 1 (docs of the exchange: indicators.md): read, check, write.

A definition says what an indicator counts; the report engine computes any of them. Problems
are collected, never raised one by one: a file is refused whole, and every problem is named
with the definition's key and field, in the interface language.

Besides the five aggregates of the format (count, sum, distinct, latest, ratio) three built-in
aggregates say what the format cannot: `units` (commune-level units valid on the window's last
day), `trained` (officers on the roster with a class attended in the programme period) and
`plan` (a figure of the plans, Kế hoạch). Two optional fields widen the format: `date` (the
date column that places a record in the window) and `by` (a breakdown by a catalogue column).
resources/indicators/README.md describes them.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from desktop.i18n import translate

FORMAT = 1
COUNTING = ("count", "sum", "distinct", "latest")
AGGREGATES = (*COUNTING, "ratio", "units", "trained", "plan")
NUMERIC = ("int", "money", "float", "year")
DATES = ("date", "month")
KEY_RE = re.compile(r"^[a-z0-9_]{1,36}$")
MAX_LABEL = 200
_FIELDS = ("key", "label_vi", "label_en", "group", "sheet", "aggregate", "field", "where",
           "numerator", "denominator", "scale", "target", "date", "by", "plan", "prorate")
# which optional fields each aggregate takes (key, labels, group, aggregate, target: all)
_USES = {
    "count": {"sheet", "where", "date", "by"},
    "sum": {"sheet", "field", "where", "date", "by"},
    "distinct": {"sheet", "field", "where", "date"},
    "latest": {"sheet", "field", "where", "date"},
    "ratio": {"numerator", "denominator", "scale"},
    "units": set(),
    "trained": {"sheet", "where"},
    "plan": {"plan", "prorate"},
}
_NEEDS = {"count": ("sheet",), "sum": ("sheet", "field"), "distinct": ("sheet", "field"),
          "latest": ("sheet", "field"), "ratio": ("numerator", "denominator"),
          "plan": ("plan",)}
TRAINED_SHEET = "Cán bộ"

Scalar = str | int | float | bool


def tr(text: str) -> str:
    return translate("indicators", text)


@dataclass(frozen=True)
class Definition:
    key: str
    label_vi: str
    label_en: str
    aggregate: str
    group: str = ""
    sheets: tuple[str, ...] = ()
    field: str | None = None
    where: tuple[tuple[str, tuple[Scalar, ...]], ...] = ()
    numerator: str | None = None
    denominator: str | None = None
    scale: float = 1
    target: float | str | None = None
    date: str | None = None
    by: str | None = None
    plan: str | None = None
    prorate: bool = True

    @property
    def percent(self) -> bool:
        return self.aggregate == "ratio" and self.scale == 100

    @property
    def is_ratio(self) -> bool:
        return self.aggregate == "ratio"

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_vi

    def to_dict(self) -> dict[str, object]:
        """The TOML table of this definition: fields in the format's order, defaults left out."""
        out: dict[str, object] = {"key": self.key, "label_vi": self.label_vi,
                                  "label_en": self.label_en}
        if self.group:
            out["group"] = self.group
        if self.sheets:
            out["sheet"] = self.sheets[0] if len(self.sheets) == 1 else list(self.sheets)
        out["aggregate"] = self.aggregate
        for name in ("field", "date", "by", "plan", "numerator", "denominator"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.where:
            out["where"] = {col: vals[0] if len(vals) == 1 else list(vals)
                            for col, vals in self.where}
        if self.aggregate == "ratio" and self.scale != 1:
            out["scale"] = _plain_number(self.scale)
        if self.aggregate == "plan" and not self.prorate:
            out["prorate"] = False
        if self.target is not None:
            out["target"] = _plain_number(self.target) if not isinstance(self.target, str) \
                else self.target
        return out

    def digest(self) -> str:
        """SHA-256 of the definition's content (what a saved report records)."""
        text = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _plain_number(x: float | int) -> float | int:
    return int(x) if float(x).is_integer() else float(x)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one definition. `key` is the definition's key (or its position
    when it has none), `field` the TOML field."""

    key: str
    field: str
    message: str

    def sentence(self) -> str:
        if not self.field:
            return tr("Indicator “{key}”: {problem}").format(key=self.key, problem=self.message)
        return tr("Indicator “{key}”, field “{field}”: {problem}").format(
            key=self.key, field=self.field, problem=self.message)


class DefinitionsRefused(Exception):
    """The definitions have problems; nothing was taken."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(p.sentence() for p in problems))
        self.problems = list(problems)


# ---- reading -------------------------------------------------------------------------------
def parse_text(text: str) -> list[Definition]:
    """Definitions of a TOML document of format 1 (structure checked; see `check`)."""
    defs, problems = read_text(text)
    if problems:
        raise DefinitionsRefused(problems)
    return defs


def read_text(text: str) -> tuple[list[Definition], list[Problem]]:
    """The well-formed definitions of a TOML text and the problems of the others."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return [], [Problem(tr("(file)"), "", tr(
            "the file is not valid TOML ({where}).").format(where=_toml_where(exc)))]
    return read_document(data)


def _toml_where(exc: tomllib.TOMLDecodeError) -> str:
    match = re.search(r"line (\d+), column (\d+)", str(exc))
    if match is None:
        return tr("somewhere in the file")
    return tr("line {line}, column {column}").format(line=match[1], column=match[2])


def parse_document(data: Mapping[str, object]) -> list[Definition]:
    defs, problems = read_document(data)
    if problems:
        raise DefinitionsRefused(problems)
    return defs


def read_document(data: Mapping[str, object]) -> tuple[list[Definition], list[Problem]]:
    problems: list[Problem] = []
    fmt = data.get("format")
    if fmt != FORMAT:
        problems.append(Problem(tr("(file)"), "format", tr(
            "must be {format}; this program reads format {format} only.").format(format=FORMAT)))
    unknown = sorted(set(data) - {"format", "indicator"})
    for name in unknown:
        problems.append(Problem(tr("(file)"), name, tr("is not a field of the format.")))
    tables = data.get("indicator", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        problems.append(Problem(tr("(file)"), "indicator", tr(
            "must be a list of [[indicator]] tables.")))
        tables = []
    out: list[Definition] = []
    seen: set[str] = set()
    for i, table in enumerate(tables, 1):
        found, extra = parse_table(table, i)
        problems.extend(extra)
        if isinstance(found, Definition):
            if found.key in seen:
                problems.append(Problem(found.key, "key", tr(
                    "this key is given twice in the file.")))
                continue
            seen.add(found.key)
            out.append(found)
        else:
            problems.extend(found)
    return out, problems


def parse_table(table: Mapping[str, object], position: int = 0
                ) -> tuple[Definition | list[Problem], list[Problem]]:
    """One [[indicator]] table: (a Definition, or the problems of its structure; fields that
    are not in the format, which do not stop the definition from being checked further)."""
    raw_key = table.get("key")
    key = raw_key if isinstance(raw_key, str) and raw_key else \
        tr("no. {n} (no key)").format(n=position)
    problems: list[Problem] = []
    unknown = [Problem(key, name, tr("is not a field of the format.")) for name in table
               if name not in _FIELDS]

    def bad(name: str, message: str) -> None:
        problems.append(Problem(key, name, message))

    if not isinstance(raw_key, str) or not KEY_RE.match(raw_key):
        bad("key", tr("must be 1 to 36 characters among a-z, 0-9 and _."))
    labels = {}
    for name in ("label_vi", "label_en", "group"):
        value = table.get(name, "")
        if not isinstance(value, str) or len(value.strip()) > MAX_LABEL:
            bad(name, tr("must be a text of at most 200 characters."))
            value = ""
        labels[name] = " ".join(value.split())
    if not labels["label_vi"]:
        bad("label_vi", tr("the Vietnamese label is required."))
    aggregate = table.get("aggregate")
    if aggregate not in AGGREGATES:
        bad("aggregate", tr("must be one of: {allowed}.").format(allowed=", ".join(AGGREGATES)))
        return problems, unknown
    assert isinstance(aggregate, str)
    uses = _USES[aggregate]
    for name in ("sheet", "field", "where", "numerator", "denominator", "scale", "date", "by",
                 "plan", "prorate"):
        if name in table and name not in uses:
            bad(name, tr("is not used with aggregate “{aggregate}”.").format(
                aggregate=aggregate))
    for name in _NEEDS.get(aggregate, ()):
        if name not in table:
            bad(name, tr("is required with aggregate “{aggregate}”.").format(
                aggregate=aggregate))
    sheets = _texts(table.get("sheet"), "sheet", bad)
    if aggregate == "trained" and not sheets:
        sheets = (TRAINED_SHEET,)
    strings = {}
    for name in ("field", "date", "by", "numerator", "denominator", "plan"):
        value = table.get(name)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            bad(name, tr("must be a text."))
            value = None
        strings[name] = value.strip() if isinstance(value, str) else None
    for name in ("numerator", "denominator", "plan"):
        if strings[name] is not None and not KEY_RE.match(strings[name] or ""):
            bad(name, tr("must be an indicator key (a-z, 0-9 and _)."))
    where = _where(table.get("where"), bad)
    scale = table.get("scale", 1)
    if isinstance(scale, bool) or not isinstance(scale, int | float) or scale <= 0:
        bad("scale", tr("must be a positive number."))
        scale = 1
    prorate = table.get("prorate", True)
    if not isinstance(prorate, bool):
        bad("prorate", tr("must be true or false."))
        prorate = True
    target = table.get("target")
    if target is not None:
        if isinstance(target, bool) or not isinstance(target, int | float | str):
            bad("target", tr("must be a number or a plan key."))
            target = None
        elif isinstance(target, str) and not KEY_RE.match(target):
            bad("target", tr("must be a number or a plan key (a-z, 0-9 and _)."))
        elif not isinstance(target, str) and aggregate != "ratio":
            bad("target", tr("a fixed number is a target for a ratio only; give the plan key "
                             "(Kế hoạch: Chỉ tiêu) of a count's target."))
        elif aggregate == "plan":
            bad("target", tr("a plan figure has no target."))
    if problems:
        return problems, unknown
    return Definition(
        key=str(raw_key), label_vi=labels["label_vi"],
        label_en=labels["label_en"] or labels["label_vi"], aggregate=aggregate,
        group=labels["group"], sheets=sheets, field=strings["field"], where=where,
        numerator=strings["numerator"], denominator=strings["denominator"], scale=scale,
        target=target, date=strings["date"], by=strings["by"], plan=strings["plan"],
        prorate=prorate), unknown  # type: ignore[arg-type]


def _texts(value: object, name: str, bad) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    if not items or not all(isinstance(v, str) and v.strip() for v in items):
        bad(name, tr("must be a sheet name or a list of sheet names."))
        return ()
    return tuple(" ".join(v.split()) for v in items)


def _where(value: object, bad) -> tuple[tuple[str, tuple[Scalar, ...]], ...]:
    if value is None:
        return ()
    if not isinstance(value, dict) or not value:
        bad("where", tr("must be a table of conditions (column = value)."))
        return ()
    out = []
    for column, raw in value.items():
        items = raw if isinstance(raw, list) else [raw]
        if not items or not all(isinstance(v, str | int | float) for v in items):
            bad("where", tr("“{column}”: give a value or a list of values.").format(
                column=column))
            continue
        out.append((" ".join(str(column).split()), tuple(items)))
    return tuple(out)


# ---- checking against the record types --------------------------------------------------
@dataclass(frozen=True)
class ColumnInfo:
    """A column of an exchange sheet as a definition sees it."""

    header: str
    kind: str  # date | month | int | money | float | year | bool | text | unit | catalogue | multi | ref
    catalogue: str | None = None


@dataclass(frozen=True)
class SheetInfo:
    key: str
    name: str
    register: bool
    columns: tuple[ColumnInfo, ...] = field(default_factory=tuple)


class Schema(Protocol):
    """What `check` needs to know of the record types and catalogues."""

    def sheet(self, name: str) -> SheetInfo | None: ...

    def column(self, sheet: SheetInfo, name: str) -> ColumnInfo | None: ...

    def has_value(self, catalogue: str, label: str) -> bool: ...

    def allowed_values(self, catalogue: str) -> str: ...


def check(defs: Sequence[Definition], schema: Schema,
          others: Iterable[Definition] = ()) -> list[Problem]:
    """Problems of `defs` against the record types, and of their ratios against the set they
    join (`defs` replacing `others` by key). Empty: every definition can be computed."""
    problems: list[Problem] = []
    for d in defs:
        problems.extend(_check_sources(d, schema))
    merged = {o.key: o for o in others}
    merged.update({d.key: d for d in defs})
    problems.extend(check_references(merged, [d.key for d in defs]))
    return problems


def yes_no(value: Scalar) -> bool | None:
    """Có/Không (and their usual spellings, or true/false) -> bool; anything else None."""
    from desktop.domain.text import parse_yes_no

    try:
        return parse_yes_no(value)
    except ValueError:
        return None


def _check_sources(d: Definition, schema: Schema) -> list[Problem]:
    problems: list[Problem] = []

    def bad(name: str, message: str) -> None:
        problems.append(Problem(d.key, name, message))

    for name in d.sheets:
        sheet = schema.sheet(name)
        if sheet is None:
            bad("sheet", tr("no sheet is called “{sheet}”.").format(sheet=name))
            continue
        if d.aggregate == "trained" and sheet.key != "officers":
            bad("sheet", tr("aggregate “trained” reads the sheet “{sheet}” only.").format(
                sheet=TRAINED_SHEET))

        def col(name_: str, where: str, sheet: SheetInfo = sheet) -> ColumnInfo | None:
            found = schema.column(sheet, name_)
            if found is None:
                bad(where, tr("the sheet “{sheet}” has no column “{column}”.").format(
                    sheet=sheet.name, column=name_))
            return found

        if d.aggregate == "latest" and sheet.register and d.date is None:
            bad("date", tr("“{sheet}” is a register: say which date column gives the "
                           "latest value.").format(sheet=sheet.name))
        if d.field is not None and (c := col(d.field, "field")) is not None and \
                d.aggregate in ("sum", "latest") and c.kind not in NUMERIC:
            bad("field", tr("“{column}” is not a number column; {aggregate} needs "
                            "one.").format(column=c.header, aggregate=d.aggregate))
        if d.date is not None and (c := col(d.date, "date")) is not None and \
                c.kind not in DATES:
            bad("date", tr("“{column}” is not a date column.").format(column=c.header))
        if d.by is not None and (c := col(d.by, "by")) is not None and c.kind != "catalogue":
            bad("by", tr("“{column}” has no list of values to break down by.").format(
                column=c.header))
        for column, values in d.where:
            c = col(column, "where")
            if c is not None:
                problems.extend(_check_condition(d.key, c, values, schema))
    return problems


def _check_condition(key: str, c: ColumnInfo, values: tuple[Scalar, ...],
                     schema: Schema) -> list[Problem]:
    out: list[Problem] = []
    for v in values:
        message = None
        if c.kind in ("catalogue", "multi") and c.catalogue:
            if not isinstance(v, str) or not schema.has_value(c.catalogue, v):
                message = tr("“{value}” is not a value of “{column}”; allowed: {allowed}.")
        elif c.kind in ("bool", *DATES):
            if yes_no(v) is None:
                message = tr("“{value}” is not Có or Không (column “{column}”).")
        elif c.kind in NUMERIC:
            if isinstance(v, bool) or not isinstance(v, int | float):
                message = tr("“{value}” is not a number (column “{column}”).")
        else:
            message = tr("the column “{column}” cannot be a condition (“{value}”); use a "
                         "column with a list of values, Có/Không, a date or a number.")
        if message is not None:
            allowed = schema.allowed_values(c.catalogue) if c.catalogue else ""
            out.append(Problem(key, "where", message.format(value=v, column=c.header,
                                                            allowed=allowed)))
    return out


def check_references(defs: Mapping[str, Definition], keys: Iterable[str]) -> list[Problem]:
    """Ratios of `keys` refer to definitions of `defs`, not to themselves, not in a circle,
    and not to a breakdown."""
    problems: list[Problem] = []
    for key in keys:
        d = defs[key]
        if not d.is_ratio:
            continue
        for name in ("numerator", "denominator"):
            ref = getattr(d, name)
            if ref == key:
                problems.append(Problem(key, name, tr("a ratio cannot refer to itself.")))
            elif ref not in defs:
                problems.append(Problem(key, name, tr(
                    "no indicator has the key “{ref}”.").format(ref=ref)))
            elif defs[ref].by is not None:
                problems.append(Problem(key, name, tr(
                    "“{ref}” is a breakdown, not one number.").format(ref=ref)))
        if _circular(defs, key):
            problems.append(Problem(key, "numerator", tr(
                "the ratios refer to each other in a circle.")))
    return problems


def _circular(defs: Mapping[str, Definition], start: str) -> bool:
    def refs(d: Definition | None) -> list[str]:
        return [r for r in (d.numerator, d.denominator) if r] if d and d.is_ratio else []

    stack, seen = [r for r in refs(defs.get(start)) if r != start], set()
    while stack:
        key = stack.pop()
        if key == start:
            return True
        if key not in seen:
            seen.add(key)
            stack.extend(refs(defs.get(key)))
    return False


def compute_order(defs: Sequence[Definition]) -> list[Definition]:
    """Ratios after what they refer to (the set is checked: no circles)."""
    by_key = {d.key: d for d in defs}
    done: dict[str, Definition] = {}

    def visit(d: Definition) -> None:
        if d.key in done:
            return
        if d.is_ratio:
            for ref in (d.numerator, d.denominator):
                if ref in by_key and ref != d.key:
                    visit(by_key[ref])
        done[d.key] = d

    for d in defs:
        visit(d)
    return list(done.values())


# ---- writing -------------------------------------------------------------------------------
def to_toml(defs: Iterable[Definition], header: str = "") -> str:
    import tomli_w

    body = tomli_w.dumps({"format": FORMAT, "indicator": [d.to_dict() for d in defs]})
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    return ("\n".join(lines) + "\n\n" if lines else "") + body


def set_digest(defs: Iterable[Definition]) -> str:
    """One hash for an ordered set of definitions."""
    h = hashlib.sha256()
    for d in defs:
        h.update(d.key.encode() + b"=" + d.digest().encode() + b"\n")
    return h.hexdigest()
