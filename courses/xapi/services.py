"""Writes for xAPI: statements, saved state, results and LRS forwarding.

The public surface of the app. The actor of every statement is the person
signed in; statements are stored once by id; a result is recomputed from
the stored statements by the block's grading policy, and lesson completion
is asked to look again when it changes.
"""

from __future__ import annotations

import functools
import json
import logging
from dataclasses import dataclass
from typing import Any

import requests
from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from courses.choices import EnrolmentStatus
from courses.selectors import course_open_in_any_order
from courses.services import lesson_requirements_changed

from .choices import StatementRefusal
from .grading import grade_totals
from .models import ActivityResult, ActivityState, Statement
from .selectors import (
    ActivityTarget,
    activity_target,
    activity_target_by_enrolment,
    attempt_totals,
    lrs_endpoint,
)
from .statements import XAPI_VERSION, ParsedStatement, StatementRefused, statement_parse

logger = logging.getLogger(__name__)


class LrsUnavailable(Exception):
    """The LRS answered with a server error or asked us to slow down: retry."""


def max_statements_per_request() -> int:
    return getattr(settings, "XAPI_MAX_STATEMENTS_PER_REQUEST", 100)


def max_state_bytes() -> int:
    return getattr(settings, "XAPI_MAX_STATE_BYTES", 128 * 1024)


def statements_record(*, user, statements: Any) -> list[str]:
    """Store statements sent by the signed-in person; return their ids.

    All or nothing: one malformed statement, or one about an activity the
    person may not play, refuses the whole batch and stores nothing. A
    statement id seen before creates nothing (replays are harmless).
    """
    items = statements if isinstance(statements, list) else [statements]
    if not items:
        raise StatementRefused(StatementRefusal.EMPTY)
    if len(items) > max_statements_per_request():
        raise StatementRefused(StatementRefusal.TOO_MANY)
    parsed = [
        statement_parse(item, index=index, user=user)
        for index, item in enumerate(items)
    ]
    for index, statement in enumerate(parsed):
        if statement.activity is None:
            raise StatementRefused(StatementRefusal.FORBIDDEN_ACTIVITY, index)
    ids = [str(statement.statement_id) for statement in parsed]
    unique: dict[Any, ParsedStatement] = {}
    for statement in parsed:
        unique.setdefault(statement.statement_id, statement)
    roots = {statement.activity.iri for statement in parsed}
    # One activity in a course that asks only for the enrolment (what a
    # player sends): the INSERT itself asks the enrolment.
    target = (
        activity_target_by_enrolment(user=user, iri=next(iter(roots)))
        if len(roots) == 1
        else None
    )
    if target is not None:
        enrolled_in = target.course_id
        targets = {target.iri: target}
    else:
        enrolled_in = None
        targets = {}
        for index, statement in enumerate(parsed):
            root = statement.activity.iri
            if root not in targets:
                found = activity_target(user=user, iri=root)
                if found is None:
                    raise StatementRefused(StatementRefusal.FORBIDDEN_ACTIVITY, index)
                targets[root] = found
    rows = [
        _statement_row(item, user=user, targets=targets) for item in unique.values()
    ]
    forwarding = bool(lrs_endpoint())
    if not forwarding and not any(
        item.is_attempt or item.counts_as_completion for item in unique.values()
    ):
        # Interactions only: nothing to recompute or forward, so which ids
        # are new need not be known. One INSERT, atomic by itself.
        if not _statements_insert(rows, user=user, enrolled_in=enrolled_in):
            _refuse_unless_enrolled(user=user, course_id=enrolled_in)
        return ids
    with transaction.atomic():
        new_ids = _statements_insert(
            rows, user=user, enrolled_in=enrolled_in, returning=True
        )
        if not new_ids:
            _refuse_unless_enrolled(user=user, course_id=enrolled_in)
        new = [item for key, item in unique.items() if key in new_ids]
        touched = {
            item.activity.iri
            for item in new
            if item.is_attempt or item.counts_as_completion
        }
        for root in sorted(touched):
            found = targets[root]
            _result, changed = activity_result_recompute(user=user, target=found)
            # Lesson completion reads only whether the result is completed
            # or passed (courses.xapi.requirements): another attempt that
            # moves the score or the count alone asks nothing of the lesson.
            if changed & REQUIREMENT_FIELDS:
                lesson_requirements_changed(
                    user=user, lesson=found.lesson, course=found.course
                )
        if new and forwarding:
            forwarded = [str(item.statement_id) for item in new]
            transaction.on_commit(lambda: _enqueue_forward(forwarded), robust=True)
    return ids


def _refuse_unless_enrolled(*, user, course_id: int | None) -> None:
    """Nothing went in: every id was stored before (a replay, answered as
    done), or, when the INSERT asked the enrolment, the person may not
    play the activity, which one more query tells apart."""
    if course_id is not None and not course_open_in_any_order(
        user=user, course_id=course_id
    ):
        raise StatementRefused(StatementRefusal.FORBIDDEN_ACTIVITY, 0)


_INSERTED_COLUMNS = (
    "statement_id",
    "user",
    "lesson",
    "block_id",
    "verb",
    "activity_id",
    "is_attempt",
    "completed",
    "success",
    "score",
    "score_scaled",
    "score_raw",
    "score_min",
    "score_max",
    "timestamp",
    "stored",
    "payload",
)


def _statements_insert(
    rows: list[Statement],
    *,
    user,
    enrolled_in: int | None,
    returning: bool = False,
):
    """INSERT ... ON CONFLICT (statement id) DO NOTHING, in one statement.

    With `enrolled_in` (a course id) the rows go in only while the person
    is enrolled in it, not withdrawn. Returns how many rows went in, or
    with `returning` the ids of those that did.
    """
    fields = _inserted_fields()
    now = timezone.now()
    params = []
    for row in rows:
        row.stored = now
        params.extend(
            field.get_db_prep_save(getattr(row, field.attname), connection)
            for field in fields
        )
    if enrolled_in is not None:
        params.extend([user.pk, enrolled_in, EnrolmentStatus.WITHDRAWN.value])
    sql = _insert_sql(connection.vendor, len(rows), enrolled_in is not None, returning)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        if not returning:
            return cursor.rowcount
        key = Statement._meta.get_field("statement_id")
        return {key.to_python(value) for (value,) in cursor.fetchall()}


@functools.cache
def _inserted_fields():
    return [Statement._meta.get_field(name) for name in _INSERTED_COLUMNS]


@functools.cache
def _insert_sql(vendor: str, count: int, enrolled: bool, returning: bool) -> str:
    """The statement for `count` rows, from the models' names only (every
    value is a parameter)."""
    from courses.models import Enrolment

    fields = _inserted_fields()
    quote = connection.ops.quote_name
    # PostgreSQL types a VALUES list by itself (a column of NULLs is text).
    cell = ", ".join(
        f"CAST(%s AS {field.db_type(connection)})" if vendor == "postgresql" else "%s"
        for field in fields
    )
    enrolment = Enrolment._meta

    def column(name: str) -> str:
        return quote(enrolment.get_field(name).column)

    # SQLite needs a WHERE before ON CONFLICT to read the statement.
    where = (
        f"EXISTS (SELECT 1 FROM {quote(enrolment.db_table)} "  # noqa: S608
        f"WHERE {column('user')} = %s AND {column('course')} = %s "
        f"AND {column('status')} <> %s)"
        if enrolled
        else "1 = 1"
    )
    key = quote(Statement._meta.get_field("statement_id").column)
    return (
        f"INSERT INTO {quote(Statement._meta.db_table)} "  # noqa: S608
        f"({', '.join(quote(field.column) for field in fields)}) "
        f"SELECT * FROM (VALUES {', '.join([f'({cell})'] * count)}) AS new_rows "
        f"WHERE {where} ON CONFLICT ({key}) DO NOTHING"
        + (f" RETURNING {key}" if returning else "")
    )


def _statement_row(
    statement: ParsedStatement, *, user, targets: dict[str, ActivityTarget]
) -> Statement:
    target = targets[statement.activity.iri]
    return Statement(
        statement_id=statement.statement_id,
        user=user,
        lesson_id=target.lesson_id,
        block_id=target.block_id,
        verb=statement.verb[:255],
        activity_id=statement.activity_id[:512],
        is_attempt=statement.is_attempt,
        completed=statement.counts_as_completion,
        success=statement.success,
        score=statement.normalised_score if statement.is_attempt else None,
        score_scaled=statement.score_scaled,
        score_raw=statement.score_raw,
        score_min=statement.score_min,
        score_max=statement.score_max,
        timestamp=statement.timestamp,
        payload=statement.payload,
    )


# The fields of a result that lesson completion reads.
REQUIREMENT_FIELDS = frozenset({"completed", "passed"})


def activity_result_recompute(
    *, user, target: ActivityTarget
) -> tuple[ActivityResult, set[str]]:
    """Recompute a result from the stored statements; say which of its fields
    changed (all of them for a new result)."""
    totals, completed = attempt_totals(
        user=user,
        lesson_id=target.lesson_id,
        block_id=target.block_id,
        policy=target.grading_policy,
    )
    outcome = grade_totals(policy=target.grading_policy, totals=totals)
    values = {
        "grading_policy": target.grading_policy,
        "score": outcome.score,
        "attempts": outcome.attempts,
        "completed": completed,
        "passed": outcome.passed,
        "first_attempt_at": outcome.first_at,
        "last_attempt_at": outcome.last_at,
    }
    # get_or_create also settles two requests creating the same result.
    result, created = ActivityResult.objects.select_for_update().get_or_create(
        user=user,
        lesson_id=target.lesson_id,
        block_id=target.block_id,
        defaults=values,
    )
    if created:
        return result, set(values)
    changed = {name for name, value in values.items() if getattr(result, name) != value}
    if changed:
        for name in changed:
            setattr(result, name, values[name])
        result.save(update_fields=[*sorted(changed), "updated_at"])
    return result, changed


def activity_state_save(*, user, target: ActivityTarget, state: str) -> ActivityState:
    """Keep the player's state for this person and activity (theirs only)."""
    if not isinstance(state, str) or len(state.encode("utf-8")) > max_state_bytes():
        raise StatementRefused(StatementRefusal.INVALID_STATE)
    try:
        json.loads(state)
    except ValueError as exc:
        raise StatementRefused(StatementRefusal.INVALID_STATE) from exc
    saved, _created = ActivityState.objects.update_or_create(
        user=user,
        lesson_id=target.lesson_id,
        block_id=target.block_id,
        defaults={"state": state},
    )
    return saved


def _enqueue_forward(statement_ids: list[str]) -> None:
    from .tasks import forward_statements

    forward_statements.delay(statement_ids=statement_ids)


@dataclass(frozen=True)
class LrsConfig:
    endpoint: str
    username: str
    password: str
    timeout: float


def lrs_config() -> LrsConfig | None:
    endpoint = lrs_endpoint()
    if not endpoint:
        return None
    return LrsConfig(
        endpoint=endpoint.rstrip("/"),
        username=getattr(settings, "XAPI_LRS_USERNAME", "") or "",
        password=getattr(settings, "XAPI_LRS_PASSWORD", "") or "",
        timeout=float(getattr(settings, "XAPI_LRS_TIMEOUT", 10)),
    )


def statements_forward(*, statement_ids: list[str]) -> int:
    """Send stored statements to the external LRS (xAPI 1.0.3, basic auth).

    Returns how many were accepted. Raises `LrsUnavailable` or a network
    error for the task to retry; a refusal by the LRS (4xx) is logged, not
    retried, since sending the same statements again cannot change it.
    """
    config = lrs_config()
    if config is None:
        return 0
    rows = list(
        Statement.objects.filter(
            statement_id__in=statement_ids, forwarded_at__isnull=True
        ).order_by("id")
    )
    if not rows:
        return 0
    response = requests.post(
        f"{config.endpoint}/statements",
        json=[row.payload for row in rows],
        auth=(config.username, config.password) if config.username else None,
        headers={"X-Experience-API-Version": XAPI_VERSION},
        timeout=config.timeout,
    )
    if response.status_code == 429 or response.status_code >= 500:
        raise LrsUnavailable(response.status_code)
    if not 200 <= response.status_code < 300:
        logger.error(
            "The LRS refused %d statements with HTTP %d",
            len(rows),
            response.status_code,
        )
        return 0
    Statement.objects.filter(pk__in=[row.pk for row in rows]).update(
        forwarded_at=timezone.now()
    )
    return len(rows)


def statements_forward_pending(*, limit: int = 500) -> int:
    """Forward what an earlier attempt could not (run periodically by beat)."""
    if lrs_config() is None:
        return 0
    ids = [
        str(value)
        for value in Statement.objects.filter(forwarded_at__isnull=True)
        .order_by("id")
        .values_list("statement_id", flat=True)[:limit]
    ]
    return statements_forward(statement_ids=ids) if ids else 0
