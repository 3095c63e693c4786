"""Our workbooks open in LibreOffice Calc, and what Calc saves back imports unchanged.

The city office and some district offices use LibreOffice. Calc is run headless to load each
workbook and save it again as .xlsx: a file Calc cannot load gives no output. The cells Calc
read are compared with ours, and the re-saved export must import as "unchanged" with a matching
checksum. `.ci/run` installs `libreoffice-calc-nogui`, so in CI this never skips.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from desktop.exchange.batch import import_files
from desktop.exchange.exporter import export_workbook
from desktop.exchange.importer import plan_import
from desktop.exchange.template import write_template
from desktop.services import demo_data
from tests.exchange_helpers import dump, empty_context

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice is not installed (.ci/run installs libreoffice-calc-nogui)"
)
KINDS = ("outreach", "media", "training", "officers", "establishments", "inspections", "support")


def calc_resave(files: list[Path], out_dir: Path, profile: Path) -> tuple[list[Path], str]:
    """Load every file in Calc and save it again as .xlsx into out_dir."""
    done = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "xlsx", "--outdir", str(out_dir), *map(str, files)],
        capture_output=True, text=True, timeout=300, check=False)
    return [out_dir / f.name for f in files], done.stdout + done.stderr


def cells(path: Path) -> dict[str, list[list[object]]]:
    book = CalamineWorkbook.from_path(str(path))
    return {name: [[None if v == "" else v for v in row]
                   for row in book.get_sheet_by_name(name).to_python()]
            for name in book.sheet_names}


def test_calc_opens_export_and_template_and_its_copy_imports_unchanged(tmp_path: Path) -> None:
    ctx = empty_context(tmp_path / "office.sqlite")
    demo_data.generate(ctx, 800, seed=5, today=date(2026, 11, 1))
    export = export_workbook(ctx, tmp_path / "xuat.xlsx", date(2016, 1, 1), date(2030, 12, 31))
    redacted = export_workbook(ctx, tmp_path / "xuat_an.xlsx", date(2016, 1, 1),
                               date(2030, 12, 31), redact=True)
    template = write_template(ctx, tmp_path / "mau.xlsx")
    originals = [export.path, redacted.path, template]
    (tmp_path / "calc").mkdir()
    copies, log = calc_resave(originals, tmp_path / "calc", tmp_path / "profile")

    for original, copy in zip(originals, copies, strict=True):
        assert copy.exists(), f"Calc could not load {original.name}: {log}"
        assert cells(copy) == cells(original), original.name

    plan = plan_import(ctx, copies[0])
    assert not plan.errors and not plan.warnings  # the manifest checksum still matches
    summary = plan.counts()
    assert sum(s["rows"] for s in summary.values()) > 800
    assert all(s["new"] == s["updated"] == s["conflicts"] == s["rejected"] == 0
               for s in summary.values())

    fresh = empty_context(tmp_path / "fresh.sqlite")
    import_files(fresh, [copies[0]])
    for kind in KINDS:
        assert dump(fresh, kind) == dump(ctx, kind), kind


def test_a_damaged_workbook_is_caught_by_the_same_check(tmp_path: Path) -> None:
    """The check above would see it if Calc could not load a file."""
    ctx = empty_context(tmp_path / "office.sqlite")
    demo_data.generate(ctx, 300, seed=6, today=date(2026, 11, 1))
    good = export_workbook(ctx, tmp_path / "xuat.xlsx", date(2016, 1, 1), date(2030, 12, 31))
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(good.path.read_bytes()[: good.path.stat().st_size // 2])
    (tmp_path / "calc").mkdir()
    (copy,), log = calc_resave([broken], tmp_path / "calc", tmp_path / "profile")
    assert not copy.exists(), log
