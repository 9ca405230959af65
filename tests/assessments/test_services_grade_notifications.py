"""A fellow hears, in the site and by e-mail per preference, when essays are graded."""

import pytest
from django.core import mail
from django.urls import reverse

from fellowship.accounts.models import UserNotification
from fellowship.assessments.choices import QuestionType
from fellowship.assessments.services import (
    answer_grade,
    attempt_save_responses,
    attempt_start,
    attempt_submit,
)
from fellowship.cohorts.services import preferences_update

pytestmark = pytest.mark.django_db


@pytest.fixture
def essay_attempt(enrolled, make_question, make_quiz):
    essays = [make_question(QuestionType.ESSAY, points=2) for _ in range(2)]
    quiz = make_quiz(essays, pass_mark=50, title="Tracing essay")
    attempt = attempt_start(user=enrolled, quiz=quiz)
    attempt_save_responses(
        attempt=attempt,
        responses={
            attempt.answers.get(question=q).pk: "Records allow tracing." for q in essays
        },
    )
    return attempt_submit(attempt=attempt), essays


def _grade(attempt, question, grader):
    answer = attempt.answers.get(question=question)
    criteria = [c["id"] for c in question.definition["rubric"]]
    return answer_grade(
        answer=answer, grader=grader, scores=dict.fromkeys(criteria, 1), feedback="Ok"
    )


def test_fellow_is_told_once_when_the_last_essay_is_graded(
    essay_attempt, instructor, enrolled, django_capture_on_commit_callbacks
):
    attempt, (first, second) = essay_attempt
    with django_capture_on_commit_callbacks(execute=True):
        _grade(attempt, first, instructor)
    assert not UserNotification.objects.filter(user=enrolled).exists()
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        _grade(attempt, second, instructor)
    notification = UserNotification.objects.get(user=enrolled)
    assert notification.text == "Your answers in “Tracing essay” have been graded."
    assert notification.url == reverse(
        "assessments:attempt_result", kwargs={"public_id": attempt.public_id}
    )
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [enrolled.email]
    assert "Tracing essay" in mail.outbox[0].subject
    assert notification.url in mail.outbox[0].body
    # Correcting a grade later tells nobody again.
    with django_capture_on_commit_callbacks(execute=True):
        _grade(attempt, second, instructor)
    assert UserNotification.objects.filter(user=enrolled).count() == 1
    assert len(mail.outbox) == 1


def test_no_email_when_the_fellow_turned_it_off(
    essay_attempt, instructor, enrolled, django_capture_on_commit_callbacks
):
    preferences_update(user=enrolled, grades_released=False)
    attempt, essays = essay_attempt
    with django_capture_on_commit_callbacks(execute=True):
        for question in essays:
            _grade(attempt, question, instructor)
    assert UserNotification.objects.filter(user=enrolled).count() == 1
    assert mail.outbox == []


def test_email_speaks_the_fellows_language(
    essay_attempt, instructor, enrolled, django_capture_on_commit_callbacks
):
    enrolled.preferred_language = "fr"
    enrolled.save(update_fields=["preferred_language"])
    attempt, essays = essay_attempt
    with django_capture_on_commit_callbacks(execute=True):
        for question in essays:
            _grade(attempt, question, instructor)
    message = mail.outbox[0]
    assert "ont été corrigées" in message.subject
    assert "/fr/assessments/attempt/" in message.body
