"""`pcmd report monthly` and `pcmd report year-end` (docs/cli.md). The json path stays lean:
no Qt, pandas, openpyxl or python-docx."""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    from desktop.reports.cli_support import help_texts  # light: no database imports

    h = help_texts()
    p = sub.add_parser("report", help=h["report"])
    kinds = p.add_subparsers(dest="report_kind", metavar="KIND", required=True,
                             parser_class=type(p))
    m = kinds.add_parser("monthly", help=h["monthly"])
    m.add_argument("--period", required=True, metavar="P", help=h["period"])
    m.add_argument("--unit", metavar="CODE", help=h["unit"])
    m.add_argument("--format", choices=("json", "xlsx", "pdf"), default="json", help=h["format"])
    m.add_argument("--out", metavar="FILE", help=h["out"])
    m.set_defaults(func=cmd_monthly)
    y = kinds.add_parser("year-end", help=h["year_end"])
    y.add_argument("--period", required=True, metavar="P", help=h["year_period"])
    y.add_argument("--unit", metavar="CODE", help=h["unit"])
    y.add_argument("--format", choices=("docx", "pdf", "xlsx", "json"), default="docx",
                   help=h["format"])
    y.add_argument("--out", metavar="FILE", help=h["out"])
    y.add_argument("--sign", metavar="FILE.p12", help=h["sign"])
    y.add_argument("--sign-pkcs11", metavar="LIBRARY", help=h["sign_pkcs11"])
    y.add_argument("--token", metavar="LABEL", help=h["token"])
    y.set_defaults(func=cmd_year_end)


def _write_json(report, out: str | None) -> None:
    from desktop.output_file import write_whole
    from desktop.reports.json_out import to_dict

    text = json.dumps(to_dict(report), ensure_ascii=False, indent=1) + "\n"
    if not out or out == "-":
        sys.stdout.write(text)
    else:
        with write_whole(out) as partial:
            partial.write_text(text, encoding="utf-8")


def cmd_monthly(args: argparse.Namespace) -> int:
    """json goes to standard output when --out is missing or '-'; xlsx and pdf need --out."""
    from desktop.commands.database_cmds import open_context
    from desktop.output_file import check_writable
    from desktop.reports import cli_support
    from desktop.reports.engine import build_report
    from desktop.services import policy

    period = cli_support.period_arg(args.period)
    cli_support.check_period_begun(period, cli_support.today())
    cli_support.out_required(args.format, args.out)
    if args.out and args.out != "-":
        check_writable(args.out)  # before the work, not after it
    ctx = open_context(args)
    try:
        unit = cli_support.unit_arg(ctx.units, args.unit, ctx.home_unit(), period)
        policy.require_readable(ctx, unit)  # a signed-in user reports on their units only
        report = build_report(ctx.db, ctx.units, unit, period)
        info = None
        if args.format != "json":
            from desktop.reports.document import report_info

            info = report_info(ctx.db, ctx.units, report)
    finally:
        ctx.db.close()  # before Qt renders: PySide6 crashes at exit otherwise
    if args.format == "json":
        _write_json(report, args.out)
    elif args.format == "xlsx":
        from desktop.reports.excel import write_xlsx

        write_xlsx(report, info, args.out)
    else:
        from desktop.reports.pdf_layout import write_pdf

        write_pdf(report, info, args.out)
    return 0


def cmd_year_end(args: argparse.Namespace) -> int:
    """The narrative report (docx, pdf), the statistical form alone (xlsx) or its figures
    (json, kind "year_end"). The details (number, Kính gửi, signer) are those last chosen in
    the report dialog."""
    from desktop.commands.database_cmds import open_context
    from desktop.output_file import check_writable
    from desktop.reports import cli_support
    from desktop.reports.engine import build_report
    from desktop.services import policy

    period = cli_support.year_end_period_arg(args.period)
    cli_support.check_period_begun(period, cli_support.today())
    cli_support.out_required(args.format, args.out)
    if args.out and args.out != "-":  # never over the certificate or the token's library
        check_writable(args.out, inputs=cli_support.signer_files(args))
    signer = cli_support.signer_arg(args)
    ctx = open_context(args)
    try:
        unit = cli_support.unit_arg(ctx.units, args.unit, ctx.home_unit(), period)
        policy.require_readable(ctx, unit)  # a signed-in user reports on their units only
        report = build_report(ctx.db, ctx.units, unit, period)
        report.kind = "year_end"
        info = None
        if args.format != "json":
            from desktop.reports.document import report_info

            info = report_info(ctx.db, ctx.units, report)
    finally:
        ctx.db.close()
    if args.format == "json":
        _write_json(report, args.out)
        return 0
    from desktop.reports.year_end_files import write_year_end

    write_year_end(report, info, args.format, args.out, signer=signer)
    return 0
