#!/bin/sh
# Start a throwaway PostgreSQL cluster on 127.0.0.1 for the tests and print its URL.
#   .ci/postgres.sh          start (or reuse) the cluster; prints the SQLAlchemy URL
#   .ci/postgres.sh stop     stop it and remove its folder
# Installs nothing (the CI installs the postgresql package). Runs the server as the
# "postgres" system user when started by root (PostgreSQL refuses to run as root).
# Environment: PCMD_PG_PORT (55432), PCMD_PG_DIR (/tmp/pcmd-pg-$PORT).
set -eu
PORT="${PCMD_PG_PORT:-55432}"
DIR="${PCMD_PG_DIR:-/tmp/pcmd-pg-$PORT}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
    echo "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)" >&2
    exit 3
fi
as_pg() {
    if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "${1:-start}" = "stop" ]; then
    [ -d "$DIR/data" ] && as_pg "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
    exit 0
fi
if ! as_pg "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    rm -rf "$DIR"
    mkdir -p "$DIR"
    [ "$(id -u)" = "0" ] && chown postgres "$DIR"
    as_pg "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
        >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
    as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
        -o "-k $DIR -p $PORT -h 127.0.0.1 -c fsync=off -c full_page_writes=off" start \
        >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
fi
PSQL="$BIN/psql -h 127.0.0.1 -p $PORT -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA"
if [ "$($PSQL -c "SELECT 1 FROM pg_roles WHERE rolname='pcmd_test'")" != "1" ]; then
    $PSQL -c "CREATE ROLE pcmd_test LOGIN PASSWORD 'pcmd_test' CREATEDB" >/dev/null
fi
if [ "$($PSQL -c "SELECT 1 FROM pg_database WHERE datname='pcmd_test'")" != "1" ]; then
    $PSQL -c "CREATE DATABASE pcmd_test OWNER pcmd_test" >/dev/null
fi
echo "postgresql+psycopg://pcmd_test:pcmd_test@127.0.0.1:$PORT/pcmd_test"
