"""Foundation figures: `pcmd --version` process start and `pcmd demo-data --records 100000`.

Run: python benchmarks/bench_foundation.py [--records N] [--repeat K]
Prints figures; asserts nothing (speed goals are read, not timed in tests).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pcmd = [sys.executable, "-m", "desktop"]
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PCMD_DATA_DIR": tmp}
        version = [timed([*pcmd, "--version"], env) for _ in range(10)]
        print(f"pcmd --version: median {statistics.median(version) * 1000:.0f} ms "
              f"(min {min(version) * 1000:.0f} ms, 10 runs)")
        demo = []
        for i in range(args.repeat):
            db = str(Path(tmp) / f"bench{i}.sqlite")
            subprocess.run([*pcmd, "init", "--unit", "308", "--db", db], check=True, env=env,
                           stdout=subprocess.DEVNULL)
            demo.append(timed([*pcmd, "demo-data", "--records", str(args.records), "--db", db],
                              env))
        print(f"pcmd demo-data --records {args.records}: median {statistics.median(demo):.2f} s "
              f"(min {min(demo):.2f} s, {args.repeat} runs; goal: well under 60 s)")
        print(f"ratio demo-data / 60 s budget: {statistics.median(demo) / 60:.3f}")


if __name__ == "__main__":
    main()
