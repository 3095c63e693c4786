"""Smoke test of a frozen PCMD folder (dist/PCMD): run its console program like a user would.

    python installer/smoke.py --dist dist/PCMD

Checks that the bundle holds its data files (resources, translations, migrations) and that
the frozen `pcmd-cli` can create a database (migrations), fill it with demo data (unit
lists), check it, answer in Vietnamese (translations), print a monthly PDF report, export an
exchange workbook and read it back (--dry-run), write the blank template and take a screenshot
of the main window. `report`, `export`, `import`, `template` and `screenshot` are run when the
build contains them (`pcmd-cli <command> --help` succeeds). Prints one PASS/FAIL line per check; exit 1 on failure.
Runs on Linux, Windows and macOS; Qt is used offscreen.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
TIMEOUT = 300


class Smoke:
    def __init__(self, folder: Path, tmp: Path) -> None:
        self.folder = folder
        self.cli = folder / f"pcmd-cli{EXE_SUFFIX}"
        self.tmp = tmp
        self.failures: list[str] = []
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                        PCMD_DATA_DIR=str(tmp / "data"), PYTHONIOENCODING="utf-8")
        self.env.pop("PCMD_DB", None)
        self.env.pop("PYTHONPATH", None)  # the frozen program must not see the checkout

    def result(self, ok: bool, name: str, detail: str = "") -> bool:
        print(f"{'PASS' if ok else 'FAIL'}: {name}{' - ' + detail if detail else ''}", flush=True)
        if not ok:
            self.failures.append(name)
        return ok

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        start = time.monotonic()
        try:
            proc = subprocess.run([str(self.cli), *args], capture_output=True, text=True,
                                  encoding="utf-8", errors="replace", env=self.env,
                                  cwd=self.tmp, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            proc = subprocess.CompletedProcess(args, 124, "", f"timed out after {TIMEOUT} s")
        proc.elapsed = time.monotonic() - start  # type: ignore[attr-defined]
        return proc

    def command(self, name: str, *args: str, outputs: tuple[Path, ...] = ()) -> bool:
        proc = self.run(*args)
        problems = []
        if proc.returncode != 0:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
            problems.append(f"exit {proc.returncode}: {' | '.join(tail)}")
        for out in outputs:
            if not out.is_file() or out.stat().st_size == 0:
                problems.append(f"{out.name} missing or empty")
        detail = "; ".join(problems) or f"{proc.elapsed:.1f} s"  # type: ignore[attr-defined]
        return self.result(not problems, name, detail)

    def has_command(self, name: str) -> bool:
        return self.run(name, "--help").returncode == 0

    # --- checks ------------------------------------------------------------------------
    def bundle_files(self) -> None:
        internal = self.folder / "_internal"
        base = internal if internal.is_dir() else self.folder
        expected = {
            "GUI program": self.folder / f"PCMD{EXE_SUFFIX}",
            "console program": self.cli,
            "unit lists": base / "desktop" / "resources" / "units" / "units_2025_07.csv",
            "icon": base / "desktop" / "resources" / "icons" / "pcmd.png",
            "Vietnamese .qm": base / "desktop" / "locale" / "pcmd_vi.qm",
            "Vietnamese .json": base / "desktop" / "locale" / "pcmd_vi.json",
            "English .qm": base / "desktop" / "locale" / "pcmd_en.qm",
            "alembic env.py": base / "desktop" / "db" / "migrations" / "env.py",
            "alembic script.py.mako": base / "desktop" / "db" / "migrations" / "script.py.mako",
        }
        for what, path in expected.items():
            self.result(path.is_file(), f"bundle has {what}", str(path.relative_to(self.folder)))
        stale = [p.name for p in sorted((ROOT / "desktop" / "locale").glob("pcmd_*.*"))
                 if not (base / "desktop" / "locale" / p.name).is_file()
                 or (base / "desktop" / "locale" / p.name).read_bytes() != p.read_bytes()]
        self.result(not stale, "bundle translations are those of desktop/locale",
                    f"different: {', '.join(stale)}" if stale else "")
        source = sorted(p.name for p in (ROOT / "desktop/db/migrations/versions").glob("*.py"))
        frozen = sorted(p.name for p in (base / "desktop/db/migrations/versions").glob("*.py"))
        self.result(bool(frozen) and frozen == source, "bundle has every migration",
                    ", ".join(frozen) or "none")

    def version(self) -> None:
        text = (ROOT / "desktop" / "__init__.py").read_text("utf-8")
        version = re.search(r'__version__\s*=\s*["\']([^"\']+)', text).group(1)  # type: ignore[union-attr]
        proc = self.run("--version")
        self.result(proc.returncode == 0 and version in proc.stdout, "pcmd-cli --version",
                    proc.stdout.strip() or proc.stderr.strip())

    def translations(self) -> None:
        vi = self.run("--lang", "vi", "--help")
        en = self.run("--lang", "en", "--help")
        changed = [line.strip() for line in vi.stdout.splitlines()
                   if line.strip() and line not in en.stdout.splitlines()]
        ok = vi.returncode == 0 and en.returncode == 0 and bool(changed)
        self.result(ok, "Vietnamese texts load in the frozen program",
                    changed[0][:70] if changed else (vi.stderr.strip() or "same as English"))

    def database(self, db: Path) -> None:
        self.command("init --unit 308 (migrations)", "init", "--unit", "308", "--db", str(db),
                     outputs=(db,))
        self.command("demo-data --records 1000", "demo-data", "--records", "1000",
                     "--db", str(db))
        self.command("check", "check", "--db", str(db))

    def report(self, db: Path) -> None:
        if not self.has_command("report"):
            print("SKIP: report monthly (no `report` command in this build yet)")
            return
        out = self.tmp / "monthly.pdf"
        ok = self.command("report monthly --format pdf", "report", "monthly", "--period", "2024",
                          "--unit", "308", "--format", "pdf", "--out", str(out), "--db", str(db),
                          outputs=(out,))
        if ok:
            self.result(out.read_bytes()[:5] == b"%PDF-", "report is a PDF file")

    def exchange(self, db: Path) -> None:
        """Excel out and back in: xlsxwriter, openpyxl and python-calamine in the bundle."""
        if not self.has_command("export"):
            print("SKIP: export/import (no `export` command in this build yet)")
            return
        out = self.tmp / "exchange.xlsx"
        ok = self.command("export --unit 308 (xlsx)", "export", "--from", "2024-01-01", "--to",
                          "2024-12-31", "--unit", "308", "--out", str(out), "--db", str(db),
                          outputs=(out,))
        if ok and self.has_command("import"):
            self.command("import --dry-run of the export", "import", str(out), "--dry-run",
                         "--json", "--db", str(db))
        if self.has_command("template"):
            blank = self.tmp / "template.xlsx"
            self.command("template (xlsx)", "template", "--out", str(blank), "--db", str(db),
                         outputs=(blank,))

    def screenshot(self, db: Path) -> None:
        if not self.has_command("screenshot"):
            print("SKIP: screenshot (no `screenshot` command in this build yet)")
            return
        out = self.tmp / "outreach_vi.png"
        ok = self.command("screenshot --tab outreach --lang vi", "screenshot", "--tab",
                          "outreach", "--lang", "vi", "--out", str(out), "--db", str(db),
                          outputs=(out,))
        if ok:
            self.result(out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", "screenshot is a PNG file")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "PCMD",
                        help="the frozen folder (default dist/PCMD)")
    parser.add_argument("--keep", type=Path,
                        help="copy the report and screenshot into this folder to look at them")
    args = parser.parse_args(argv)
    folder = args.dist.resolve()
    with tempfile.TemporaryDirectory(prefix="pcmd-smoke-") as name:
        tmp = Path(name)
        smoke = Smoke(folder, tmp)
        if not smoke.result(smoke.cli.is_file(), "frozen console program exists", str(smoke.cli)):
            return 1
        db = tmp / "smoke.sqlite"
        smoke.bundle_files()
        smoke.version()
        smoke.translations()
        smoke.database(db)
        smoke.report(db)
        smoke.exchange(db)
        smoke.screenshot(db)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for out in (tmp / "monthly.pdf", tmp / "outreach_vi.png"):
                if out.is_file():
                    (args.keep / out.name).write_bytes(out.read_bytes())
    if smoke.failures:
        print(f"FAIL: frozen smoke test ({len(smoke.failures)} failed: "
              f"{', '.join(smoke.failures)})")
        return 1
    print("PASS: frozen smoke test")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
