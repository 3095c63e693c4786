"""The installed program must carry its migrations, unit lists and compiled translations."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_holds_migrations_resources_and_translations(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
         "-q", "-w", str(tmp_path)],
        check=True, capture_output=True,
    )
    wheel = next(tmp_path.glob("pcmd-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for migration in (ROOT / "desktop/db/migrations/versions").glob("*.py"):
        assert f"desktop/db/migrations/versions/{migration.name}" in names
    assert "desktop/db/migrations/env.py" in names
    assert "desktop/db/migrations/script.py.mako" in names
    for csv in (ROOT / "resources/units").glob("*.csv"):
        assert f"desktop/resources/units/{csv.name}" in names
    for compiled in ("pcmd_vi.qm", "pcmd_en.qm", "pcmd_vi.json", "pcmd_en.json"):
        assert f"desktop/locale/{compiled}" in names
    for guide in (ROOT / "resources/help").rglob("*.*"):  # the user guide works offline
        assert f"desktop/resources/help/{guide.relative_to(ROOT / 'resources/help').as_posix()}" \
            in names
    assert any(n.endswith("entry_points.txt") for n in names)


def test_the_installed_wheel_creates_and_checks_a_database(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
         "-q", "-w", str(tmp_path / "dist")],
        check=True, capture_output=True,
    )
    wheel = next((tmp_path / "dist").glob("pcmd-*.whl"))
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                    str(target), str(wheel)], check=True, capture_output=True)
    env = {"PYTHONPATH": str(target), "PCMD_DATA_DIR": str(tmp_path / "data"),
           "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    where = subprocess.run([sys.executable, "-c", "import desktop; print(desktop.__file__)"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    assert where.stdout.startswith(str(target))
    db = str(tmp_path / "w.sqlite")
    for args in (["init", "--unit", "308"], ["demo-data", "--records", "200"], ["check"]):
        done = subprocess.run([sys.executable, "-m", "desktop", "--lang", "en", *args, "--db", db],
                              cwd=tmp_path, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
