"""Fault test: SIGKILL and storage faults at random moments.

    python tests/fault_kill.py --kills 100 [--mode import|init-old|restore-open|full-disk|all]

import (the default): each round starts from a copy of an empty city database (unit 31), then
runs at the same time `pcmd import <district workbook>` (one transaction) and a driver that
saves records through RecordService in a loop, appending each id to a file only after its
commit. Both are killed with SIGKILL at a random moment. Afterwards: maintenance.check passes,
every id the driver reported is in the database (with its audit entry), and the import is all
or nothing.

init-old: `pcmd init` on a database of an older schema (saved in tests/data), killed at a
random moment of its backup, upgrade and seal. Afterwards the file opens (never "damaged"),
checks, and holds every record it had.

restore-open: the driver saves while `pcmd restore` replaces the database under it; both are
killed at a random moment. Every id the driver reported is in the restored database or in the
safety copy the restore kept; the database checks.

full-disk: the driver saves until a file-size limit (a full disk) stops it. It must stop with
the one "disk is full" sentence; every id it reported is there; the database checks.

Prints the figures; exit status 1 if any round failed.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _env(data: Path) -> dict[str, str]:
    env = dict(os.environ, PCMD_DATA_DIR=str(data), PCMD_LANG="en")
    env.pop("PCMD_DB", None)
    return env


def _pcmd(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", *args], env=env, text=True,
                          capture_output=True, check=True)


def driver(db: str, out: str) -> None:
    """Save records forever; print each committed id (flushed, fsynced) after its commit."""
    from desktop.db.database import open_database
    from desktop.errors import PcmdError
    from desktop.services.context import AppContext
    from desktop.services.records import RecordService

    service = RecordService(AppContext(open_database(db), user_name="driver"))
    with open(out, "a", encoding="utf-8") as fh:
        i = 0
        while True:
            i += 1
            try:
                rid = service.create("media", {"date": date(2024, 1 + i % 12, 1 + i % 28),
                                               "kind": "tin", "title": f"driver {i}" * 20,
                                               "quantity": i})
            except PcmdError as exc:  # refused with one sentence: say it, stop or go on
                fh.write("E " + exc.message + "\n")
                fh.flush()
                if "full" in exc.message:
                    return
                time.sleep(0.05)
                continue
            fh.write(rid + "\n")
            fh.flush()
            os.fsync(fh.fileno())


def prepare(work: Path, records: int) -> tuple[Path, Path, int]:
    """(empty city database, district workbook, number of records in the workbook)."""
    env = _env(work / "data")
    district, city, book = work / "district.sqlite", work / "city0.sqlite", work / "d.xlsx"
    _pcmd(["init", "--unit", "308", "--db", str(district)], env)
    _pcmd(["demo-data", "--records", str(records), "--db", str(district)], env)
    _pcmd(["export", "--from", "2016-01-01", "--to", "2030-12-31", "--out", str(book),
           "--db", str(district)], env)
    _pcmd(["init", "--unit", "31", "--db", str(city)], env)
    expected = _district_rows(district, district_db=True)
    return city, book, expected


def _district_rows(path: Path, district_db: bool = False) -> int:
    """Live records owned by Đồ Sơn (308) in the file."""
    import sqlite3

    from desktop.db.models import RECORD_MODELS

    con = sqlite3.connect(path)
    try:
        owners = [r[0] for r in con.execute("SELECT id FROM units WHERE code = '308'")]
        marks = ",".join("?" * len(owners))
        total = 0
        for model in RECORD_MODELS.values():
            total += con.execute(
                f"SELECT count(*) FROM {model.__tablename__} WHERE deleted_at IS NULL"
                f" AND owner_id IN ({marks})", owners).fetchone()[0]
        return total
    finally:
        con.close()


def verify(db_path: Path, ids_file: Path, expected: int) -> tuple[bool, int, str]:
    """(check passed, records lost, import state all|none|HALF)."""
    from sqlalchemy import select

    from desktop.db import models as m
    from desktop.db.database import open_database
    from desktop.services import maintenance

    database = open_database(str(db_path))
    try:
        ok = maintenance.check(database).ok
        ids = [s for s in ids_file.read_text().split("\n") if len(s) == 36] \
            if ids_file.exists() else []
        with database.read_session() as session:
            found = set(session.scalars(select(m.MediaItem.id).where(m.MediaItem.id.in_(ids))))
            audited = set(session.scalars(select(m.AuditEntry.record_id).where(
                m.AuditEntry.record_id.in_(ids), m.AuditEntry.action == "create")))
        lost = len(set(ids) - (found & audited))
    finally:
        database.close()
    n = _district_rows(db_path)
    state = "all" if n == expected else "none" if n == 0 else "HALF"
    return ok, lost, state


def run(kills: int, records: int, seed: int, keep: bool) -> int:
    rnd = random.Random(seed)
    work = Path(tempfile.mkdtemp(prefix="pcmd-fault-"))
    env = _env(work / "data")
    try:
        city0, book, expected = prepare(work, records)
        # how long does an import take here (start-up included)?
        probe = work / "probe.sqlite"
        shutil.copy(city0, probe)
        t0 = time.monotonic()
        _pcmd(["import", str(book), "--db", str(probe)], env)
        full = time.monotonic() - t0
        figures = {"kills": 0, "checks passed": 0, "records lost": 0, "half-imports": 0,
                   "imports all": 0, "imports none": 0, "driver commits": 0}
        for i in range(kills):
            db = work / f"city-{i % 2}.sqlite"
            for suffix in ("", "-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
            shutil.copy(city0, db)
            ids = work / "ids.txt"
            ids.unlink(missing_ok=True)
            procs = [
                subprocess.Popen([sys.executable, "-m", "desktop", "import", str(book),
                                  "--db", str(db)], env=env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL),
                subprocess.Popen([sys.executable, __file__, "--driver", str(db), str(ids)],
                                 env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
            ]
            started = time.monotonic()  # the window opens once the driver is saving
            while (not ids.exists() or not ids.stat().st_size) and \
                    time.monotonic() - started < 30:
                time.sleep(0.01)
            time.sleep(rnd.uniform(0.0, full * 1.3))
            for p in procs:
                p.send_signal(signal.SIGKILL)
            for p in procs:
                p.wait()
            figures["kills"] += 1
            ok, lost, state = verify(db, ids, expected)
            figures["checks passed"] += ok
            figures["records lost"] += lost
            figures["half-imports"] += state == "HALF"
            figures["imports all"] += state == "all"
            figures["imports none"] += state == "none"
            if ids.exists():
                figures["driver commits"] += sum(1 for s in ids.read_text().split() if s)
            if not ok or lost or state == "HALF":
                print(f"round {i}: check={'ok' if ok else 'FAILED'} lost={lost} "
                      f"import={state}; database kept in {db}", file=sys.stderr)
                keep = True
                break
        print(f"import of {expected} records takes {full:.2f} s here")
        for name, value in figures.items():
            print(f"{name}: {value}")
        good = (figures["checks passed"] == figures["kills"] == kills
                and figures["records lost"] == 0 and figures["half-imports"] == 0)
        return 0 if good else 1
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)


# ---- kills during init on an old database ---------------------------------------------------
SAVED = sorted((ROOT / "tests" / "data").glob("schema_000[12].sqlite"))


def _record_count(path: Path) -> int:
    import sqlite3

    from desktop.db.models import RECORD_MODELS

    con = sqlite3.connect(path)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return sum(con.execute(f"SELECT count(*) FROM {m.__tablename__}").fetchone()[0]
                   for m in RECORD_MODELS.values() if m.__tablename__ in tables)
    finally:
        con.close()


def run_init_old(kills: int, seed: int, work: Path) -> dict[str, int]:
    from desktop.db.database import open_database
    from desktop.errors import PcmdError
    from desktop.services import maintenance

    rnd = random.Random(seed)
    env = _env(work / "data")
    probe = work / "probe.sqlite"
    shutil.copy(SAVED[0], probe)
    t0 = time.monotonic()
    _pcmd(["init", "--unit", "308", "--db", str(probe)], env)
    full = time.monotonic() - t0
    figures = {"init kills": 0, "opened": 0, "said damaged": 0, "checks passed": 0,
               "records lost": 0}
    for i in range(kills):
        saved = SAVED[i % len(SAVED)]
        db = work / f"old-{i % 2}.sqlite"
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        shutil.copy(saved, db)
        had = _record_count(db)
        proc = subprocess.Popen([sys.executable, "-m", "desktop", "init", "--unit", "308",
                                 "--db", str(db)], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rnd.uniform(0.0, full * 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        figures["init kills"] += 1
        try:
            database = open_database(str(db), backup_folder=work / "b")
        except PcmdError as exc:
            figures["said damaged"] += "damaged" in exc.message
            print(f"init-old round {i}: {exc.message}", file=sys.stderr)
            continue
        try:
            figures["opened"] += 1
            figures["checks passed"] += maintenance.check(database).ok
        finally:
            database.close()
        figures["records lost"] += max(0, had - _record_count(db))
    figures["init takes (ms)"] = round(full * 1000)
    return figures


# ---- restore while another PCMD saves ------------------------------------------------------
def run_restore_open(rounds: int, seed: int, work: Path) -> dict[str, int]:
    import sqlite3

    from desktop.db.database import open_database
    from desktop.services import maintenance

    rnd = random.Random(seed)
    env = _env(work / "data")
    base = work / "office.sqlite"
    _pcmd(["init", "--unit", "308", "--db", str(base)], env)
    _pcmd(["demo-data", "--records", "300", "--db", str(base)], env)
    backup = work / "office-backup.sqlite"
    _pcmd(["backup", "--out", str(backup), "--db", str(base)], env)
    figures = {"restores": 0, "driver commits": 0, "saves vanished": 0, "checks passed": 0,
               "driver refusals": 0}
    for i in range(rounds):
        db = work / f"open-{i % 2}.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        shutil.copy(base, db)
        ids = work / "restore-ids.txt"
        ids.unlink(missing_ok=True)
        safety = work / f"safety-{i}"
        saver = subprocess.Popen([sys.executable, __file__, "--driver", str(db), str(ids)],
                                 env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        started = time.monotonic()
        while (not ids.exists() or not ids.stat().st_size) and time.monotonic() - started < 30:
            time.sleep(0.01)
        restorer = subprocess.Popen(
            [sys.executable, "-m", "desktop", "restore", str(backup), "--db", str(db)],
            env=dict(env, PCMD_DATA_DIR=str(safety)), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        restorer.wait(timeout=120)
        time.sleep(rnd.uniform(0.1, 1.0))
        saver.send_signal(signal.SIGKILL)
        saver.wait()
        figures["restores"] += restorer.returncode == 0
        lines = ids.read_text().split("\n") if ids.exists() else []
        saved = {s for s in lines if len(s) == 36}
        figures["driver commits"] += len(saved)
        figures["driver refusals"] += sum(1 for s in lines if s.startswith("E "))
        found: set[str] = set()
        for path in [db, *safety.rglob("*before-restore.sqlite")]:
            con = sqlite3.connect(path)
            try:
                found |= {r[0] for r in con.execute("SELECT id FROM media_items")}
            finally:
                con.close()
        lost = saved - found
        figures["saves vanished"] += len(lost)
        database = open_database(str(db))
        try:
            figures["checks passed"] += maintenance.check(database).ok
        finally:
            database.close()
        if lost:
            print(f"restore-open round {i}: {len(lost)} saves vanished", file=sys.stderr)
    return figures


# ---- a full disk under the driver ----------------------------------------------------------
FULL = """
import resource, signal, sys
sys.path.insert(0, sys.argv[1])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from tests.fault_kill import driver
driver(sys.argv[3], sys.argv[4])
"""


def run_full_disk(rounds: int, seed: int, work: Path) -> dict[str, int]:
    from desktop.db.database import open_database
    from desktop.services import maintenance

    rnd = random.Random(seed)
    env = _env(work / "data")
    base = work / "disk.sqlite"
    _pcmd(["init", "--unit", "308", "--db", str(base)], env)
    figures = {"full disks": 0, "one sentence": 0, "saves lost": 0, "checks passed": 0,
               "driver commits": 0}
    for i in range(rounds):
        db = work / f"full-{i % 2}.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        shutil.copy(base, db)
        ids = work / "full-ids.txt"
        ids.unlink(missing_ok=True)
        limit = db.stat().st_size + rnd.randrange(64, 2048) * 1024
        subprocess.run([sys.executable, "-c", FULL, str(ROOT), str(limit), str(db), str(ids)],
                       env=env, timeout=600, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        figures["full disks"] += 1
        lines = ids.read_text().split("\n") if ids.exists() else []
        saved = [s for s in lines if len(s) == 36]
        said = [s[2:] for s in lines if s.startswith("E ")]
        figures["driver commits"] += len(saved)
        figures["one sentence"] += bool(said) and "full" in said[-1] and "Error" not in said[-1]
        database = open_database(str(db))
        try:
            from sqlalchemy import select

            from desktop.db import models as m

            with database.read_session() as session:
                there = set(session.scalars(select(m.MediaItem.id)))
            figures["saves lost"] += len(set(saved) - there)
            figures["checks passed"] += maintenance.check(database).ok
        finally:
            database.close()
    return figures


def run_modes(modes: list[str], kills: int, records: int, seed: int, keep: bool) -> int:
    good = True
    for mode in modes:
        if mode == "import":
            good &= run(kills, records, seed, keep) == 0
            continue
        work = Path(tempfile.mkdtemp(prefix=f"pcmd-fault-{mode}-"))
        try:
            if mode == "init-old":
                figures = run_init_old(kills, seed, work)
                ok = (figures["said damaged"] == 0 and figures["records lost"] == 0
                      and figures["checks passed"] == figures["init kills"])
            elif mode == "restore-open":
                figures = run_restore_open(max(1, kills // 4), seed, work)
                ok = figures["saves vanished"] == 0 and \
                    figures["checks passed"] == figures["restores"] == max(1, kills // 4)
            else:
                figures = run_full_disk(max(1, kills // 4), seed, work)
                ok = (figures["saves lost"] == 0
                      and figures["one sentence"] == figures["full disks"]
                      and figures["checks passed"] == figures["full disks"])
            print(f"[{mode}]")
            for name, value in figures.items():
                print(f"{name}: {value}")
            good &= ok
            if not ok:
                keep = True
                print(f"{mode} failed; work folder kept in {work}", file=sys.stderr)
        finally:
            if not keep:
                shutil.rmtree(work, ignore_errors=True)
    return 0 if good else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--records", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--mode", default="import",
                        choices=("import", "init-old", "restore-open", "full-disk", "all"))
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--driver", nargs=2, metavar=("DB", "IDS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.driver:
        driver(*args.driver)
        return 0
    modes = ["import", "init-old", "restore-open", "full-disk"] if args.mode == "all" \
        else [args.mode]
    return run_modes(modes, args.kills, args.records, args.seed, args.keep)


if __name__ == "__main__":
    sys.exit(main())
