"""4. Certificates per minute with one and two Celery workers.

Holders have completed every lesson of a 40-lesson reading course (rows
written in bulk, as the progress service leaves them). With the workers
running and answering a ping, the harness enqueues `certificates.
issue_course` for each holder, as the completion event does; a worker
re-checks the rules, signs the credential and enqueues `certificates.deliver`,
which renders the PDF with WeasyPrint and e-mails it (built, not sent). The
clock stops when every certificate has been e-mailed. Each configuration
gets its own holders; names and languages rotate over the six UN languages.
"""

from __future__ import annotations

import socket
import statistics
import time

from ..context import Context
from ..data import ReadingCourse, certificate_holders_create
from ..environment import celery_worker_start, group_cpu_seconds, log
from ..report import Row

SECTION = "4. Certificates: issue + PDF + e-mail (Celery workers on Redis)"
TARGET = 5000
READY_TIMEOUT = 90
SECONDS_PER_CERTIFICATE_LIMIT = 30


def _wait_ready(names: list[str]) -> None:
    from fellowship.celery import app

    wanted = {f"{name}@{socket.gethostname()}" for name in names}
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        replies = app.control.ping(destination=list(wanted), timeout=1.0)
        answered = {key for reply in replies for key in reply}
        if wanted <= answered:
            return
        time.sleep(0.5)
    raise RuntimeError(f"workers {sorted(wanted)} did not answer a ping")


def _delivered(user_ids: list[int]) -> int:
    from fellowship.certificates.models import Certificate

    return Certificate.objects.filter(
        holder_id__in=user_ids, emailed_at__isnull=False
    ).count()


def _per_certificate_seconds(user_ids: list[int]) -> float | None:
    """Median time from issue to e-mail, as the workers recorded it."""
    from fellowship.certificates.models import Certificate

    spans = [
        (emailed - issued).total_seconds()
        for issued, emailed in Certificate.objects.filter(
            holder_id__in=user_ids, emailed_at__isnull=False
        ).values_list("issued_at", "emailed_at")
    ]
    return statistics.median(spans) if spans else None


def _measure(ctx: Context, course: ReadingCourse, workers: int) -> dict:
    from fellowship.certificates.tasks import certificate_issue_course_task

    count = ctx.scale.certificates
    user_ids = certificate_holders_create(
        course=course, count=count, prefix=f"holder{workers}w"
    )
    names = [f"bench{workers}w{number}" for number in range(workers)]
    started_workers = [
        celery_worker_start(
            ctx.processes,
            env=ctx.env,
            name=name,
            log_path=ctx.run_dir / f"celery-{name}.log",
        )
        for name in names
    ]
    try:
        _wait_ready(names)
        log(f"certificates: {count} with {workers} worker(s)")
        cpu_before = sum(group_cpu_seconds(p.pid) for p in started_workers)
        started = time.monotonic()
        for user_id in user_ids:
            certificate_issue_course_task.delay(user_id, course.course_id)
        limit = 60 + count * SECONDS_PER_CERTIFICATE_LIMIT / workers
        delivered = 0
        while time.monotonic() - started < limit:
            delivered = _delivered(user_ids)
            if delivered >= count:
                break
            time.sleep(0.25)
        elapsed = time.monotonic() - started
        cpu = sum(group_cpu_seconds(p.pid) for p in started_workers) - cpu_before
    finally:
        for process in started_workers:
            ctx.processes.stop(process)
    return {
        "workers": workers,
        "count": count,
        "delivered": delivered,
        "seconds": elapsed,
        "per_minute": delivered / elapsed * 60 if elapsed else 0.0,
        "median_span": _per_certificate_seconds(user_ids),
        "cpu_per_certificate": cpu / delivered if delivered else None,
    }


def _duration(minutes: float) -> str:
    if minutes >= 90:
        return f"{minutes / 60:.1f} h"
    return f"{minutes:.0f} min"


def run(ctx: Context, course: ReadingCourse) -> None:
    results = [_measure(ctx, course, workers) for workers in (1, 2)]
    single = results[0]
    for result in results:
        rate = result["per_minute"]
        complete = (
            ""
            if result["delivered"] == result["count"]
            else f"; only {result['delivered']} of {result['count']} delivered "
            f"in the time allowed"
        )
        span = result["median_span"]
        for_target = _duration(TARGET / rate) if rate else "n/a"
        ctx.add(
            Row(
                SECTION,
                f"{result['workers']} worker(s) × concurrency 1: PDFs per minute",
                f"{rate:.1f} /min",
                f"{single['per_minute']:.1f} /min (1 worker)"
                if result is not single
                else "",
                rate / single["per_minute"]
                if result is not single and single["per_minute"]
                else None,
                f"{result['delivered']} certificates in {result['seconds']:.1f} s "
                f"→ {TARGET:,} in ≈ {for_target} (extrapolated); worker CPU "
                f"{result['cpu_per_certificate'] * 1000:.0f} ms per certificate "
                f"(issue + sign + PDF + e-mail); median {span:.1f} s from issue to "
                f"e-mail (queued behind the other issues){complete}"
                if span is not None
                else f"nothing delivered{complete}",
            )
        )
