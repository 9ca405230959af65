"""Quiz answers and submissions made offline keep the online rules when
they are sent: the server grades once, the clock is the server's, the first
submission wins and the other device is told."""
# ruff: noqa: F811 - the fixtures are imported from the assessments tests

import datetime

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from fellowship.assessments.choices import AttemptState, QuestionType
from fellowship.assessments.models import Attempt, AttemptAnswer, QuizResult
from tests.assessments.conftest import (  # noqa: F401 - fixtures
    bank,
    enrol,
    enrolled,
    home,
    make_question,
    make_quiz,
    tree,
)

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)


def url(name, attempt):
    return reverse(f"assessments:{name}", args=[attempt.public_id])


def option_id(question, text):
    return next(o["id"] for o in question.definition["options"] if o["text"] == text)


@pytest.fixture
def quiz(make_question, make_quiz):
    return make_quiz(
        [make_question(QuestionType.SINGLE_CHOICE)], pass_mark=50, max_attempts=0
    )


@pytest.fixture
def started(client, enrolled, quiz):
    client.force_login(enrolled)
    client.post(reverse("assessments:quiz_start", args=[quiz.pk]))
    return Attempt.objects.get(user=enrolled, quiz=quiz)


def choose(client, attempt, text, write_id):
    answer = attempt.answers.select_related("question").get()
    return client.post(
        url("attempt_autosave", attempt),
        {"answer": answer.pk, f"answer-{answer.pk}": option_id(answer.question, text)},
        HTTP_X_WRITE_ID=write_id,
    )


def test_answer_replayed_after_a_change_keeps_the_change(client, started, write_id):
    first = write_id()
    assert choose(client, started, "Crew use", first).status_code == 200
    assert choose(client, started, "Individual use", write_id()).status_code == 200
    replay = choose(client, started, "Crew use", first)

    assert replay.status_code == 200
    assert replay["X-Write-Replayed"] == "1"
    answer = AttemptAnswer.objects.select_related("question").get(attempt=started)
    assert answer.response == option_id(answer.question, "Individual use")


def test_submission_replayed_grades_once(client, started, write_id):
    choose(client, started, "Individual use", write_id())
    key = write_id()
    first = client.post(url("attempt_submit", started), HTTP_X_WRITE_ID=key)
    graded_at = Attempt.objects.get(pk=started.pk).graded_at
    replay = client.post(url("attempt_submit", started), HTTP_X_WRITE_ID=key)

    assert first.status_code == replay.status_code == 302
    assert replay["Location"] == first["Location"] == url("attempt_result", started)
    started.refresh_from_db()
    assert started.graded_at == graded_at
    assert started.percent == 100
    assert QuizResult.objects.get(quiz=started.quiz).attempts_submitted == 1


def test_first_submission_wins_and_the_other_device_is_told(
    client, enrolled, started, write_id
):
    phone = Client()
    phone.force_login(enrolled)
    choose(client, started, "Individual use", write_id())
    client.post(url("attempt_submit", started), HTTP_X_WRITE_ID=write_id())
    # The phone's queue, written offline on the same attempt, arrives later.
    late = choose(phone, started, "Crew use", write_id())
    second = phone.post(url("attempt_submit", started), HTTP_X_WRITE_ID=write_id())

    assert late.status_code == 409
    assert late.json()["message"]
    assert late.json()["redirect"] == url("attempt_result", started)
    assert second.status_code == 302
    started.refresh_from_db()
    assert started.percent == 100
    assert QuizResult.objects.get(quiz=started.quiz).attempts_submitted == 1


def test_answer_arriving_after_the_deadline_does_not_count(
    client, enrolled, make_question, make_quiz, write_id
):
    timed = make_quiz(
        [make_question(QuestionType.SINGLE_CHOICE)], time_limit_minutes=10
    )
    client.force_login(enrolled)
    with time_machine.travel(START, tick=False):
        client.post(reverse("assessments:quiz_start", args=[timed.pk]))
        attempt = Attempt.objects.get(quiz=timed)
        choose(client, attempt, "Crew use", write_id())
    # Answered offline, sent once the connection returned: too late.
    with time_machine.travel(START + datetime.timedelta(minutes=11), tick=False):
        late = choose(client, attempt, "Individual use", write_id())

    assert late.status_code == 409
    attempt.refresh_from_db()
    assert attempt.state != AttemptState.IN_PROGRESS
    assert attempt.percent == 0
    answer = AttemptAnswer.objects.select_related("question").get(attempt=attempt)
    assert answer.response == option_id(answer.question, "Crew use")
