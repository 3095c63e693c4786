"""init, demo-data, check, backup, restore."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from desktop.i18n import translate


def tr(text: str) -> str:
    return translate("cli", text)


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


def open_context(args: argparse.Namespace, *, create: bool = False):  # noqa: ANN201
    from desktop.db.database import open_database
    from desktop.services.context import AppContext

    return AppContext(open_database(args.db, create=create))


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.services import setup

    ctx = open_context(args, create=True)
    try:
        units, mappings = setup.prepare(ctx.db)
        unit = setup.choose_home_unit(ctx.db, args.unit)
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
            total=result.total, unit=home.name, seconds=seconds))
        for key, count in result.counts.items():
            print(f"  {key}: {count}")
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
        print(f"{key}: {count}")
    if result.ok:
        print(tr("Check passed: no problems found."))
        return 0
    for problem in result.problems:
        print(problem, file=sys.stderr)
    print(tr("Check failed: {n} problems.").format(n=len(result.problems)), file=sys.stderr)
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.services import maintenance

    ctx = open_context(args)
    try:
        path = maintenance.backup(ctx.db, Path(args.out))
    finally:
        ctx.db.close()
    print(tr("Backup written: {path}").format(path=path))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.services import maintenance

    safety = maintenance.restore(args.db, Path(args.file))
    print(tr("Restored from {path}.").format(path=args.file))
    if safety is not None:
        print(tr("The previous database was kept as {path}.").format(path=safety))
    return 0
