"""One log file in the data folder; unexpected errors land there with their traceback."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop.paths import log_dir

_configured: Path | None = None


def setup_logging() -> Path:
    global _configured
    if _configured is not None:
        return _configured
    folder = log_dir()
    path = folder / "pcmd.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("pcmd")
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    _configured = path
    return path


def log_unexpected(exc: BaseException) -> Path:
    path = setup_logging()
    logging.getLogger("pcmd").error("unexpected error", exc_info=exc)
    return path
