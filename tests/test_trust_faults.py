"""Faults: SIGKILL during imports and saves, a read-only or full disk, a database busy on
another PC, a missing database file. A clear message; nothing lost or half-written."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from desktop.db.database import open_database
from desktop.errors import InputError, PcmdError
from desktop.services import maintenance
from desktop.services.context import AppContext
from desktop.services.records import Filters, RecordService
from tests import fault_kill

MEDIA = {"date": date(2024, 5, 6), "kind": "tin", "quantity": 3}


def test_kill_imports_and_saves_at_random_moments(capsys: pytest.CaptureFixture[str]) -> None:
    assert fault_kill.main(["--kills", "6", "--records", "300", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "kills: 6" in out and "records lost: 0" in out and "half-imports: 0" in out


@pytest.mark.parametrize(("mode", "kills", "words"), [
    ("init-old", "2", "said damaged: 0"),
    ("restore-open", "4", "saves vanished: 0"),
    ("full-disk", "4", "saves lost: 0"),
])
def test_kills_during_init_restores_under_an_open_pcmd_and_a_full_disk(
        capsys: pytest.CaptureFixture[str], mode: str, kills: str, words: str) -> None:
    assert fault_kill.main(["--mode", mode, "--kills", kills, "--seed", "5"]) == 0
    assert words in capsys.readouterr().out


def test_missing_database_file_is_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist. Create it with: pcmd init"):
        open_database(str(tmp_path / "gone.sqlite"))
    assert not (tmp_path / "gone.sqlite").exists()


def test_busy_database_waits_then_saves_and_loses_nothing(ctx: AppContext) -> None:
    """Another PC holds the write lock while we save: our save waits for it (write sessions
    begin IMMEDIATE, within busy_timeout), then saves; the other PC's change stays intact."""
    service = RecordService(ctx)
    first = service.create("media", MEDIA)
    other_pc = sqlite3.connect(ctx.db.path, isolation_level=None,  # type: ignore[arg-type]
                               check_same_thread=False)
    other_pc.execute("BEGIN EXCLUSIVE")  # (an edit with sqlite3 would be found by check)
    other_pc.execute("UPDATE signin_failures SET failures = failures")

    def finish_later() -> None:
        time.sleep(1.0)
        other_pc.execute("COMMIT")

    releaser = threading.Thread(target=finish_later)
    releaser.start()
    second = service.create("media", MEDIA)
    releaser.join()
    other_pc.close()
    assert service.get("media", first)["quantity"] == MEDIA["quantity"]
    assert service.get("media", second)["quantity"] == MEDIA["quantity"]
    assert service.count("media", Filters()) == 2
    assert maintenance.check(ctx.db).ok


def _make_read_only(path: Path) -> None:
    if os.geteuid() == 0:  # root ignores permissions: use the immutable flag
        subprocess.run(["chattr", "+i", str(path)], check=True)
    else:
        path.chmod(0o444)
        path.parent.chmod(0o555)


def _undo_read_only(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], check=False)
    else:
        path.parent.chmod(0o755)
        path.chmod(0o644)


def test_read_only_database_refuses_changes_and_keeps_the_data(
        ctx: AppContext, tmp_path: Path) -> None:
    kept = RecordService(ctx).create("media", MEDIA)
    ctx.db.close()
    folder = tmp_path / "ro"
    folder.mkdir()
    copy = folder / "ro.sqlite"
    src = sqlite3.connect(ctx.db.path)  # type: ignore[arg-type]
    dst = sqlite3.connect(copy)
    src.backup(dst)
    dst.execute("PRAGMA journal_mode=DELETE")
    dst.close()
    src.close()
    _make_read_only(copy)
    try:
        with pytest.raises(PcmdError) as err:
            database = open_database(str(copy))
            try:
                service = RecordService(AppContext(database, user_name="tester"))
                assert service.get("media", kept)["quantity"] == 3
                service.create("media", MEDIA)
            finally:
                database.close()
        assert "is read-only" in err.value.message and "nothing was saved" in err.value.message
    finally:
        _undo_read_only(copy)
    database = open_database(str(copy))
    try:
        service = RecordService(AppContext(database, user_name="tester"))
        assert service.count("media", Filters()) == 1
        assert maintenance.check(database).ok
    finally:
        database.close()


FULL_DISK = textwrap.dedent("""
    import resource, signal, sys
    from datetime import date
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    from desktop.db.database import open_database
    from desktop.i18n import set_language
    set_language("en")
    from desktop.services.context import AppContext
    from desktop.services.records import RecordService
    db = open_database(sys.argv[1])
    service = RecordService(AppContext(db, user_name="t"))
    limit = db.path.stat().st_size + 64 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    with open(sys.argv[2], "a") as out:
        for i in range(100000):
            try:
                rid = service.create("media", {"date": date(2024, 5, 6), "kind": "tin",
                                               "title": "x" * 2000, "quantity": i + 1})
            except Exception as exc:
                print(type(exc).__name__, str(exc).splitlines()[0])
                break
            out.write(rid + "\\n")
            out.flush()
""")


def test_full_disk_stops_saving_without_losing_or_half_writing(
        ctx: AppContext, tmp_path: Path) -> None:
    ctx.db.close()
    ids = tmp_path / "ids.txt"
    done = subprocess.run([sys.executable, "-c", FULL_DISK, str(ctx.db.path), str(ids)],
                          capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("InputError The "), done.stdout
    assert "full" in done.stdout and "nothing was saved" in done.stdout
    saved = [s for s in ids.read_text().split() if s]
    assert saved
    database = open_database(str(ctx.db.path))
    try:
        service = RecordService(AppContext(database, user_name="tester"))
        assert service.count("media", Filters()) == len(saved)
        assert all(service.get("media", rid)["title"] == "x" * 2000 for rid in saved)
        assert maintenance.check(database).ok
    finally:
        database.close()
    shutil.rmtree(tmp_path / "userdata", ignore_errors=True)
