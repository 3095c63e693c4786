"""Start-up time of the main window and accent-insensitive search over the lists.

Prints figures, asserts nothing. Usage:

    pcmd init --unit 308 --db /tmp/b.sqlite && pcmd demo-data --records 100000 --db /tmp/b.sqlite
    python benchmarks/bench_window.py /tmp/b.sqlite

1. Start-up, two figures, each the wall time from launching ``python -c`` and compared with a
   bare PySide6 QMainWindow with the same five empty tabs (its first rendered frame):
   a. first frame: the PCMD main window (menus, toolbar, tabs, empty lists) is rendered —
      what ``pcmd`` shows first (desktop.ui.app.show_shell). Goal: ratio <= 2.
   b. filled: the database is open and attached (desktop.ui.app.open_data, as in run_gui)
      and the window is rendered again with the first page of the visible list loaded.
   The child grabs the window (forces the paint) before it reports each point. One warm-up
   run of each child first (file cache, today's automatic backup in a scratch data folder).
2. Search: the time for a list model to apply the search "do son" (count + first page) over
   the outreach sessions, and over every list of the window (about 100,000 rows in all).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 5  # bare and PCMD runs alternate, so a busy moment hits both alike

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
print("FRAME", flush=True)
"""

PCMD = """
import sys
from desktop.ui.app import open_data, show_shell
app, w = show_shell("vi")
w.resize(1366, 768)
app.processEvents()
w.grab()
print("FRAME", flush=True)
assert open_data(w, sys.argv[1]) is None
panel = w.current_panel()
app.processEvents()
w.grab()  # paints the visible list: loads its first page
assert panel is not None and panel.model is not None and panel.model._pages, "no page loaded"
print("FILLED", flush=True)
"""


def time_child(code: str, *args: str, data_dir: str) -> dict[str, float]:
    """Seconds from launch to each line the child prints (FRAME, FILLED)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false",
               PCMD_DATA_DIR=data_dir)
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    marks: dict[str, float] = {}
    for line in proc.stdout:
        marks[line.strip()] = time.perf_counter() - start
    if proc.wait() != 0 or "FRAME" not in marks:
        raise SystemExit(f"child failed (exit {proc.returncode})")
    return marks


def bench_startup(db: str) -> None:
    with tempfile.TemporaryDirectory(prefix="pcmd-bench-") as data_dir:
        time_child(BARE, data_dir=data_dir)  # warm-up
        time_child(PCMD, db, data_dir=data_dir)
        bare_runs, pcmd_runs = [], []
        for _ in range(RUNS):
            bare_runs.append(time_child(BARE, data_dir=data_dir))
            pcmd_runs.append(time_child(PCMD, db, data_dir=data_dir))
    bare = statistics.median(r["FRAME"] for r in bare_runs)
    frame = statistics.median(r["FRAME"] for r in pcmd_runs)
    filled = statistics.median(r["FILLED"] for r in pcmd_runs)
    print(f"start-up, bare QMainWindow with 5 tabs, first frame: {bare:.2f} s "
          f"(median of {RUNS})")
    print(f"start-up, PCMD main window, first frame:  {frame:.2f} s  "
          f"ratio {frame / bare:.2f} (goal <= 2)")
    print(f"start-up, PCMD main window, filled:       {filled:.2f} s  "
          f"ratio {filled / bare:.2f} (first page of the visible list loaded)")


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
