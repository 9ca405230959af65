"""Two submits at the same moment grade an attempt once (PostgreSQL row locks)."""

import threading

import pytest
from django.db import connection, connections

from fellowship.assessments import services
from fellowship.assessments.choices import AttemptState
from fellowship.assessments.models import Attempt, QuizResult


def row_locks(test):
    """Run against PostgreSQL, whose row locks the test is about."""
    skip = pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="Row locks need PostgreSQL: set DATABASE_URL to run this test.",
    )
    return pytest.mark.django_db(transaction=True)(skip(test))


@row_locks
def test_concurrent_double_submit_grades_once(
    enrolled, make_question, make_quiz, monkeypatch
):
    question = make_question()
    quiz = make_quiz([question])
    attempt = services.attempt_start(user=enrolled, quiz=quiz)
    graded = []
    original = services._grade_automatic
    barrier = threading.Barrier(2)

    def counting(answer, *rest):
        graded.append(answer.pk)
        return original(answer, *rest)

    monkeypatch.setattr(services, "_grade_automatic", counting)
    errors = []

    def submit():
        try:
            barrier.wait(timeout=10)
            services.attempt_submit(attempt=Attempt.objects.get(pk=attempt.pk))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert graded == [attempt.answers.get().pk]
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.GRADED
    assert QuizResult.objects.get(quiz=quiz, user=enrolled).attempts_submitted == 1


@pytest.mark.django_db
def test_sequential_double_submit_grades_once(
    enrolled, make_question, make_quiz, monkeypatch
):
    quiz = make_quiz([make_question()])
    attempt = services.attempt_start(user=enrolled, quiz=quiz)
    graded = []
    original = services._grade_automatic
    monkeypatch.setattr(
        services,
        "_grade_automatic",
        lambda answer, *rest: graded.append(1) or original(answer, *rest),
    )
    services.attempt_submit(attempt=attempt)
    services.attempt_submit(attempt=attempt)
    assert graded == [1]


@row_locks
def test_autosave_waits_for_a_submission_in_progress_and_changes_nothing(
    enrolled, make_question, make_quiz, monkeypatch
):
    """An autosave that arrives while the attempt is being graded waits for
    the grading, then is refused: the graded answer keeps what was graded."""
    from fellowship.assessments.choices import AssessmentErrorCode, QuestionType
    from fellowship.assessments.services import AssessmentError

    question = make_question(QuestionType.SHORT_TEXT)
    quiz = make_quiz([question])
    attempt = services.attempt_start(user=enrolled, quiz=quiz)
    answer = attempt.answers.select_related("question", "attempt").get()
    assert (
        services.attempt_save_answer(attempt=attempt, answer=answer, raw="First") == ""
    )
    grading = threading.Event()
    order = []
    original = services._grade_automatic

    def slow(graded, *rest):
        grading.set()
        # Hold the attempt's lock long enough for the autosave to queue.
        threading.Event().wait(1.0)
        order.append("graded")
        return original(graded, *rest)

    monkeypatch.setattr(services, "_grade_automatic", slow)
    outcome = []

    def submit():
        try:
            services.attempt_submit(attempt=Attempt.objects.get(pk=attempt.pk))
        finally:
            connections.close_all()

    def autosave():
        try:
            grading.wait(timeout=10)
            services.attempt_save_answer(
                attempt=Attempt.objects.get(pk=attempt.pk), answer=answer, raw="Later"
            )
            outcome.append("saved")
        except AssessmentError as refused:
            outcome.append(refused.code)
        finally:
            order.append("autosave answered")
            connections.close_all()

    threads = [threading.Thread(target=submit), threading.Thread(target=autosave)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert order == ["graded", "autosave answered"]
    assert outcome == [AssessmentErrorCode.NOT_IN_PROGRESS]
    answer.refresh_from_db()
    assert answer.response == "First"
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.GRADED
