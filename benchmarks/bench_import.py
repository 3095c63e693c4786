"""Import speed: a 100,000-row workbook (a demo-data export) into an empty database, against a
floor measured in the same run: python-calamine reading the same file plus sqlite3
executemany of the same rows into a fresh table in one transaction. Goal: ratio <= 2.0.

    python benchmarks/bench_import.py [--records 100000]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from desktop.db.database import open_database
from desktop.exchange.batch import import_files
from desktop.exchange.exporter import export_workbook
from desktop.services import demo_data, setup
from desktop.services.context import AppContext


def context(path: Path) -> AppContext:
    db = open_database(str(path), create=True)
    setup.prepare(db)
    setup.choose_home_unit(db, "308")
    return AppContext(db, user_name="bench")


def floor(path: Path, work: Path) -> float:
    from python_calamine import CalamineWorkbook

    start = time.perf_counter()
    book = CalamineWorkbook.from_path(str(path))
    con = sqlite3.connect(work / "floor.sqlite")
    with con:
        for name in book.sheet_names:
            rows = book.get_sheet_by_name(name).to_python()
            if len(rows) < 2:
                continue
            width = max(len(r) for r in rows)
            con.execute(f"CREATE TABLE t{abs(hash(name))} ({', '.join(f'c{i}' for i in range(width))})")
            data = [[str(c) if hasattr(c, "isoformat") else c for c in r] + [None] * (width - len(r))
                    for r in rows[1:]]
            con.executemany(f"INSERT INTO t{abs(hash(name))} VALUES ({', '.join('?' * width)})",
                            data)
    con.close()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=100_000)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pcmd-bench-"))
    src = context(work / "src.sqlite")
    demo_data.generate(src, args.records, seed=1)
    book = work / "export.xlsx"
    export_workbook(src, book, date(2016, 1, 1), date(2030, 12, 31))
    target = context(work / "target.sqlite")
    t0 = time.perf_counter()
    summary = import_files(target, [book])
    ours = time.perf_counter() - t0
    rows = sum(c["rows"] for c in summary.files[0].sheets.values())
    base = floor(book, work)
    print(f"rows imported: {rows} (exit code {summary.exit_code})")
    print(f"pcmd import:   {ours:.2f} s")
    print(f"floor (calamine read + sqlite3 executemany): {base:.2f} s")
    print(f"ratio: {ours / base:.2f} (goal <= 2.0)")


if __name__ == "__main__":
    main()
