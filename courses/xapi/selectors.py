"""Reads for xAPI: which activity a statement names, saved state, results."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from django.conf import settings

from courses.models import CoursePage, LessonPage
from courses.selectors import (
    course_lesson_keys,
    course_of_lesson,
    course_state,
    lesson_lock_reason,
    page_source,
)

from .activities import ActivityRef, activity_parse
from .choices import GradingPolicy
from .models import ActivityResult, ActivityState

H5P_BLOCK_TYPE = "h5p"


@dataclass(frozen=True)
class ActivityTarget:
    """An H5P block of a lesson that a fellow may play and report on."""

    ref: ActivityRef
    lesson: LessonPage  # in the source language
    course: CoursePage
    block_id: uuid.UUID
    grading_policy: str
    required: bool
    package: Any

    @property
    def iri(self) -> str:
        return self.ref.iri


def h5p_block_find(*, lesson: LessonPage, block_id: uuid.UUID | str):
    """The lesson body's H5P block with this id, or None."""
    wanted = str(block_id)
    for block in lesson.body:
        if block.block_type == H5P_BLOCK_TYPE and str(block.id) == wanted:
            return block
    return None


def activity_target(*, user, iri: str) -> ActivityTarget | None:
    """The activity an IRI names if this person may play it, else None.

    Open means: a live lesson whose body has that H5P block with an installed
    package, in a course the person is enrolled in (not withdrawn), with the
    lesson not locked by prerequisites or sequence.
    """
    ref = activity_parse(iri)
    if ref is None or not user.is_authenticated:
        return None
    lesson = (
        LessonPage.objects.live()
        .filter(pk=ref.lesson_id)
        .select_related("locale")
        .first()
    )
    if lesson is None:
        return None
    lesson = page_source(page=lesson)  # no query when already the source
    block = h5p_block_find(lesson=lesson, block_id=ref.block_id)
    if block is None:
        return None
    package = block.value.get("package")
    if package is None or not getattr(package, "is_installed", False):
        return None
    course = course_of_lesson(lesson=lesson)
    if course is None:
        return None
    state = course_state(user=user, course=course)
    ordered_keys = course_lesson_keys(course=course) if course.requires_sequence else []
    if lesson_lock_reason(state=state, lesson=lesson, ordered_keys=ordered_keys):
        return None
    policy = block.value.get("grading_policy") or GradingPolicy.BEST
    return ActivityTarget(
        ref=ActivityRef(ref.lesson_id, ref.block_id, is_subcontent=False),
        lesson=lesson,
        course=course,
        block_id=ref.block_id,
        grading_policy=policy,
        required=bool(block.value.get("required")),
        package=package,
    )


def activity_state_get(*, user, target: ActivityTarget) -> str | None:
    """The person's own saved state for an activity; nobody else's."""
    return (
        ActivityState.objects.filter(
            user=user, lesson=target.lesson, block_id=target.block_id
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
