"""init, demo-data, check, backup, restore; and the sign-in every command shares.

Once the database has users, a command that reads records or changes anything runs as a
signed-in user (--user NAME or PCMD_USER; the password from PCMD_PASSWORD, else a prompt) and
may do exactly what that user may do in the window (docs/cli.md, "Who may run what").
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from desktop.i18n import format_number, translate


def tr(text: str) -> str:
    return translate("cli", text)


#: commands that need a signed-in user once the database has users (cli.md)
SIGNED_IN = frozenset({"import", "export", "report", "backup", "restore", "demo-data", "init",
                       "lock", "unlock", "user"})


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help=tr("create (or upgrade) the database and set the home unit"))
    p.add_argument("--unit", required=True, metavar="CODE", help=tr("home unit code"))
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo-data", help=tr("fill the database with realistic synthetic records"))
    p.add_argument("--records", type=int, default=10_000, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--unit", metavar="CODE", help=tr("unit to make records for (default: home)"))
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("check", help=tr("integrity check of the database"))
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", help=tr("consistent copy of the database"))
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help=tr("restore the database from a backup"))
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_restore)


def needs_sign_in(args: argparse.Namespace) -> bool:
    if args.command == "indicators":
        return getattr(args, "indicators_action", "") == "import"
    return args.command in SIGNED_IN


def open_context(args: argparse.Namespace, *, create: bool = False):
    """The database of --db, with the user of --user signed in when the command needs it."""
    from desktop.db.database import open_database
    from desktop.services.context import AppContext

    ctx = AppContext(open_database(args.db, create=create))
    if needs_sign_in(args):
        try:
            sign_in(ctx, args)
        except BaseException:
            ctx.db.close()
            raise
    return ctx


def sign_in(ctx, args: argparse.Namespace) -> None:
    """Sign the command's user in (nothing to do while the database has no users)."""
    import getpass

    from desktop.errors import InputError, UsageError
    from desktop.services import auth
    from desktop.services.session_user import set_user

    if not auth.sign_in_required(ctx.db):
        return
    name = getattr(args, "user", None) or os.environ.get("PCMD_USER", "")
    if not name.strip():
        raise UsageError(tr("This database has users: give --user NAME (or set PCMD_USER) and "
                            "the password (PCMD_PASSWORD, else you are asked for it)."))
    password = os.environ.get("PCMD_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise UsageError(tr("No password for {name}: set PCMD_PASSWORD, or run the "
                                "command in a terminal to be asked for it.").format(name=name))
        password = getpass.getpass(tr("Password for {name}: ").format(name=name))
    try:
        user = auth.authenticate(ctx.db, name, password)
    except InputError as exc:
        raise UsageError(exc.message) from exc
    set_user(ctx, user)


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.services import setup

    ctx = open_context(args, create=True)
    try:
        units, mappings = setup.prepare(ctx.db)
        unit = setup.choose_home_unit(ctx, args.unit)
        print(tr("Database ready: {db}").format(db=ctx.db.display_name))
        print(tr("Units: {units}, mappings: {mappings}. Home unit: {code} {name}.").format(
            units=units, mappings=mappings, code=unit.code, name=unit.name))
    finally:
        ctx.db.close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop.errors import InputError, UsageError
    from desktop.services import demo_data

    if args.records < 1 or args.records > 5_000_000:
        raise UsageError(tr("--records must be between 1 and 5,000,000."))
    ctx = open_context(args)
    try:
        home = ctx.home_unit()
        if args.unit:
            home = ctx.units.current_or_latest(args.unit, date.today())
            if home is None:
                raise InputError(tr("No unit has code {code}.").format(code=args.unit))
        if home is None:
            raise InputError(tr("Choose the home unit first: pcmd init --unit CODE"))
        start = time.perf_counter()
        result = demo_data.generate(ctx, args.records, seed=args.seed, home=home)
        seconds = time.perf_counter() - start
        print(tr("Created {total} records for {unit} in {seconds:.1f} s.").format(
            total=format_number(result.total), unit=home.name, seconds=seconds))
        for key, count in result.counts.items():
            print(f"  {key}: {format_number(count)}")
    finally:
        ctx.db.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.services import maintenance

    ctx = open_context(args)
    try:
        result = maintenance.check(ctx.db)
    finally:
        ctx.db.close()
    for key, count in result.counts.items():
        print(f"{key}: {format_number(count)}")
    if result.ok:
        print(tr("Check passed: no problems found."))
        return 0
    for problem in result.problems:
        print(problem, file=sys.stderr)
    print(tr("Check failed: {n} problems.").format(n=format_number(len(result.problems))),
          file=sys.stderr)
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.services import maintenance

    ctx = open_context(args)
    try:
        path = maintenance.backup(ctx.db, Path(args.out), ctx=ctx)
    finally:
        ctx.db.close()
    print(tr("Backup written: {path}").format(path=path))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """An administrator of the database being replaced restores (no sign-in when the
    database does not exist yet or has no users)."""
    from desktop.db.engine import resolve_url, sqlite_path
    from desktop.services import maintenance, policy

    path = sqlite_path(resolve_url(args.db))
    who = "pcmd"
    if path is None or path.exists():
        from desktop.db.database import DatabaseDamaged

        try:
            ctx = open_context(args)
            try:
                with ctx.db.read_session() as session:
                    who = policy.check_admin(ctx, session).name
            finally:
                ctx.db.close()
        except DatabaseDamaged:  # nobody can sign in to a damaged file: restoring is the cure
            who = "pcmd"
    safety = maintenance.restore(args.db, Path(args.file), user=who)
    print(tr("Restored from {path}.").format(path=args.file))
    if safety is not None:
        print(tr("The previous database was kept as {path}.").format(path=safety))
    return 0
