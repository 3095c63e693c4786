"""The indicator definitions in force: the built-in file plus the office's own, stored with the
data (one settings row), changed only by an administrator and written to the audit trail.

The office's own set holds definitions that add to or replace built-in ones (by key) and the
keys it retired. Every change is checked whole (indicator_defs.check) before anything is
written; the caller passes the schema the definitions are checked against (the report layer's
`SourceSchema`), so this module stays below the reports.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.db.database import Database
from desktop.db.models import Setting
from desktop.domain.indicator_defs import (
    Definition,
    DefinitionsRefused,
    Problem,
    Schema,
    check,
    parse_table,
    read_text,
    to_toml,
)
from desktop.domain.indicators import builtin_definitions
from desktop.errors import InputError, UsageError
from desktop.i18n import translate
from desktop.services import policy, settings
from desktop.services.context import AppContext

SETTING_KEY = "indicator_definitions"
MAX_FILE = 2_000_000  # bytes: a definitions file is a few kilobytes
RECORD_TYPE = "indicator"


def tr(text: str) -> str:
    return translate("indicators", text)


def builtin() -> tuple[Definition, ...]:
    return builtin_definitions()


@dataclass
class OfficeSet:
    """What the office changed: its own definitions (new keys or replacing built-in ones) and
    the keys it retired."""

    own: list[Definition] = field(default_factory=list)
    retired: set[str] = field(default_factory=set)

    def to_json(self) -> str:
        return json.dumps({"format": 1, "own": [d.to_dict() for d in self.own],
                           "retired": sorted(self.retired)}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> OfficeSet:
        if not text:
            return cls()
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise InputError(tr("The office's indicator definitions stored in the database "
                                "are damaged; restore a backup, or import the definitions "
                                "again."))
        own = []
        for table in data.get("own", []):
            found, _unknown = parse_table(table)
            if isinstance(found, Definition):
                own.append(found)
        return cls(own, set(data.get("retired", [])))


def office_set(session: Session) -> OfficeSet:
    row = session.get(Setting, SETTING_KEY)
    return OfficeSet.from_json(row.value if row is not None else "")


@dataclass(frozen=True)
class Entry:
    """A definition as the administrator's screen lists it."""

    definition: Definition
    origin: str  # builtin | changed (a built-in key the office replaced) | own
    retired: bool


def entries(office: OfficeSet) -> list[Entry]:
    """Every definition known, in force or retired, in the table's order."""
    own = {d.key: d for d in office.own}
    out = []
    builtin_keys = set()
    for d in builtin():
        builtin_keys.add(d.key)
        mine = own.get(d.key)
        out.append(Entry(mine or d, "changed" if mine else "builtin", d.key in office.retired))
    for d in office.own:
        if d.key not in builtin_keys:
            out.append(Entry(d, "own", d.key in office.retired))
    return out


def in_force_of(office: OfficeSet) -> list[Definition]:
    return [e.definition for e in entries(office) if not e.retired]


def in_force(session: Session) -> list[Definition]:
    """The definitions a report computes, in the table's order."""
    return in_force_of(office_set(session))


def plan_keys(session: Session) -> dict[str, tuple[str, str]]:
    """Every key a plan row (Kế hoạch: Chỉ tiêu) may name, with the (vi, en) labels to match
    it by: the definitions in force (a plan under its key is its target), the plan figures
    they read (`plan`) and the plan keys they take their target from (`target`)."""
    out: dict[str, tuple[str, str]] = {}
    for d in in_force(session):
        if d.by is None:
            out.setdefault(d.key, (d.label_vi, d.label_en))
        if d.plan:
            out.setdefault(d.plan, (d.label_vi, d.label_en))
        if isinstance(d.target, str):
            out.setdefault(d.target, (d.label_vi, d.label_en))
    return out


def load_entries(db: Database) -> list[Entry]:
    with db.read_session() as session:
        return entries(office_set(session))


def export_text(db: Database) -> str:
    with db.read_session() as session:
        defs = in_force(session)
    return to_toml(defs, tr("PCMD indicator definitions in force (format 1)."))


def read_file(path: str | Path) -> str:
    """The text of a definitions file, or one sentence saying why it cannot be read."""
    file = Path(path)
    try:
        if not file.is_file():
            raise UsageError(tr("Cannot read {path}: there is no such file.").format(path=file))
        if file.stat().st_size > MAX_FILE:
            raise UsageError(tr("Cannot read {path}: it is too large for a definitions "
                                "file.").format(path=file))
        return file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(tr("Cannot read {path}: it is not UTF-8 text; save it as UTF-8 "
                            "and try again.").format(path=file)) from None
    except OSError as exc:
        from desktop.output_file import read_reason  # the system's words are English

        raise UsageError(tr("Cannot read {path}: {reason}").format(
            path=file, reason=read_reason(exc))) from None


# ---- changes (an administrator's) ----------------------------------------------------------
@dataclass(frozen=True)
class Outcome:
    added: list[str]
    replaced: list[str]
    unchanged: list[str]
    retired: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)


def import_text(ctx: AppContext, text: str, schema: Schema) -> Outcome:
    """Add or replace definitions by key from a TOML text; all or nothing."""
    defs, problems = read_text(text)
    return put(ctx, defs, schema, problems)


def put(ctx: AppContext, defs: Sequence[Definition], schema: Schema,
        problems: Sequence[Problem] = ()) -> Outcome:
    """Add or replace `defs` (checked together with the set in force; a retired key that is
    given again is back in force). `problems` found earlier refuse the whole change too."""
    with ctx.db.session() as session:
        who = policy.check_admin(ctx, session)
        office = office_set(session)
        current = {e.definition.key: e for e in entries(office)}
        others = [e.definition for e in current.values()
                  if not e.retired and e.definition.key not in {d.key for d in defs}]
        problems = [*problems, *check(defs, schema, others)]
        if problems:
            raise DefinitionsRefused(problems)
        base = {d.key: d for d in builtin()}
        own = {d.key: d for d in office.own}
        added, replaced, unchanged = [], [], []
        for d in defs:
            before = current.get(d.key)
            if before is not None and before.definition == d and not before.retired:
                unchanged.append(d.key)
                continue
            (replaced if before is not None else added).append(d.key)
            if base.get(d.key) == d:
                own.pop(d.key, None)  # back to the built-in definition
            else:
                own[d.key] = d
            office.retired.discard(d.key)
            _audit(session, who, "import" if before is None else "update", d.key,
                   before.definition if before else None, d)
        office.own = list(own.values())
        _save(session, who, office)
    return Outcome(added, replaced, unchanged)


def set_retired(ctx: AppContext, keys: Iterable[str], retired: bool) -> Outcome:
    """Retire definitions (refused while a ratio in force refers to one) or bring them back."""
    keys = list(keys)
    with ctx.db.session() as session:
        who = policy.check_admin(ctx, session)
        office = office_set(session)
        known = {e.definition.key: e for e in entries(office)}
        problems = [Problem(k, "key", tr("no indicator has this key.")) for k in keys
                    if k not in known]
        after = (office.retired | set(keys)) if retired else (office.retired - set(keys))
        force = {k: e.definition for k, e in known.items() if k not in after}
        for k, d in force.items():
            for ref in (d.numerator, d.denominator):
                if d.is_ratio and ref is not None and ref not in force:
                    problems.append(Problem(k, "numerator" if ref == d.numerator else
                                            "denominator", tr(
                                                "refers to “{ref}”, which would no longer be "
                                                "in force.").format(ref=ref)))
        if problems:
            raise DefinitionsRefused(problems)
        changed = [k for k in keys if (k in office.retired) != retired]
        for k in changed:
            _audit(session, who, "retire" if retired else "restore", k, None, None)
        office.retired = after
        _save(session, who, office)
    return Outcome([], [], [], changed if retired else [], [] if retired else changed)


def _save(session: Session, who: policy.Actor, office: OfficeSet) -> None:
    """The office's set into its settings row, with the row's own audit entry (the audit
    trail binds every setting's state: `pcmd check` finds one changed outside PCMD)."""
    settings.write(session, who, SETTING_KEY, office.to_json())


def _audit(session: Session, who: policy.Actor, action: str, key: str,
           before: Definition | None, after: Definition | None) -> None:
    """One entry per definition added, changed, retired or restored (the history an
    administrator reads)."""
    def text(d: Definition | None) -> str | None:
        return json.dumps(d.to_dict(), ensure_ascii=False) if d is not None else None

    changes = {"definition": (text(before), text(after))} if (before or after) else {}
    policy.record_entry(session, who, action=action, record_type=RECORD_TYPE, record_id=key,
                        changes=changes)
