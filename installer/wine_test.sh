#!/usr/bin/env bash
# Run the NSIS installer logic under Wine (Linux, optional; needs `apt-get install wine64 wine`):
# silent install of a version 1, upgrade to a version 2 whose program files differ, uninstall -
# and check after each step that the program files, shortcuts and uninstall registry entry are
# right and that the data folder (%APPDATA%\PCMD) was never touched.
#
# The installers are built from small stand-in folders (PCMD.exe, pcmd-cli.exe, _internal\...)
# as 64-bit NSIS installers, because Debian's Wine runs 64-bit programs without i386 packages.
# The real installer (32-bit stub, real PyInstaller folder) is tested on Windows by
# .github/workflows/windows.yml. Prints PASS/FAIL lines; exit 1 on failure.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WINE="$(command -v wine64 || command -v wine || true)"
[ -n "$WINE" ] || { echo "FAIL: wine not found (apt-get install wine64 wine)"; exit 1; }
command -v makensis > /dev/null || { echo "FAIL: makensis not found (apt-get install nsis)"; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/pcmd-wine.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
# Keep Wine away from the real home folder: its desktop links there, and no menu entries.
mkdir -p "$WORK/home"
export HOME="$WORK/home" WINEPREFIX="$WORK/prefix" WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
FAILED=0
check() {  # check "description" test-expression...
  local what="$1"; shift
  if "$@"; then echo "PASS: $what"; else echo "FAIL: $what"; FAILED=1; fi
}

# Two stand-in program folders: version 2 drops _internal/old_only.txt and adds new_only.txt.
for v in 1 2; do
  src="$WORK/src$v"
  mkdir -p "$src/_internal/desktop/locale"
  echo "PCMD $v" > "$src/PCMD.exe"
  echo "pcmd-cli $v" > "$src/pcmd-cli.exe"
  echo "vi $v" > "$src/_internal/desktop/locale/pcmd_vi.qm"
done
echo old > "$WORK/src1/_internal/old_only.txt"
echo new > "$WORK/src2/_internal/new_only.txt"

for v in 1 2; do
  if ! makensis -V1 -WX -INPUTCHARSET UTF8 "-XTarget amd64-unicode" "-DVERSION=0.$v.0" \
      "-DSOURCE_DIR=$WORK/src$v" "-DOUTFILE=$WORK/setup$v.exe" "$ROOT/installer/pcmd.nsi"; then
    echo "FAIL: makensis (version 0.$v.0)"; exit 1
  fi
done

"$WINE" wineboot --init > "$WORK/wineboot.log" 2>&1
C="$WINEPREFIX/drive_c"
PROFILE="$(find "$C/users" -mindepth 1 -maxdepth 1 -type d ! -name Public | head -1)"
APP="$PROFILE/AppData/Local/Programs/PCMD"
DATA="$PROFILE/AppData/Roaming/PCMD"
MENU="$PROFILE/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/PCMD.lnk"
DESKTOP_LINK="$HOME/Desktop/PCMD.lnk"
[ -L "$PROFILE/Desktop" ] && DESKTOP_LINK="$(readlink -f "$PROFILE/Desktop")/PCMD.lnk"
UNINST='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\PCMD'

# The user's data from an earlier version: must survive everything below, byte for byte.
mkdir -p "$DATA/backups" "$DATA/logs"
echo "database" > "$DATA/pcmd.sqlite"
echo "backup" > "$DATA/backups/pcmd-2024.sqlite"
echo '{"language": "vi"}' > "$DATA/preferences.json"
( cd "$DATA" && find . -type f -exec md5sum {} + | sort ) > "$WORK/data.md5"
data_unchanged() { ( cd "$DATA" && find . -type f -exec md5sum {} + | sort ) | cmp -s - "$WORK/data.md5"; }
registry_version() { "$WINE" reg query "$UNINST" /v DisplayVersion 2>/dev/null | tr -d '\r' | grep -q "$1"; }

"$WINE" "$WORK/setup1.exe" /S
check "install 0.1.0: programs in %LOCALAPPDATA%\\Programs\\PCMD" \
  test -f "$APP/PCMD.exe" -a -f "$APP/pcmd-cli.exe" -a -f "$APP/uninstall.exe"
check "install 0.1.0: Start-menu and desktop shortcuts" test -f "$MENU" -a -f "$DESKTOP_LINK"
check "install 0.1.0: uninstall entry in HKCU" registry_version 0.1.0
check "install 0.1.0: data folder untouched" data_unchanged

"$WINE" "$WORK/setup2.exe" /S
check "upgrade to 0.2.0: new program files" grep -q "PCMD 2" "$APP/PCMD.exe"
check "upgrade to 0.2.0: files of 0.1.0 removed" test ! -e "$APP/_internal/old_only.txt"
check "upgrade to 0.2.0: new files present" test -f "$APP/_internal/new_only.txt"
check "upgrade to 0.2.0: uninstall entry updated" registry_version 0.2.0
check "upgrade to 0.2.0: data folder untouched" data_unchanged

# _?= runs the uninstaller in place, so that this script waits for it.
"$WINE" "$APP/uninstall.exe" /S "_?=$("$WINE" winepath -w "$APP" 2>/dev/null | tr -d '\r')"
check "uninstall: programs removed" test ! -e "$APP/PCMD.exe" -a ! -e "$APP/_internal"
check "uninstall: shortcuts removed" test ! -e "$MENU" -a ! -e "$DESKTOP_LINK"
check "uninstall: uninstall entry removed" bash -c "! \"$WINE\" reg query '$UNINST' > /dev/null 2>&1"
check "uninstall: data folder kept, unchanged" data_unchanged

if [ "$FAILED" = 0 ]; then echo "PASS: installer under Wine"; else echo "FAIL: installer under Wine"; fi
exit "$FAILED"
