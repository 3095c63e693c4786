"""One log file in the data folder; unexpected errors land there with their traceback.

The file follows the data folder: when the folder changes (settings, PCMD_DATA_DIR), the next
call moves the handler, so errors never go to a folder the user no longer uses.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop.paths import log_dir

_handler: logging.Handler | None = None
_path: Path | None = None


def setup_logging() -> Path:
    global _handler, _path
    path = log_dir() / "pcmd.log"
    if _path == path and _handler is not None:
        return path
    root = logging.getLogger("pcmd")
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    _handler, _path = handler, path
    return path


def log_unexpected(exc: BaseException) -> Path:
    path = setup_logging()
    logging.getLogger("pcmd").error("unexpected error", exc_info=exc)
    if _handler is not None:
        _handler.flush()
    return path
