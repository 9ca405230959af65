"""The one place where cohorts reads learners' progress from courses.

The courses contract names `CourseProgress` and `Enrolment` as the persistent
rows that dashboards read. Each function here runs one query whatever the
number of fellows or courses. (When courses publishes equivalent selectors,
these become thin wrappers; see docs/decisions/0005-programme-operations.md.)
"""

from collections.abc import Iterable
from datetime import datetime
from typing import NamedTuple

from django.db.models import QuerySet


class ProgressRow(NamedTuple):
    user_id: int
    course_id: int
    percent: int
    lessons_completed: int
    lessons_total: int
    last_activity_at: datetime | None
    completed_at: datetime | None


def progress_rows(
    *, user_ids: Iterable[int], course_ids: Iterable[int]
) -> dict[tuple[int, int], ProgressRow]:
    """Progress by (user id, course id), in one query.

    `user_ids` may be a query of ids (`.values("user_id")`), read as a
    subquery: a cohort of thousands is not sent as thousands of parameters.
    """
    from courses.selectors import course_progress_rows

    if not isinstance(user_ids, QuerySet):
        user_ids = list(user_ids)
    course_ids = list(course_ids)
    if not course_ids or (isinstance(user_ids, list) and not user_ids):
        return {}
    rows = course_progress_rows(user_ids=user_ids, course_ids=course_ids).values_list(
        "user_id",
        "course_id",
        "percent",
        "lessons_completed",
        "lessons_total",
        "last_activity_at",
        "completed_at",
    )
    return {(row[0], row[1]): ProgressRow._make(row) for row in rows}


def cohort_enrolments(*, user, course_ids: Iterable[int]) -> list:
    """A person's enrolments that a cohort created, in its courses."""
    from courses.choices import EnrolmentSource
    from courses.selectors import enrolments_of

    return list(
        enrolments_of(user=user, course_ids=course_ids, source=EnrolmentSource.COHORT)
    )


def course_prerequisites(*, course_ids: Iterable[int]) -> dict[int, set[int]]:
    """The prerequisite course ids of each of these courses, in one query."""
    from courses.models import CoursePage

    course_ids = list(course_ids)
    if not course_ids:
        return {}
    through = CoursePage.prerequisites.through
    found: dict[int, set[int]] = {}
    for course_id, prerequisite_id in through.objects.filter(
        from_coursepage_id__in=course_ids
    ).values_list("from_coursepage_id", "to_coursepage_id"):
        found.setdefault(course_id, set()).add(prerequisite_id)
    return found
