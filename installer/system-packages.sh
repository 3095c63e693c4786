#!/bin/sh
# The system libraries PCMD needs beside Python, installed on a Debian or Ubuntu machine (the
# README's Quick start and .ci/run both call this; elsewhere it does nothing: Windows gets
# them with the installer, other systems from their own package manager).
#   installer/system-packages.sh           what a real window needs (Qt's xcb libraries, fonts)
#   installer/system-packages.sh --test    and what the tests use (LibreOffice, poppler,
#                                          PostgreSQL, SoftHSM, the sqlite3 tool, Xvfb)
#   installer/system-packages.sh --build   and NSIS for the Windows installer
set -eu
command -v apt-get >/dev/null 2>&1 || exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# Qt's xcb platform plugin and what it loads (a real window), fonts with Vietnamese letters.
PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0 fonts-dejavu-core fonts-liberation2"
for arg in "$@"; do
  case "$arg" in
    --test) PACKAGES="$PACKAGES libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils
      postgresql softhsm2 sqlite3 xvfb xauth" ;;
    --build) PACKAGES="$PACKAGES nsis" ;;
    *) echo "unknown option: $arg (use --test or --build)" >&2; exit 2 ;;
  esac
done
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086 # the list is split into package names on purpose
$SUDO apt-get install -y -qq --no-install-recommends $PACKAGES >/dev/null
