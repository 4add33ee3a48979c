#!/usr/bin/env bash
# Start a local Redis for the live Bluesky tests (the AT Protocol AppView needs it); idempotent.
# Installs Debian's redis-server when missing, starts it when not running, waits until it answers,
# then prints the environment to export:  eval "$(scripts/services/redis.sh)"
set -euo pipefail
PORT="${FOLLOWSIFT_REDIS_PORT:-6379}"
DIR="${FOLLOWSIFT_SERVICES_DIR:-/tmp/followsift-services}/redis"

ping() { redis-cli -h 127.0.0.1 -p "$PORT" ping 2>/dev/null | grep -q PONG; }

if ! command -v redis-server >/dev/null 2>&1; then
  echo "redis.sh: installing redis-server" >&2
  (apt-get install -y redis-server >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y redis-server >/dev/null; })
fi
if ! ping; then
  mkdir -p "$DIR"
  # Throwaway test cache: no persistence, loopback only.
  redis-server --port "$PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --dir "$DIR" --logfile "$DIR/redis.log" --pidfile "$DIR/redis.pid" >&2
  for _ in $(seq 1 50); do ping && break; sleep 0.1; done
  ping || { echo "redis.sh: redis did not start (see $DIR/redis.log)" >&2; exit 1; }
fi
echo "export REDIS_HOST=127.0.0.1:$PORT"
