#!/usr/bin/env bash
# Start a local PostgreSQL for the tests of the store's PostgreSQL path; idempotent.
# Uses FOLLOWSIFT_TEST_PG_URL when it already answers. Otherwise installs Debian's postgresql when no
# server binaries exist, initialises a throw-away cluster under /tmp owned by the postgres user (the server
# refuses to run as root), starts it on 127.0.0.1, creates the test database and prints the environment:
#   eval "$(scripts/services/postgres.sh)"
set -euo pipefail
PORT="${FOLLOWSIFT_PG_PORT:-54329}"
DIR="${FOLLOWSIFT_SERVICES_DIR:-/tmp/followsift-services}/postgres"
DB=followsift_test
say() { echo "postgres.sh: $*" >&2; }

answers() { python3 - "$1" <<'PY' >/dev/null 2>&1
import socket, sys, urllib.parse
u = urllib.parse.urlsplit(sys.argv[1].replace("+psycopg", ""))
socket.create_connection((u.hostname or "127.0.0.1", u.port or 5432), timeout=2).close()
PY
}

if [[ -n "${FOLLOWSIFT_TEST_PG_URL:-}" ]] && answers "$FOLLOWSIFT_TEST_PG_URL"; then
  echo "export FOLLOWSIFT_TEST_PG_URL=$FOLLOWSIFT_TEST_PG_URL"
  exit 0
fi

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if [[ -z "$(bindir)" ]]; then
  say "installing PostgreSQL (Debian package postgresql)"
  (apt-get install -y postgresql >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y postgresql >/dev/null; })
fi
BIN="$(bindir)"
[[ -n "$BIN" ]] || { say "no PostgreSQL server binaries after install; install the postgresql package"; exit 1; }

RUN=()
if [[ "$(id -u)" == 0 ]]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  RUN=(runuser -u postgres --)
fi

URL="postgresql+psycopg://postgres@127.0.0.1:$PORT/$DB"
if ! answers "$URL"; then
  mkdir -p "$DIR"
  [[ "$(id -u)" == 0 ]] && chown -R postgres "$DIR"
  if [[ ! -f "$DIR/data/PG_VERSION" ]]; then
    "${RUN[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
  fi
  say "starting PostgreSQL on 127.0.0.1:$PORT"
  "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
fi
if ! "${RUN[@]}" "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" postgres | grep -q 1; then
  "${RUN[@]}" "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB"
fi
echo "export FOLLOWSIFT_TEST_PG_URL=$URL"
