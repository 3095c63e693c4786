"""Pause Python's cyclic garbage collector during bulk work.

Reading 100,000 rows creates millions of small objects and no reference cycles; the cyclic
collector would still walk all of them again and again (about a fifth of an import's time).
Reference counting keeps freeing memory while the collector is paused. Pauses nest and may
overlap across threads: the collector runs again when the last one ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = True


@contextmanager
def collector_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
