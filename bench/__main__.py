"""`python -m bench`: run every benchmark against PostgreSQL, Redis, gunicorn
and Celery on this machine and print one table of figures, baselines from
the same run, and their ratios.

    .venv/bin/python -m bench            # full sizes, writes bench/RESULTS.md
    .venv/bin/python -m bench --quick    # small sizes, a few minutes

The order: the database (cloned from a template that holds the migrated
schema and the demo seed, rebuilt when the code changes), static files,
fellows and their sessions, then the gunicorn server for the HTTP
benchmarks, Celery workers for certificates, and the in-process dashboard
last. Every process started is stopped when the run ends, however it ends.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path

from . import environment
from .context import FULL, QUICK, Context
from .environment import Processes, log
from .report import Row

STEPS = (
    "pages",
    "weight",
    "xapi",
    "quiz",
    "offline",
    "peer",
    "certificates",
    "dashboard",
)


def _arguments(argv):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="small sizes and short runs"
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="rebuild the template database even if the code has not changed",
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=STEPS,
        help="run only these benchmarks (repeatable)",
    )
    parser.add_argument(
        "--results",
        type=Path,
        help="where to write the Markdown table "
        "(default: bench/RESULTS.md for a full run of every benchmark)",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the run directory (logs, media)"
    )
    return parser.parse_args(argv)


def _terminate(signum, frame):
    raise SystemExit(f"stopped by signal {signum}")


def _step(ctx: Context, name: str, function, *args) -> bool:
    started = time.monotonic()
    try:
        function(ctx, *args)
    except Exception as error:  # noqa: BLE001 - reported in the table, run goes on
        traceback.print_exc()
        section = sys.modules[function.__module__].SECTION
        ctx.add(Row(section, "FAILED", type(error).__name__, note=str(error)[:300]))
        return False
    log(f"{name}: done in {time.monotonic() - started:.0f} s")
    return True


def _settings_text(ctx: Context, queries_note: str, load_start: float) -> str:
    scale = ctx.scale
    busy = (
        f" The machine was busy with other work (load average {load_start:.1f} "
        f"on {os.cpu_count()} cores at the start): requests/s and latencies are "
        f"lower and higher than on a quiet machine; CPU per request, query "
        f"counts and the ratios of in-process measurements are not affected."
        if load_start > 0.5 * (os.cpu_count() or 1)
        else ""
    )
    return (
        f"Server: gunicorn, {scale.gunicorn_workers} sync workers on "
        f"{environment.SERVER}, settings `bench.settings` (= "
        f"`fellowship.settings.production`, DEBUG off, whitenoise, plain HTTP on "
        f"loopback), `CONN_MAX_AGE` {os.environ.get('CONN_MAX_AGE', '60')} "
        f"(kept connections, the production default); "
        f"PostgreSQL database `{environment.DATABASE}`, "
        f"Redis DB {environment.REDIS_DBS['cache']} (cache), "
        f"{environment.REDIS_DBS['broker']} (Celery broker). "
        f"wrk: 2 threads, {scale.connections} connections, "
        f"{scale.wrk_seconds:.0f} s after a {scale.warmup_seconds:.0f} s warm-up; "
        f"wrk, the server, PostgreSQL and Redis share the machine's cores. "
        f"Ratios are figure ÷ baseline: below 1 for a throughput means slower "
        f"than the baseline, above 1 for a latency or a time means slower."
        f"{queries_note}{busy}"
    )


def _prepare(*, run_dir: Path, fresh: bool) -> dict[str, str]:
    """Services, wrk, the environment, a fresh database, static files."""
    environment.services_ensure()
    env = environment.run_environment(run_dir)
    os.environ.update(env)
    rebuilt = environment.database_prepare(env=env, run_dir=run_dir, fresh=fresh)
    log(
        f"database {environment.DATABASE} created from the template"
        + (" (rebuilt)" if rebuilt else "")
    )
    environment.redis_flush()

    import django

    django.setup()
    from django.core.management import call_command

    call_command("collectstatic", "--noinput", verbosity=0)
    return env


def _server(ctx: Context, *, name: str):
    access_log = ctx.run_dir / f"access-{name}.log"
    server = environment.gunicorn_start(
        ctx.processes,
        env={**os.environ, **ctx.env},
        workers=ctx.scale.gunicorn_workers,
        log_path=ctx.run_dir / "gunicorn.log",
        access_log=access_log,
    )
    ctx.meter = environment.ServerMeter(server.pid, access_log)
    return server


def _web(ctx: Context, steps: list[str]) -> bool:
    """Benchmarks against the gunicorn server. Returns whether all passed."""
    from fellowship.accounts.models import User

    from . import data
    from .benchmarks import offline, pages, peer, quiz, weight, xapi
    from .inprocess import client, measure

    log(f"fellows: {ctx.scale.fellows} enrolled, signed in")
    ctx.site = data.site_prepare(fellows=ctx.scale.fellows)
    fellow = User.objects.get(pk=ctx.site.fellows[0].user_id)
    lesson = measure(client(fellow), "get", ctx.site.lesson_url)
    ctx.env["BENCH_BASELINE_BYTES"] = str(lesson.size)
    log("gunicorn: starting")
    server = _server(ctx, name="default")
    pages.warm_up(ctx)
    passed = True
    for name, function, needs_wrk in (
        ("pages", pages.run, True),
        ("weight", weight.run, False),
        ("xapi", xapi.run, True),
        ("quiz", quiz.run, False),
        ("offline", offline.run, False),
        ("peer", peer.run, True),
    ):
        if name not in steps:
            continue
        if needs_wrk and not ctx.wrk:
            section = sys.modules[function.__module__].SECTION
            ctx.add(Row(section, "SKIPPED", "wrk is not installed"))
            continue
        passed &= _step(ctx, name, function)
    ctx.processes.stop(server)
    return passed


def _report(ctx: Context, *, started: float, load_start: float, path: Path | None):
    from . import report

    queries = ctx.facts.get("queries")
    note = (
        " SQL queries per request (counted in-process): "
        + ", ".join(f"{name} {count}" for name, count in queries.items())
        + "."
        if queries
        else ""
    )
    text = report.document(
        ctx.rows,
        mode=ctx.scale.name,
        settings_text=_settings_text(ctx, note, load_start),
        duration_s=time.monotonic() - started,
        load=(load_start, os.getloadavg()[0]),
    )
    print("\n" + text, flush=True)
    if path is not None:
        path.write_text(text)
        log(f"table written to {path}")


def main(argv=None) -> int:
    args = _arguments(argv)
    scale = QUICK if args.quick else FULL
    steps = args.only or list(STEPS)
    results_path = args.results
    if results_path is None and not args.quick and not args.only:
        from .report import RESULTS

        results_path = RESULTS
    started = time.monotonic()
    run_dir = Path(tempfile.mkdtemp(prefix="fellowship-bench-"))
    processes = Processes()
    signal.signal(signal.SIGTERM, _terminate)
    log(f"{scale.name} run; logs in {run_dir}")
    load_start = os.getloadavg()[0]
    if load_start > 0.5 * (os.cpu_count() or 1):
        log(
            f"load average {load_start:.1f} on {os.cpu_count()} cores: other "
            f"processes are busy, figures will be lower than on a quiet machine"
        )
    ctx = None
    passed = False
    try:
        wrk = environment.wrk_ensure()
        env = _prepare(run_dir=run_dir, fresh=args.fresh)
        ctx = Context(
            scale=scale, env=env, run_dir=run_dir, processes=processes, wrk=wrk
        )
        passed = True
        web_steps = ("pages", "weight", "xapi", "quiz", "offline", "peer")
        if any(name in steps for name in web_steps):
            passed &= _web(ctx, steps)
        if "certificates" in steps or "dashboard" in steps:
            from . import data
            from .benchmarks import certificates, dashboard

            course = data.reading_course_create(lessons=scale.lessons)
            if "certificates" in steps:
                passed &= _step(ctx, "certificates", certificates.run, course)
            if "dashboard" in steps:
                passed &= _step(ctx, "dashboard", dashboard.run, course)
    finally:
        processes.stop_all()
        if ctx is not None and ctx.rows:
            _report(ctx, started=started, load_start=load_start, path=results_path)
        if args.keep or not passed:
            log(f"run directory kept: {run_dir}")
        else:
            shutil.rmtree(run_dir, ignore_errors=True)
    log(f"finished in {(time.monotonic() - started) / 60:.1f} minutes")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
