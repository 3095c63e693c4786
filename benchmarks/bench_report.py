"""`pcmd report monthly --period 2024 --unit 31 --format json` (process start included) over
demo databases of 100,000 and 1,000,000 records, against a floor measured in the same run:
the same figures computed by hand-written SQL through `sqlite3` in this process (one scan
and grouping per table, windowed CASE sums, the unit list), plus the time of
`python -c "import sqlalchemy"` (the start no program of ours can avoid). Goal: report ≤ 1.5 ×
floor at 1,000,000 records. Runs alternate between report and floor; the best of N of each
is kept, since the shared machine's load only ever adds time.

Usage: python benchmarks/bench_report.py [--work DIR] [--sizes 100000 1000000] [--runs N]
The databases are made once in DIR (pcmd init --unit 31; pcmd demo-data) and reused.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

PCMD = [sys.executable, "-m", "desktop"]
# the report's windows for --period 2024: the year and 2023
# (for a year "since 1 January" is the period itself: summed once, as the report does)
WINDOWS = (("2024-01-01", "2024-12-31"), ("2023-01-01", "2023-12-31"))
LO, HI = "2023-01-01", "2024-12-31"
PROGRAMME = ("2021-01-01", "2021-01-01")  # programme start of each window's end


def _dated(col: str, exprs: list[str]) -> str:
    return ", ".join(f"SUM(CASE WHEN {col} BETWEEN '{a}' AND '{b}' THEN {e} ELSE 0 END)"
                     for e in exprs for a, b in WINDOWS)


def _active(start: str, end: str, flag: str, exprs: list[str]) -> str:
    out = []
    for e in exprs:
        for a, b in WINDOWS:
            cond = (f"({start} IS NULL OR {start} <= '{b}') AND ({end} IS NULL OR {end} >= '{a}')"
                    + (f" AND ({flag} OR {end} IS NOT NULL)" if flag else ""))
            out.append(f"SUM(CASE WHEN {cond} THEN {e} ELSE 0 END)")
    return ", ".join(out)


def _officers() -> str:
    """Officers on the roster and those trained in the programme period, per window: the
    attendance flags are computed once per officer and joined."""
    flags = ", ".join(f"MAX(CASE WHEN c.date_from BETWEEN '{p}' AND '{b}' THEN 1 ELSE 0 END) "
                      f"AS t{i}" for i, (p, (_a, b)) in enumerate(zip(PROGRAMME, WINDOWS,
                                                                        strict=True)))
    cols = []
    for i, (a, b) in enumerate(WINDOWS):
        active = (f"(o.started_on IS NULL OR o.started_on <= '{b}') AND (o.ended_on IS NULL OR "
                  f"o.ended_on >= '{a}') AND (o.active OR o.ended_on IS NOT NULL)")
        cols += [f"SUM(CASE WHEN {active} THEN 1 ELSE 0 END)",
                 f"SUM(CASE WHEN {active} AND t.t{i} = 1 THEN 1 ELSE 0 END)"]
    return (f"SELECT o.unit_id, o.owner_id, {', '.join(cols)} FROM officers o LEFT JOIN "
            f"(SELECT a.officer_id, {flags} FROM attendance a JOIN training_classes c ON "
            "c.id = a.class_id WHERE a.deleted_at IS NULL AND c.deleted_at IS NULL AND "
            f"c.date_from BETWEEN '{min(PROGRAMME)}' AND '{HI}' GROUP BY a.officer_id) t ON "
            "t.officer_id = o.id WHERE o.deleted_at IS NULL GROUP BY o.unit_id, o.owner_id")


def hand_queries() -> list[str]:
    live = "deleted_at IS NULL"
    return [
        "SELECT id, code, name, level, parent_id, valid_from, valid_to FROM units",
        "SELECT old_unit_id, new_unit_id, whole, effective, position FROM unit_mappings",
        "SELECT kind, code, label_vi, label_en, active FROM catalogue_items",
        "SELECT unit_id, owner_id, " + _dated("date", [
            "1", "participants", "COALESCE(women, 0)", "documents", "leaflets",
            "COALESCE(workers, 0)", "COALESCE(students, 0)"])
        + f" FROM outreach_sessions WHERE {live} AND date BETWEEN '{LO}' AND '{HI}'"
        " GROUP BY unit_id, owner_id",
        "SELECT unit_id, owner_id, " + _dated("date_from", ["1", "trainees", "documents"])
        + f" FROM training_classes WHERE {live} AND date_from BETWEEN '{LO}' AND '{HI}'"
        " GROUP BY unit_id, owner_id",
        "SELECT owner_id, kind, " + _dated("date", ["quantity"])
        + f" FROM media_items WHERE {live} AND date BETWEEN '{LO}' AND '{HI}'"
        " GROUP BY owner_id, kind",
        "SELECT unit_id, owner_id, " + _dated("month", ["people", "reintegrated"])
        + f" FROM support_figures WHERE {live} AND month BETWEEN '{LO}' AND '{HI}'"
        " GROUP BY unit_id, owner_id",
        _officers(),
        "SELECT unit_id, owner_id, " + _active("opened_on", "closed_on", "status != 'dong_cua'",
                                               ["1", "COALESCE(workers, 0)"])
        + f" FROM establishments WHERE {live} GROUP BY unit_id, owner_id",
        "SELECT unit_id, owner_id, type, " + _active(
            "opened_on", "closed_on", "status != 'dong_cua'", ["1"])
        + f" FROM establishments WHERE {live} GROUP BY unit_id, owner_id, type",
        "SELECT id, unit_id, owner_id FROM establishments",
        "SELECT establishment_id, owner_id, " + _dated("date", [
            "1", "CASE WHEN planned THEN 1 ELSE 0 END", "CASE WHEN planned THEN 0 ELSE 1 END",
            "fine_vnd", "buyers", "sellers", "criminal_cases",
            "CASE WHEN violation THEN 1 ELSE 0 END"])
        + f" FROM inspections WHERE {live} AND date BETWEEN '{LO}' AND '{HI}'"
        " GROUP BY establishment_id, owner_id",
        "SELECT unit_id, owner_id, " + _active("detected_on", "cleared_on", "", [
            "1", f"CASE WHEN cleared_on IS NULL OR cleared_on > '{HI}' THEN 1 ELSE 0 END"])
        + f" FROM hotspots WHERE {live} GROUP BY unit_id, owner_id",
        "SELECT unit_id, owner_id, " + _dated("date", [
            "1", "CASE WHEN kind = 'duong_day' THEN 1 ELSE 0 END", "suspects", "brokers"])
        + f" FROM cases WHERE {live} AND date BETWEEN '{LO}' AND '{HI}'"
        " GROUP BY unit_id, owner_id",
        "SELECT unit_id, owner_id, " + _dated("trial_date", ["1"])
        + f" FROM cases WHERE {live} AND trial_date BETWEEN '{LO}' AND '{HI}'"
        " GROUP BY unit_id, owner_id",
        "SELECT unit_id, owner_id, " + _dated("received_on", [
            "1", f"CASE WHEN handled_on IS NOT NULL AND handled_on <= '{HI}' THEN 1 ELSE 0 END"])
        + f" FROM denunciations WHERE {live} AND received_on BETWEEN '{LO}' AND '{HI}'"
        " GROUP BY unit_id, owner_id",
        "SELECT unit_id, owner_id, month, SUM(recorded), SUM(COALESCE(women, 0)), "
        "SUM(COALESCE(minors, 0)), SUM(COALESCE(estimated, 0)) FROM people_figures "
        f"WHERE {live} AND month BETWEEN '{LO}' AND '{HI}' GROUP BY unit_id, owner_id, month",
        "SELECT unit_id, owner_id, " + _active("date_from", "date_to", "", ["1"])
        + f" FROM prevention_models WHERE {live} GROUP BY unit_id, owner_id",
        "SELECT year, indicator, value, unit_id, owner_id FROM plan_targets WHERE "
        f"{live} AND year BETWEEN 2023 AND 2024 ORDER BY updated_at DESC",
        "SELECT DISTINCT unit_code FROM exchange_log WHERE direction = 'import'",
    ]


def hand_sql(db: Path) -> float:
    start = time.perf_counter()
    con = sqlite3.connect(db)
    for sql in hand_queries():
        con.execute(sql).fetchall()
    con.close()
    return time.perf_counter() - start


def run(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def make_db(work: Path, records: int) -> Path:
    db = work / f"demo-{records}.sqlite"
    if not db.exists():
        partial = db.with_suffix(".partial")
        for leftover in work.glob(partial.name + "*"):
            leftover.unlink()
        subprocess.run([*PCMD, "init", "--unit", "31", "--db", str(partial)], check=True,
                       stdout=subprocess.DEVNULL)
        subprocess.run([*PCMD, "demo-data", "--records", str(records), "--db", str(partial)],
                       check=True, stdout=subprocess.DEVNULL)
        partial.rename(db)
    return db


def measure(db: Path, runs: int) -> tuple[float, float, float]:
    report_cmd = [*PCMD, "report", "monthly", "--period", "2024", "--unit", "31",
                  "--format", "json", "--db", str(db)]
    run(report_cmd)  # warm the file cache for both sides alike
    hand_sql(db)
    report, sql, start = [], [], []
    for _ in range(runs):
        report.append(run(report_cmd))
        start.append(run([sys.executable, "-c", "import sqlalchemy"]))
        sql.append(hand_sql(db))
    return min(report), min(sql), min(start)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"),
                                                       "pcmd-bench-report"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    results = {}
    print(f"best of {args.runs} runs; floor = hand-written SQL + python -c 'import sqlalchemy'")
    print(f"{'records':>10} {'report':>9} {'SQL':>8} {'import':>8} {'floor':>8} {'ratio':>6}")
    for size in args.sizes:
        db = make_db(work, size)
        report, sql, start = measure(db, args.runs)
        results[size] = (report, sql)
        floor = sql + start
        print(f"{size:>10,} {report:>8.3f}s {sql:>7.3f}s {start:>7.3f}s {floor:>7.3f}s "
              f"{report / floor:>6.2f}")
    sizes = sorted(results)
    for small, big in zip(sizes, sizes[1:], strict=False):
        (r1, s1), (r2, s2) = results[small], results[big]
        print(f"{small:,} -> {big:,} records (x{big / small:.0f}): report x{r2 / r1:.2f}, "
              f"hand SQL x{s2 / s1:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
