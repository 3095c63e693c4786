"""Many rows at once: 1,000 outreach sessions pasted into a list (to the import preview, then
saved) and 1,000 pasted into the grid (checked together, filled down a column with Ctrl+D,
then saved in one transaction), and the Ctrl+Z of those grid rows.

Prints figures, asserts nothing. Usage:

    python benchmarks/bench_grid.py [ROWS]          (default 1000)

Each run uses a fresh SQLite database in a scratch folder (home unit Quận Đồ Sơn, 308), so
the duplicate checks start from the same empty list; the rows are typed as a clerk copies
them from Excel (dates dd/mm/yyyy, commune names, catalogue labels, counts with dots).
For scale, the floor of the same run: the same number of rows created one by one through
RecordService.create (no preview, no grid, one transaction each).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

COMMUNES = ("Hải Sơn", "Ngọc Xuyên", "Minh Đức")
FORMS = ("Hội nghị", "Đối thoại", "Loa truyền thanh")
HEADER = "Ngày\tXã/phường\tHình thức\tTiêu đề\tSố người tham dự\tTrong đó nữ"


def rows_tsv(count: int) -> str:
    lines = [HEADER]
    for i in range(count):
        day = 1 + i % 28
        lines.append(f"{day:02d}/03/2024\t{COMMUNES[i % len(COMMUNES)]}\t{FORMS[i % 3]}\t"
                     f"Buổi tuyên truyền số {i + 1}\t{1000 + i:,}".replace(",", ".")
                     + f"\t{i % 400}")
    return "\r\n".join(lines) + "\r\n"


def fresh_context(folder: Path):
    from desktop.db.database import open_database
    from desktop.services import setup
    from desktop.services.context import AppContext

    db = open_database(str(folder / "bench.sqlite"), create=True)
    setup.prepare(db)
    setup.choose_home_unit(db, "308", today=date(2024, 6, 1))
    return AppContext(db, user_name="bench")


def bench_list_paste(count: int, folder: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.services.records import RecordService
    from desktop.ui.exchange_preview import ExchangePreviewDialog
    from desktop.ui.list_panel import RecordListPanel
    from desktop.ui.outreach_tab import SESSION_COLUMNS

    ctx = fresh_context(folder)
    panel = RecordListPanel(ctx, "outreach", SESSION_COLUMNS, catalogue_field="form")
    panel.show()
    panel.wait_loaded()
    marks: dict[str, float] = {}

    def poll() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, ExchangePreviewDialog) and w.isVisible():
                marks["preview"] = time.perf_counter()
                w.import_button.click()
                return
        QTimer.singleShot(1, poll)

    text = rows_tsv(count)
    QTimer.singleShot(0, poll)
    start = time.perf_counter()
    ok = panel.paste(text)
    saved = time.perf_counter()
    panel.wait_loaded()
    listed = time.perf_counter()
    n = RecordService(ctx).count("outreach")
    print(f"paste {count:,} rows into the list: preview shown {marks['preview'] - start:.2f} s, "
          f"saved {saved - marks['preview']:.2f} s, listed again {listed - saved:.2f} s "
          f"({n:,} saved, accepted={ok})")
    panel.close()
    ctx.db.close()


def bench_grid_paste(count: int, folder: Path) -> None:
    from desktop.services.records import RecordService
    from desktop.ui.grid import GridDialog

    ctx = fresh_context(folder)
    grid = GridDialog(ctx, "outreach")
    grid.show()
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    body = rows_tsv(count).split("\r\n", 1)[1]  # the grid takes the cells, no header
    # the grid's columns: date, commune, form, title, then four more before the counts
    cols = [f.name for f in grid.model.fields]
    gap = cols.index("participants") - cols.index("title") - 1
    body = "\n".join(
        "\t".join([*cells[:4], *[""] * gap, *cells[4:]])
        for cells in (line.split("\t") for line in body.splitlines() if line))
    start = time.perf_counter()
    pasted = grid.paste_block(body)
    back = time.perf_counter()
    wait_for(lambda: not grid.checking)  # a large block: checked by a worker
    checked = time.perf_counter()
    problems = grid.model.problems()
    fill = fill_down_column(grid, cols.index("participants"), pasted)
    ok = grid.save()
    returned = time.perf_counter()
    wait_for(lambda: not grid.isVisible() or grid.isEnabled())  # a large block: a worker
    saved = time.perf_counter()
    n = RecordService(ctx).count("outreach")
    print(f"paste {pasted:,} rows into the grid: cells checked {checked - start:.2f} s "
          f"(the window's thread back after {back - start:.2f} s), "
          f"Ctrl+D down {pasted:,} rows {fill:.2f} s, saved together {saved - checked - fill:.2f} s "
          f"(the window's thread back after {returned - checked - fill:.2f} s; {n:,} saved, "
          f"{len(problems)} problems, ok={ok})")
    bench_undo(ctx, n)
    grid.close()
    ctx.db.close()


def wait_for(condition) -> None:
    from PySide6.QtWidgets import QApplication

    while not condition():
        QApplication.processEvents()
        time.sleep(0.002)


def fill_down_column(grid, col: int, rows: int) -> float:
    """Ctrl+D from the first row down a whole column (the grid checks the rows)."""
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    grid.view.setCurrentIndex(grid.model.index(0, col))
    grid.view.selectionModel().select(
        QItemSelection(grid.model.index(0, col), grid.model.index(rows - 1, col)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect)
    start = time.perf_counter()
    grid.fill_down()
    wait_for(lambda: not grid.checking)  # a long column: checked by a worker
    return time.perf_counter() - start


def bench_undo(ctx, saved: int) -> None:
    """Ctrl+Z of the grid's rows: the time the window's thread is held, and the whole undo
    (a large step runs in a worker)."""
    from desktop.services.records import RecordService
    from desktop.ui.undo import undo_last, undo_stack

    start = time.perf_counter()
    undo_last(ctx, None)
    returned = time.perf_counter()
    wait_for(lambda: undo_stack().running is None)
    done = time.perf_counter()
    left = RecordService(ctx).count("outreach")
    print(f"undo the {saved:,} rows saved: the window's thread back after "
          f"{returned - start:.3f} s, undone in {done - start:.2f} s ({left:,} left)")


def bench_floor(count: int, folder: Path) -> None:
    """The same rows created one by one through the service (no UI, no preview)."""
    from desktop.services.records import RecordService

    ctx = fresh_context(folder)
    service = RecordService(ctx)
    unit_id = ctx.units.code_on("11455", date(2024, 3, 15)).id  # Phường Ngọc Xuyên
    start = time.perf_counter()
    for i in range(count):
        service.create("outreach", {
            "date": date(2024, 3, 1 + i % 28), "unit_id": unit_id, "form": "hoi_nghi",
            "title": f"Buổi tuyên truyền số {i + 1}", "participants": 1000 + i,
            "women": i % 400})
    took = time.perf_counter() - start
    print(f"floor: {count:,} rows created one by one by RecordService: {took:.2f} s")
    ctx.db.close()


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    from desktop.ui.app import make_application

    app = make_application("vi")  # noqa: F841 - kept alive for the widgets
    for bench in (bench_list_paste, bench_grid_paste, bench_floor):
        with tempfile.TemporaryDirectory(prefix="pcmd-bench-grid-") as folder:
            os.environ["PCMD_DATA_DIR"] = folder
            bench(count, Path(folder))


if __name__ == "__main__":
    main()
