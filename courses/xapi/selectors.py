"""Reads for xAPI: which activity a statement names, saved state, results."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Max, Min, Q, Sum

from courses.gates import course_gate
from courses.models import CoursePage, LessonPage
from courses.routing import content_version
from courses.selectors import (
    course_lesson_keys,
    course_of_lesson,
    course_open_in_any_order,
    course_state,
    lesson_key_lock_reason,
    page_source,
)
from fellowship.compiled_query import CompiledQuery
from fellowship.memo import ProcessMemo

from .activities import ActivityRef, activity_parse
from .choices import GradingPolicy
from .grading import Attempt, Totals
from .models import ActivityResult, ActivityState, Statement

H5P_BLOCK_TYPE = "h5p"


@dataclass
class ActivityTarget:
    """An H5P block of a lesson that a fellow may play and report on."""

    ref: ActivityRef
    lesson_id: int  # the lesson in the source language
    course_id: int
    block_id: uuid.UUID
    grading_policy: str
    required: bool
    package_id: int
    _lesson: LessonPage | None = field(default=None, repr=False)
    _course: CoursePage | None = field(default=None, repr=False)

    @property
    def iri(self) -> str:
        return self.ref.iri

    # Read when a caller needs more than the ids (to check the lesson's
    # completion requirements after a result changed).
    @property
    def lesson(self) -> LessonPage:
        if self._lesson is None:
            self._lesson = LessonPage.objects.get(pk=self.lesson_id)
        return self._lesson

    @property
    def course(self) -> CoursePage:
        if self._course is None:
            self._course = CoursePage.objects.get(pk=self.course_id)
        return self._course


@dataclass(frozen=True)
class _Activity:
    """What an activity IRI names, the same for every fellow: kept in the
    cache under the content version, which every publish, unpublish, move,
    slug change and package change replaces."""

    lesson_id: int
    lesson_key: str
    course_id: int
    grading_policy: str
    required: bool
    package_id: int
    has_prerequisites: bool
    ordered_keys: tuple[str, ...]  # of the course's lessons, when in sequence


_NO_ACTIVITY = "none"
ACTIVITY_TIMEOUT = 60 * 60 * 24


def h5p_block_find(*, lesson: LessonPage, block_id: uuid.UUID | str):
    """The lesson body's H5P block with this id, or None."""
    wanted = str(block_id)
    for block in lesson.body:
        if block.block_type == H5P_BLOCK_TYPE and str(block.id) == wanted:
            return block
    return None


def _activity_find(ref: ActivityRef):
    """Walk the published lesson for the block (the cache's miss): the
    activity, with the source lesson and the course it read, or Nones."""
    lesson = (
        LessonPage.objects.live()
        .filter(pk=ref.lesson_id)
        .select_related("locale")
        .first()
    )
    if lesson is None:
        return None, None, None
    lesson = page_source(page=lesson)  # no query when already the source
    block = h5p_block_find(lesson=lesson, block_id=ref.block_id)
    if block is None:
        return None, None, None
    package = block.value.get("package")
    if package is None or not getattr(package, "is_installed", False):
        return None, None, None
    course = course_of_lesson(lesson=lesson)
    if course is None:
        return None, None, None
    activity = _Activity(
        lesson_id=lesson.pk,
        lesson_key=str(lesson.translation_key),
        course_id=course.pk,
        grading_policy=block.value.get("grading_policy") or GradingPolicy.BEST,
        required=bool(block.value.get("required")),
        package_id=package.pk,
        has_prerequisites=CoursePage.objects.filter(required_by=course).exists(),
        ordered_keys=tuple(course_lesson_keys(course=course))
        if course.requires_sequence
        else (),
    )
    return activity, lesson, course


# What IRIs name, kept in each worker too: the key holds the content version,
# so a publish makes every entry unreachable.
_NAMED: ProcessMemo[object] = ProcessMemo(4096)


def _activity_named(ref: ActivityRef):
    """What an activity reference names (the same for everyone), with the
    source lesson and course when they had to be read, or Nones."""
    key = f"courses:xapi:activity:{content_version()}:{ref.lesson_id}:{ref.block_id}"
    read = {"lesson": None, "course": None}

    def find():
        activity = cache.get(key)
        if activity is None:
            activity, read["lesson"], read["course"] = _activity_find(ref)
            activity = activity or _NO_ACTIVITY
            cache.set(key, activity, ACTIVITY_TIMEOUT)
        return activity

    activity = _NAMED.get_or_make(key, find)
    if not isinstance(activity, _Activity):
        return None, None, None
    return activity, read["lesson"], read["course"]


def _target(ref: ActivityRef, activity: _Activity, lesson, course) -> ActivityTarget:
    return ActivityTarget(
        ref=ActivityRef(ref.lesson_id, ref.block_id, is_subcontent=False),
        lesson_id=activity.lesson_id,
        course_id=activity.course_id,
        _course=course,
        block_id=ref.block_id,
        grading_policy=activity.grading_policy,
        required=activity.required,
        package_id=activity.package_id,
        _lesson=lesson,
    )


def activity_target(*, user, iri: str) -> ActivityTarget | None:
    """The activity an IRI names if this person may play it, else None.

    Open means: a live lesson whose body has that H5P block with an installed
    package, in a course the person is enrolled in (not withdrawn), with the
    lesson not locked by prerequisites or sequence. What the IRI names is
    the same for everyone and kept in the cache; whether this person may
    play it is read for each request (one query for the course, one for
    the enrolment with its statuses).
    """
    ref = activity_parse(iri)
    if ref is None or not user.is_authenticated:
        return None
    activity, lesson, course = _activity_named(ref)
    if activity is None or not _open(user, activity, course):
        return None
    return _target(ref, activity, lesson, course)


def activity_target_by_enrolment(*, user, iri: str) -> ActivityTarget | None:
    """The activity an IRI names, when whether this person may play it is
    their enrolment alone (a course with neither prerequisites nor an order
    of lessons) and no gate holds them back; the caller checks the
    enrolment in its own write. None otherwise (ask `activity_target`)."""
    ref = activity_parse(iri)
    if ref is None or not user.is_authenticated:
        return None
    activity, lesson, course = _activity_named(ref)
    if (
        activity is None
        or activity.has_prerequisites
        or activity.ordered_keys
        or course_gate(user=user, course_id=activity.course_id) is not None
    ):
        return None
    return _target(ref, activity, lesson, course)


def _open(user, activity: _Activity, course: CoursePage | None) -> bool:
    """Whether the activity's lesson is open to this person now."""
    if not activity.has_prerequisites and not activity.ordered_keys:
        return course_open_in_any_order(user=user, course_id=activity.course_id)
    if course is None:
        course = CoursePage.objects.filter(pk=activity.course_id).first()
        if course is None:
            return False
    state = course_state(
        user=user, course=course, has_prerequisites=activity.has_prerequisites
    )
    return not lesson_key_lock_reason(
        state=state,
        lesson_key=activity.lesson_key,
        ordered_keys=list(activity.ordered_keys),
    )


def activity_state_get(*, user, target: ActivityTarget) -> str | None:
    """The person's own saved state for an activity; nobody else's."""
    return (
        ActivityState.objects.filter(
            user=user, lesson_id=target.lesson_id, block_id=target.block_id
        )
        .values_list("state", flat=True)
        .first()
    )


def activity_result_get(*, user, lesson: LessonPage, block_id) -> ActivityResult | None:
    return ActivityResult.objects.filter(
        user=user, lesson=lesson, block_id=block_id
    ).first()


@dataclass(frozen=True)
class CourseActivityResult:
    result: ActivityResult
    # Browser-computed scores are practice unless the course opted in.
    counts_toward_certification: bool


def _graded_statements(user, lesson, block):
    return Statement.objects.filter(
        Q(is_attempt=True) | Q(completed=True),
        user_id=user,
        lesson_id=lesson,
        block_id=block,
    )


def _totals_query(user, lesson, block):
    attempt = Q(is_attempt=True)
    return (
        _graded_statements(user, lesson, block)
        .values("user_id")
        .annotate(
            attempts=Count("pk", filter=attempt),
            best=Max("score", filter=attempt),
            total=Sum("score", filter=attempt),
            lowest_success=Min("score", filter=attempt & Q(success=True)),
            first_at=Min("stored", filter=attempt),
            last_at=Max("stored", filter=attempt),
            completions=Count("pk", filter=Q(completed=True)),
        )
        .values_list(
            "attempts",
            "best",
            "total",
            "lowest_success",
            "first_at",
            "last_at",
            "completions",
        )
    )


def _pivot_query(order: str):
    def build(user, lesson, block):
        return (
            _graded_statements(user, lesson, block)
            .filter(is_attempt=True)
            .order_by(order)
            .values_list("score", "success", "stored")[:1]
        )

    return build


# Read after every scored attempt: compiled once (fellowship.compiled_query).
_TOTALS = CompiledQuery(_totals_query, "user", "lesson", uuids=("block",))
_PIVOT = {
    GradingPolicy.FIRST: CompiledQuery(
        _pivot_query("pk"), "user", "lesson", uuids=("block",)
    ),
    GradingPolicy.LAST: CompiledQuery(
        _pivot_query("-pk"), "user", "lesson", uuids=("block",)
    ),
}


def attempt_totals(
    *, user, lesson_id: int, block_id, policy: str
) -> tuple[Totals, bool]:
    """What the block's grading policy reads of a fellow's stored attempts,
    and whether any statement completed the activity: one aggregate query
    (a partial index holds only the scored and completing statements), and
    one more for the first or last attempt where the policy reads it."""
    values = {"user": user.pk, "lesson": lesson_id, "block": block_id}
    found = _TOTALS.rows(**values)
    attempts, best, total, lowest, first_at, last_at, completions = (
        found[0] if found else (0, None, None, None, None, None, 0)
    )
    pivot = None
    if attempts and policy in _PIVOT:
        [(score, success, stored)] = _PIVOT[policy].rows(**values)
        pivot = Attempt(score=score, success=success, at=stored)
    totals = Totals(
        attempts=attempts,
        best=best,
        total=total,
        lowest_success=lowest,
        first_at=first_at,
        last_at=last_at,
        first=pivot if policy == GradingPolicy.FIRST else None,
        last=pivot if policy == GradingPolicy.LAST else None,
    )
    return totals, bool(completions)


def activity_results_for_course(
    *, user, course: CoursePage
) -> list[CourseActivityResult]:
    """A person's H5P results in a course, for certificates and reports."""
    course = page_source(page=course)
    results = ActivityResult.objects.filter(
        user=user, lesson__path__startswith=course.path
    ).order_by("lesson__path", "block_id")
    return [
        CourseActivityResult(
            result=result, counts_toward_certification=course.counts_browser_scores
        )
        for result in results
    ]


def lrs_endpoint() -> str:
    """The external LRS to forward statements to, or "" (read at call time)."""
    return (getattr(settings, "XAPI_LRS_ENDPOINT", "") or "").strip()


def activity_definition(*, lesson_id: int, block_id) -> dict[str, Any] | None:
    """The xAPI activity object an IRI resolves to (live lessons only)."""
    from .activities import activity_iri

    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    if lesson is None:
        return None
    block = h5p_block_find(lesson=lesson, block_id=block_id)
    if block is None:
        return None
    package = block.value.get("package")
    name = str(package) if package is not None else lesson.title
    return {
        "objectType": "Activity",
        "id": activity_iri(lesson_id=lesson_id, block_id=block_id),
        "definition": {
            "type": "http://adlnet.gov/expapi/activities/assessment",
            "name": {lesson.locale.language_code: name},
        },
    }
