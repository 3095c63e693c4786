"""Build the frozen PCMD program and, on Windows, its installer.

    python installer/build.py              # PyInstaller -> dist/PCMD (+ NSIS setup on Windows)
    python installer/build.py --smoke      # the same, then test it with installer/smoke.py
    python installer/build.py --no-installer

Steps: compile the translations (if i18n/i18n_tool.py exists), write the Windows version
resource from desktop.__version__, run PyInstaller with installer/pcmd.spec, then on Windows
run makensis on installer/pcmd.nsi with /DVERSION=x.y.z and /DSOURCE_DIR=dist/PCMD, which
writes dist/PCMD-Setup-x.y.z.exe. Works the same on Linux (no installer step there: the smoke
test compiles the NSIS script separately).
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "pcmd.spec"
NSI = INSTALLER / "pcmd.nsi"
IS_WINDOWS = sys.platform == "win32"
EXE_SUFFIX = ".exe" if IS_WINDOWS else ""

VERSION_TEMPLATE = """# UTF-8
# Windows version resource of PCMD, written by installer/build.py; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={tuple4},
    prodvers={tuple4},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '042a04b0',
        [StringStruct('CompanyName', 'PCMD'),
         StringStruct('FileDescription', 'PCMD - phòng, chống mại dâm'),
         StringStruct('FileVersion', '{version}'),
         StringStruct('InternalName', 'PCMD'),
         StringStruct('LegalCopyright', 'MIT License'),
         StringStruct('OriginalFilename', 'PCMD.exe'),
         StringStruct('ProductName', 'PCMD'),
         StringStruct('ProductVersion', '{version}')])
    ]),
    VarFileInfo([VarStruct('Translation', [0x042a, 1200, 0x0409, 1200])])
  ]
)
"""


def read_version() -> str:
    text = (ROOT / "desktop" / "__init__.py").read_text("utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.M)
    if not match:
        raise SystemExit("build: __version__ not found in desktop/__init__.py")
    return match.group(1)


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """'1.2.3rc1' -> (1, 2, 3, 0): Windows wants four small integers."""
    parts = [int(m) for m in re.findall(r"\d+", version.split("+")[0])[:4]]
    return tuple((parts + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def write_version_file(version: str, work: Path) -> Path:
    work.mkdir(parents=True, exist_ok=True)
    path = work / "version_info.txt"
    path.write_text(
        VERSION_TEMPLATE.format(version=version, tuple4=numeric_version(version)), "utf-8"
    )
    # Parse it back so a broken file fails here: with PyInstaller's own reader on Windows
    # (it needs pefile, a Windows-only dependency), as a Python expression elsewhere.
    try:
        from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file
    except ImportError:
        ast.parse(path.read_text("utf-8"), str(path), mode="eval")
    else:
        load_version_info_from_text_file(str(path))
    return path


def run(cmd: list[str], **kwargs: object) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT, **kwargs)  # type: ignore[call-overload]


def compile_translations() -> None:
    tool = ROOT / "i18n" / "i18n_tool.py"
    if tool.is_file():
        run([sys.executable, str(tool), "compile"])


def pyinstaller(version_file: Path, dist: Path, work: Path) -> Path:
    env = dict(os.environ, PCMD_VERSION_FILE=str(version_file))
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC)], env=env)
    folder = dist / "PCMD"
    for name in ("PCMD", "pcmd-cli"):
        if not (folder / f"{name}{EXE_SUFFIX}").is_file():
            raise SystemExit(f"build: {name}{EXE_SUFFIX} missing from {folder}")
    return folder


def find_makensis() -> str | None:
    found = shutil.which("makensis")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "NSIS" / "makensis.exe").is_file():
            return str(Path(base) / "NSIS" / "makensis.exe")
    return None


def makensis(version: str, folder: Path, dist: Path) -> Path:
    exe = find_makensis()
    if exe is None:
        raise SystemExit("build: makensis not found (install NSIS 3: `choco install nsis -y`)")
    out = dist / f"PCMD-Setup-{version}.exe"
    version4 = ".".join(str(n) for n in numeric_version(version))
    run([exe, "-V2", "-WX", "-INPUTCHARSET", "UTF8", f"-DVERSION={version}",
         f"-DVERSION4={version4}", f"-DSOURCE_DIR={folder.resolve()}",
         f"-DOUTFILE={out.resolve()}", str(NSI)])
    if not out.is_file():
        raise SystemExit(f"build: {out} was not written")
    return out


def folder_size(folder: Path) -> int:
    """Bytes in the folder, each file once (Linux builds hold symbolic links)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the frozen PCMD program and installer.")
    parser.add_argument("--smoke", action="store_true",
                        help="after building, run the smoke test on the frozen program")
    parser.add_argument("--no-installer", action="store_true",
                        help="skip makensis on Windows")
    parser.add_argument("--no-translations", action="store_true",
                        help="do not recompile desktop/locale first")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    args = parser.parse_args(argv)

    version = read_version()
    start = time.monotonic()
    if not args.no_translations:
        compile_translations()
    version_file = write_version_file(version, args.work)
    folder = pyinstaller(version_file, args.dist, args.work)
    elapsed = time.monotonic() - start
    print(f"build: PCMD {version} frozen in {elapsed:.0f} s -> {folder} "
          f"({folder_size(folder) / 1e6:.0f} MB)", flush=True)
    if IS_WINDOWS and not args.no_installer:
        setup = makensis(version, folder, args.dist)
        print(f"build: installer {setup} ({setup.stat().st_size / 1e6:.0f} MB)", flush=True)
    if args.smoke:
        smoke = subprocess.run([sys.executable, str(INSTALLER / "smoke.py"), "--dist", str(folder)],
                               cwd=ROOT)
        return smoke.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
