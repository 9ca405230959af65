"""A fellow plays the true/false activity of a lesson in Chromium: the
statement and the score are stored for them and the lesson progresses."""

import re

import pytest

from courses.choices import LessonStatus
from courses.models import CourseProgress, LessonProgress
from courses.services import enrolment_create
from courses.xapi.models import ActivityResult, ActivityState, Statement
from tests.factories import PASSWORD
from tests.h5p import archives
from tests.xapi.lessons import h5p_lesson

pytestmark = pytest.mark.django_db(transaction=True)

STATEMENTS = re.compile(r"/xapi/statements$")
STATE = re.compile(r"/xapi/state$")


@pytest.fixture
def lesson_with_activity(site, fellow):
    from content.h5p.services import package_import

    package = package_import(
        file=archives.true_false_bytes(), filename="true-false.h5p"
    ).package
    built = h5p_lesson(site=site, package=package)
    enrolment_create(user=fellow, course=built.course)
    return built


PLAYER = "iframe[data-h5p-frame]"


def player(page):
    """The H5P content, inside the sandboxed player frame."""
    return page.frame_locator(PLAYER)


def answer(page, label):
    frame = player(page)
    frame.get_by_role("radio", name=label).click()
    return frame


def test_fellow_answers_the_activity_and_progress_moves(
    page, fellow, sign_in, lesson_with_activity, axe_audit
):
    lesson = lesson_with_activity.lesson
    sign_in(fellow, PASSWORD)
    page.goto(lesson.url)
    start = page.get_by_role("button", name="Start activity")
    start.wait_for()
    assert axe_audit(page) == []
    # Nothing of the player is loaded before the fellow asks for it.
    assert page.locator(PLAYER).count() == 0

    start.click()
    page.get_by_text("The activity is ready.").wait_for()
    outer = page.locator(PLAYER)
    assert outer.get_attribute("title") == "Hello World"
    assert outer.get_attribute("sandbox") == "allow-scripts"
    frame = answer(page, "False")
    with page.expect_response(
        lambda response: (
            STATEMENTS.search(response.url) and response.request.method == "POST"
        )
    ) as posted:
        frame.get_by_role("button", name="Check").click()
    assert posted.value.status == 200

    answered = Statement.objects.get(
        user=fellow, verb="http://adlnet.gov/expapi/verbs/answered"
    )
    assert answered.lesson_id == lesson.pk
    assert answered.score == 1.0 and answered.success is True
    assert answered.payload["actor"]["account"]["name"] == str(fellow.pk)
    result = ActivityResult.objects.get(user=fellow, lesson=lesson)
    assert (result.score, result.passed, result.completed) == (1.0, True, True)
    progress = LessonProgress.objects.get(user=fellow, lesson=lesson)
    assert progress.status == LessonStatus.COMPLETED
    course_progress = CourseProgress.objects.get(
        user=fellow, course=lesson_with_activity.course
    )
    assert course_progress.lessons_completed == 1
    assert course_progress.percent == 100
    assert axe_audit(page) == []


def test_saved_state_is_restored_when_the_fellow_comes_back(
    page, fellow, sign_in, lesson_with_activity
):
    lesson = lesson_with_activity.lesson
    sign_in(fellow, PASSWORD)
    page.goto(lesson.url)
    page.get_by_role("button", name="Start activity").click()
    page.get_by_text("The activity is ready.").wait_for()
    frame = answer(page, "True")
    with page.expect_response(
        lambda response: (
            STATE.search(response.url) and response.request.method == "POST"
        )
    ) as saved:
        frame.get_by_role("button", name="Check").click()
    assert saved.value.status == 204
    assert ActivityState.objects.filter(user=fellow, lesson=lesson).exists()

    page.goto(lesson.url)
    page.get_by_role("button", name="Start activity").click()
    page.get_by_text("The activity is ready.").wait_for()
    chosen = player(page).get_by_role("radio", name="True")
    chosen.wait_for()
    assert chosen.get_attribute("aria-checked") == "true"
