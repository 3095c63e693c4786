"""Start-up time of the main window, and a big list: open, sort, search (GUI-thread blocks).

Prints figures, asserts nothing. Usage (one database or several, e.g. 100,000 and 1,000,000):

    pcmd init --unit 308 --db /tmp/b.sqlite && pcmd demo-data --records 100000 --db /tmp/b.sqlite
    python benchmarks/bench_window.py /tmp/b.sqlite [/tmp/ui-1m.sqlite ...]

1. Start-up, three figures, each the wall time from launching ``python -c`` and compared with a
   bare PySide6 QMainWindow with the same five empty tabs (its first rendered frame):
   a. first frame: the PCMD main window (menus, toolbar, tabs, empty lists) is rendered —
      what ``pcmd`` shows first (desktop.ui.app.show_shell). Goal: ratio <= 2.
   b. filled: the database is open and attached (desktop.ui.app.open_data, as in run_gui)
      and the window is rendered again with the first rows of the visible list shown.
      Goal: ratio <= 2 on 100,000 records.
   c. the bare window and then ``import sqlalchemy.orm`` alone: the least any window whose
      first page is read through SQLAlchemy can take (the goal of b. is below it).
   The child grabs the window (forces the paint) before it reports each point. One warm-up
   run of each child first (file cache, today's automatic backup in a scratch data folder).
2. The outreach list in the real main window (offscreen, 1366x768): open, sort by the
   commune, search "do son" (accents left out), clear the search. For each: the time until
   the first rows show, until the whole id list is in, and the longest the GUI thread was
   blocked meanwhile (the largest gap between the ticks of a 5 ms timer that also repaints
   the list, as a user scrolling would). Goal: no block longer than 100 ms. Then Ctrl+A and
   Ctrl+C of the whole list (the table is read and written by a worker).
"""

from __future__ import annotations

import os
import shutil
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

# The bare window, then SQLAlchemy 2's ORM imported (nothing of PCMD): no window whose first
# page of data is read through SQLAlchemy can be filled sooner than this.
BARE_ORM = BARE + """
import sqlalchemy.orm
print("ORM", flush=True)
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
assert panel is not None and panel.model is not None
while not panel.model.rowCount():  # the first rows come from the worker threads
    app.processEvents()
w.grab()  # paints the visible list: reads its first rows by id
print("FILLED", flush=True)
"""


def time_child(code: str, *args: str, data_dir: str) -> dict[str, float]:
    """Seconds from launch to each line the child prints (FRAME, FILLED)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false",
               PCMD_DATA_DIR=data_dir, XDG_CONFIG_HOME=data_dir)  # window settings too
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
        bare_runs, orm_runs, pcmd_runs = [], [], []
        for _ in range(RUNS):
            bare_runs.append(time_child(BARE, data_dir=data_dir))
            orm_runs.append(time_child(BARE_ORM, data_dir=data_dir))
            pcmd_runs.append(time_child(PCMD, db, data_dir=data_dir))
    bare = statistics.median(r["FRAME"] for r in bare_runs)
    frame = statistics.median(r["FRAME"] for r in pcmd_runs)
    filled = statistics.median(r["FILLED"] for r in pcmd_runs)
    orm = statistics.median(r["ORM"] for r in orm_runs)
    print(f"start-up, bare QMainWindow with 5 tabs, first frame: {bare:.2f} s "
          f"(median of {RUNS})")
    print(f"start-up, PCMD main window, first frame:  {frame:.2f} s  "
          f"ratio {frame / bare:.2f} (goal <= 2)")
    print(f"start-up, PCMD main window, filled:       {filled:.2f} s  "
          f"ratio {filled / bare:.2f} (first page of the visible list loaded)")
    print(f"start-up, bare window + import of SQLAlchemy's ORM: {orm:.2f} s  "
          f"ratio {orm / bare:.2f} (the least any window filled through SQLAlchemy can take)")


class BlockMeter:
    """The longest gap between ticks of a 5 ms GUI timer (each tick also repaints `view`)."""

    def __init__(self, view: object) -> None:
        from PySide6.QtCore import QTimer

        self.view = view
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.view.viewport().repaint()  # type: ignore[attr-defined]

    def start(self) -> None:
        self.longest = 0.0
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def bench_list(db: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.services import setup
    from desktop.services.context import AppContext
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    settings = tempfile.mkdtemp(prefix="pcmd-bench-settings-")  # not the user's column order
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, settings)
    ctx = AppContext(setup.open_prepared(db))
    window = MainWindow.shell()
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    panel = None

    def run_until(done: object, meter: BlockMeter) -> tuple[float | None, float]:
        """(seconds to the first rows, seconds to the whole list) of one action."""
        start = time.perf_counter()
        first = None
        meter.start()
        while True:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            model = panel.model if panel is not None else None
            if model is not None and first is None and model.rowCount():
                first = time.perf_counter() - start
            if done():  # type: ignore[operator]
                break
        return first, time.perf_counter() - start

    meter = BlockMeter(window.tabs)
    start = time.perf_counter()
    meter.start()
    window.attach(ctx)
    panel = window.current_panel()
    assert panel is not None and panel.model is not None
    meter.view = panel.view
    first, whole = run_until(lambda: not panel.model.loading, meter)
    blocked = meter.stop()
    attach = time.perf_counter() - start - whole
    total = panel.model.total()
    print(f"list of {total:,} outreach sessions ({db}):")
    print(f"  open:   first rows {(first or 0) + attach:.2f} s, whole list "
          f"{whole + attach:.2f} s, longest GUI block {blocked * 1000:.0f} ms")
    column = panel.columns.index("unit_id")

    def action(label: str, do: object, done: object = None) -> None:
        meter.start()
        start = time.perf_counter()
        do()  # type: ignore[operator]
        call = time.perf_counter() - start  # on the GUI thread: a block of its own
        first, whole = run_until(done or (lambda: not panel.model.loading), meter)
        blocked = max(meter.stop(), call)
        print(f"  {label}: whole list {whole + call:.2f} s ({panel.model.total():,} rows), "
              f"longest GUI block {blocked * 1000:.0f} ms")

    action("sort by commune", lambda: panel.view.sortByColumn(column,
                                                              panel.model.sort_order.__class__
                                                              .AscendingOrder))
    bar = panel.filter_bar

    def search(text: str) -> None:
        bar.search.setText(text)
        bar._search_now()

    action("search 'do son'", lambda: search("do son"))
    action("clear search", lambda: search(""))

    def copy_all() -> None:  # Ctrl+A, Ctrl+C: a large copy is written by a worker
        panel.view.selectAll()
        panel.copy_selection()

    action("select all and copy", copy_all, lambda: not window.runner.busy())
    window.close()
    ctx.db.close()
    shutil.rmtree(settings, ignore_errors=True)


def main() -> None:
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    for db in sys.argv[1:]:
        print(f"== {db}")
        bench_startup(db)
    for db in sys.argv[1:]:
        bench_list(db)


if __name__ == "__main__":
    main()
