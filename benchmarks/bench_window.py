"""Start-up time of the main window and accent-insensitive search over the lists.

Prints figures, asserts nothing. Usage:

    pcmd init --unit 308 --db /tmp/b.sqlite && pcmd demo-data --records 100000 --db /tmp/b.sqlite
    python benchmarks/bench_window.py /tmp/b.sqlite

1. Start-up: wall time from launching ``python -c`` until the main window's first frame is
   rendered (the child grabs the window, then reports), against a bare PySide6 QMainWindow
   with the same five empty tabs. Goal: ratio <= 2.
2. Search: the time for a list model to apply the search "do son" (count + first page) over
   the outreach sessions, and over every list of the window (about 100,000 rows in all).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

RUNS = 3

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
app = QApplication([])
w = QMainWindow()
tabs = QTabWidget()
for name in ("Tuyên truyền", "Tập huấn", "Kiểm tra", "Hỗ trợ", "Báo cáo"):
    tabs.addTab(QWidget(), name)
w.setCentralWidget(tabs)
w.resize(1366, 768)
w.show()
app.processEvents()
w.grab()
print("READY", flush=True)
"""

PCMD = """
import sys
from desktop.ui.app import make_application
from desktop.db.database import open_database
from desktop.services.context import AppContext
app = make_application("vi")
from desktop.ui.main_window import MainWindow
ctx = AppContext(open_database(sys.argv[1]))
w = MainWindow(ctx)
w.resize(1366, 768)
w.show()
app.processEvents()
w.grab()
print("READY", flush=True)
"""


def time_child(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit(f"child failed (exit {proc.wait()})")
    proc.wait()
    return elapsed


def bench_startup(db: str) -> None:
    bare = statistics.median(time_child(BARE) for _ in range(RUNS))
    pcmd = statistics.median(time_child(PCMD, db) for _ in range(RUNS))
    print(f"start-up, bare QMainWindow with 5 tabs: {bare:.2f} s (median of {RUNS})")
    print(f"start-up, PCMD main window:             {pcmd:.2f} s (median of {RUNS})")
    print(f"ratio: {pcmd / bare:.2f} (goal <= 2)")


def bench_search(db: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.db.database import open_database
    from desktop.services.context import AppContext
    from desktop.services.records import Filters
    from desktop.ui.inspections_tab import ESTABLISHMENT_COLUMNS, INSPECTION_COLUMNS
    from desktop.ui.outreach_tab import MEDIA_COLUMNS, SESSION_COLUMNS
    from desktop.ui.support_tab import SUPPORT_COLUMNS
    from desktop.ui.table_models import RecordTableModel
    from desktop.ui.training_tab import ATTENDANCE_COLUMNS, CLASS_COLUMNS, OFFICER_COLUMNS

    QApplication.instance() or QApplication([])
    ctx = AppContext(open_database(db))
    lists = [("outreach", SESSION_COLUMNS), ("media", MEDIA_COLUMNS),
             ("training", CLASS_COLUMNS), ("officers", OFFICER_COLUMNS),
             ("attendance", ATTENDANCE_COLUMNS), ("establishments", ESTABLISHMENT_COLUMNS),
             ("inspections", INSPECTION_COLUMNS), ("support", SUPPORT_COLUMNS)]
    models = [RecordTableModel(ctx, kind, cols) for kind, cols in lists]
    rows = sum(m.rowCount() for m in models)
    outreach = models[0]

    def search(model: RecordTableModel, text: str) -> float:
        start = time.perf_counter()
        model.set_filters(Filters(search=text))
        for r in range(min(model.rowCount(), 30)):  # what the view shows first
            model.data(model.index(r, 1))
        return time.perf_counter() - start

    total = outreach.rowCount()
    times = [search(outreach, "do son") for _ in range(5)]
    print(f"search 'do son' over {total:,} outreach sessions: "
          f"{statistics.median(times) * 1000:.0f} ms (median of 5), {outreach.rowCount():,} found")
    start = time.perf_counter()
    found = 0
    for model in models:
        search(model, "do son")
        found += model.rowCount()
    print(f"search 'do son' over every list ({rows:,} rows): "
          f"{(time.perf_counter() - start) * 1000:.0f} ms, {found:,} found")
    start = time.perf_counter()
    search(outreach, "")
    outreach.record(total - 1)
    print(f"clear the search and jump to the last of {total:,} rows: "
          f"{(time.perf_counter() - start) * 1000:.0f} ms")
    ctx.db.close()


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    db = sys.argv[1]
    bench_startup(db)
    bench_search(db)


if __name__ == "__main__":
    main()
