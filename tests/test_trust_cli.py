"""The command line signed in, as cli.md says: once a user exists every command that reads
records or changes anything needs --user and the password, and then does exactly what that
user may do; `pcmd user` and `pcmd lock`/`unlock`; outputs that would destroy the database,
a backup or an input are refused before any work."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main

ADMIN_PW = "quan-tri-2024"


def run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--lang", "en", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def office(tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A district database with records, an administrator, a manager and a staff member."""
    db = tmp_path / "office.sqlite"
    monkeypatch.delenv("PCMD_USER", raising=False)
    monkeypatch.delenv("PCMD_PASSWORD", raising=False)
    monkeypatch.delenv("PCMD_NEW_PASSWORD", raising=False)
    assert run(capsys, "init", "--unit", "308", "--db", str(db))[0] == 0
    assert run(capsys, "demo-data", "--records", "200", "--db", str(db))[0] == 0
    monkeypatch.setenv("PCMD_PASSWORD", ADMIN_PW)
    code, out, err = run(capsys, "user", "add", "admin", "--role", "admin", "--db", str(db),
                         "--unit", "31", "--full-name", "Quản trị viên")
    assert code == 0 and "Sign-in is now on" in out, err
    monkeypatch.setenv("PCMD_NEW_PASSWORD", "lanh-dao-2024")
    assert run(capsys, "user", "add", "lan", "--role", "manager", "--full-name",
               "Trần Thị Lan", "--user", "admin", "--db", str(db))[0] == 0
    monkeypatch.setenv("PCMD_NEW_PASSWORD", "can-bo-2024x")
    assert run(capsys, "user", "add", "cuong", "--role", "staff", "--unit", "303",
               "--user", "admin", "--db", str(db))[0] == 0
    monkeypatch.delenv("PCMD_NEW_PASSWORD")
    monkeypatch.delenv("PCMD_PASSWORD")
    return db


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("command", [
    ["export", "--from", "2016-01-01", "--to", "2030-01-01", "--out", "{tmp}/x.xlsx"],
    ["report", "monthly", "--period", "2024-03"],
    ["backup", "--out", "{tmp}/b.sqlite"],
    ["restore", "{tmp}/b.sqlite"],
    ["demo-data", "--records", "10"],
    ["init", "--unit", "31"],
    ["lock", "--unit", "308", "--month", "2024-03"],
    ["unlock", "--unit", "308", "--month", "2024-03", "--reason", "x"],
    ["user", "list"],
    ["import", "{tmp}/x.xlsx"],
])
def test_every_command_that_reads_or_changes_needs_a_user(office: Path, capsys, tmp_path: Path,
                                                          command: list[str]) -> None:
    args = [a.format(tmp=tmp_path) for a in command]
    code, _, err = run(capsys, *args, "--db", str(office))
    assert code == 2
    assert err.strip() == ("This database has users: give --user NAME (or set PCMD_USER) and "
                           "the password (PCMD_PASSWORD, else you are asked for it).")


def test_check_and_template_need_no_sign_in(office: Path, capsys, tmp_path: Path) -> None:
    assert run(capsys, "check", "--db", str(office))[0] == 0
    assert run(capsys, "template", "--out", str(tmp_path / "t.xlsx"), "--db", str(office))[0] == 0


def test_a_wrong_password_is_one_sentence(office: Path, capsys,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PCMD_PASSWORD", "sai-mat-khau")
    code, _, err = run(capsys, "user", "list", "--user", "admin", "--db", str(office))
    assert (code, err.strip()) == (2, "The user name or the password is wrong.")


def test_a_user_does_on_the_command_line_only_what_the_window_allows(
        office: Path, capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PCMD_USER", "cuong")  # Hồng Bàng's staff on Đồ Sơn's database
    monkeypatch.setenv("PCMD_PASSWORD", "can-bo-2024x")
    db = ["--db", str(office)]
    code, _, err = run(capsys, "export", "--from", "2016-01-01", "--to", "2030-01-01",
                       "--unit", "308", "--out", str(tmp_path / "all.xlsx"), *db)
    assert code == 1 and "is outside your units" in err and not (tmp_path / "all.xlsx").exists()
    code, _, err = run(capsys, "report", "monthly", "--period", "2024", "--unit", "31", *db)
    assert code == 1 and "is outside your units" in err
    for args in (["demo-data", "--records", "10"], ["init", "--unit", "31"],
                 ["lock", "--unit", "303", "--month", "2024-03"], ["user", "list"]):
        code, _, err = run(capsys, *args, *db)
        assert code == 1 and "may not do this" in err, (args, err)
    backup = tmp_path / "b.sqlite"
    code, _, err = run(capsys, "backup", "--out", str(backup), *db)
    assert code == 1 and "may not do this" in err
    monkeypatch.setenv("PCMD_USER", "admin")
    monkeypatch.setenv("PCMD_PASSWORD", ADMIN_PW)
    assert run(capsys, "backup", "--out", str(backup), *db)[0] == 0
    monkeypatch.setenv("PCMD_USER", "cuong")
    monkeypatch.setenv("PCMD_PASSWORD", "can-bo-2024x")
    code, _, err = run(capsys, "restore", str(backup), *db)
    assert code == 1 and "may not do this" in err


def test_users_locks_and_the_audit_trail_name_the_person(office: Path, capsys,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PCMD_PASSWORD", "lanh-dao-2024")
    db = ["--user", "lan", "--db", str(office)]
    code, out, _ = run(capsys, "lock", "--unit", "308", "--month", "2024-03", "--reason",
                       "đã duyệt", *db)
    assert code == 0 and out.startswith("03/2024 of 308 Quận Đồ Sơn locked: ") \
        and out.strip().endswith("records can no longer be changed.")
    code, out, _ = run(capsys, "lock", "--unit", "308", "--month", "2024-03", *db)
    assert "was already locked" in out
    with pytest.raises(SystemExit) as stopped:  # a reason is required (a usage error)
        run(capsys, "unlock", "--unit", "308", "--month", "2024-03", *db)
    assert stopped.value.code == 2 and "--reason" in capsys.readouterr().err
    code, out, _ = run(capsys, "unlock", "--unit", "308", "--month", "2024-03", "--reason",
                       "sửa số liệu", *db)
    assert code == 0 and "unlocked" in out
    monkeypatch.setenv("PCMD_PASSWORD", ADMIN_PW)
    code, out, _ = run(capsys, "user", "list", "--user", "admin", "--db", str(office))
    lines = out.strip().splitlines()
    assert [line.split()[0] for line in lines] == ["admin", "cuong", "lan"]
    assert "Trần Thị Lan" in lines[2] and "Manager" in lines[2] and "303 Quận Hồng Bàng" in \
        lines[1]
    con = sqlite3.connect(office)
    who = con.execute("SELECT user_name, action FROM audit_log WHERE record_type = 'month' "
                      "ORDER BY id").fetchall()
    con.close()
    assert who == [("lan", "lock"), ("lan", "unlock")]
    assert run(capsys, "check", "--db", str(office))[0] == 0


def test_the_first_user_must_be_an_administrator(tmp_path: Path, capsys,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "new.sqlite"
    assert run(capsys, "init", "--unit", "308", "--db", str(db))[0] == 0
    monkeypatch.setenv("PCMD_PASSWORD", "mat-khau-tot-2024")
    code, _, err = run(capsys, "user", "add", "binh", "--role", "staff", "--db", str(db))
    assert code == 1 and "first user must be an administrator" in err
    monkeypatch.setenv("PCMD_PASSWORD", "123456789")
    code, _, err = run(capsys, "user", "add", "admin", "--role", "admin", "--db", str(db))
    assert code == 1 and "passwords people use most" in err


def test_an_output_that_is_the_database_a_backup_or_an_input_is_refused(
        office: Path, capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PCMD_USER", "admin")
    monkeypatch.setenv("PCMD_PASSWORD", ADMIN_PW)
    db = ["--db", str(office)]
    backup = tmp_path / "b.sqlite"
    assert run(capsys, "backup", "--out", str(backup), *db)[0] == 0
    book = tmp_path / "book.xlsx"
    assert run(capsys, "export", "--from", "2016-01-01", "--to", "2030-01-01", "--out",
               str(book), *db)[0] == 0
    kept = {p: _digest(p) for p in (office, backup, book)}
    cases = [
        (["export", "--from", "2016-01-01", "--to", "2030-01-01", "--out", str(office)],
         "it is the open database"),
        (["report", "monthly", "--period", "2024-03", "--format", "xlsx", "--out",
          str(office)], "it is the open database"),
        (["template", "--out", str(office)], "it is the open database"),
        (["export", "--from", "2016-01-01", "--to", "2030-01-01", "--out", str(backup)],
         "it is a PCMD database or a backup of one"),
        (["report", "monthly", "--period", "2024-03", "--format", "json", "--out",
          str(backup)], "it is a PCMD database or a backup of one"),
        (["import", str(book), "--accept-valid", "--rejects", str(book)],
         "it is one of the files being read"),
        (["import", str(book), "--accept-valid", "--rejects", str(office)],
         "it is the open database"),
        (["backup", "--out", str(office)], "it is the open database"),
    ]
    for args, words in cases:
        code, _, err = run(capsys, *args, *db)
        assert code == 2 and words in err, (args, err)
        assert {p: _digest(p) for p in kept} == kept, args
    assert run(capsys, "check", *db)[0] == 0
