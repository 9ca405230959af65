"""7. The lesson page beside wagtail-lms's, measured side by side.

The peer (wagtail-lms, `PEER_VERSION`) is installed in the benchmark's own
virtualenv under var/bench/peer/ with the Django and Wagtail versions this
project runs, and serves a minimal project (bench/peer_project/) with a
course of as many rich-text lessons as the reading course and enrolled,
signed-in users, from its own PostgreSQL database on the same server,
through gunicorn with the same number of sync workers. wrk runs alternate
between our lesson page (on the benchmark's server) and the peer's, so
that other load on the machine falls on both alike; the figures are the
sums over the rounds.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from ..context import Context
from ..environment import (
    HOST,
    INSTANCE,
    PORT,
    ROOT,
    ServerMeter,
    _admin_connection,
    _recreate,
    http_ready,
    log,
)
from ..load import WrkResult, wrk_run
from ..report import Row

SECTION = "7. Lesson page beside wagtail-lms (wrk, alternating runs)"
PEER_VERSION = "0.11.1"
PEER_DIR = ROOT / "var" / "bench" / "peer"
PROJECT = Path(__file__).resolve().parent.parent / "peer_project"
PEER_PORT = PORT + 5
PEER_SERVER = f"http://{HOST}:{PEER_PORT}"
PEER_DATABASE = "fellowship_bench_peer" + (f"_{INSTANCE}" if INSTANCE else "")
ROUNDS = 3


def _requirements() -> list[str]:
    """The peer at its version, with our Django, Wagtail, gunicorn and psycopg."""
    ours = [
        f"{name}=={metadata.version(name)}"
        for name in ("Django", "wagtail", "gunicorn")
    ]
    psycopg = metadata.version("psycopg")
    return [f"wagtail-lms=={PEER_VERSION}", *ours, f"psycopg[binary]=={psycopg}"]


def virtualenv() -> Path:
    """var/bench/peer/venv with the peer installed (kept between runs)."""
    venv = PEER_DIR / "venv"
    python = venv / "bin" / "python"
    requirements = _requirements()
    stamp = venv / "bench-requirements.txt"
    if stamp.exists() and stamp.read_text() == "\n".join(requirements):
        return venv
    log(f"peer: virtualenv with {', '.join(requirements)}")
    PEER_DIR.mkdir(parents=True, exist_ok=True)
    if not python.exists():
        subprocess.run(  # noqa: S603
            [sys.executable, "-m", "venv", str(venv)], check=True, timeout=300
        )
    subprocess.run(  # noqa: S603
        [str(python), "-m", "pip", "install", "--quiet", *requirements],
        check=True,
        timeout=900,
    )
    stamp.write_text("\n".join(requirements))
    return venv


def _environment(ctx: Context) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DJANGO_SETTINGS_MODULE": "settings",
        "PYTHONPATH": str(PROJECT),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PEER_SECRET_KEY": secrets.token_urlsafe(48),
        "PEER_DATABASE": PEER_DATABASE,
        "PEER_STATIC_ROOT": str(ctx.run_dir / "peer-static"),
        "PEER_MEDIA_ROOT": str(ctx.run_dir / "peer-media"),
        "PEER_LESSONS": str(ctx.scale.lessons),
        "PEER_FELLOWS": str(len(ctx.site.fellows)),
    }


def build(venv: Path, env: dict[str, str], ctx: Context) -> dict:
    """A fresh database, the peer's site in it; what build.py prints."""
    with _admin_connection() as connection:
        _recreate(connection, PEER_DATABASE)
    completed = subprocess.run(  # noqa: S603
        [str(venv / "bin" / "python"), "build.py"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    (ctx.run_dir / "peer-build.log").write_text(completed.stdout + completed.stderr)
    for line in completed.stdout.splitlines():
        if line.startswith("PEER_JSON "):
            return json.loads(line.removeprefix("PEER_JSON "))
    raise RuntimeError(
        f"peer build failed (exit {completed.returncode}): {completed.stderr[-500:]}"
    )


def serve(venv: Path, env: dict[str, str], ctx: Context):
    access_log = ctx.run_dir / "access-peer.log"
    command = [
        str(venv / "bin" / "gunicorn"),
        "wsgi:application",
        "--chdir",
        str(PROJECT),
        "--workers",
        str(ctx.scale.gunicorn_workers),
        "--worker-class",
        "sync",
        "--bind",
        f"{HOST}:{PEER_PORT}",
        "--timeout",
        "60",
        "--graceful-timeout",
        "5",
        "--error-logfile",
        "-",
        "--access-logfile",
        str(access_log),
    ]
    process = ctx.processes.start(
        command, log_path=ctx.run_dir / "gunicorn-peer.log", env=env
    )
    return process, ServerMeter(process.pid, access_log)


def _sum(results: list[WrkResult]) -> tuple[float, float, float | None]:
    """Requests per second over all rounds, the worst round's p95 and the
    CPU per request over all rounds."""
    requests = sum(result.requests for result in results)
    seconds = sum(result.duration_s for result in results)
    cpu = [r.cpu_ms_per_request for r in results if r.cpu_ms_per_request]
    cpu_ms = (
        sum(c * r.requests for c, r in zip(cpu, results, strict=False)) / requests
        if len(cpu) == len(results)
        else None
    )
    return requests / seconds, max(result.p95_ms for result in results), cpu_ms


def run(ctx: Context) -> None:
    from .pages import query_counts

    venv = virtualenv()
    env = _environment(ctx)
    log("peer: building its site")
    peer = build(venv, env, ctx)
    log(f"peer: {peer['queries']} queries for {peer['lesson_url']}")
    server, peer_meter = serve(venv, env, ctx)
    try:
        http_ready(f"{PEER_SERVER}/")
        ours_queries = query_counts(ctx)["lesson"]
        cookies = [fellow.cookie for fellow in ctx.site.fellows]
        ours: list[WrkResult] = []
        theirs: list[WrkResult] = []
        common = {
            "script": "get.lua",
            "duration": ctx.scale.wrk_seconds,
            "connections": ctx.scale.connections,
            "log_dir": ctx.run_dir,
        }
        for number in range(ROUNDS):
            # Warm both once, then alternate which goes first.
            order = ("ours", "peer") if number % 2 == 0 else ("peer", "ours")
            for side in order:
                if side == "ours":
                    config = {"path": ctx.site.lesson_url, "cookies": cookies}
                    options = {"meter": ctx.meter}
                else:
                    config = {"path": peer["lesson_url"], "cookies": peer["cookies"]}
                    options = {"meter": peer_meter, "server": PEER_SERVER}
                if number == 0:
                    wrk_run(
                        ctx.wrk,
                        **{**common, "duration": ctx.scale.warmup_seconds},
                        config={**config, "expect": 200},
                        **options,
                    )
                log(f"wrk: round {number + 1}, {side}")
                result = wrk_run(
                    ctx.wrk, **common, config={**config, "expect": 200}, **options
                )
                if result.errors:
                    raise RuntimeError(
                        f"{side}: {result.errors} failed or unexpected responses"
                    )
                (ours if side == "ours" else theirs).append(result)
    finally:
        ctx.processes.stop(server)
    _report(ctx, ours, theirs, ours_queries=ours_queries, peer=peer)


def _report(ctx, ours, theirs, *, ours_queries: int, peer: dict) -> None:
    ours_rps, ours_p95, ours_cpu = _sum(ours)
    peer_rps, peer_p95, peer_cpu = _sum(theirs)
    rounds = (
        f"{len(ours)} alternating rounds of {ctx.scale.wrk_seconds:.0f} s each "
        f"side, {ctx.scale.connections} connections, "
        f"{ctx.scale.gunicorn_workers} gunicorn sync workers each"
    )
    ctx.add(
        Row(
            SECTION,
            f"Lesson page, enrolled fellow: requests/s (ours ÷ wagtail-lms "
            f"{PEER_VERSION}; goal ≥ 1.5×)",
            f"{ours_rps:,.1f} req/s",
            f"{peer_rps:,.1f} req/s",
            ours_rps / peer_rps,
            f"{rounds}; per round ours "
            + ", ".join(f"{r.rps:.1f}" for r in ours)
            + ", peer "
            + ", ".join(f"{r.rps:.1f}" for r in theirs),
        )
    )
    ctx.add(
        Row(
            SECTION,
            "Lesson page, enrolled fellow: p95 latency (worst round)",
            f"{ours_p95:.1f} ms",
            f"{peer_p95:.1f} ms",
            ours_p95 / peer_p95,
            "below 1 means ours answers faster",
        )
    )
    if ours_cpu and peer_cpu:
        ctx.add(
            Row(
                SECTION,
                "Lesson page: gunicorn CPU per request",
                f"{ours_cpu:.1f} ms",
                f"{peer_cpu:.1f} ms",
                ours_cpu / peer_cpu,
                "each server's own processes",
            )
        )
    ctx.add(
        Row(
            SECTION,
            "Lesson page: SQL queries per request",
            str(ours_queries),
            str(peer["queries"]),
            ours_queries / peer["queries"],
            f"counted in-process; HTML "
            f"{int(ctx.env.get('BENCH_BASELINE_BYTES', 0)):,} bytes ours, "
            f"{peer['bytes']:,} the peer's (rich text only; ours carries the "
            f"outline, progress, sources and language links)",
        )
    )
