"""Storage faults, as a fault run met them: a kill that leaves a hot journal in an old
database, damaged pages, the database file deleted or restored under an open PCMD, a full disk
and a read-only folder. Each gives one clear sentence in the interface language (never
"Unexpected error", never Python's own English, "damaged" only when it is), and nothing
saved vanishes."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.exc import DatabaseError

from desktop.cli import main
from desktop.db.database import open_database
from desktop.errors import InputError
from desktop.services import maintenance
from desktop.services.context import AppContext
from desktop.services.records import Filters, RecordService

ROOT = Path(__file__).resolve().parents[1]
SAVED = Path(__file__).parent / "data" / "schema_0002.sqlite"
MEDIA = {"date": date(2024, 5, 6), "kind": "tin", "quantity": 3}
DAMAGED = "is damaged (some of its pages cannot be read)"


def run(capsys, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--lang", "en", *args])
    return code, capsys.readouterr().err


def _rows(path: Path, columns: dict[str, list[str]] | None = None
          ) -> tuple[dict[str, list[tuple]], dict[str, list[str]]]:
    """Rows of two record tables, in the columns they had (an upgrade adds some)."""
    con = sqlite3.connect(path)
    try:
        tables = ("outreach_sessions", "media_items")
        cols = columns or {t: [r[1] for r in con.execute(f"PRAGMA table_info({t})")]
                           for t in tables}
        rows = {t: sorted(con.execute(f"SELECT {', '.join(cols[t])} FROM {t}").fetchall(),
                          key=repr) for t in tables}
        return rows, cols
    finally:
        con.close()


KILLED_WRITE = textwrap.dedent("""
    import os, signal, sqlite3, sys
    con = sqlite3.connect(sys.argv[1], isolation_level=None)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("PRAGMA cache_size=1")  # pages spill into the file mid-transaction
    con.execute("BEGIN")
    con.execute("UPDATE outreach_sessions SET title = title || ' (killed)'")
    con.execute("UPDATE media_items SET quantity = quantity + 1")
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_a_hot_journal_from_a_killed_write_is_rolled_back_not_called_damage(
        tmp_path: Path, capsys) -> None:
    old = tmp_path / "old.sqlite"
    shutil.copy(SAVED, old)
    before, columns = _rows(old)
    done = subprocess.run([sys.executable, "-c", KILLED_WRITE, str(old)], timeout=60)
    assert done.returncode == -signal.SIGKILL
    journal = old.with_name(old.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0  # a hot journal was left
    code, err = run(capsys, "check", "--db", str(old))
    assert code == 0, err  # rolled back and upgraded: sound, nothing half-written
    after, _ = _rows(old, columns)
    assert after == before


def _damage(path: Path, share: tuple[float, float] = (0.5, 0.7)) -> None:
    """Overwrite a run of pages in the middle of the file with noise (a failing disk)."""
    page = 4096
    pages = path.stat().st_size // page
    noise = random.Random(1)
    with open(path, "r+b") as fh:
        for number in range(int(pages * share[0]), int(pages * share[1])):
            fh.seek(number * page)
            fh.write(bytes(noise.randrange(256) for _ in range(page)))


@pytest.fixture
def damaged(tmp_path: Path, capsys) -> tuple[Path, Path]:
    """(a database with damaged pages, a workbook its office exported before)."""
    db = tmp_path / "office.sqlite"
    assert run(capsys, "init", "--unit", "308", "--db", str(db))[0] == 0
    assert run(capsys, "demo-data", "--records", "3000", "--db", str(db))[0] == 0
    book = tmp_path / "book.xlsx"
    assert run(capsys, "export", "--from", "2016-01-01", "--to", "2030-01-01", "--out",
               str(book), "--db", str(db))[0] == 0
    _damage(db)
    return db, book


def test_damaged_pages_are_named_by_every_command(damaged: tuple[Path, Path], capsys,
                                                  tmp_path: Path) -> None:
    db, book = damaged
    code, err = run(capsys, "check", "--db", str(db))
    assert code == 1 and "Storage damaged" in err
    for args in (["export", "--from", "2016-01-01", "--to", "2030-01-01", "--out",
                  str(tmp_path / "again.xlsx")],
                 ["import", str(book)],
                 ["report", "monthly", "--period", "2024"],
                 ["demo-data", "--records", "10"]):
        code, err = run(capsys, *args, "--db", str(db))
        assert code in (1, 2) and DAMAGED in err and "Unexpected" not in err, (args, err)
        assert len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "again.xlsx").exists()
    code, err = run(capsys, "backup", "--out", str(tmp_path / "copy.sqlite"), "--db", str(db))
    assert code == 1 and "is damaged; it was not backed up" in err
    assert not (tmp_path / "copy.sqlite").exists()


def test_a_damaged_backup_is_not_restored(damaged: tuple[Path, Path], capsys,
                                          tmp_path: Path) -> None:
    db, _ = damaged
    good = tmp_path / "good.sqlite"
    assert run(capsys, "init", "--unit", "308", "--db", str(good))[0] == 0
    before = good.read_bytes()
    code, err = run(capsys, "restore", str(db), "--db", str(good))
    assert code == 2 and "is damaged; nothing was restored" in err
    assert good.read_bytes() == before


def test_the_window_says_damaged_too(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui.errors import show_unexpected_error

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    show_unexpected_error(None, DatabaseError("SELECT 1", {}, sqlite3.DatabaseError(
        "database disk image is malformed")))
    assert said and said[0].startswith("The database is damaged")


def test_a_deleted_database_file_refuses_saves_instead_of_losing_them(ctx: AppContext) -> None:
    if not ctx.db.is_sqlite:
        pytest.skip("on PostgreSQL: only an SQLite database is a file that can be moved "
                    "or replaced under PCMD")
    service = RecordService(ctx)
    service.create("media", MEDIA)
    path = ctx.db.path
    assert path is not None
    moved = path.with_name("moved.sqlite")
    os.replace(path, moved)
    with pytest.raises(InputError, match="is gone .deleted or moved while PCMD had it open.; "
                                         "nothing was saved"):
        service.create("media", MEDIA)
    os.replace(moved, path)
    service.create("media", MEDIA)  # back in place: saving goes on
    assert service.count("media", Filters()) == 2


def test_a_restore_while_another_pcmd_has_the_file_open_loses_no_save(
        ctx: AppContext, tmp_path: Path) -> None:
    if not ctx.db.is_sqlite:
        pytest.skip("on PostgreSQL: only an SQLite database is a file that can be moved "
                    "or replaced under PCMD")
    path = ctx.db.path
    assert path is not None
    service = RecordService(ctx)  # PCMD on the other PC, left open
    first = service.create("media", MEDIA)
    backup = maintenance.backup(ctx.db, tmp_path / "b.sqlite")
    service.create("media", {**MEDIA, "quantity": 4})
    maintenance.restore(str(path), backup, safety_folder=tmp_path / "safety")
    after = service.create("media", {**MEDIA, "quantity": 5})  # lands in the restored data
    fresh = open_database(str(path))
    try:
        kept = RecordService(AppContext(fresh, user_name="t"))
        assert {r["id"] for r in kept.list("media", Filters())} == {first, after}
        assert maintenance.check(fresh).ok
    finally:
        fresh.close()
    # a file put in place by other means (copied over in Explorer) refuses the save instead
    copy = tmp_path / "copy.sqlite"
    shutil.copy(backup, copy)
    os.replace(copy, path)
    with pytest.raises(InputError, match="was replaced while PCMD had it open"):
        service.create("media", MEDIA)


FSIZE = textwrap.dedent("""
    import resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    from desktop.cli import main
    sys.exit(main(sys.argv[2:]))
""")


def _pcmd(args: list[str], env: dict[str, str], limit: int | None = None
          ) -> subprocess.CompletedProcess[str]:
    prefix = [sys.executable, "-c", FSIZE, str(limit)] if limit else [
        sys.executable, "-m", "desktop"]
    return subprocess.run([*prefix, "--lang", "en", *args], env=env, cwd=ROOT, text=True,
                          capture_output=True, timeout=300)


def _one_sentence(done: subprocess.CompletedProcess[str]) -> str:
    err = done.stderr.strip()
    assert done.returncode in (1, 2), (done.returncode, err)
    assert err and len(err.splitlines()) == 1, err
    assert "Unexpected" not in err and "Traceback" not in err and "damaged" not in err, err
    assert "Errno" not in err and "File too large" not in err, err
    return err


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, PCMD_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    env.pop("PCMD_DB", None)
    return env


def test_a_full_disk_is_one_sentence_from_every_command(tmp_path: Path) -> None:
    env = _env(tmp_path)
    db = tmp_path / "office.sqlite"
    assert _pcmd(["init", "--unit", "308", "--db", str(db)], env).returncode == 0
    assert _pcmd(["demo-data", "--records", "1500", "--db", str(db)], env).returncode == 0
    book = tmp_path / "book.xlsx"
    assert _pcmd(["export", "--from", "2016-01-01", "--to", "2030-01-01", "--out", str(book),
                  "--db", str(db)], env).returncode == 0
    city = tmp_path / "city.sqlite"
    assert _pcmd(["init", "--unit", "31", "--db", str(city)], env).returncode == 0
    full = db.stat().st_size + 16 * 1024  # no file may grow past this: the disk is "full"
    checks = {
        "import": (["import", str(book), "--db", str(city)], city.stat().st_size + 8192),
        "export": (["export", "--from", "2016-01-01", "--to", "2030-01-01", "--out",
                    str(tmp_path / "big.xlsx"), "--db", str(db)], 20_000),
        "report": (["report", "monthly", "--period", "2024", "--format", "xlsx", "--out",
                    str(tmp_path / "r.xlsx"), "--db", str(db)], 2_000),
        "backup": (["backup", "--out", str(tmp_path / "b.sqlite"), "--db", str(db)], 50_000),
        "demo-data": (["demo-data", "--records", "20000", "--db", str(db)], full),
        "init": (["init", "--unit", "308", "--db", str(tmp_path / "new.sqlite")], 50_000),
    }
    for name, (args, limit) in checks.items():
        err = _one_sentence(_pcmd(args, env, limit))
        assert "full" in err, (name, err)
    assert _pcmd(["check", "--db", str(db)], env).returncode == 0  # nothing half-written
    assert _pcmd(["check", "--db", str(city)], env).returncode == 0


@pytest.mark.skipif(os.geteuid() != 0 and sys.platform != "linux", reason="needs chmod/chattr")
def test_a_read_only_folder_is_one_sentence_from_every_command(tmp_path: Path) -> None:
    env = _env(tmp_path)
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "office.sqlite"
    assert _pcmd(["init", "--unit", "308", "--db", str(db)], env).returncode == 0
    assert _pcmd(["demo-data", "--records", "300", "--db", str(db)], env).returncode == 0
    book = tmp_path / "book.xlsx"
    assert _pcmd(["export", "--from", "2016-01-01", "--to", "2030-01-01", "--out", str(book),
                  "--db", str(db)], env).returncode == 0
    out = folder / "out"
    out.mkdir()
    _read_only(folder)
    _read_only(out)
    try:
        for args in (["import", str(book), "--db", str(db)],
                     ["demo-data", "--records", "10", "--db", str(db)],
                     ["lock", "--unit", "308", "--month", "2024-03", "--db", str(db)],
                     ["export", "--from", "2016-01-01", "--to", "2030-01-01", "--out",
                      str(out / "x.xlsx"), "--db", str(book.parent / "none.sqlite")],
                     ["backup", "--out", str(out / "b.sqlite"), "--db", str(db)],
                     ["init", "--unit", "308", "--db", str(out / "new.sqlite")]):
            err = _one_sentence(_pcmd(args, env))
            assert any(w in err for w in ("read-only", "cannot be written", "does not exist",
                                          "cannot be read or written", "access was refused")
                       ), (args, err)
    finally:
        _writable(out)
        _writable(folder)
    assert _pcmd(["check", "--db", str(db)], env).returncode == 0


def _read_only(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
    else:
        path.chmod(0o555)


def _writable(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], check=False)
    else:
        path.chmod(0o755)
