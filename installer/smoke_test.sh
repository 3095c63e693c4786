#!/usr/bin/env bash
# Release smoke test, run by .ci/run on Linux:
#   1. freeze PCMD with installer/pcmd.spec (the spec used for Windows), timed;
#   2. run the frozen console program offscreen (installer/smoke.py): version, init, demo data,
#      check, monthly PDF report and a screenshot when the build has those commands - this
#      proves that resources, translations and migrations are inside the bundle;
#   3. compile installer/pcmd.nsi with makensis (warnings are errors) against a folder with
#      the Windows file names, to catch NSIS script errors;
#   4. where Wine is installed, installer/wine_test.sh: silent install, upgrade and uninstall
#      of stand-in installers, checking that the data folder is never touched.
# Prints PASS/FAIL lines; exits non-zero on the first failed stage.
#
# Options: --no-build (reuse --dist), --dist DIR (the frozen PCMD folder), --out DIR (scratch
# folder; default a temporary one, removed afterwards), --keep DIR (copy PDF/PNG outputs there),
# --no-translations (do not run `i18n/i18n_tool.py compile` first: desktop/locale is current).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python}"
BUILD=1
TRANSLATIONS=()
DIST=""
OUT=""
KEEP=""
BUILD_LIMIT="${PCMD_BUILD_LIMIT:-360}"  # seconds; CI budget for the PyInstaller build

while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --no-translations) TRANSLATIONS=(--no-translations) ;;
    --dist) DIST="$2"; shift ;;
    --out) OUT="$2"; shift ;;
    --keep) KEEP="$2"; shift ;;
    *) echo "usage: $0 [--no-build] [--no-translations] [--dist DIR] [--out DIR] [--keep DIR]" >&2
       exit 2 ;;
  esac
  shift
done

CLEAN_OUT=0
if [ -z "$OUT" ]; then
  OUT="$(mktemp -d "${TMPDIR:-/tmp}/pcmd-release.XXXXXX")"
  CLEAN_OUT=1
fi
mkdir -p "$OUT"
cleanup() { if [ "$CLEAN_OUT" = 1 ]; then rm -rf "$OUT"; fi; }
trap cleanup EXIT

fail() { echo "FAIL: $*"; exit 1; }
pass() { echo "PASS: $*"; }

cd "$ROOT" || fail "cannot enter $ROOT"

# --- 0. tools (a fresh CI machine may lack them) ------------------------------------------
if ! "$PYTHON" -c "import PyInstaller" 2> /dev/null; then
  echo "installing PyInstaller (pip install -e .[build])"
  "$PYTHON" -m pip install -q -e ".[build]" || fail "pip install -e .[build]"
fi
if ! command -v makensis > /dev/null && command -v apt-get > /dev/null && [ "$(id -u)" = 0 ]; then
  echo "installing NSIS (apt-get install nsis)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nsis; } \
    > "$OUT/apt.log" 2>&1 || { tail -5 "$OUT/apt.log"; fail "apt-get install nsis"; }
fi

# --- 1. build --------------------------------------------------------------------------
if [ "$BUILD" = 1 ]; then
  DIST="$OUT/dist/PCMD"
  start=$(date +%s)
  # build.py first compiles the translations (i18n/i18n_tool.py compile) so they are current.
  if ! "$PYTHON" installer/build.py "${TRANSLATIONS[@]}" --dist "$OUT/dist" --work "$OUT/build" \
      > "$OUT/build.log" 2>&1; then
    grep -v "setup plugin\|^[0-9]* INFO:" "$OUT/build.log" | tail -40
    fail "PyInstaller build (log above)"
  fi
  seconds=$(( $(date +%s) - start ))
  grep "^build:" "$OUT/build.log"
  if [ "$seconds" -gt "$BUILD_LIMIT" ]; then
    fail "PyInstaller build took ${seconds} s (limit ${BUILD_LIMIT} s)"
  fi
  pass "PyInstaller build in ${seconds} s"
fi
[ -n "$DIST" ] || DIST="$ROOT/dist/PCMD"
[ -x "$DIST/pcmd-cli" ] || fail "no frozen program in $DIST"
size_mb=$(du -sm "$DIST" | cut -f1)
echo "bundle: $DIST (${size_mb} MB on disk)"

# --- 2. run the frozen program ----------------------------------------------------------
keep_args=()
[ -n "$KEEP" ] && keep_args=(--keep "$KEEP")
"$PYTHON" installer/smoke.py --dist "$DIST" "${keep_args[@]}" || fail "frozen program checks"

# --- 3. NSIS script ---------------------------------------------------------------------
if ! command -v makensis > /dev/null; then
  fail "makensis not found (apt-get install nsis)"
fi
# The Linux build has PCMD and pcmd-cli; the installer packs PCMD.exe and pcmd-cli.exe. Pack
# a folder with the Windows names and the bundle's data files (small, so LZMA is quick).
FAKE="$OUT/nsis-source"
rm -rf "$FAKE"
mkdir -p "$FAKE/_internal"
cp "$DIST/PCMD" "$FAKE/PCMD.exe" && cp "$DIST/pcmd-cli" "$FAKE/pcmd-cli.exe" \
  && cp -r "$DIST/_internal/desktop" "$FAKE/_internal/desktop" || fail "preparing $FAKE"
read -r version version4 < <("$PYTHON" -c "import sys; sys.path.insert(0, 'installer')
import build; v = build.read_version(); print(v, '.'.join(map(str, build.numeric_version(v))))")
[ -n "${version4:-}" ] || fail "cannot read the version from desktop/__init__.py"
setup="$OUT/PCMD-Setup-$version.exe"
if ! makensis -V2 -WX -INPUTCHARSET UTF8 "-DVERSION=$version" "-DVERSION4=$version4" \
    "-DSOURCE_DIR=$FAKE" "-DOUTFILE=$setup" installer/pcmd.nsi > "$OUT/makensis.log" 2>&1; then
  cat "$OUT/makensis.log"
  fail "makensis installer/pcmd.nsi"
fi
[ -s "$setup" ] || fail "makensis wrote no installer"
pass "makensis compiles installer/pcmd.nsi ($(du -k "$setup" | cut -f1) KB test installer)"

# --- 4. installer logic under Wine (only where Wine is installed) -------------------------
if command -v wine64 > /dev/null || command -v wine > /dev/null; then
  bash installer/wine_test.sh || fail "installer under Wine"
else
  echo "SKIP: installer under Wine (wine not installed; the Windows workflow tests it)"
fi

echo "PASS: release smoke test"
