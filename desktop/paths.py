"""Where things live: the user's data folder, bundled resources, logs, backups."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "PCMD"


def data_dir() -> Path:
    """The user's data folder (%APPDATA%\\PCMD on Windows); PCMD_DATA_DIR overrides it."""
    override = os.environ.get("PCMD_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, appauthor=False, roaming=True)
    return path


def log_dir() -> Path:
    return data_dir() / "logs"


def backup_dir() -> Path:
    return data_dir() / "backups"


def resources_dir() -> Path:
    """Bundled resources: inside the package when installed or frozen, else the checkout's."""
    here = Path(__file__).resolve().parent
    candidates = [here / "resources", here.parent / "resources"]
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        candidates.insert(0, Path(meipass) / "desktop" / "resources")
    for candidate in candidates:
        if (candidate / "units").is_dir():
            return candidate
    return candidates[-1]
