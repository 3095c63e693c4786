"""Fault test: SIGKILL `pcmd import` and a record-saving driver at random moments.

    python tests/fault_kill.py --kills 100

Each round starts from a copy of an empty city database (unit 31), then runs at the same time
`pcmd import <district workbook>` (one transaction) and a driver that saves records through
RecordService in a loop, appending each id to a file only after its commit. Both are killed
with SIGKILL at a random moment. Afterwards: maintenance.check passes, every id the driver
reported is in the database (with its audit entry), and the import is all or nothing.
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
    from desktop.services.context import AppContext
    from desktop.services.records import RecordService

    service = RecordService(AppContext(open_database(db), user_name="driver"))
    with open(out, "a", encoding="utf-8") as fh:
        i = 0
        while True:
            i += 1
            rid = service.create("media", {"date": date(2024, 1 + i % 12, 1 + i % 28),
                                           "kind": "tin", "title": f"driver {i}",
                                           "quantity": i})
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--records", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--driver", nargs=2, metavar=("DB", "IDS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.driver:
        driver(*args.driver)
        return 0
    return run(args.kills, args.records, args.seed, args.keep)


if __name__ == "__main__":
    sys.exit(main())
