"""Before a module's download, the server opens an attempt at each of its
untimed quizzes, so that the quiz can be answered offline; the rest of the
online rules hold (a timed quiz is started online, limits and dates apply,
only the fellow's own modules)."""
# ruff: noqa: F811 - the fixtures are imported from the assessments tests

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from fellowship.assessments.choices import AttemptState, QuestionType
from fellowship.assessments.models import Attempt
from tests.assessments.conftest import (  # noqa: F401 - fixtures
    bank,
    enrol,
    enrolled,
    home,
    make_lesson,
    make_question,
    make_quiz,
    tree,
)

pytestmark = pytest.mark.django_db


def prepare(client, module):
    return client.post(reverse("offline_module_prepare", args=[module.pk]))


def attempt_urls(attempt):
    return [
        reverse("assessments:attempt_take", args=[attempt.public_id]),
        reverse("assessments:attempt_confirm", args=[attempt.public_id]),
    ]


@pytest.fixture
def untimed(make_question, make_quiz, make_lesson):
    quiz = make_quiz([make_question(QuestionType.SINGLE_CHOICE)], max_attempts=2)
    lesson = make_lesson(quiz)
    return quiz, lesson


@pytest.fixture
def signed_in(client, enrolled):
    client.force_login(enrolled)
    return client


def test_an_untimed_quiz_gets_an_attempt_to_answer_offline(
    signed_in, enrolled, tree, untimed
):
    quiz, lesson = untimed
    response = prepare(signed_in, tree.module)

    assert response.status_code == 200
    attempt = Attempt.objects.get(user=enrolled, quiz=quiz)
    assert attempt.state == AttemptState.IN_PROGRESS
    assert attempt.prepared_offline
    assert attempt.lesson_id == lesson.pk
    assert attempt.deadline is None
    assert response.json() == {"fetch": attempt_urls(attempt)}
    assert response["Cache-Control"] == "private, no-store"
    # The quiz card offers it, without calling it a resumption.
    page = signed_in.get(lesson.url)
    assert "Take the quiz" in page.content.decode()
    assert "Resume the quiz" not in page.content.decode()
    # The attempt page the download keeps holds the question, not its key.
    taken = signed_in.get(attempt_urls(attempt)[0]).content.decode()
    assert "Individual use" in taken
    assert "Yes." not in taken and '"correct"' not in taken


def test_asking_again_opens_nothing_new(signed_in, enrolled, tree, untimed):
    first = prepare(signed_in, tree.module).json()
    second = prepare(signed_in, tree.module).json()
    assert first == second
    assert Attempt.objects.filter(user=enrolled).count() == 1


def test_after_a_submission_the_next_attempt_is_prepared(
    signed_in, enrolled, tree, untimed
):
    quiz, _lesson = untimed
    prepare(signed_in, tree.module)
    first = Attempt.objects.get(user=enrolled)
    signed_in.post(reverse("assessments:attempt_submit", args=[first.public_id]))
    assert not Attempt.objects.filter(state=AttemptState.IN_PROGRESS).exists()
    # The first was submitted; asking again opens the second one.
    fetch = prepare(signed_in, tree.module).json()
    second = Attempt.objects.get(user=enrolled, state=AttemptState.IN_PROGRESS)
    assert fetch == {"fetch": attempt_urls(second)}
    assert second.number == 2
    # With every attempt used, nothing more is opened.
    signed_in.post(reverse("assessments:attempt_submit", args=[second.public_id]))
    assert prepare(signed_in, tree.module).json() == {"fetch": []}
    assert Attempt.objects.filter(user=enrolled).count() == 2


def test_a_timed_quiz_is_not_started_by_a_download(
    signed_in, enrolled, tree, make_question, make_quiz, make_lesson
):
    quiz = make_quiz([make_question(QuestionType.SINGLE_CHOICE)], time_limit_minutes=30)
    make_lesson(quiz)
    assert prepare(signed_in, tree.module).json() == {"fetch": []}
    assert not Attempt.objects.filter(user=enrolled).exists()
    # Started online, its attempt goes with the download (its clock runs
    # from the start the server recorded).
    signed_in.post(reverse("assessments:quiz_start", args=[quiz.pk]))
    attempt = Attempt.objects.get(user=enrolled)
    assert prepare(signed_in, tree.module).json() == {"fetch": attempt_urls(attempt)}
    assert not Attempt.objects.get(pk=attempt.pk).prepared_offline


@pytest.mark.parametrize(
    "rules",
    [
        {"opens_at": timezone.now() + datetime.timedelta(days=2)},
        {"closes_at": timezone.now() - datetime.timedelta(days=1)},
    ],
    ids=["not-open-yet", "closed"],
)
def test_a_quiz_that_cannot_be_started_now_gets_no_attempt(
    signed_in, enrolled, tree, make_question, make_quiz, make_lesson, rules
):
    make_lesson(make_quiz([make_question(QuestionType.SINGLE_CHOICE)], **rules))
    assert prepare(signed_in, tree.module).json() == {"fetch": []}
    assert not Attempt.objects.filter(user=enrolled).exists()


def test_a_quiz_in_a_lesson_still_locked_gets_no_attempt(
    signed_in, enrolled, tree, untimed
):
    from courses.models import CoursePage, LessonPage

    quiz, lesson = untimed
    # The course asks for its lessons in order: the quiz's lesson waits for
    # a reading lesson placed before it.
    first = LessonPage(title="Before", slug="before", body=[])
    lesson.add_sibling(pos="left", instance=first)
    CoursePage.objects.filter(pk=tree.course.pk).update(requires_sequence=True)
    assert prepare(signed_in, tree.module).json() == {"fetch": []}
    assert not Attempt.objects.filter(user=enrolled).exists()
    assert (
        LessonPage.objects.get(pk=first.pk).path
        < LessonPage.objects.get(pk=lesson.pk).path
    )


def test_others_are_refused_and_nothing_is_opened(client, fellow, tree, untimed):
    from tests.factories import user_with_role

    module = tree.module
    # Signed out: sent to sign in.
    response = prepare(client, module)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    # Signed in but not enrolled in the course: as if the module did not exist.
    client.force_login(fellow)
    assert prepare(client, module).status_code == 404
    # A reader of the page cannot open attempts with a GET, nor a POST
    # from another origin (no CSRF token).
    enrolled_elsewhere = user_with_role("Fellow")
    from courses.services import enrolment_create

    enrolment_create(user=enrolled_elsewhere, course=tree.course)
    guarded = Client(enforce_csrf_checks=True)
    guarded.force_login(enrolled_elsewhere)
    assert (
        guarded.get(reverse("offline_module_prepare", args=[module.pk])).status_code
        == 405
    )
    assert prepare(guarded, module).status_code == 403
    assert not Attempt.objects.exists()


def test_preparing_a_module_costs_a_fixed_number_of_queries(
    signed_in,
    enrolled,
    tree,
    make_question,
    make_quiz,
    make_lesson,
    django_assert_max_num_queries,
):
    for index in range(3):
        make_lesson(
            make_quiz([make_question(QuestionType.SINGLE_CHOICE)], max_attempts=1),
            slug=f"assessment-{index}",
        )
    prepare(signed_in, tree.module)
    assert Attempt.objects.filter(user=enrolled).count() == 3
    # Asking again (each visit of the offline library) opens nothing and
    # reads the attempts in progress at once.
    with django_assert_max_num_queries(14):
        assert len(prepare(signed_in, tree.module).json()["fetch"]) == 6
