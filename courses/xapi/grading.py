"""Grading policies: one result from a fellow's scored attempts, in order.

- best: the highest score; passed when any attempt passed.
- first / last: the first or last attempt's score and outcome.
- average: the mean score; passed when the mean reaches the lowest score the
  activity itself reported as a success (H5P reports success at its own pass
  mark), never when no attempt succeeded.

Attempts are ordered as the server received them, not by the browser's clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .choices import GradingPolicy


@dataclass(frozen=True)
class Attempt:
    score: float
    success: bool | None
    at: datetime


@dataclass(frozen=True)
class Outcome:
    score: float | None
    passed: bool
    attempts: int
    first_at: datetime | None
    last_at: datetime | None


def grade(*, policy: str, attempts: list[Attempt]) -> Outcome:
    if not attempts:
        return Outcome(
            score=None, passed=False, attempts=0, first_at=None, last_at=None
        )
    policy = (
        GradingPolicy(policy) if policy in GradingPolicy.values else GradingPolicy.BEST
    )
    if policy == GradingPolicy.FIRST:
        score, passed = attempts[0].score, attempts[0].success is True
    elif policy == GradingPolicy.LAST:
        score, passed = attempts[-1].score, attempts[-1].success is True
    elif policy == GradingPolicy.AVERAGE:
        score = sum(item.score for item in attempts) / len(attempts)
        pass_marks = [item.score for item in attempts if item.success is True]
        passed = bool(pass_marks) and score >= min(pass_marks)
    else:
        score = max(item.score for item in attempts)
        passed = any(item.success is True for item in attempts)
    return Outcome(
        score=round(score, 6),
        passed=passed,
        attempts=len(attempts),
        first_at=attempts[0].at,
        last_at=attempts[-1].at,
    )
