"""Export speed: an exchange workbook of demo data (or of the database --db), against a
floor measured in the same run: xlsxwriter in constant-memory mode writing the same cells
(same values, same date formats). Goal: ratio <= 1.0. Best of --repeat for both.

    python benchmarks/bench_export.py [--records 100000] [--repeat 3]
    python benchmarks/bench_export.py --db /tmp/ex-1m.sqlite --repeat 1   # 1,000,000 records
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

import xlsxwriter
from bench_import import context  # noqa: E402  (same folder)
from python_calamine import CalamineWorkbook

from desktop.exchange.exporter import export_workbook
from desktop.services import demo_data


def floor(cells: dict[str, list[list[object]]], out: Path) -> float:
    start = time.perf_counter()
    book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    fmt = book.add_format({"num_format": "dd/mm/yyyy"})
    fmt_dt = book.add_format({"num_format": "dd/mm/yyyy hh:mm:ss.000"})
    for name, rows in cells.items():
        ws = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is None:
                    continue
                if isinstance(v, datetime):
                    ws.write_datetime(r, c, v, fmt_dt)
                elif isinstance(v, date):
                    ws.write_datetime(r, c, v, fmt)
                else:
                    ws.write(r, c, v)
    book.close()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--db", help="export this database instead of making demo data")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pcmd-bench-"))
    if args.db:
        from desktop.db.database import open_database
        from desktop.services.context import AppContext

        ctx = AppContext(open_database(args.db), user_name="bench")
    else:
        ctx = context(work / "src.sqlite")
        demo_data.generate(ctx, args.records, seed=1)
    out = work / "export.xlsx"
    mine = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        result = export_workbook(ctx, out, date(2016, 1, 1), date(2030, 12, 31))
        mine.append(time.perf_counter() - t0)
    book = CalamineWorkbook.from_path(str(out))
    cells = {n: book.get_sheet_by_name(n).to_python() for n in book.sheet_names}
    base = [floor(cells, work / "floor.xlsx") for _ in range(args.repeat)]
    print(f"rows exported: {sum(result.counts.values())}")
    print(f"pcmd export:   best {min(mine):.2f} s of {', '.join(f'{t:.2f}' for t in mine)}")
    print(f"floor (xlsxwriter constant-memory, same cells): best {min(base):.2f} s of "
          f"{', '.join(f'{t:.2f}' for t in base)}")
    print(f"ratio: {min(mine) / min(base):.2f} (goal <= 1.0)")


if __name__ == "__main__":
    main()
