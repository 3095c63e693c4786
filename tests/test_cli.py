"""The pcmd command: names, exit codes and messages of docs/cli.md."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args] if "--lang" not in args else list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_version_in_a_real_process() -> None:
    done = subprocess.run([sys.executable, "-m", "desktop", "--version"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == f"pcmd {__version__}"


def test_a_reader_that_stops_reading_is_no_error(capsys, tmp_path: Path) -> None:
    """`pcmd report … | head`: the closed pipe said "Unexpected error: BrokenPipeError"."""
    db = str(tmp_path / "a.sqlite")
    assert run(capsys, "init", "--unit", "308", "--db", db)[0] == 0
    child = subprocess.Popen([sys.executable, "-m", "desktop", "--lang", "en", "report",
                              "monthly", "--period", "2024-03", "--format", "json", "--db", db],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # as `head` does once it has its lines
    err = child.stderr.read().decode()
    assert child.wait(60) == 0
    assert err == ""


def test_an_import_error_names_its_column_and_value_once(capsys, tmp_path: Path) -> None:
    """The validator's message begins with the field and the value; the place before it
    said them again ("Ngày “31/02/2024”: Ngày: “31/02/2024” is not a date")."""
    import openpyxl

    db = str(tmp_path / "a.sqlite")
    assert run(capsys, "init", "--unit", "308", "--db", db)[0] == 0
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tuyên truyền"
    sheet.append(["Ngày", "Xã/phường", "Hình thức", "Tiêu đề", "Số người tham dự"])
    sheet.append(["31/02/2024", "Ngọc Xuyên", "Hội nghị", "A", 10])
    sheet.append(["15/02/2024", "Ngọc Xuyên", "Hội nghị", "B", -10])
    path = tmp_path / "bad.xlsx"
    book.save(path)
    for lang in ("vi", "en"):
        code, _out, err = run(capsys, "--lang", lang, "import", str(path), "--unit", "308",
                              "--dry-run", "--db", db)
        lines = [line.strip() for line in err.splitlines() if line.strip()]
        assert code == 1 and len(lines) == 2, err
        assert lines[0].startswith("Tuyên truyền, ") and lines[0].count("31/02/2024") == 1
        assert lines[1].count("“-10”") == 1  # a message without the value keeps it in the place


def test_counts_are_written_with_the_languages_separators(capsys, tmp_path: Path) -> None:
    """"Đã ghi 2969 dòng": counts on the command line read as in the window (2.969, 2,969)."""
    db = str(tmp_path / "a.sqlite")
    assert run(capsys, "init", "--unit", "308", "--db", db)[0] == 0
    code, out, _ = run(capsys, "--lang", "vi", "demo-data", "--records", "3000", "--db", db)
    first = out.splitlines()[0]
    assert code == 0 and re.search(r"\b\d\.\d{3}\b", first) and not re.search(r"\d{4}", first)
    out_file = tmp_path / "x.xlsx"
    code, out, _ = run(capsys, "--lang", "en", "export", "--from", "2016-01-01", "--to",
                       "2030-12-31", "--out", str(out_file), "--db", db)
    assert code == 0 and re.search(r"Exported \d{1,3},\d{3} rows", out), out


def test_init_demo_check_backup_restore(capsys, tmp_path: Path) -> None:
    db = str(tmp_path / "a.sqlite")
    assert run(capsys, "init", "--unit", "308", "--db", db)[0] == 0
    code, out, _ = run(capsys, "demo-data", "--records", "2000", "--db", db, "--seed", "4")
    assert code == 0 and "Quận Đồ Sơn" in out
    code, out, _ = run(capsys, "check", "--db", db)
    assert code == 0 and "no problems" in out
    backup = tmp_path / "b.sqlite"
    assert run(capsys, "--db", db, "backup", "--out", str(backup))[0] == 0
    other = str(tmp_path / "c.sqlite")
    assert run(capsys, "restore", str(backup), "--db", other)[0] == 0
    con_a, con_c = sqlite3.connect(db), sqlite3.connect(other)
    for table in ("outreach_sessions", "inspections", "officers", "support_figures"):
        q = f"SELECT * FROM {table} ORDER BY id"
        assert con_a.execute(q).fetchall() == con_c.execute(q).fetchall()


def test_demo_data_for_the_city_after_the_2025_change(capsys, tmp_path: Path) -> None:
    db = str(tmp_path / "city.sqlite")
    run(capsys, "init", "--unit", "31", "--db", db)
    assert run(capsys, "demo-data", "--records", "3000", "--db", db)[0] == 0
    con = sqlite3.connect(db)
    late = con.execute(
        "SELECT u.valid_from FROM outreach_sessions o JOIN units u ON u.id = o.unit_id "
        "WHERE o.date >= '2025-07-01'").fetchall()
    assert late and all(row[0] == "2025-07-01" for row in late)
    assert run(capsys, "check", "--db", db)[0] == 0


def test_bad_input_gives_one_sentence_and_the_contract_exit_code(capsys, tmp_path: Path) -> None:
    db = str(tmp_path / "a.sqlite")
    code, _, err = run(capsys, "init", "--unit", "99999", "--db", db)
    assert code == 1 and "99999" in err and "Traceback" not in err
    code, _, err = run(capsys, "check", "--db", str(tmp_path / "missing.sqlite"))
    assert code == 1 and "does not exist" in err
    code, _, err = run(capsys, "restore", str(tmp_path / "nothing.sqlite"), "--db", db)
    assert code == 2 and "does not exist" in err
    try:
        main(["--lang", "en", "frobnicate"])
    except SystemExit as exc:
        assert exc.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_vietnamese_messages(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "--lang", "vi", "check", "--db", str(tmp_path / "x.sqlite"))
    assert code == 1 and "Không có tệp cơ sở dữ liệu" in err


def test_help_and_usage_errors_follow_the_interface_language(capsys) -> None:
    """argparse's own words ("usage:", "options", its errors) were English in a Vietnamese run."""
    with pytest.raises(SystemExit) as done:
        main(["--lang", "vi", "-h"])
    out = capsys.readouterr().out
    assert done.value.code == 0
    for word in ("cách dùng: pcmd", "tùy chọn:", "hiện trợ giúp này rồi thoát",
                 "hiện số phiên bản của chương trình rồi thoát"):
        assert word in out
    for english in ("usage:", "options:", "show this help", "version number"):
        assert english not in out

    with pytest.raises(SystemExit) as done:
        main(["--lang", "vi", "export", "--from", "2024-01-01"])
    err = capsys.readouterr().err
    assert done.value.code == 2
    assert "thiếu các đối số bắt buộc: --to, --out" in err and "required" not in err

    with pytest.raises(SystemExit):
        main(["--lang", "en", "frob"])
    assert "invalid choice: 'frob'" in capsys.readouterr().err
