"""`pcmd report year-end --period YEAR --unit 31` over a demo database of 1,000,000 records:
docx and pdf against the JSON of the same report (process start included), best of N runs
each, alternating; then, in this process, what costs what: the engine (the figures), the
narrative document (sentences and blocks), the Word writer, the PDF painter, and the Excel
form. The ratios docx/json and pdf/json say what the documents add to the figures.

Usage: python benchmarks/bench_year_end.py [--db FILE] [--records N] [--period 2025] [--runs N]
The database is made once (pcmd init --unit 31; pcmd demo-data --records N) and reused.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

PCMD = [sys.executable, "-m", "desktop"]


def _make(db: Path, records: int) -> None:
    if db.exists():
        return
    print(f"making {db} with {records:,} records (once; minutes)…", flush=True)
    subprocess.run([*PCMD, "init", "--unit", "31", "--db", str(db)], check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run([*PCMD, "demo-data", "--records", str(records), "--db", str(db)],
                   check=True, stdout=subprocess.DEVNULL)


def _cli(db: Path, period: str, fmt: str, out: Path) -> float:
    t = time.perf_counter()
    subprocess.run([*PCMD, "report", "year-end", "--period", period, "--unit", "31", "--format",
                    fmt, "--out", str(out), "--db", str(db), "--lang", "vi"], check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def _parts(db: Path, period: str, tmp: Path) -> dict[str, float]:
    """In one process: each step of the docx/pdf/xlsx after the engine."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.db.database import open_database
    from desktop.domain.periods import parse_period
    from desktop.i18n import set_language
    from desktop.reports.document import report_info
    from desktop.reports.docx_writer import write_docx
    from desktop.reports.engine import build_report
    from desktop.reports.excel import write_doc_xlsx
    from desktop.reports.pdf_layout import ensure_gui_app, write_doc_pdf
    from desktop.reports.year_end import build_form, build_year_end
    from desktop.services.context import AppContext

    set_language("vi")
    ensure_gui_app()
    out: dict[str, float] = {}
    database = open_database(str(db))
    ctx = AppContext(database)
    t = time.perf_counter()
    city = ctx.units.code_on("31", date.today()) or ctx.units.latest("31")
    report = build_report(database, ctx.units, city, parse_period(period))
    out["engine (figures)"] = time.perf_counter() - t
    info = report_info(database, ctx.units, report)
    database.close()
    t = time.perf_counter()
    doc = build_year_end(report, info.issuer, info.details, date.today())
    out["narrative (sentences, blocks)"] = time.perf_counter() - t
    t = time.perf_counter()
    write_docx(doc, tmp / "p.docx")
    out["Word writer"] = time.perf_counter() - t
    t = time.perf_counter()
    pages = write_doc_pdf(doc, str(tmp / "p.pdf")).pages
    out[f"PDF painter ({pages} pages)"] = time.perf_counter() - t
    t = time.perf_counter()
    write_doc_xlsx(build_form(report, info.issuer, info.details, date.today()), str(tmp / "p.xlsx"))
    out["Excel form"] = time.perf_counter() - t
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/tmp/rep-1m.sqlite")
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--period", default=str(date.today().year - 1))
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    db = Path(a.db)
    _make(db, a.records)
    best = {"json": float("inf"), "docx": float("inf"), "pdf": float("inf")}
    with tempfile.TemporaryDirectory(prefix="pcmd-bench-") as tmp:
        for _ in range(a.runs):
            for fmt in best:
                best[fmt] = min(best[fmt], _cli(db, a.period, fmt, Path(tmp) / f"r.{fmt}"))
        print(f"pcmd report year-end --period {a.period} --unit 31 over {db.name} "
              f"(best of {a.runs}, process start included)")
        for fmt, secs in best.items():
            ratio = secs / best["json"]
            print(f"  {fmt:5} {secs:7.2f} s   {ratio:5.2f} × json")
        print("what costs what (one process, after start-up):")
        for name, secs in _parts(db, a.period, Path(tmp)).items():
            print(f"  {name:32} {secs:7.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
