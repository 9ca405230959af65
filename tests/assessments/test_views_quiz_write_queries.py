"""Query budgets of the quiz write paths a fellow hits most: autosaving one
answer and submitting. Both stay the same for N and 3N questions, and are
pinned so that repeated work cannot creep back."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from fellowship.assessments.choices import AnswerState, AttemptState, QuestionType
from fellowship.assessments.models import Attempt
from fellowship.assessments.services import attempt_start

pytestmark = pytest.mark.django_db

N = 3
# The user (the session comes from the cache), the answer with its question
# and the fellow's attempt, and one UPDATE that locks the attempt while it is
# in progress and writes the answer (no transaction around it).
AUTOSAVE_QUERIES = 3
# The user (the session comes from the cache), the fellow's attempt, the same locked (with quiz and user),
# the answers, their grades, the attempt's totals, the submitted attempts,
# the result (read, then inserted or updated), the evaluation's test plan
# (pre- or post-test, one read) and the lessons that hold the quiz.
SUBMIT_QUERIES = 11


@pytest.fixture
def quizzes(make_question, make_quiz):
    """Two quizzes of short-answer questions: N and 3N of them."""

    def quiz_of(size, title):
        return make_quiz(
            [make_question(QuestionType.SHORT_TEXT) for _ in range(size)],
            title=title,
            max_attempts=0,
        )

    return quiz_of(N, "Small"), quiz_of(3 * N, "Large")


def _post(client, name, attempt, data=None):
    url = reverse(f"assessments:{name}", args=[attempt.public_id])
    with CaptureQueriesContext(connection) as captured:
        response = client.post(url, data or {})
    # Savepoints are the test's own transaction around the view's atomic
    # blocks; in production those are BEGIN and COMMIT, not counted either.
    return response, [
        query["sql"]
        for query in captured.captured_queries
        if "SAVEPOINT" not in query["sql"]
    ]


def test_autosave_and_submit_queries_are_fixed(client, enrolled, quizzes):
    client.force_login(enrolled)
    counts = {}
    for quiz in quizzes:
        attempt = attempt_start(user=enrolled, quiz=quiz)
        answer = attempt.answers.order_by("position").last()
        saved, autosave = _post(
            client,
            "attempt_autosave",
            attempt,
            {"answer": answer.pk, f"answer-{answer.pk}": "Stockpile"},
        )
        assert saved.status_code == 200, saved.content
        answer.refresh_from_db()
        assert answer.state == AnswerState.SAVED
        submitted, submit = _post(client, "attempt_submit", attempt)
        assert submitted.status_code == 302
        attempt.refresh_from_db()
        assert attempt.state == AttemptState.GRADED
        counts[quiz.title] = (len(autosave), len(submit))
        assert len(autosave) <= AUTOSAVE_QUERIES, autosave
        assert len(submit) <= SUBMIT_QUERIES, submit
    assert counts["Small"] == counts["Large"], counts


def test_autosave_of_another_fellows_attempt_is_refused_and_changes_nothing(
    client, enrolled, quizzes, enrol
):
    from tests.factories import user_with_role

    attempt = attempt_start(user=enrolled, quiz=quizzes[0])
    answer = attempt.answers.first()
    other = user_with_role("Fellow")
    enrol(other)
    client.force_login(other)
    response, _queries = _post(
        client,
        "attempt_autosave",
        attempt,
        {"answer": answer.pk, f"answer-{answer.pk}": "Stockpile"},
    )
    assert response.status_code == 404
    response, _queries = _post(client, "attempt_submit", attempt)
    assert response.status_code == 404
    answer.refresh_from_db()
    assert answer.state == AnswerState.UNANSWERED
    assert Attempt.objects.get(pk=attempt.pk).state == AttemptState.IN_PROGRESS


def test_autosave_refuses_an_unknown_or_malformed_answer_id(client, enrolled, quizzes):
    client.force_login(enrolled)
    attempt = attempt_start(user=enrolled, quiz=quizzes[0])
    other = attempt_start(user=enrolled, quiz=quizzes[1]).answers.first()
    for answer_id in ("9" * 30, "-1", "x", str(other.pk)):
        response, _queries = _post(
            client,
            "attempt_autosave",
            attempt,
            {"answer": answer_id, f"answer-{answer_id}": "Stockpile"},
        )
        assert response.status_code == 400, answer_id
        assert response.json()["code"] == "unknown_question"
    other.refresh_from_db()
    assert other.state == AnswerState.UNANSWERED
    assert not attempt.answers.exclude(state=AnswerState.UNANSWERED).exists()


# Started from a lesson (the fellow's usual way), the submission also asks
# the lesson whether its requirements are now met: the lessons that hold
# the quiz (with their locale, so that a lesson in the source language is
# known as such), the lesson's progress, and, for a lesson not yet
# completed, its course, the quiz the block names and whether it is passed.
SUBMIT_FROM_A_LESSON_QUERIES = 15


def test_submit_from_a_lesson_asks_the_lesson_in_fixed_queries(
    client, enrolled, make_question, make_quiz, make_lesson
):
    from courses.services import lesson_open

    client.force_login(enrolled)
    counts = []
    for size, slug in ((N, "small"), (3 * N, "large")):
        quiz = make_quiz(
            [make_question(QuestionType.SINGLE_CHOICE) for _ in range(size)],
            pass_mark=100,
            max_attempts=0,
        )
        lesson = make_lesson(quiz, slug=slug)
        lesson_open(user=enrolled, lesson=lesson)
        attempt = attempt_start(user=enrolled, quiz=quiz, lesson=lesson)
        submitted, submit = _post(client, "attempt_submit", attempt)
        assert submitted.status_code == 302
        assert Attempt.objects.get(pk=attempt.pk).state == AttemptState.GRADED
        counts.append(len(submit))
        assert len(submit) <= SUBMIT_FROM_A_LESSON_QUERIES, submit
    assert counts[0] == counts[1], counts
