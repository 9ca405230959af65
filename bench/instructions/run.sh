#!/usr/bin/env bash
# Instructions per lesson view (callgrind), on a fresh PostgreSQL database
# with the demo seeded and Redis as the cache, as in production:
#     bash bench/instructions/run.sh        # N=10 views after 30 warm-up views
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${N:-10}"
DB=bench_instructions
OUT="$(mktemp -d)"
export DJANGO_SETTINGS_MODULE=bench.settings PYTHONPATH=.
export SECRET_KEY="instructions-$(date +%s)-not-a-secret-key-for-anything-else"
export CREDENTIAL_SIGNING_KEY="$(python3 -c 'import base64,os;print(base64.b64encode(os.urandom(32)).decode())')"
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DB"
export REDIS_URL=redis://127.0.0.1:6379/9 CELERY_BROKER_URL=redis://127.0.0.1:6379/10
export CACHE_KEY_PREFIX="instructions-$$" SITE_URL=http://127.0.0.1:8000 LOG_LEVEL=ERROR
export MEDIA_ROOT="$OUT/media" STATIC_ROOT="$OUT/static"
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
.venv/bin/python manage.py migrate -v0
.venv/bin/python manage.py seed_demo >/dev/null
.venv/bin/python manage.py collectstatic --noinput -v0
N="$N" valgrind --tool=callgrind --toggle-collect=functools_reduce \
    --callgrind-out-file="$OUT/callgrind.out" \
    .venv/bin/python bench/instructions/lesson_views.py 2>"$OUT/stderr" || { cat "$OUT/stderr"; exit 1; }
grep "^status" "$OUT/stderr"
total=$(awk '/^summary:/ {print $2}' "$OUT/callgrind.out")
echo "instructions per lesson view: $((total / N)) ($N views)"
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE $DB"
