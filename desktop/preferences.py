"""Per-user preferences shared by the GUI and the command line (no Qt): a small JSON file in
the data folder. Window geometry stays in QSettings; this holds what the CLI needs too."""

from __future__ import annotations

import json
import os
from pathlib import Path

from desktop.paths import data_dir


def _file() -> Path:
    return data_dir() / "preferences.json"


def load() -> dict[str, object]:
    try:
        return json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save(values: dict[str, object]) -> None:
    path = _file()
    path.parent.mkdir(parents=True, exist_ok=True)
    current = load()
    current.update(values)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(current, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def language(explicit: str | None = None) -> str:
    lang = explicit or os.environ.get("PCMD_LANG") or str(load().get("language") or "vi")
    return lang if lang in ("vi", "en") else "vi"
