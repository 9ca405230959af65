"""3. xAPI ingestion: statements per second accepted, one per request and
ten per request, against the baseline view answering the same POST (CSRF
checked, no session, no database).

Each statement has a fresh UUID (generated in Lua), the session and CSRF
token of one of the enrolled fellows, and the IRI of a real H5P block of a
lesson. Accepted statements are checked against the rows stored.
"""

from __future__ import annotations

import json
import uuid

import requests

from ..context import Context
from ..environment import SERVER, log
from ..inprocess import client, measure
from ..load import wrk_run
from ..report import Row

SECTION = "3. xAPI statements (wrk, POST /xapi/statements)"


def _statement(iri: str, *, attempt: bool = True) -> dict:
    """A scored answer about the activity (an attempt), or an interaction
    with a part of it, as in bench/wrk/xapi.lua."""
    if not attempt:
        return {
            "id": str(uuid.uuid4()),
            "verb": {"id": "http://adlnet.gov/expapi/verbs/interacted"},
            "object": {
                "objectType": "Activity",
                "id": f"{iri}?subContentId={uuid.uuid4()}",
            },
        }
    return {
        "id": str(uuid.uuid4()),
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
        "object": {"objectType": "Activity", "id": iri},
        "result": {"score": {"min": 0, "max": 5, "raw": 4}, "success": True},
    }


def _mix(iri: str, count: int) -> list[dict]:
    return [_statement(iri, attempt=index % 5 == 4) for index in range(count)]


def _stored() -> int:
    from courses.xapi.models import Statement

    return Statement.objects.count()


def _queries(ctx: Context) -> dict[str, int]:
    """Queries per request, counted in-process: an interaction, an attempt,
    and ten statements in the load's mix."""
    from fellowship.accounts.models import User

    fellow = User.objects.get(pk=ctx.site.fellows[-1].user_id)
    test_client = client(fellow)
    iri = ctx.site.activity_iri
    counts = {}
    for name, body in (
        ("warm", [_statement(iri)]),
        ("interaction", [_statement(iri, attempt=False)]),
        ("attempt", [_statement(iri)]),
        ("ten", _mix(iri, 10)),
    ):
        result = measure(
            test_client,
            "post",
            "/xapi/statements",
            data=json.dumps(body),
            content_type="application/json",
        )
        if result.status != 200:
            raise RuntimeError(f"in-process statements POST: {result.status}")
        counts[name] = result.queries
    return counts


def _check(ctx: Context) -> None:
    fellow = ctx.site.fellows[0]
    response = requests.post(
        f"{SERVER}/xapi/statements",
        json=[_statement(ctx.site.activity_iri)],
        headers={"Cookie": fellow.cookie, "X-CSRFToken": fellow.csrf},
        timeout=30,
    )
    if response.status_code != 200:
        raise RuntimeError(
            f"POST /xapi/statements: {response.status_code} {response.text[:300]}"
        )


def _load(ctx: Context, *, path: str, batch: int, fellows: list[dict], seconds):
    return wrk_run(
        ctx.wrk,
        script="xapi.lua",
        config={
            "path": path,
            "expect": 200,
            "iri": ctx.site.activity_iri,
            "batch": batch,
            "fellows": fellows,
        },
        duration=seconds,
        connections=ctx.scale.connections,
        log_dir=ctx.run_dir,
        meter=ctx.meter,
    )


def run(ctx: Context) -> None:
    _check(ctx)
    scale = ctx.scale
    fellows = [
        {"cookie": fellow.cookie, "csrf": fellow.csrf} for fellow in ctx.site.fellows
    ]
    anonymous = [
        {"cookie": f"csrftoken={fellow.csrf}", "csrf": fellow.csrf}
        for fellow in ctx.site.fellows
    ]
    log("wrk: baseline view, POST of one statement")
    _load(ctx, path="/bench/baseline/", batch=1, fellows=anonymous, seconds=1)
    baseline = _load(
        ctx,
        path="/bench/baseline/",
        batch=1,
        fellows=anonymous,
        seconds=scale.wrk_seconds,
    )
    rows = []
    for batch in (1, 10):
        log(f"wrk: statements, {batch} per request")
        before = _stored()
        warm = _load(
            ctx,
            path="/xapi/statements",
            batch=batch,
            fellows=fellows,
            seconds=scale.warmup_seconds,
        )
        result = _load(
            ctx,
            path="/xapi/statements",
            batch=batch,
            fellows=fellows,
            seconds=scale.wrk_seconds,
        )
        stored = _stored() - before
        accepted = (warm.requests - warm.errors + result.requests - result.errors) * (
            batch
        )
        rows.append((batch, result, stored, accepted))
    queries = _queries(ctx)
    ctx.facts["xapi_queries"] = queries
    _report(ctx, baseline, rows, queries)


def _report(ctx: Context, baseline, rows: list, queries: dict[str, int]) -> None:
    per_request = {
        1: f"{queries['interaction']} queries for an interaction, "
        f"{queries['attempt']} for an attempt",
        10: f"{queries['ten']} queries per request of ten",
    }
    ctx.add(
        Row(
            SECTION,
            "Baseline view, same POST (CSRF, no session, no DB): requests/s",
            f"{baseline.rps:,.0f} req/s",
            note=f"p95 {baseline.p95_ms:.1f} ms; gunicorn CPU "
            f"{baseline.cpu_ms_per_request or 0:.1f} ms per request",
        )
    )
    for batch, result, stored, accepted in rows:
        statements_per_second = result.rps * batch
        errors = f"; {result.errors} failed requests" if result.errors else ""
        # Requests still in flight when wrk stops are stored but not counted.
        in_flight = 2 * ctx.scale.connections * batch
        check = (
            f"{stored:,} rows stored for {accepted:,} accepted statements "
            f"(+ requests in flight when wrk stopped)"
            if accepted <= stored <= accepted + in_flight
            else f"MISMATCH: {stored:,} rows stored for {accepted:,} accepted "
            f"statements"
        )
        ctx.add(
            Row(
                SECTION,
                f"Statements accepted, {batch} per request: statements/s",
                f"{statements_per_second:,.0f} stmt/s",
                f"{baseline.rps:,.0f} req/s",
                statements_per_second / baseline.rps,
                f"{result.rps:,.1f} req/s, p95 {result.p95_ms:.1f} ms "
                f"(baseline {baseline.p95_ms:.1f}); gunicorn CPU "
                f"{(result.cpu_ms_per_request or 0) / batch:.1f} ms per statement; "
                f"{per_request[batch]}; "
                f"{check}{errors}",
            )
        )
