"""`pcmd indicators export|import` (docs/cli.md): the indicator definitions in force, in the
TOML format of indicators.md. An import is checked whole and changes nothing when any
definition is wrong (exit 1, every problem named with its key and field)."""

from __future__ import annotations

import argparse
import sys

from desktop.i18n import format_number, translate


def tr(text: str) -> str:
    return translate("IndicatorCommand", text)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("indicators", help=tr("indicator definitions: export or import"))
    actions = p.add_subparsers(dest="indicators_action", metavar="ACTION", required=True,
                               parser_class=type(p))
    e = actions.add_parser("export", help=tr("write the definitions in force to a TOML file"))
    e.add_argument("--out", required=True, metavar="FILE.toml", help=tr("the file to write"))
    e.set_defaults(func=cmd_export)
    i = actions.add_parser("import", help=tr("add or replace definitions from a TOML file"))
    i.add_argument("file", metavar="FILE.toml", help=tr("definitions in format 1"))
    i.set_defaults(func=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.commands.database_cmds import open_context
    from desktop.output_file import check_writable, write_whole
    from desktop.services import indicators

    target = check_writable(args.out)
    ctx = open_context(args)
    try:
        text = indicators.export_text(ctx.db)
    finally:
        ctx.db.close()
    with write_whole(target) as partial:
        partial.write_text(text, encoding="utf-8")
    count = text.count("[[indicator]]")
    print(tr("Wrote {n} indicator definitions to {path}.").format(n=format_number(count),
                                                                 path=target))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.commands.database_cmds import open_context
    from desktop.domain.indicator_defs import DefinitionsRefused
    from desktop.errors import InputError
    from desktop.reports.sources import SourceSchema
    from desktop.services import catalogue, indicators

    text = indicators.read_file(args.file)
    ctx = open_context(args)
    try:
        schema = SourceSchema(catalogue.load(ctx.db))
        try:
            outcome = indicators.import_text(ctx, text, schema)
        except DefinitionsRefused as exc:
            for problem in exc.problems:
                print(problem.sentence(), file=sys.stderr)
            raise InputError(tr("Nothing was imported: {n} problem(s) in {path}.").format(
                n=len(exc.problems), path=args.file)) from None
    finally:
        ctx.db.close()
    none = tr("none")
    print(tr("Indicators added: {added}; replaced: {replaced}; unchanged: {unchanged}.").format(
        added=", ".join(outcome.added) or none, replaced=", ".join(outcome.replaced) or none,
        unchanged=len(outcome.unchanged)))
    return 0
