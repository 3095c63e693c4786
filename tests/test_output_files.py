"""Files that cannot be written: one sentence that names them, exit code 2, nothing half-done.

Before, a missing folder gave "Unexpected error: FileCreateError" from `pcmd export`, and
`pcmd report --format pdf` printed hundreds of "QPainter not active" lines and exited 0 with
no file written.
"""

from __future__ import annotations

import errno
import os
import stat
from datetime import date
from pathlib import Path

import pytest
from xlsxwriter.exceptions import FileCreateError

from desktop.cli import main
from desktop.errors import UsageError
from desktop.exchange.exporter import export_workbook
from desktop.output_file import check_writable, failure_reason, write_whole
from desktop.services import demo_data
from desktop.services.progress import CallbackProgress, Cancelled
from tests.exchange_helpers import counts, empty_context


def refusing_folder(tmp_path: Path) -> tuple[Path, OSError]:
    """A folder that refuses new files, and the error it gives: a read-only folder of ours,
    or for root (whom permissions don't stop) Linux's /sys. Skips where there is none."""
    candidates = []
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        own = tmp_path / "chi-doc"
        own.mkdir()
        own.chmod(0o555)
        candidates.append(own)
    candidates.append(Path("/sys"))
    for folder in candidates:
        if not folder.is_dir():
            continue
        try:
            (folder / "probe.part").open("xb").close()
        except OSError as exc:
            return folder, exc
        (folder / "probe.part").unlink()
    pytest.skip("no folder on this machine refuses new files, so a refused save cannot be tried")


def commands(out: Path, workbook: Path) -> dict[str, list[str]]:
    return {
        "export": ["export", "--from", "2024-01-01", "--to", "2024-12-31", "--out", str(out)],
        "template": ["template", "--out", str(out)],
        "report json": ["report", "monthly", "--period", "2024-03", "--out", str(out)],
        "report xlsx": ["report", "monthly", "--period", "2024-03", "--format", "xlsx",
                        "--out", str(out)],
        "report pdf": ["report", "monthly", "--period", "2024-03", "--format", "pdf",
                       "--out", str(out)],
        "import rejects": ["import", str(workbook), "--accept-valid", "--rejects", str(out)],
    }


@pytest.fixture
def office(tmp_path: Path):
    ctx = empty_context(tmp_path / "office.sqlite")
    demo_data.generate(ctx, 300, seed=2, today=date(2026, 11, 1))
    book = export_workbook(ctx, tmp_path / "gui.xlsx", date(2016, 1, 1), date(2030, 12, 31)).path
    ctx.db.close()
    return tmp_path / "office.sqlite", book


@pytest.mark.parametrize("command", list(commands(Path("x"), Path("y"))))
def test_a_missing_folder_is_named_and_nothing_is_done(office, tmp_path: Path, capsys,
                                                        command: str) -> None:
    db, book = office
    receiver = empty_context(tmp_path / "receiver.sqlite")
    receiver.db.close()
    out = tmp_path / "khong-co" / "ra.xlsx"
    args = commands(out, book)[command]
    target_db = str(tmp_path / "receiver.sqlite") if command == "import rejects" else str(db)
    capsys.readouterr()
    assert main(["--lang", "en", *args, "--db", target_db]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"Cannot write {out}: the folder {out.parent} does not exist."
    assert not out.parent.exists()
    if command == "import rejects":  # refused before anything was imported
        check = empty_context(tmp_path / "receiver.sqlite")
        assert set(counts(check).values()) == {0}
        check.db.close()


@pytest.mark.parametrize("command", ["export", "report pdf", "report xlsx"])
def test_a_folder_that_refuses_gets_the_reason_in_vietnamese(office, tmp_path: Path, capsys,
                                                              command: str) -> None:
    db, book = office
    folder, error = refusing_folder(tmp_path)
    out = folder / "bao-cao.xlsx"
    capsys.readouterr()
    assert main(["--lang", "vi", *commands(out, book)[command], "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"Không ghi được {out}: {failure_reason(error)}"
    assert error.errno not in (errno.EACCES, errno.EPERM) or "không có quyền ghi" in err
    assert "Traceback" not in err and "QPainter" not in err


def test_a_folder_given_as_the_file(office, tmp_path: Path, capsys) -> None:
    db, book = office
    capsys.readouterr()
    assert main(["--lang", "en", "template", "--out", str(tmp_path), "--db", str(db)]) == 2
    assert "it is a folder; give a file name" in capsys.readouterr().err


def test_the_earlier_file_survives_a_failed_or_cancelled_write(office, tmp_path: Path) -> None:
    target = tmp_path / "xuat.xlsx"
    target.write_bytes(b"the earlier export")
    with pytest.raises(RuntimeError), write_whole(target) as partial:
        partial.write_bytes(b"half of it")
        raise RuntimeError("stopped")
    assert target.read_bytes() == b"the earlier export"
    assert not (tmp_path / "xuat.xlsx.part").exists()

    ctx = empty_context(office[0])
    demo_data.generate(ctx, 6000, seed=3, today=date(2026, 11, 1))  # > 5,000 rows: progress
    stop = CallbackProgress()
    stop.cancel()
    with pytest.raises(Cancelled):
        export_workbook(ctx, target, date(2016, 1, 1), date(2030, 12, 31), progress=stop)
    assert target.read_bytes() == b"the earlier export"
    assert [p.name for p in tmp_path.glob("*.part")] == []
    export_workbook(ctx, target, date(2016, 1, 1), date(2030, 12, 31))
    assert target.read_bytes()[:2] == b"PK"
    ctx.db.close()


def test_reasons() -> None:
    assert failure_reason(RuntimeError("x")) is None
    assert failure_reason(FileCreateError(PermissionError(13, "Permission denied"))) \
        .startswith("access was refused")
    assert failure_reason(OSError(28, "No space left on device")) == "the disk is full."
    # the system's own (English) words never reach a sentence in the interface language
    assert failure_reason(OSError(5, "Input/output error")) == \
        "the system could not write it (error EIO)."
    assert failure_reason(OSError(27, "File too large")) == "the disk is full."


def test_check_writable_changes_nothing(tmp_path: Path) -> None:
    existing = tmp_path / "cu.xlsx"
    existing.write_bytes(b"keep")
    before = existing.stat().st_mtime_ns
    assert check_writable(existing) == existing
    assert existing.read_bytes() == b"keep" and existing.stat().st_mtime_ns == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cu.xlsx"]
    with pytest.raises(UsageError):
        check_writable(tmp_path / "missing" / "x.xlsx")


def test_a_backup_that_cannot_be_written(office, tmp_path: Path, capsys) -> None:
    """Was "Unexpected error: OperationalError" from SQLite."""
    db, _ = office
    folder, error = refusing_folder(tmp_path)
    capsys.readouterr()
    assert main(["--lang", "en", "backup", "--out", str(folder / "b.sqlite"),
                 "--db", str(db)]) == 2
    assert capsys.readouterr().err.strip() == \
        f"Cannot write {folder / 'b.sqlite'}: {failure_reason(error)}"


def test_something_that_is_not_a_file_is_refused_untouched(office, tmp_path: Path,
                                                           capsys) -> None:
    """Writing "into" a pipe hung, and a device or pipe would have been replaced by a file."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("this system has no named pipes (Windows), so none can be given as a "
                    "file to write")
    db, _ = office
    pipe = tmp_path / "ong.xlsx"
    os.mkfifo(pipe)
    capsys.readouterr()
    assert main(["--lang", "en", "template", "--out", str(pipe), "--db", str(db)]) == 2
    assert "it is not an ordinary file" in capsys.readouterr().err
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_rejected_rows_that_cannot_be_saved_after_the_import_are_reported(
        tmp_path: Path) -> None:
    """The file was checked before the import; if it is lost in between (the folder removed,
    the file opened in Excel), the import stands and the summary says the rows were not saved."""
    from desktop.exchange.batch import import_files
    from tests.test_exchange_messy import messy

    ctx = empty_context(tmp_path / "office.sqlite")
    folder = tmp_path / "loi"
    folder.mkdir()
    book = messy(tmp_path)
    summary = import_files(ctx, [book], unit_code="308", accept_valid=True,
                           rejects=folder / "dong-loi.xlsx",
                           progress=CallbackProgress(lambda *_: folder.exists() and folder.rmdir()))
    assert summary.files[0].outcome == "partial" and counts(ctx)["outreach"] == 5
    assert summary.rejects_problem == (f"Cannot write {folder / 'dong-loi.xlsx'}: the folder "
                                       f"{folder} does not exist.")
    ctx.db.close()
