"""What every service call needs: the open database, the unit directory, who is acting."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from datetime import date

from desktop.db.database import Database  # the handle the window passes on to services
from desktop.services.units import UnitDirectory, UnitInfo


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some systems
        return ""


@dataclass
class AppContext:
    db: Database
    user_name: str = field(default_factory=_os_user)
    _units: UnitDirectory | None = field(default=None, repr=False)

    @property
    def units(self) -> UnitDirectory:
        if self._units is None:
            with self.db.read_session() as session:
                self._units = UnitDirectory.load(session)
        return self._units

    def reload_units(self) -> None:
        self._units = None

    def home_unit(self) -> UnitInfo | None:
        from desktop.services import settings

        unit_id = settings.get_home_unit_id(self.db)
        if unit_id is None:
            return None
        return self.units.by_id.get(unit_id)

    def today(self) -> date:
        return date.today()
