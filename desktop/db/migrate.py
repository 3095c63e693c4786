"""Alembic, run from inside the package (works from a wheel and a frozen build).

Opening an up-to-date database must not pay for importing Alembic: the head and the known
revisions are read from the migration files themselves (each declares `revision` and
`down_revision` as plain literals), and Alembic is imported only to upgrade.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Connection, inspect, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.M)


def alembic_config(connection: Connection | None = None):  # alembic Config
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def _graph() -> dict[str, str | None]:
    """revision -> down_revision, from the files in migrations/versions."""
    graph: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(source), _DOWN.search(source)
        if rev and down:
            graph[rev.group(1)] = down.group(1)
    return graph


def head_revision() -> str:
    graph = _graph()
    parents = {d for d in graph.values() if d}
    heads = [r for r in graph if r not in parents]
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, found {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    return set(_graph())


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(connection: Connection) -> None:
    """Run every pending migration inside the caller's transaction."""
    from alembic import command

    command.upgrade(alembic_config(connection), "head")
