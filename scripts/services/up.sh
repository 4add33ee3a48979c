#!/usr/bin/env bash
# Start every service the test suite needs (PostgreSQL, Redis, the local AT Protocol network) when not
# running, and print the environment to export:  eval "$(scripts/services/up.sh)"
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for service in postgres redis atproto; do
  [[ -x "$HERE/$service.sh" ]] || continue
  exports="$("$HERE/$service.sh")"
  eval "$exports"
  echo "$exports"
done
