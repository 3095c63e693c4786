"""A larger fuzz run: variants of the workbooks in tests/data/fuzz (a PCMD export and a report
form as .xlsx, .xls and .ods), each imported into an empty database by a worker process.
Prints files tried, crashes, hangs, unexpected errors and partial imports (all must be 0);
the variants that failed are kept for study.

    python benchmarks/bench_fuzz.py [--files 2000] [--minutes 30] [--seed 1] [--keep DIR]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from desktop.db.database import open_database
from desktop.exchange.fuzz import fuzz
from desktop.services import setup

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "data" / "fuzz"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--minutes", type=float, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "pcmd-fuzz-kept")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pcmd-bench-fuzz-"))
    template = work / "empty.sqlite"
    db = open_database(str(template), create=True)
    setup.prepare(db)
    setup.choose_home_unit(db, "308")
    db.close()
    start = time.perf_counter()
    tally = fuzz(sorted(SEEDS.iterdir()), template, files=args.files,
                 seconds=args.minutes * 60, seed=args.seed, keep=args.keep)
    took = time.perf_counter() - start
    print(tally.line())
    print(f"{took:.0f} s, {tally.files / took:.1f} files/s")
    for f in tally.failures[:20]:
        print("  ", f)
    if tally.failures:
        print(f"failed variants kept in {args.keep}")


if __name__ == "__main__":
    main()
