"""The completion rules certificates asks: courses' course rule and cohorts'
programme rule, read from the database (never from CourseProgress)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses import completion
from courses.choices import LessonStatus
from courses.models import CourseProgress, LessonPage, LessonProgress
from courses.selectors import course_requirements_met, enrolment_is_current
from courses.services import enrolment_create, enrolment_withdraw
from fellowship.cohorts.choices import MembershipStatus
from fellowship.cohorts.selectors import (
    cohort_certifiable_member_ids,
    cohorts_requiring_course,
    membership_is_current,
    programme_requirements_met,
)
from fellowship.cohorts.services import membership_transition

from .conftest import complete

pytestmark = pytest.mark.django_db


@pytest.fixture
def graded_checker():
    """A block type graded by a checker whose answer the test sets; the
    registry is restored afterwards."""
    saved = dict(completion._checkers)
    outcome = {"passed": True}
    completion.register_requirement(
        "reflection", lambda *, user, lesson, block: outcome["passed"]
    )
    yield outcome
    completion._checkers.clear()
    completion._checkers.update(saved)


def _make_graded(lesson: LessonPage) -> None:
    lesson.body = [
        {"type": "rich_text", "value": "<p>Read, then answer.</p>"},
        {"type": "reflection", "value": {"prompt": "What would you mark first?"}},
    ]
    lesson.save_revision().publish()


# The course rule (courses.selectors).


def test_course_requirements_met_when_every_live_lesson_is_completed(
    course, make_fellow
):
    fellow = make_fellow()
    complete(fellow, course, lessons=2)
    assert course_requirements_met(user=fellow, course=course) is False
    complete(fellow, course)
    assert course_requirements_met(user=fellow, course=course) is True


def test_course_requirements_refuse_a_stranger_and_a_withdrawn_fellow(
    course, make_fellow
):
    stranger, withdrawn = make_fellow(), make_fellow(full_name="Withdrawn Fellow")
    assert course_requirements_met(user=stranger, course=course) is False
    assert enrolment_is_current(user=stranger, course=course) is False

    complete(withdrawn, course)
    enrolment_withdraw(enrolment=withdrawn.enrolments.get(course=course))
    assert enrolment_is_current(user=withdrawn, course=course) is False
    assert course_requirements_met(user=withdrawn, course=course) is False


def test_course_requirements_ignore_course_progress(course, make_fellow):
    fellow = make_fellow()
    complete(fellow, course, lessons=1)
    CourseProgress.objects.filter(user=fellow, course=course).update(
        lessons_completed=3, lessons_total=3, percent=100, completed_at=timezone.now()
    )
    assert course_requirements_met(user=fellow, course=course) is False


def test_course_requirements_ask_the_graded_blocks_again(
    course, make_fellow, graded_checker
):
    fellow = make_fellow()
    _make_graded(course.test_lessons[0])
    complete(fellow, course)
    assert course_requirements_met(user=fellow, course=course) is True

    # A result that no longer passes (a regraded quiz, say) withdraws the
    # course's completion, although the lesson's progress row still says done.
    graded_checker["passed"] = False
    assert LessonProgress.objects.filter(
        user=fellow, lesson=course.test_lessons[0], status=LessonStatus.COMPLETED
    ).exists()
    assert course_requirements_met(user=fellow, course=course) is False


def test_course_requirements_count_only_live_lessons(course, make_fellow):
    fellow = make_fellow()
    complete(fellow, course, lessons=2)
    course.test_lessons[2].unpublish()
    assert course_requirements_met(user=fellow, course=course) is True


def test_a_course_without_lessons_is_never_complete(make_course, make_fellow):
    empty = make_course(lessons=0)
    fellow = make_fellow()
    enrolment_create(user=fellow, course=empty)
    assert course_requirements_met(user=fellow, course=empty) is False


def test_course_requirements_run_a_fixed_number_of_queries(
    make_course, make_fellow, django_assert_num_queries
):
    counts = []
    for lessons in (2, 6):
        course = make_course(lessons=lessons)
        fellow = make_fellow(full_name=f"Fellow of {lessons}")
        complete(fellow, course)
        with CaptureQueriesContext(connection) as captured:
            assert course_requirements_met(user=fellow, course=course) is True
        counts.append(len(captured))
    assert counts[0] == counts[1]
    with django_assert_num_queries(counts[0]):
        course_requirements_met(user=fellow, course=course)


# The programme rule (fellowship.cohorts.selectors).


def test_programme_requirements_need_each_required_course_not_electives(
    make_course, make_fellow, make_cohort, join
):
    first, second, elective = make_course(), make_course(), make_course()
    cohort = make_cohort(required=[first, second], elective=[elective])
    fellow = make_fellow()
    join(cohort, fellow)

    complete(fellow, first)
    assert programme_requirements_met(user=fellow, cohort=cohort) is False
    complete(fellow, second)
    assert programme_requirements_met(user=fellow, cohort=cohort) is True
    assert cohorts_requiring_course(user=fellow, course=first) == [cohort]
    assert cohorts_requiring_course(user=fellow, course=elective) == []


def test_programme_requirements_refuse_strangers_and_withdrawn_members(
    make_course, make_fellow, make_cohort, join
):
    required = make_course()
    cohort = make_cohort(required=[required])
    stranger, member = make_fellow(), make_fellow(full_name="Member Fellow")
    complete(stranger, required)
    assert programme_requirements_met(user=stranger, cohort=cohort) is False
    assert membership_is_current(user=stranger, cohort=cohort) is False

    membership = join(cohort, member)
    complete(member, required)
    assert list(cohort_certifiable_member_ids(cohort=cohort)) == [member.pk]
    membership_transition(membership=membership, to_status=MembershipStatus.WITHDRAWN)
    assert membership_is_current(user=member, cohort=cohort) is False
    assert programme_requirements_met(user=member, cohort=cohort) is False
    assert list(cohort_certifiable_member_ids(cohort=cohort)) == []


def test_a_cohort_without_required_courses_is_never_complete(
    make_course, make_fellow, make_cohort, join
):
    elective = make_course()
    cohort = make_cohort(elective=[elective])
    fellow = make_fellow()
    join(cohort, fellow)
    complete(fellow, elective)
    assert programme_requirements_met(user=fellow, cohort=cohort) is False
