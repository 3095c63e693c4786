"""The `pcmd` command (docs/cli.md). Keep imports light: `pcmd --version` must start fast."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.i18n import QT_TRANSLATE_NOOP, set_language, translate


def tr(text: str) -> str:
    return translate("cli", text)


# argparse's own words (help headings, usage errors). argparse asks gettext for them through
# its module-level `_`; we answer from our catalogue so `pcmd -h` and its errors follow --lang.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
)


def argparse_gettext(text: str) -> str:
    return translate("argparse", text)


def argparse_ngettext(singular: str, plural: str, n: int) -> str:
    return translate("argparse", singular if n == 1 else plural)


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:
        self.print_usage(sys.stderr)
        self.exit(2, tr("Usage error: {message}").format(message=message) + "\n")


def global_options(*, suppress: bool) -> argparse.ArgumentParser:
    """--db and --lang, accepted before or after the subcommand."""
    default = argparse.SUPPRESS if suppress else None
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH_OR_URL", default=default,
                        help=tr("database file or SQLAlchemy URL (default: PCMD_DB, else the "
                                "data folder)"))
    common.add_argument("--lang", choices=("vi", "en"), default=default,
                        help=tr("interface language"))
    common.add_argument("--user", metavar="NAME", default=default,
                        help=tr("sign in as this user (default: PCMD_USER); the password comes "
                                "from PCMD_PASSWORD, else you are asked for it"))
    return common


class SubParser(Parser):
    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("parents", [global_options(suppress=True)])  # type: ignore[arg-type]
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]


def build_parser() -> Parser:
    argparse._ = argparse_gettext  # type: ignore[attr-defined]  # see ARGPARSE_WORDS
    argparse.ngettext = argparse_ngettext  # type: ignore[attr-defined]
    parser = Parser(prog="pcmd", description=tr("PCMD: prostitution-prevention records."),
                    parents=[global_options(suppress=False)])
    parser.add_argument("--version", action="version", version=f"pcmd {__version__}",
                        help=tr("show the program's version number and exit"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=SubParser)
    # Each module has register(subparsers); heavy imports happen inside the commands.
    from desktop.commands import (
        database_cmds,
        exchange_cmds,
        indicator_cmds,
        report_cmds,
        screenshot_cmd,
        trust_cmds,
    )

    for module in (database_cmds, exchange_cmds, report_cmds, indicator_cmds, trust_cmds,
                   screenshot_cmd):
        module.register(sub)
    return parser


#: arguments naming files a command reads, and files it writes
INPUT_ARGS = ("files", "file", "password_file")
OUTPUT_ARGS = ("out", "rejects")


def guard_outputs(args: argparse.Namespace) -> None:
    """Before any work: an output (--out, --rejects) that is the database, a backup of it (any
    PCMD database file) or an input of the same command is refused, exit 2."""
    from pathlib import Path

    from desktop import output_file
    from desktop.db.engine import resolve_url, sqlite_path

    inputs: list[Path] = []
    for name in INPUT_ARGS:
        value = getattr(args, name, None)
        if value:
            inputs.extend(Path(v) for v in (value if isinstance(value, list) else [value]))
    output_file.reading(inputs)
    path = sqlite_path(resolve_url(getattr(args, "db", None)))
    if path is not None:
        output_file.protect(path)
    for name in OUTPUT_ARGS:
        value = getattr(args, name, None)
        if value and value != "-":
            output_file.refuse_precious(Path(value), allow_database=args.command == "backup")


def _database_name(args: argparse.Namespace) -> str:
    from desktop.db.engine import resolve_url, sqlite_path

    try:
        url = resolve_url(getattr(args, "db", None))
    except Exception:  # only for naming the database in a message
        return ""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _global_lang(argv: Sequence[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"]:
        print(f"pcmd {__version__}")
        return 0
    from desktop import preferences

    set_language(preferences.language(_global_lang(argv)))
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        set_language(args.lang)
    from desktop.errors import PcmdError

    try:
        if args.command is None:
            from desktop.ui.app import run_gui

            return run_gui(db=args.db, lang=args.lang)
        guard_outputs(args)
        return int(args.func(args) or 0)
    except PcmdError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(tr("Stopped."), file=sys.stderr)
        return 130
    except BrokenPipeError:  # `pcmd … | head`: the reader stopped reading; the work is done
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)  # the exit's own flush must not fail too
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # the one place that turns a crash into a sentence
        from desktop.services.storage import explain

        known = explain(exc, _database_name(args))
        if known is not None:  # the disk, the file, the database: one sentence, no "error"
            print(known.message, file=sys.stderr)
            return known.exit_code
        from desktop.logging_setup import log_unexpected

        log = log_unexpected(exc)
        print(tr("Unexpected error: {error}. Details are in {log}.").format(
            error=type(exc).__name__, log=log), file=sys.stderr)
        return 1
