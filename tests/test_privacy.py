"""Personal data never reaches a log file, even when a save crashes unexpectedly."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.db.models import Officer
from desktop.errors import InputError
from desktop.logging_setup import log_unexpected, setup_logging


def test_a_crashing_insert_logs_no_personal_name(db) -> None:
    name, phone = "Nguyễn Thị Hoa", "0912345678"
    now = datetime.now(UTC).replace(tzinfo=None)
    # the session turns the database's refusal into one sentence and logs the error itself
    with pytest.raises(InputError) as err, db.session() as session:
        session.add(Officer(officer_code="CB1", full_name=name, position=phone,
                            owner_id=987654, created_at=now, updated_at=now))
    assert name not in str(err.value) and phone not in str(err.value)
    log = setup_logging()
    for handler in __import__("logging").getLogger("pcmd").handlers:
        handler.flush()
    text = log.read_text(encoding="utf-8")
    assert "IntegrityError" in text
    assert name not in text and phone not in text


def test_the_log_follows_the_data_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PCMD_DATA_DIR", str(tmp_path / "first"))
    first = log_unexpected(RuntimeError("one"))
    monkeypatch.setenv("PCMD_DATA_DIR", str(tmp_path / "second"))
    second = log_unexpected(RuntimeError("two"))
    assert first != second
    assert "two" in second.read_text(encoding="utf-8")
    assert "two" not in first.read_text(encoding="utf-8")
