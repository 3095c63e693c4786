"""Import many workbooks in one go (the city office's folder), with one summary.

Each file is its own transaction: a refused or rejected file leaves the others alone.
The JSON form is exactly that of docs/cli.md.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import PcmdError, UsageError
from desktop.exchange import formats
from desktop.exchange import workbook_format as wf
from desktop.exchange.importer import Plan, apply_plan, plan_import
from desktop.exchange.reader import Issue
from desktop.exchange.safety import NeedPassword
from desktop.i18n import translate
from desktop.output_file import check_writable, read_reason
from desktop.services.context import AppContext
from desktop.services.memory import collector_paused
from desktop.services.progress import NullProgress, Progress
from desktop.services.storage import explain

log = logging.getLogger("pcmd.exchange")


def tr(text: str) -> str:
    return translate("ExchangeImport", text)


class UnexpectedProblem(UsageError):
    """A file whose checking failed in a way no check foresaw (logged with its traceback).
    The file is refused, nothing of it is imported, and the program goes on."""

    unexpected = True


def sheet_name(key: str) -> str:
    return wf.SHEET_BY_KEY[key].name


@dataclass
class FileReport:
    file: str
    ok: bool
    unit: str | None
    sheets: dict[str, dict[str, int]] = field(default_factory=dict)
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    outcome: str = ""
    refused: bool = False
    need_password: bool = False

    def as_json(self) -> dict[str, object]:
        return {"file": self.file, "ok": self.ok, "unit": self.unit, "sheets": self.sheets,
                "errors": [e.as_json() for e in self.errors],
                "warnings": [w.as_json() for w in self.warnings]}


@dataclass
class Summary:
    files: list[FileReport] = field(default_factory=list)
    rejects_problem: str = ""  # the rejected rows could not be saved (the import stands)

    def as_json(self) -> dict[str, object]:
        return {"files": [f.as_json() for f in self.files]}

    @property
    def need_password(self) -> bool:
        return any(f.need_password for f in self.files)

    @property
    def exit_code(self) -> int:
        if any(f.refused for f in self.files):
            return 2
        return 0 if all(f.ok for f in self.files) else 1


def expand_paths(paths: list[Path]) -> list[Path]:
    """A folder stands for the workbooks in it, of the accepted formats (formats.ACCEPTED;
    the lock files Excel and LibreOffice leave beside open files skipped)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            try:
                found = sorted(x for x in p.iterdir() if formats.accepted(x)
                               and not x.name.startswith(("~$", ".~lock.")) and x.is_file())
            except OSError as exc:  # a folder the user may not list: a read, named as one
                raise UsageError(tr("Cannot read the folder {folder}: {reason}.").format(
                    folder=p, reason=read_reason(exc))) from None
            if not found:
                raise UsageError(tr("The folder {folder} holds no workbook ({formats}).").format(
                    folder=p, formats=formats.names_text()))
            out.extend(found)
        else:
            out.append(p)
    return out


def report_of(plan: Plan, outcome: str) -> FileReport:
    ok = outcome in ("ok", "dry-run") and not plan.errors
    return FileReport(plan.path.name, ok, plan.unit.code, plan.counts(), plan.errors,
                      plan.warnings, outcome)


def refused(path: Path, exc: PcmdError) -> FileReport:
    return FileReport(path.name, False, None, {}, [Issue("", None, None, None, exc.message)],
                      [], "refused", refused=isinstance(exc, UsageError),
                      need_password=isinstance(exc, NeedPassword))


def checked_plan(ctx: AppContext, path: Path, *, unit_code: str | None = None,
                 progress: Progress | None = None, password: str | None = None) -> Plan:
    """plan_import, with any failure no check foresaw turned into a refusal of that file
    (UnexpectedProblem, its traceback logged): no file can stop the program or the batch."""
    try:
        return plan_import(ctx, path, unit_code=unit_code, progress=progress, password=password)
    except PcmdError:
        raise
    except Exception as exc:  # the last net: named, logged, never a traceback
        known = explain(exc, ctx.db.display_name)  # damaged pages, a full disk: the storage's
        if known is not None:
            raise known from None
        log.exception("unexpected problem while checking %s", path.name)
        raise UnexpectedProblem(tr(
            "{file} could not be checked because of an unexpected problem in PCMD; nothing "
            "of it was imported. Send the file and the log to the PCMD support team.").format(
                file=path.name)) from None


def import_files(
    ctx: AppContext, paths: list[Path], *, unit_code: str | None = None, dry_run: bool = False,
    accept_valid: bool = False, rejects: Path | None = None, progress: Progress | None = None,
    password: str | None = None,
) -> Summary:
    progress = progress or NullProgress()
    if rejects is not None:
        rejects = formats.xlsx_out(rejects)
        check_writable(rejects, inputs=paths)  # refused before anything is imported
    summary = Summary()
    rejected_plans: list[Plan] = []
    for path in paths:
        try:
            with collector_paused():  # one pause over reading, checking and writing
                plan = checked_plan(ctx, path, unit_code=unit_code, progress=progress,
                                    password=password)
                outcome = apply_plan(ctx, plan, accept_valid=accept_valid, dry_run=dry_run,
                                     progress=progress)
        except PcmdError as exc:
            summary.files.append(refused(path, exc))
            continue
        summary.files.append(report_of(plan, outcome))
        if plan.errors:
            rejected_plans.append(plan)
    if rejects is not None and rejected_plans:
        summary.rejects_problem = save_rejects(rejected_plans, rejects)
    return summary


def save_rejects(plans: list[Plan], rejects: Path) -> str:
    """Write the rejected rows after an import: "" when saved, else the sentence saying why not.
    The file was checked before the import, yet may be lost since (e.g. opened in Excel); the
    import stands either way."""
    from desktop.exchange.rejects import write_rejects

    try:
        write_rejects([p for p in plans if p.errors], rejects)
    except UsageError as exc:
        return exc.message
    return ""
