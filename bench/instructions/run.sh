#!/usr/bin/env bash
# Instructions per request (callgrind), on a fresh PostgreSQL database with
# the demo seeded and Redis as the cache, as in production:
#     bash bench/instructions/run.sh          # the lesson page: N=10 views after 30 warm-up views
#     bash bench/instructions/run.sh xapi     # one xAPI statement per POST, and the baseline POST
set -euo pipefail
cd "$(dirname "$0")/../.."
WHAT="${1:-lesson}"
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

count() {  # count SCRIPT LABEL [VAR=VALUE...]: instructions per request of SCRIPT
    local script="$1" label="$2"
    shift 2
    env N="$N" "$@" valgrind --tool=callgrind --toggle-collect=functools_reduce \
        --callgrind-out-file="$OUT/callgrind.$label" \
        .venv/bin/python "$script" 2>"$OUT/stderr.$label" || true
    if ! grep -q "^status" "$OUT/stderr.$label"; then
        cat "$OUT/stderr.$label" >&2
        return 1
    fi
    grep -v "^==" "$OUT/stderr.$label" >&2
    echo $(( $(awk '/^summary:/ {print $2}' "$OUT/callgrind.$label") / N ))
}

case "$WHAT" in
lesson)
    per_view=$(count bench/instructions/lesson_views.py lesson) || exit 1
    echo "instructions per lesson view: $per_view ($N views)"
    ;;
xapi)
    statement=$(count bench/instructions/xapi_posts.py statement MODE=statement) || exit 1
    baseline=$(count bench/instructions/xapi_posts.py baseline MODE=baseline) || exit 1
    echo "instructions per xAPI statement POST: $statement ($N requests)"
    echo "instructions per baseline POST: $baseline ($N requests)"
    python3 -c "print(f'statement / baseline: {$statement / $baseline:.1f}x')"
    ;;
*)
    echo "usage: $0 [lesson|xapi]" >&2
    exit 2
    ;;
esac
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE $DB"
