"""import, export, template (docs/cli.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.i18n import format_number, translate


def tr(text: str) -> str:
    return translate("cli", text)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help=tr("import exchange workbooks"))
    p.add_argument("files", nargs="+", metavar="FILE", help=tr("workbooks or folders"))
    p.add_argument("--dry-run", action="store_true", help=tr("change nothing; report only"))
    p.add_argument("--json", action="store_true", help=tr("print the report as JSON"))
    p.add_argument("--unit", metavar="CODE", help=tr("sending unit when a workbook has no "
                                                     "Thông tin sheet"))
    p.add_argument("--accept-valid", action="store_true",
                   help=tr("import the valid rows even when some rows are rejected"))
    p.add_argument("--rejects", metavar="OUT.xlsx", help=tr("save the rejected rows here"))
    p.add_argument("--password-file", metavar="FILE", help=tr(
        "read the password of password-protected workbooks from the first line of FILE "
        "(else from the environment variable PCMD_WORKBOOK_PASSWORD)"))
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help=tr("write an exchange workbook"))
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    p.add_argument("--unit", metavar="CODE", help=tr("unit (default: the home unit)"))
    p.add_argument("--redact", action="store_true", help=tr("leave personal data out"))
    p.add_argument("--password-file", metavar="FILE", help=tr(
        "protect the workbook with the password in the first line of FILE (Excel's "
        "“Encrypt with Password”: for personal data sent by email)"))
    p.add_argument("--out", required=True, metavar="FILE.xlsx")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("template", help=tr("write the blank template with drop-down lists"))
    p.add_argument("--out", required=True, metavar="FILE.xlsx")
    p.set_defaults(func=cmd_template)


def _date(text: str):
    from datetime import date

    from desktop.errors import UsageError

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(tr("“{value}” is not a date (YYYY-MM-DD).").format(value=text)) from None


def _unit(ctx, code: str | None):
    from desktop.errors import UsageError

    if not code:
        return None
    unit = ctx.units.current_or_latest(code, ctx.today())
    if unit is None:
        raise UsageError(tr("No unit has code {code}.").format(code=code))
    return unit


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.commands.database_cmds import open_context
    from desktop.exchange.encryption import read_password_file
    from desktop.exchange.exporter import export_workbook

    start, end = _date(args.date_from), _date(args.date_to)
    password = read_password_file(Path(args.password_file)) if args.password_file else None
    ctx = open_context(args)
    try:
        result = export_workbook(ctx, Path(args.out), start, end, unit=_unit(ctx, args.unit),
                                 redact=args.redact, password=password)
    finally:
        ctx.db.close()
    print(tr("Exported {n} rows to {path}.").format(
        n=format_number(sum(result.counts.values())), path=result.path))
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from desktop.commands.database_cmds import open_context
    from desktop.exchange.template import write_template

    ctx = open_context(args)
    try:
        path = write_template(ctx, Path(args.out))
    finally:
        ctx.db.close()
    print(tr("Blank template written: {path}").format(path=path))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.commands.database_cmds import open_context
    from desktop.errors import UsageError
    from desktop.exchange.batch import expand_paths, import_files
    from desktop.exchange.encryption import password_from

    if args.rejects and not args.accept_valid:
        raise UsageError(tr("--rejects needs --accept-valid."))
    if any(not f.strip() for f in args.files):  # Path("") is the current folder: never that
        raise UsageError(tr("An empty file name was given; name the workbooks or the folder "
                            "to import."))
    paths = expand_paths([Path(f) for f in args.files])
    password = password_from(args.password_file)
    ctx = open_context(args)
    try:
        summary = import_files(ctx, paths, unit_code=args.unit, dry_run=args.dry_run,
                               accept_valid=args.accept_valid,
                               rejects=Path(args.rejects) if args.rejects else None,
                               password=password)
    finally:
        ctx.db.close()
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False, indent=1))
    else:
        _print_text(summary)
        if summary.need_password and password is None:
            print(tr("Give the password with --password-file FILE or in the environment "
                     "variable PCMD_WORKBOOK_PASSWORD."), file=sys.stderr)
    if summary.rejects_problem:
        print(summary.rejects_problem, file=sys.stderr)
        return max(summary.exit_code, 1)
    return summary.exit_code


def _print_text(summary) -> None:
    from desktop.exchange.batch import sheet_name

    for f in summary.files:
        state = tr("imported") if f.ok else tr("NOT imported")
        if f.outcome == "dry-run":
            state = tr("checked (dry run, nothing changed)")
        elif f.outcome == "partial":
            state = tr("valid rows imported, some rows rejected")
        print(f"{f.file}: {state}" + (f" ({tr('unit')} {f.unit})" if f.unit else ""))
        for key, c in f.sheets.items():
            print("  " + tr("{sheet}: {rows} rows, {new} new, {updated} updated, {unchanged} "
                            "unchanged, {conflicts} conflicts, {rejected} rejected, {deleted} "
                            "deleted").format(sheet=sheet_name(key),
                                              **{k: format_number(v) for k, v in c.items()}))
        for e in f.errors:
            print("  " + _place(e), file=sys.stderr)
        for w in f.warnings:
            print("  " + tr("Warning:") + " " + _place(w))
    if len(summary.files) > 1:
        print(tr("{n} files: {ok} imported, {bad} not imported.").format(
            n=format_number(len(summary.files)),
            ok=format_number(sum(1 for f in summary.files if f.ok)),
            bad=format_number(sum(1 for f in summary.files if not f.ok))))


def _place(issue) -> str:
    """"Sheet, row 14, Column “value”: message", the column and its value left out when the
    message says them itself ("Ngày: “31/02/2022” is not a date")."""
    from desktop.exchange.rejects import names_its_column

    # left out only when the message says both again ("Ngày: “31/02/2022” …"); a message
    # naming the column alone keeps the value in the place ("… “-10”: … không được là số âm")
    named = names_its_column(issue) and (issue.value in (None, "")
                                         or f"“{issue.shown_value}”" in issue.message)
    parts = [p for p in (issue.sheet, tr("row {n}").format(n=issue.row) if issue.row else None,
                         None if named else issue.column) if p]
    value = f" “{issue.shown_value}”" if issue.value not in (None, "") and not named else ""
    return (", ".join(parts) + value + ": " if parts else "") + issue.message
