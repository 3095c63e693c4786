"""Settings kept with the data: the home unit and the names printed on reports."""

from __future__ import annotations

from sqlalchemy import select

from desktop.db.database import Database
from desktop.db.models import Setting

HOME_UNIT = "home_unit_id"
REPORT_KEYS = ("agency_parent", "agency_name", "agency_abbr", "place", "preparer", "signer_title",
               "signer_name")
#: the reporting calendar's deadlines: the day of the next month by which a month's figures are
#: due (default 5), and the day and month of the year-end report (default "15/12")
DEADLINE_KEYS = ("deadline_month_day", "deadline_year_end")


def get(db: Database, key: str, default: str = "") -> str:
    with db.read_session() as session:
        row = session.get(Setting, key)
        return row.value if row is not None else default


def get_many(db: Database, keys: tuple[str, ...]) -> dict[str, str]:
    with db.read_session() as session:
        rows = session.scalars(select(Setting).where(Setting.key.in_(keys)))
        found = {r.key: r.value for r in rows}
    return {k: found.get(k, "") for k in keys}


def put(db: Database, values: dict[str, str]) -> None:
    with db.session() as session:
        for key, value in values.items():
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value


def get_home_unit_id(db: Database) -> int | None:
    value = get(db, HOME_UNIT)
    return int(value) if value else None
