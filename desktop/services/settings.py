"""Settings kept with the data: the home unit and the names printed on reports.

Reading is free; every change goes through the change policy (the home unit is the
administrator's, the names on reports also the manager's) and is audited per key.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.database import Database
from desktop.db.models import Setting
from desktop.services import policy
from desktop.services.context import AppContext

HOME_UNIT = "home_unit_id"
REPORT_KEYS = ("agency_parent", "agency_name", "agency_abbr", "place", "preparer", "signer_title",
               "signer_name")
#: the reporting calendar's deadlines: the day of the next month by which a month's figures are
#: due (default 5), and the day and month of the year-end report (default "15/12")
DEADLINE_KEYS = ("deadline_month_day", "deadline_year_end")


def _db(target: Database | AppContext) -> Database:
    return target.db if isinstance(target, AppContext) else target


def get(db: Database | AppContext, key: str, default: str = "") -> str:
    with _db(db).read_session() as session:
        row = session.get(Setting, key)
        return row.value if row is not None else default


def get_many(db: Database | AppContext, keys: tuple[str, ...]) -> dict[str, str]:
    with _db(db).read_session() as session:
        rows = session.scalars(select(Setting).where(Setting.key.in_(keys)))
        found = {r.key: r.value for r in rows}
    return {k: found.get(k, "") for k in keys}


def put(target: AppContext | Database, values: dict[str, str]) -> list[str]:
    """Save settings (only those that change); returns the keys changed. Given a bare
    Database, nobody is signed in: allowed only while sign-in is off."""
    ctx = target if isinstance(target, AppContext) else AppContext(target)
    changed: list[str] = []
    with ctx.db.session() as session:
        for key, value in values.items():
            row = session.get(Setting, key)
            old = row.value if row is not None else None
            if old == value:
                continue
            who = policy.check_setting(ctx, session, key)
            unit_code = ""
            if key == HOME_UNIT and value.isdigit():
                unit_code = policy.unit_code(ctx, int(value))
            write(session, who, key, value, unit_code)
            changed.append(key)
    return changed


def write(session: Session, who: policy.Actor, key: str, value: str,
          unit_code: str = "") -> bool:
    """One setting's new value and its audit entry (which stamps the row), in the caller's
    transaction, once the policy has allowed `who`. False when the value is unchanged."""
    row = session.get(Setting, key)
    old = row.value if row is not None else None
    if old == value:
        return False
    if row is None:
        row = Setting(key=key, value=value)
        session.add(row)
    else:
        row.value = value
    session.flush()
    policy.record_entry(session, who, action="update" if old is not None else "create",
                        record_type="setting", record_id=key, unit_code=unit_code,
                        changes={"value": (old, value)}, row=row)
    return True


def get_home_unit_id(db: Database | AppContext) -> int | None:
    value = get(db, HOME_UNIT)
    return int(value) if value else None


def preparer_name(ctx: AppContext) -> str:
    """Who prepared a workbook or report ("Người lập"): the signed-in user's full name, else
    the preparer named in Settings, else the computer's login."""
    from desktop.services.session_user import current_user

    user = current_user(ctx)
    if user is not None and (user.display_name or user.username):
        return user.display_name or user.username
    return get(ctx, "preparer").strip() or ctx.user_name
