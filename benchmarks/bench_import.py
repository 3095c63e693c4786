"""Import speed and memory, against a floor measured in the same run: python-calamine reading
the same file plus sqlite3 executemany of the same rows into a fresh table in one transaction.

Cases (`--case`):

* `handtyped` (default, goal: ratio <= 2.0): a 100,000-row, 13-column `Tuyên truyền` sheet in
  the shape an office types it (a title row above the header, shared strings, dates as Excel
  dates, no `Mã bản ghi`, no `Cập nhật lúc`), imported into an empty database;
* `export`: a PCMD export of `--records` demo records (or of the database `--db`) imported
  into an empty database: time and peak memory (and the ratio, for information);
* `fullsheet`: the hand-typed sheet filling all of Excel's 1,048,576 rows (written in
  constant-memory mode, inline strings): time and peak memory.

Both are timed the same way: each in a fresh Python process (so neither inherits the heap
left by making the data), modules imported before the clock starts, best of --repeat. Peak
memory is the child process's maximum resident set size.

    python benchmarks/bench_import.py [--case handtyped|export] [--records N] [--repeat 5]
    python benchmarks/bench_import.py --case export --db /tmp/ex-1m.sqlite --repeat 1

Best of 5, not 3: on a shared 2-core machine a best of 3 still swung by 0.3 in the ratio.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from desktop.db.database import open_database
from desktop.services import setup
from desktop.services.context import AppContext

HANDTYPED_HEADERS = ["Ngày", "Xã/phường", "Hình thức", "Tiêu đề", "Địa điểm", "Chủ đề",
                     "Đơn vị tổ chức", "Đối tượng", "Số người tham dự", "Trong đó nữ",
                     "Số tài liệu phát", "Số tờ gấp, tờ rơi", "Ghi chú"]


def context(path: Path) -> AppContext:
    db = open_database(str(path), create=True)
    setup.prepare(db)
    setup.choose_home_unit(db, "308")
    return AppContext(db, user_name="bench")


def handtyped(ctx: AppContext, path: Path, rows: int, seed: int = 1,
              unique_titles: bool = False, constant_memory: bool = False) -> Path:
    """A hand-typed outreach sheet of `rows` rows (xlsxwriter in its default mode writes
    shared strings, as Excel does). Titles are an office's usual ones, some with the place
    (a few hundred distinct texts); `unique_titles` makes every title different (the worst
    case for the per-value checks)."""
    import xlsxwriter

    from desktop.domain.catalogues import KIND_BY_KEY
    from desktop.services.demo_data import TITLES

    rng = random.Random(seed)
    home = ctx.home_unit()
    assert home is not None
    labels = {k: [vi for _, vi, _ in KIND_BY_KEY[k].values]
              for k in ("outreach_form", "topic", "organiser", "audience")}
    start = date(2024, 1, 1)
    communes = [u.name for u in ctx.units.scope(home, start)]
    book = xlsxwriter.Workbook(str(path), {"constant_memory": constant_memory})
    ws = book.add_worksheet("Tuyên truyền")
    fmt = book.add_format({"num_format": "dd/mm/yyyy"})
    ws.write_row(0, 0, ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN NĂM 2024"])
    ws.write_row(2, 0, HANDTYPED_HEADERS)
    for i in range(rows):
        r = i + 3
        people = rng.randint(20, 400)
        ws.write_datetime(r, 0, start + timedelta(days=rng.randint(0, 330)), fmt)
        ws.write_row(r, 1, [
            rng.choice(communes), rng.choice(labels["outreach_form"]),
            f"Tuyên truyền phòng, chống mại dâm tại tổ dân phố số {i + 1}" if unique_titles
            else rng.choice(TITLES) + ("" if rng.random() < 0.5
                                       else f" tại tổ dân phố số {rng.randint(1, 40)}"),
            rng.choice(("Nhà văn hóa", "Hội trường UBND", "Trường THCS", "Chợ")),
            "; ".join(rng.sample(labels["topic"][:-1], rng.randint(1, 2))),
            rng.choice(labels["organiser"]),
            "; ".join(rng.sample(labels["audience"][:-1], rng.randint(1, 2))),
            people, rng.randint(0, people), rng.randint(0, 100), rng.randint(0, 300),
            "" if rng.random() < 0.8 else "Phối hợp với Hội Phụ nữ"])
    book.close()
    return path


def floor(path: Path, work: Path) -> tuple[float, float]:
    """(the floor's whole time, the part of it that reads the sheets with calamine)."""
    from python_calamine import CalamineWorkbook

    target = work / "floor.sqlite"
    target.unlink(missing_ok=True)
    start = time.perf_counter()
    book = CalamineWorkbook.from_path(str(path))
    reading = time.perf_counter() - start  # opening the workbook, then each sheet's cells
    con = sqlite3.connect(target)
    with con:
        for name in book.sheet_names:
            began = time.perf_counter()
            rows = book.get_sheet_by_name(name).to_python()
            reading += time.perf_counter() - began
            if len(rows) < 2:
                continue
            width = max(len(r) for r in rows)
            con.execute(f"CREATE TABLE t{abs(hash(name))} ({', '.join(f'c{i}' for i in range(width))})")
            data = [[str(c) if hasattr(c, "isoformat") else c for c in r] + [None] * (width - len(r))
                    for r in rows[1:]]
            con.executemany(f"INSERT INTO t{abs(hash(name))} VALUES ({', '.join('?' * width)})",
                            data)
    con.close()
    return time.perf_counter() - start, reading


def required_writes(work: Path) -> float:
    """The rows PCMD's import wrote (records, and the import's audit entries), inserted again
    by sqlite3 executemany from tuples made beforehand into a copy of the empty database, with
    the program's pragmas: what the database must do for an import, before any reading or
    checking."""
    source = sqlite3.connect(work / "target.sqlite")
    source.execute("ATTACH DATABASE ? AS empty", (str(work / "empty.sqlite"),))
    tables = [t for (t,) in source.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%audit_hash%'")]
    batches = []
    for table in tables:
        if source.execute(f'SELECT count(*) FROM empty."{table}"').fetchone()[0]:
            continue  # reference data (units, catalogues), not written by the import
        cur = source.execute(f'SELECT * FROM "{table}"')
        names = [d[0] for d in cur.description]
        batches.append((table, names, cur.fetchall()))
    audit = "at, user_name, action, record_type, record_id, unit_code, changes, prev_hash, " \
            "entry_hash"
    cur = source.execute(f"SELECT {audit} FROM audit_log WHERE action = 'import'")
    batches.append(("audit_log", audit.split(", "), cur.fetchall()))
    source.close()
    target = work / "writes.sqlite"
    for old in work.glob("writes.sqlite*"):
        old.unlink()
    shutil.copy(work / "empty.sqlite", target)
    con = sqlite3.connect(target, isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=NORMAL",
                   "cache_size=-32768"):
        con.execute(f"PRAGMA {pragma}")
    start = time.perf_counter()
    con.execute("BEGIN")
    for table, names, rows in batches:
        if rows:
            con.executemany(f'INSERT INTO "{table}" ({", ".join(names)}) VALUES '
                            f'({", ".join("?" * len(names))})', rows)
    con.execute("COMMIT")
    took = time.perf_counter() - start
    con.close()
    return took


def required_hashes(work: Path) -> float:
    """The hashing the design requires of an import, timed on the rows PCMD's import wrote,
    by PCMD's own functions: the content id of each hand-typed row (a re-import finds the same
    records), the SHA-256 chain of the import's audit entries, and each record's audit hash
    over its state (docs/audit-trail.md)."""
    from sqlalchemy import select

    from desktop.db import models as m
    from desktop.db.audit_chain import ENTRY_FIELDS, entry_hashes, row_hashes, tracked_tables
    from desktop.exchange.fast_text import content_ids
    from desktop.exchange.row_parser import ID_NAMESPACE
    from desktop.services.record_specs import SPECS

    db = open_database(str(work / "target.sqlite"))
    a = m.AuditEntry.__table__
    with db.read_session() as session:
        entries = session.execute(select(*[a.c[f] for f in ENTRY_FIELDS], a.c.prev_hash)
                                  .where(a.c.action == "import").order_by(a.c.id)).all()
        kinds = sorted({e.record_type for e in entries})
        tables = {k: [dict(r._mapping) for r in session.execute(
            select(tracked_tables()[k].table))] for k in kinds}
    db.close()
    owner = entries[0].unit_code if entries else ""
    took = 0.0
    for kind, rows in tables.items():  # the inputs made first, as the import has them
        spec = SPECS[kind]
        unique = spec.unique or tuple(f.name for f in spec.fields)
        mine = [e for e in entries if e.record_type == kind]
        entry_columns = {f: [getattr(e, f) for e in mine] for f in ENTRY_FIELDS}
        order = {e.record_id: i for i, e in enumerate(mine)}
        rows.sort(key=lambda r: order[r["id"]])
        # one object per distinct value, as the values come from the reader's cells
        columns = {n: [shared.setdefault(v, v) for v in (r[n] for r in rows)]
                   for n, shared in ((n, {}) for n in rows[0])}
        names = [f.name for f in spec.fields]  # each row's values, as the parser gives them
        rows = [dict(zip(names, t, strict=True))
                for t in zip(*[columns[n] for n in names], strict=True)]
        tracked = tracked_tables()[kind]
        start = time.perf_counter()
        ids = content_ids(ID_NAMESPACE, kind, owner, unique, rows)
        _, hashes = entry_hashes(mine[0].prev_hash, entry_columns)
        audit_hashes = row_hashes(hashes, tracked.states(columns, len(rows)))
        took += time.perf_counter() - start
        if ids != columns["id"] or audit_hashes != columns["audit_hash"]:
            raise SystemExit("the hashes made again differ from the import's: not its work")
    return took


def ours(book: Path, empty: Path, work: Path, unit: str | None) -> tuple[float, int, int]:
    from desktop.exchange.batch import import_files

    target = work / "target.sqlite"
    for old in work.glob("target.sqlite*"):
        old.unlink()
    shutil.copy(empty, target)
    ctx = AppContext(open_database(str(target)), user_name="bench")
    start = time.perf_counter()
    summary = import_files(ctx, [book], unit_code=unit)
    took = time.perf_counter() - start
    rows = sum(c["rows"] for c in summary.files[0].sheets.values())
    if summary.exit_code:
        for e in summary.files[0].errors[:5]:
            print(e.as_json(), file=sys.stderr)
    return took, rows, summary.exit_code


def child(args: argparse.Namespace) -> None:
    book, work = Path(args.book), Path(args.work)
    if args.child == "floor":
        took, reading = floor(book, work)
        print(took, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, reading)
    elif args.child == "writes":
        print(required_writes(work))
    elif args.child == "hashes":
        print(required_hashes(work))
    else:
        took, rows, code = ours(book, work / "empty.sqlite", work, args.unit)
        print(took, rows, code, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def timed(kind: str, book: Path, work: Path, unit: str | None) -> list[str]:
    cmd = [sys.executable, __file__, "--child", kind, "--book", str(book), "--work", str(work)]
    if unit:
        cmd += ["--unit", unit]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return out.stdout.split()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--case", choices=("handtyped", "export", "fullsheet"), default="handtyped")
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--db", help="export this database instead of making demo data")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--child", choices=("ours", "floor", "writes", "hashes"))
    ap.add_argument("--book")
    ap.add_argument("--work")
    ap.add_argument("--unit")
    ap.add_argument("--unique-titles", action="store_true",
                    help="every title different (the worst case of the hand-typed sheet)")
    args = ap.parse_args()
    if args.child:
        child(args)
        return
    from desktop.exchange.exporter import export_workbook
    from desktop.services import demo_data

    work = Path(tempfile.mkdtemp(prefix="pcmd-bench-"))
    context(work / "empty.sqlite").db.close()
    unit = None
    if args.case in ("handtyped", "fullsheet"):
        src = context(work / "src.sqlite")
        full = args.case == "fullsheet"
        book = handtyped(src, work / "handtyped.xlsx", 1_048_576 - 3 if full else args.records,
                         unique_titles=args.unique_titles, constant_memory=full)
        unit = "308"
    else:
        src = (AppContext(open_database(args.db), user_name="bench") if args.db
               else context(work / "src.sqlite"))
        if not args.db:
            demo_data.generate(src, args.records, seed=1)
        book = work / "export.xlsx"
        export_workbook(src, book, date(2016, 1, 1), date(2030, 12, 31))
    src.db.close()
    mine, base, peak, floor_peak, reads, writes, hashing = [], [], [], [], [], [], []
    rows = code = 0
    for _ in range(args.repeat):
        took, rows, code, rss = timed("ours", book, work, unit)
        mine.append(float(took))
        peak.append(int(rss))
        writes.append(float(timed("writes", book, work, unit)[0]))
        hashing.append(float(timed("hashes", book, work, unit)[0]))
        took, rss, reading = timed("floor", book, work, unit)
        base.append(float(took))
        floor_peak.append(int(rss))
        reads.append(float(reading))
    print(f"case: {args.case}, file {book.stat().st_size / 1e6:.1f} MB")
    print(f"rows imported: {rows} (exit code {code})")
    print(f"pcmd import:   best {min(mine):.2f} s of {', '.join(f'{t:.2f}' for t in mine)}; "
          f"peak memory {min(peak) / 1024:.0f} MB")
    print(f"floor (calamine read + sqlite3 executemany): best {min(base):.2f} s of "
          f"{', '.join(f'{t:.2f}' for t in base)}; peak memory {min(floor_peak) / 1024:.0f} MB")
    goal = " (goal <= 2.0)" if args.case == "handtyped" else ""
    print(f"ratio: {min(mine) / min(base):.2f}{goal}")
    least = min(reads) + min(writes)
    print(f"the floor's reading ({min(reads):.2f} s) + the rows PCMD must write, records and "
          f"their audit entries, by executemany ({min(writes):.2f} s): {least:.2f} s, ratio "
          f"{least / min(base):.2f} before any header matching or checking")
    least += min(hashing)
    print(f"... + the hashing it requires, content ids, the audit chain and the records' audit "
          f"hashes ({min(hashing):.2f} s): {least:.2f} s, ratio {least / min(base):.2f}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
