#!/usr/bin/env bash
# Clone this commit into a directory whose parent holds nothing else, run
# `make run` there with the embedded defaults (no DATABASE_URL, REDIS_URL or
# broker), wait for /healthz, sign in as the demo fellow and open a lesson,
# then stop the server. Fails with the server's log when any step fails.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
port="${NEWCOMER_PORT:-8000}"
parent="$(mktemp -d)"
clone="$parent/fellowship"
log="$parent/make-run.log"
git clone --quiet --no-local "$repo" "$clone"
git -C "$clone" checkout --quiet "$(git -C "$repo" rev-parse HEAD)"

server=""
cleanup() {
  if [ -n "$server" ]; then
    kill -- "-$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$parent"
}
trap cleanup EXIT

if curl -s -o /dev/null "http://127.0.0.1:$port/healthz"; then
  echo "Port $port is already in use: stop what serves there first." >&2
  exit 1
fi

# A session of its own, so that stopping it stops make, runserver and its child.
setsid env -u DATABASE_URL -u REDIS_URL -u CELERY_BROKER_URL \
  -u DJANGO_SETTINGS_MODULE -u EMAIL_URL -u SECRET_KEY -u AWS_STORAGE_BUCKET_NAME \
  make -C "$clone" run >"$log" 2>&1 &
server=$!

if ! python3 "$repo/scripts/smoke_demo.py" "http://127.0.0.1:$port"; then
  echo "---- make run (last 80 lines) ----"
  tail -n 80 "$log"
  exit 1
fi
grep -q "fellow@example.org" "$log" || { echo "The seed printed no demo sign-ins." >&2; tail -n 40 "$log"; exit 1; }
echo "Newcomer: make run served the demo from a bare clone."
