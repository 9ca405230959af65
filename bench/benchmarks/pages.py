"""1. The lesson page under concurrent load, against the baseline page.

wrk on loopback, the same gunicorn server for every run: the baseline (a
fixed page of the lesson page's size, no database work), the lesson for
enrolled fellows (their sessions rotated per request), and what an anonymous
visitor gets: the lesson answers with the login redirect (enrolled-only
content cannot be cached for everyone), and the public course overview.
"""

from __future__ import annotations

from dataclasses import dataclass

import requests

from ..context import Context
from ..environment import SERVER, log
from ..inprocess import client, measure
from ..load import WrkResult, run_in_threads, wrk_measure
from ..report import Row

SECTION = "1. Lesson page under load (wrk)"


def _wrk(ctx: Context, path: str, cookies: list[str], expect: int) -> WrkResult:
    return wrk_measure(
        ctx.wrk,
        warmup=ctx.scale.warmup_seconds,
        script="get.lua",
        config={"path": path, "cookies": cookies, "expect": expect},
        duration=ctx.scale.wrk_seconds,
        connections=ctx.scale.connections,
        log_dir=ctx.run_dir,
        meter=ctx.meter,
    )


def _cpu(result: WrkResult) -> str:
    if result.cpu_ms_per_request is None:
        return ""
    return f"{result.cpu_ms_per_request:.1f} ms"


def _check(path: str, *, cookie: str | None, expect: int) -> requests.Response:
    headers = {"Cookie": cookie} if cookie else {}
    response = requests.get(
        SERVER + path, headers=headers, allow_redirects=False, timeout=30
    )
    if response.status_code != expect:
        raise RuntimeError(f"GET {path}: {response.status_code}, expected {expect}")
    return response


def _errors(result: WrkResult) -> str:
    if not result.errors:
        return ""
    return (
        f"; {result.errors} failed or unexpected responses of "
        f"{result.requests:,} (not counted out of the rate)"
    )


def warm_up(ctx: Context, *, threads: int = 8) -> None:
    """Load every page the benchmarks request in every worker (templates,
    URL resolvers, per-process caches) before anything is measured: a short
    wrk warm-up alone leaves some workers cold on slow pages."""
    site = ctx.site
    rounds = 2 if ctx.scale.name == "quick" else 4
    signed_in = [site.lesson_url, site.course_url, site.catalog_url]
    signed_in += [site.my_learning_url, site.h5p_lesson_url]
    anonymous = [site.lesson_url, site.course_url, "/bench/baseline/"]

    def work(index: int, barrier) -> None:
        cookie = site.fellows[index % len(site.fellows)].cookie
        barrier.wait()
        for _round in range(rounds):
            for path in signed_in:
                requests.get(
                    SERVER + path,
                    headers={"Cookie": cookie},
                    allow_redirects=False,
                    timeout=60,
                )
            for path in anonymous:
                requests.get(SERVER + path, allow_redirects=False, timeout=60)

    run_in_threads(work, count=threads, timeout=300)


def query_counts(ctx: Context) -> dict[str, int]:
    """Queries per request, counted in-process (same settings)."""
    from fellowship.accounts.models import User

    site = ctx.site
    fellow = User.objects.get(pk=site.fellows[0].user_id)
    signed_in, anonymous = client(fellow), client()
    counts = {}
    for name, test_client, path in (
        ("lesson", signed_in, site.lesson_url),
        ("course", signed_in, site.course_url),
        ("catalog", signed_in, site.catalog_url),
        ("my_learning", signed_in, site.my_learning_url),
        ("anonymous_lesson", anonymous, site.lesson_url),
        ("anonymous_course", anonymous, site.course_url),
    ):
        measure(test_client, "get", path)  # per-process caches (site, types)
        counts[name] = measure(test_client, "get", path).queries
    return counts


@dataclass
class PageLoads:
    baseline: WrkResult
    lesson: WrkResult
    anonymous_lesson: WrkResult
    anonymous_course: WrkResult
    baseline_after: WrkResult


def _loads(ctx: Context, cookies: list[str]) -> PageLoads:
    site = ctx.site
    log("wrk: baseline page")
    baseline = _wrk(ctx, "/bench/baseline/", [], 200)
    log("wrk: lesson page, enrolled fellows")
    lesson = _wrk(ctx, site.lesson_url, cookies, 200)
    log("wrk: lesson page, anonymous (login redirect)")
    anonymous_lesson = _wrk(ctx, site.lesson_url, [], 302)
    log("wrk: course overview, anonymous")
    anonymous_course = _wrk(ctx, site.course_url, [], 200)
    log("wrk: baseline page again")
    baseline_after = _wrk(ctx, "/bench/baseline/", [], 200)
    return PageLoads(
        baseline, lesson, anonymous_lesson, anonymous_course, baseline_after
    )


def run(ctx: Context) -> None:
    site = ctx.site
    cookies = [fellow.cookie for fellow in site.fellows]
    counts = query_counts(ctx)
    ctx.facts["queries"] = counts
    lesson_html = _check(site.lesson_url, cookie=cookies[0], expect=200)
    redirect = _check(site.lesson_url, cookie=None, expect=302)
    course = _check(site.course_url, cookie=None, expect=200)
    caching = course.headers.get("Cache-Control", "no Cache-Control header")
    baseline_html = _check("/bench/baseline/", cookie=None, expect=200)
    loads = _loads(ctx, cookies)
    _report(
        ctx,
        loads,
        counts=counts,
        lesson_bytes=len(lesson_html.content),
        baseline_bytes=len(baseline_html.content),
        login=redirect.headers.get("Location", "").split("?")[0],
        caching=caching,
    )
    connection_cost(ctx)


def _report(
    ctx: Context,
    loads: PageLoads,
    *,
    counts: dict[str, int],
    lesson_bytes: int,
    baseline_bytes: int,
    login: str,
    caching: str,
) -> None:
    baseline, lesson = loads.baseline, loads.lesson
    anonymous_lesson, anonymous_course = loads.anonymous_lesson, loads.anonymous_course
    scale = ctx.scale
    load = (
        f"{scale.connections} connections, {scale.wrk_seconds:.0f} s, "
        f"{scale.gunicorn_workers} gunicorn sync workers"
    )
    drift = loads.baseline_after.rps / baseline.rps

    ctx.add(
        Row(
            SECTION,
            "Baseline page (fixed HTML, no database): requests/s",
            f"{baseline.rps:,.0f} req/s",
            note=f"p95 {baseline.p95_ms:.1f} ms; {baseline_bytes:,} "
            f"bytes of HTML; {load}; measured again after the pages: "
            f"{loads.baseline_after.rps:,.0f} req/s ({drift:.2f}× the first; far "
            f"from 1 when other load on the machine changed){_errors(baseline)}",
        )
    )
    ctx.add(
        Row(
            SECTION,
            f"Lesson page, enrolled fellow ({len(ctx.site.fellows)} fellows): "
            "requests/s",
            f"{lesson.rps:,.1f} req/s",
            f"{baseline.rps:,.0f} req/s",
            lesson.rps / baseline.rps,
            f"{counts['lesson']} SQL queries per request (one write: "
            f"lesson_open); {lesson_bytes:,} bytes of HTML"
            f"{_errors(lesson)}",
        )
    )
    ctx.add(
        Row(
            SECTION,
            "Lesson page, enrolled fellow: p95 latency",
            f"{lesson.p95_ms:.1f} ms",
            f"{baseline.p95_ms:.1f} ms",
            lesson.p95_ms / baseline.p95_ms,
            f"p50 {lesson.p50_ms:.1f} ms, p99 {lesson.p99_ms:.1f} ms",
        )
    )
    if lesson.cpu_ms_per_request is not None:
        ctx.add(
            Row(
                SECTION,
                "Lesson page, enrolled fellow: gunicorn CPU per request",
                _cpu(lesson),
                _cpu(baseline),
                lesson.cpu_ms_per_request / baseline.cpu_ms_per_request,
                f"CPU time of the server's processes ÷ requests it finished: "
                f"other load hardly inflates it (PostgreSQL's CPU not included); "
                f"login redirect {_cpu(anonymous_lesson)}, course overview "
                f"{_cpu(anonymous_course)}",
            )
        )
    ctx.add(
        Row(
            SECTION,
            "Lesson page, anonymous visitor → login redirect: requests/s",
            f"{anonymous_lesson.rps:,.0f} req/s",
            f"{baseline.rps:,.0f} req/s",
            anonymous_lesson.rps / baseline.rps,
            f"enrolled-only content is not cacheable for everyone: 302 to "
            f"{login}; p95 {anonymous_lesson.p95_ms:.1f} ms "
            f"(baseline {baseline.p95_ms:.1f}); {counts['anonymous_lesson']} "
            f"queries{_errors(anonymous_lesson)}",
        )
    )
    ctx.add(
        Row(
            SECTION,
            "Course overview (public), anonymous visitor: requests/s",
            f"{anonymous_course.rps:,.0f} req/s",
            f"{baseline.rps:,.0f} req/s",
            anonymous_course.rps / baseline.rps,
            f"p95 {anonymous_course.p95_ms:.1f} ms (baseline "
            f"{baseline.p95_ms:.1f}); {counts['anonymous_course']} queries; "
            f"{caching}{_errors(anonymous_course)}",
        )
    )


def connection_cost(ctx: Context) -> None:
    """The lesson page in-process, alternating a new database connection per
    request (CONN_MAX_AGE=0) with a kept one (the production default): what
    persistent connections save, measured side by side so that other
    load on the machine falls on both alike."""
    import statistics
    import time

    from django.db import connection

    from fellowship.accounts.models import User

    fellow = User.objects.get(pk=ctx.site.fellows[0].user_id)
    test_client = client(fellow)
    for _ in range(3):
        test_client.get(ctx.site.lesson_url)
    samples: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
    for number in range(40 if ctx.scale.name == "full" else 16):
        fresh = number % 2 == 0
        if fresh:
            connection.close()
        wall, cpu = time.perf_counter(), time.process_time()
        response = test_client.get(ctx.site.lesson_url)
        samples[fresh].append(
            ((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000)
        )
        if response.status_code != 200:
            raise RuntimeError(f"lesson page in-process: {response.status_code}")
    new_wall, new_cpu = (
        statistics.median(values) for values in zip(*samples[True], strict=True)
    )
    kept_wall, kept_cpu = (
        statistics.median(values) for values in zip(*samples[False], strict=True)
    )
    ctx.add(
        Row(
            SECTION,
            "Lesson page in-process, kept DB connection (CONN_MAX_AGE>0): "
            "time per request",
            f"{kept_wall:.1f} ms",
            f"{new_wall:.1f} ms (new connection)",
            kept_wall / new_wall,
            f"median of {len(samples[False])} requests each, alternating; app CPU "
            f"{kept_cpu:.1f} ms kept vs {new_cpu:.1f} ms new: a new connection "
            f"costs {new_wall - kept_wall:.1f} ms per request, mostly waiting "
            f"for PostgreSQL to start a backend",
        )
    )
