"""Reading one statement the browser sent: checks and normalisation.

The actor is replaced by the signed-in person, an id is generated when
absent, and anything malformed is refused with a `StatementRefused`.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.utils import timezone
from django.utils.dateparse import parse_datetime

from .activities import ActivityRef, activity_parse, site_url
from .choices import StatementRefusal

XAPI_VERSION = "1.0.3"
VERB_COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
VERB_PASSED = "http://adlnet.gov/expapi/verbs/passed"
VERB_FAILED = "http://adlnet.gov/expapi/verbs/failed"
COMPLETING_VERBS = frozenset({VERB_COMPLETED, VERB_PASSED, VERB_FAILED})
KEPT_KEYS = ("verb", "object", "result", "context", "timestamp")


class StatementRefused(Exception):
    def __init__(self, code: StatementRefusal, index: int | None = None):
        self.code = StatementRefusal(code)
        self.index = index
        super().__init__(str(self.code.label))

    @property
    def message(self) -> str:
        return str(self.code.label)


@dataclass
class ParsedStatement:
    statement_id: uuid.UUID
    activity: ActivityRef | None
    verb: str
    activity_id: str
    timestamp: datetime
    completed: bool
    success: bool | None
    score_scaled: float | None
    score_raw: float | None
    score_min: float | None
    score_max: float | None
    payload: dict[str, Any]

    @property
    def normalised_score(self) -> float | None:
        """The score on the scale [-1, 1]: scaled, else raw within min..max."""
        if self.score_scaled is not None:
            return self.score_scaled
        if self.score_raw is not None and self.score_max is not None:
            low = self.score_min if self.score_min is not None else 0.0
            if self.score_max > low:
                return max(
                    -1.0, min(1.0, (self.score_raw - low) / (self.score_max - low))
                )
        return None

    @property
    def is_attempt(self) -> bool:
        return (
            self.activity is not None
            and not self.activity.is_subcontent
            and self.normalised_score is not None
        )

    @property
    def counts_as_completion(self) -> bool:
        return (
            self.activity is not None
            and not self.activity.is_subcontent
            and (self.completed or self.verb in COMPLETING_VERBS)
        )


def statement_parse(raw: Any, *, index: int, user) -> ParsedStatement:
    if not isinstance(raw, dict):
        raise StatementRefused(StatementRefusal.NOT_AN_OBJECT, index)
    statement_id = _statement_id(raw.get("id"), index)
    verb = raw.get("verb")
    if not isinstance(verb, dict) or not _is_iri(verb.get("id")):
        raise StatementRefused(StatementRefusal.MISSING_VERB, index)
    target = raw.get("object")
    if (
        not isinstance(target, dict)
        or target.get("objectType", "Activity") != "Activity"
        or not _is_iri(target.get("id"))
    ):
        raise StatementRefused(StatementRefusal.MISSING_OBJECT, index)
    result = raw.get("result")
    if result is not None and not isinstance(result, dict):
        raise StatementRefused(StatementRefusal.INVALID_RESULT, index)
    result = result or {}
    success = _optional_bool(result.get("success"), index)
    completion = _optional_bool(result.get("completion"), index)
    scaled, raw_score, low, high = _score(result.get("score"), index)
    timestamp = _timestamp(raw.get("timestamp"), index)

    payload = {key: raw[key] for key in KEPT_KEYS if key in raw}
    payload.update(
        {
            "id": str(statement_id),
            "actor": statement_actor(user=user),
            "timestamp": timestamp.isoformat(),
            "version": XAPI_VERSION,
        }
    )
    return ParsedStatement(
        statement_id=statement_id,
        activity=activity_parse(target["id"]),
        verb=verb["id"],
        activity_id=target["id"],
        timestamp=timestamp,
        completed=bool(completion),
        success=success,
        score_scaled=scaled,
        score_raw=raw_score,
        score_min=low,
        score_max=high,
        payload=payload,
    )


def statement_actor(*, user) -> dict[str, Any]:
    """The platform's actor for a person: an account, no e-mail address."""
    return {
        "objectType": "Agent",
        "account": {
            "homePage": site_url() or "https://localhost",
            "name": str(user.pk),
        },
    }


def _statement_id(value: Any, index: int) -> uuid.UUID:
    if value is None:
        return uuid.uuid4()
    if not isinstance(value, str):
        raise StatementRefused(StatementRefusal.INVALID_ID, index)
    try:
        return uuid.UUID(value)
    except ValueError as exc:
        raise StatementRefused(StatementRefusal.INVALID_ID, index) from exc


def _is_iri(value: Any) -> bool:
    return (
        isinstance(value, str)
        and 0 < len(value) <= 512
        and ":" in value
        and not any(char.isspace() for char in value)
    )


def _optional_bool(value: Any, index: int) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise StatementRefused(StatementRefusal.INVALID_RESULT, index)


def _number(value: Any, index: int) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise StatementRefused(StatementRefusal.INVALID_SCORE, index)
    number = float(value)
    if not math.isfinite(number):
        raise StatementRefused(StatementRefusal.INVALID_SCORE, index)
    return number


def _score(
    value: Any, index: int
) -> tuple[float | None, float | None, float | None, float | None]:
    if value is None:
        return None, None, None, None
    if not isinstance(value, dict):
        raise StatementRefused(StatementRefusal.INVALID_SCORE, index)
    scaled = _number(value.get("scaled"), index)
    raw = _number(value.get("raw"), index)
    low = _number(value.get("min"), index)
    high = _number(value.get("max"), index)
    if scaled is not None and not -1.0 <= scaled <= 1.0:
        raise StatementRefused(StatementRefusal.INVALID_SCORE, index)
    if low is not None and high is not None and low > high:
        raise StatementRefused(StatementRefusal.INVALID_SCORE, index)
    if raw is not None and (
        (low is not None and raw < low) or (high is not None and raw > high)
    ):
        raise StatementRefused(StatementRefusal.INVALID_SCORE, index)
    return scaled, raw, low, high


def _timestamp(value: Any, index: int) -> datetime:
    now = timezone.now()
    if value is None:
        return now
    if not isinstance(value, str):
        raise StatementRefused(StatementRefusal.INVALID_TIMESTAMP, index)
    try:
        parsed = parse_datetime(value)
    except ValueError as exc:
        raise StatementRefused(StatementRefusal.INVALID_TIMESTAMP, index) from exc
    if parsed is None:
        raise StatementRefused(StatementRefusal.INVALID_TIMESTAMP, index)
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, UTC)
    # A clock far in the future is the browser's, not the fellow's doing.
    return min(parsed, now)
