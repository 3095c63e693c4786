"""Export speed: a 100,000-row exchange workbook from demo data, against a floor measured in
the same run: xlsxwriter in constant-memory mode writing the same cells (same values, same
date formats) with worksheet.write_row. Goal: ratio <= 1.0.

    python benchmarks/bench_export.py [--records 100000]
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
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pcmd-bench-"))
    ctx = context(work / "src.sqlite")
    demo_data.generate(ctx, args.records, seed=1)
    out = work / "export.xlsx"
    t0 = time.perf_counter()
    result = export_workbook(ctx, out, date(2016, 1, 1), date(2030, 12, 31))
    ours = time.perf_counter() - t0
    book = CalamineWorkbook.from_path(str(out))
    cells = {n: book.get_sheet_by_name(n).to_python() for n in book.sheet_names}
    base = floor(cells, work / "floor.xlsx")
    print(f"rows exported: {sum(result.counts.values())}")
    print(f"pcmd export:   {ours:.2f} s")
    print(f"floor (xlsxwriter constant-memory, same cells): {base:.2f} s")
    print(f"ratio: {ours / base:.2f} (goal <= 1.0)")


if __name__ == "__main__":
    main()
