"""Shared fixtures. Qt runs offscreen; every test gets its own data folder and database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from desktop.db.database import Database, open_database  # noqa: E402
from desktop.i18n import set_language  # noqa: E402
from desktop.services.context import AppContext  # noqa: E402
from tests.db_templates import prepared_sqlite  # noqa: E402
from tests.pg_helpers import (  # noqa: E402, F401 - fixtures
    pg_prepared,
    pg_prepared_template,
    pg_server,
    pg_url,
)

# A PostgreSQL URL here runs the database, service, exchange and report tests against it too.
PG_URL = os.environ.get("PCMD_TEST_PG_URL", "")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("PCMD_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.delenv("PCMD_DB", raising=False)
    monkeypatch.delenv("PCMD_LANG", raising=False)
    set_language("en")
    yield
    set_language("vi")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "pcmd.sqlite"


# Test modules whose `db` also runs on PostgreSQL when PCMD_TEST_PG_URL is set (.ci/run does).
BOTH_BACKENDS = {"test_records", "test_units", "test_report_engine", "test_report_outputs",
                 "test_indicators", "test_indicators_engine",
                 "test_exchange_roundtrip", "test_exchange_messy", "test_trust_locks",
                 "test_trust_chain", "test_trust_policy", "test_policy_import",
                 "test_trust_postgres", "test_record_batches"}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    if PG_URL and "backend" in metafunc.fixturenames and module in BOTH_BACKENDS:
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db(db_path: Path, backend: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """An initialised database (units and catalogues loaded), home unit Đồ Sơn (308): an SQLite
    file, or a fresh PostgreSQL database for the modules in BOTH_BACKENDS."""
    if backend == "postgresql":
        database = open_database(request.getfixturevalue("pg_prepared"))
    else:
        database = prepared_sqlite(db_path)
    yield database
    database.close()


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db, user_name="tester")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Before qtbot closes a test's widgets: a form left with typed changes (a failed
    assertion mid-typing) would ask "Save the changes?" and wait for ever."""
    from tests.ui_helpers import forget_unsaved_forms

    forget_unsaved_forms()
    return (yield)
