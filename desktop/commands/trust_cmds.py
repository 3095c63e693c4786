"""`pcmd user add|list` and `pcmd lock` / `pcmd unlock` (docs/cli.md).

Users: the first one must be an administrator and turns sign-in on; later ones are added by a
signed-in administrator. The new user's password comes from PCMD_NEW_PASSWORD, else (for the
first user, when nobody signs in) PCMD_PASSWORD, else a prompt asked twice. Locks: as in the
window, managers and administrators within their units; the month locked is reported with the
number of records it covers.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date

from desktop.i18n import translate


def tr(text: str) -> str:
    return translate("TrustCommand", text)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("user", help=tr("users who sign in: add or list"))
    actions = p.add_subparsers(dest="user_action", metavar="ACTION", required=True,
                               parser_class=type(p))
    a = actions.add_parser("add", help=tr("add a user (the first must be an administrator)"))
    a.add_argument("name", metavar="NAME", help=tr("user name (no spaces)"))
    a.add_argument("--role", required=True, choices=("staff", "manager", "admin"),
                   help=tr("staff enter records; a manager also locks months and restores "
                           "deleted records; an administrator also manages users and settings"))
    a.add_argument("--unit", metavar="CODE", help=tr("the user's unit (default: the home unit)"))
    a.add_argument("--full-name", default="", metavar="TEXT", help=tr("full name"))
    a.set_defaults(func=cmd_user_add)
    ls = actions.add_parser("list", help=tr("list the users"))
    ls.set_defaults(func=cmd_user_list)

    for name, needs_reason in (("lock", False), ("unlock", True)):
        p = sub.add_parser(name, help=tr("lock a month of a unit") if name == "lock"
                           else tr("unlock a month of a unit (a reason is required)"))
        p.add_argument("--unit", required=True, metavar="CODE",
                       help=tr("the unit whose month it is (its code)"))
        p.add_argument("--month", required=True, metavar="YYYY-MM", help=tr("the month"))
        p.add_argument("--reason", required=needs_reason, default="", metavar="TEXT",
                       help=tr("why (kept in the audit trail)"))
        p.set_defaults(func=cmd_lock if name == "lock" else cmd_unlock)


def _unit(ctx, code: str, on: date):
    from desktop.errors import UsageError

    unit = ctx.units.code_on(code.strip(), on) or ctx.units.current_or_latest(
        code.strip(), ctx.today())
    if unit is None:
        raise UsageError(tr("No unit has code {code}.").format(code=code))
    return unit


def _month(text: str) -> date:
    from desktop.errors import UsageError

    try:
        year, month = (int(x) for x in text.strip().split("-"))
        return date(year, month, 1)
    except ValueError:
        raise UsageError(tr("--month: “{value}” is not a month; write it as YYYY-MM, for "
                            "example 2024-05.").format(value=text)) from None


def _new_password(name: str, first: bool) -> str:
    import getpass

    from desktop.errors import UsageError

    given = os.environ.get("PCMD_NEW_PASSWORD")
    if given is None and first:
        given = os.environ.get("PCMD_PASSWORD")
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise UsageError(tr("No password for the new user {name}: set PCMD_NEW_PASSWORD, or "
                            "run the command in a terminal to be asked for it.").format(
            name=name))
    one = getpass.getpass(tr("Password for the new user {name}: ").format(name=name))
    two = getpass.getpass(tr("The same password again: "))
    if one != two:
        raise UsageError(tr("The two passwords differ; nothing was changed."))
    return one


def cmd_user_add(args: argparse.Namespace) -> int:
    from desktop.commands.database_cmds import open_context
    from desktop.errors import InputError
    from desktop.services import auth

    ctx = open_context(args)
    try:
        first = not auth.sign_in_required(ctx.db)
        home = ctx.home_unit()
        unit = _unit(ctx, args.unit, ctx.today()) if args.unit else home
        if unit is None:
            raise InputError(tr("Choose the home unit first: pcmd init --unit CODE"))
        password = _new_password(args.name, first)
        auth.create_user(ctx, args.name, password, args.role, unit.id, args.full_name)
    finally:
        ctx.db.close()
    print(tr("User {name} added ({role}, {unit}).").format(
        name=args.name.strip().lower(), role=auth.role_label(args.role), unit=unit.name))
    if first:
        print(tr("Sign-in is now on: every command that reads records or changes anything "
                 "needs --user NAME and the password."))
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from desktop.commands.database_cmds import open_context
    from desktop.services import auth, policy

    ctx = open_context(args)
    try:
        with ctx.db.read_session() as session:
            if auth.sign_in_required(ctx.db):
                policy.check_admin(ctx, session)
        users = auth.list_users(ctx.db)
        rows = []
        for u in users:
            unit = ctx.units.by_id.get(u.unit_id)
            rows.append((u.username, u.display_name, auth.role_label(u.role),
                         f"{unit.code} {unit.name}" if unit else "",
                         tr("active") if u.active else tr("deactivated")))
    finally:
        ctx.db.close()
    if not rows:
        print(tr("No users: sign-in is off."))
        return 0
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r[:4], widths, strict=True)) + "  " + r[4])
    return 0


def _lock(args: argparse.Namespace, unlock: bool) -> int:
    from desktop.commands.database_cmds import open_context
    from desktop.services import locks

    month = _month(args.month)
    ctx = open_context(args)
    try:
        unit = _unit(ctx, args.unit, month)
        if unlock:
            result = locks.unlock(ctx, unit.id, month, args.reason)
        else:
            result = locks.lock(ctx, unit.id, month, args.reason)
    finally:
        ctx.db.close()
    label = locks.month_label(month)
    n = f"{result.records:,}".replace(",", ".")
    if unlock:
        text = tr("{month} of {unit} unlocked: its {n} records can be changed again.") \
            if result.done else tr("{month} of {unit} was not locked; nothing changed.")
    else:
        text = tr("{month} of {unit} locked: {n} records can no longer be changed.") \
            if result.done else tr("{month} of {unit} was already locked; nothing changed.")
    print(text.format(month=label, unit=f"{unit.code} {unit.name}", n=n))
    return 0


def cmd_lock(args: argparse.Namespace) -> int:
    return _lock(args, unlock=False)


def cmd_unlock(args: argparse.Namespace) -> int:
    return _lock(args, unlock=True)
