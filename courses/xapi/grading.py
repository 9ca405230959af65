"""Grading policies: one result from a fellow's scored attempts, in order.

- best: the highest score; passed when any attempt passed.
- first / last: the first or last attempt's score and outcome.
- average: the mean score; passed when the mean reaches the lowest score the
  activity itself reported as a success (H5P reports success at its own pass
  mark), never when no attempt succeeded.

Attempts are ordered as the server received them, not by the browser's clock.
Each policy needs only a few totals of the attempts (`Totals`), which the
database sums in one query however many attempts a fellow has made.
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
class Totals:
    """What the policies read of a sequence of attempts."""

    attempts: int
    best: float | None
    total: float | None
    # The lowest score among the attempts the activity reported a success.
    lowest_success: float | None
    first_at: datetime | None
    last_at: datetime | None
    # The first and the last attempt; `None` where the policy does not read it.
    first: Attempt | None = None
    last: Attempt | None = None


@dataclass(frozen=True)
class Outcome:
    score: float | None
    passed: bool
    attempts: int
    first_at: datetime | None
    last_at: datetime | None


def policy_of(value: str) -> GradingPolicy:
    return GradingPolicy(value) if value in GradingPolicy.values else GradingPolicy.BEST


def totals(attempts: list[Attempt]) -> Totals:
    if not attempts:
        return Totals(0, None, None, None, None, None)
    successes = [item.score for item in attempts if item.success is True]
    return Totals(
        attempts=len(attempts),
        best=max(item.score for item in attempts),
        total=sum(item.score for item in attempts),
        lowest_success=min(successes) if successes else None,
        first_at=min(item.at for item in attempts),
        last_at=max(item.at for item in attempts),
        first=attempts[0],
        last=attempts[-1],
    )


def grade_totals(*, policy: str, totals: Totals) -> Outcome:
    if not totals.attempts:
        return Outcome(
            score=None, passed=False, attempts=0, first_at=None, last_at=None
        )
    policy = policy_of(policy)
    if policy in (GradingPolicy.FIRST, GradingPolicy.LAST):
        pivot = totals.first if policy == GradingPolicy.FIRST else totals.last
        score, passed = pivot.score, pivot.success is True
    elif policy == GradingPolicy.AVERAGE:
        score = totals.total / totals.attempts
        passed = totals.lowest_success is not None and score >= totals.lowest_success
    else:
        score = totals.best
        passed = totals.lowest_success is not None
    return Outcome(
        score=round(score, 6),
        passed=passed,
        attempts=totals.attempts,
        first_at=totals.first_at,
        last_at=totals.last_at,
    )


def grade(*, policy: str, attempts: list[Attempt]) -> Outcome:
    return grade_totals(policy=policy, totals=totals(attempts))
