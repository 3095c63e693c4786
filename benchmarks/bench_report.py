"""Times `pcmd report monthly --period 2024 --format json` on a 100,000-record demo database
(process start included) against `pcmd --version` (the bare start), and prints both and the
ratio. Medians of several runs; the machine's load shows in the figures.

Usage: python benchmarks/bench_report.py [--db FILE] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def timed(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="an existing demo database (else one is made)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    pcmd = [sys.executable, "-m", "desktop"]
    db = args.db
    if not db:
        db = os.path.join(tempfile.mkdtemp(prefix="pcmd-bench-"), "bench.sqlite")
        subprocess.run([*pcmd, "init", "--unit", "308", "--db", db], check=True,
                       stdout=subprocess.DEVNULL)
        subprocess.run([*pcmd, "demo-data", "--records", "100000", "--db", db], check=True,
                       stdout=subprocess.DEVNULL)
    version = timed([*pcmd, "--version"], args.runs)
    report = timed([*pcmd, "report", "monthly", "--period", "2024", "--format", "json",
                    "--db", db], args.runs)
    print(f"pcmd --version:                         {version:.3f} s (median of {args.runs})")
    print(f"pcmd report monthly --period 2024 json: {report:.3f} s (median of {args.runs})")
    print(f"ratio report / version:                 {report / version:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
