"""The steps around a quiz: the confirmation before the irreversible submit,
autosave refusals that say what failed, and the way on after the result."""

import datetime
import json

import pytest
import time_machine
from django.urls import reverse

from fellowship.assessments.choices import AttemptState, QuestionType
from fellowship.assessments.models import Attempt

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)


def url(name, attempt):
    return reverse(f"assessments:{name}", args=[attempt.public_id])


def option_id(question, text):
    return next(o["id"] for o in question.definition["options"] if o["text"] == text)


@pytest.fixture
def questions(make_question):
    return [make_question(), make_question(QuestionType.SHORT_TEXT)]


@pytest.fixture
def attempt(client, enrolled, questions, make_quiz):
    quiz = make_quiz(questions, pass_mark=50)
    client.force_login(enrolled)
    client.post(reverse("assessments:quiz_start", args=[quiz.pk]))
    return Attempt.objects.get(user=enrolled, quiz=quiz)


def test_submit_button_leads_to_a_confirmation_that_counts_answers(
    client, attempt, questions
):
    single = attempt.answers.get(question=questions[0])
    response = client.post(
        url("attempt_take", attempt),
        {
            f"answer-{single.pk}": option_id(questions[0], "Individual use"),
            "action": "submit",
        },
    )
    assert response["Location"] == url("attempt_confirm", attempt)
    page = client.get(url("attempt_confirm", attempt)).content.decode()
    assert "You have answered 1 of 2 questions." in page
    assert "Once you submit, you cannot change your answers." in page
    assert f'action="{url("attempt_submit", attempt)}"' in page
    assert f'href="{url("attempt_take", attempt)}"' in page
    assert "Back to the questions" in page
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.IN_PROGRESS
    assert attempt.answers.get(pk=single.pk).response is not None


def test_confirmation_of_a_submitted_attempt_leads_to_its_result(client, attempt):
    client.post(url("attempt_submit", attempt))
    response = client.get(url("attempt_confirm", attempt))
    assert response.status_code == 302
    assert response["Location"] == url("attempt_result", attempt)


def test_confirmation_after_the_deadline_submits_and_shows_the_result(
    client, enrolled, make_question, make_quiz
):
    quiz = make_quiz([make_question()], time_limit_minutes=5)
    client.force_login(enrolled)
    with time_machine.travel(START, tick=False):
        client.post(reverse("assessments:quiz_start", args=[quiz.pk]))
    attempt = Attempt.objects.get(quiz=quiz)
    with time_machine.travel(START + datetime.timedelta(minutes=6), tick=False):
        response = client.get(url("attempt_confirm", attempt))
    assert response["Location"] == url("attempt_result", attempt)
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.GRADED


def test_confirmation_refuses_post(client, attempt):
    assert client.post(url("attempt_confirm", attempt)).status_code == 405
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.IN_PROGRESS


def test_clock_reaching_the_deadline_submits_without_confirmation(client, attempt):
    response = client.post(url("attempt_take", attempt), {"action": "timeout"})
    assert response["Location"] == url("attempt_result", attempt)
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.GRADED


def test_autosave_refusals_carry_a_message(client, attempt, questions):
    single = attempt.answers.get(question=questions[0])
    invalid = client.post(
        url("attempt_autosave", attempt),
        {"answer": single.pk, f"answer-{single.pk}": "forged"},
    )
    assert invalid.status_code == 400
    body = json.loads(invalid.content)
    assert body["message"] and body["code"] == "invalid_answer"
    unknown = client.post(url("attempt_autosave", attempt), {"answer": "999999"})
    assert unknown.status_code == 400
    assert json.loads(unknown.content)["message"] == (
        "This question is not in the attempt."
    )
    client.post(url("attempt_submit", attempt))
    late = client.post(url("attempt_autosave", attempt), {"answer": single.pk})
    assert late.status_code == 409
    body = json.loads(late.content)
    assert body["message"] == "This attempt has already been submitted."
    assert body["redirect"] == url("attempt_result", attempt)


def test_autosave_after_the_deadline_says_time_is_up(
    client, enrolled, make_question, make_quiz
):
    question = make_question()
    quiz = make_quiz([question], time_limit_minutes=5)
    client.force_login(enrolled)
    with time_machine.travel(START, tick=False):
        client.post(reverse("assessments:quiz_start", args=[quiz.pk]))
    attempt = Attempt.objects.get(quiz=quiz)
    answer = attempt.answers.get()
    with time_machine.travel(START + datetime.timedelta(minutes=6), tick=False):
        response = client.post(
            url("attempt_autosave", attempt),
            {
                "answer": answer.pk,
                f"answer-{answer.pk}": option_id(question, "Individual use"),
            },
        )
    assert response.status_code == 409
    assert "time for this attempt is over" in json.loads(response.content)["message"]


def test_result_links_to_the_next_lesson_and_the_course(
    client, enrolled, tree, make_question, make_quiz, make_lesson
):
    from courses.models import LessonPage

    quiz = make_quiz([make_question()])
    lesson = make_lesson(quiz, slug="check")
    following = LessonPage(title="Recording marks", slug="recording")
    tree.module.add_child(instance=following)
    client.force_login(enrolled)
    client.post(
        reverse("assessments:quiz_start", args=[quiz.pk]), {"lesson": lesson.pk}
    )
    attempt = Attempt.objects.get(quiz=quiz)
    client.post(url("attempt_submit", attempt))
    html = client.get(url("attempt_result", attempt)).content.decode()
    assert f'href="{following.url}"' in html
    assert "Next lesson: Recording marks" in html
    assert f'href="{tree.course.url}"' in html


def test_result_of_the_last_lesson_links_to_the_course_only(
    client, enrolled, tree, make_question, make_quiz, make_lesson
):
    quiz = make_quiz([make_question()])
    lesson = make_lesson(quiz, slug="last")
    client.force_login(enrolled)
    client.post(
        reverse("assessments:quiz_start", args=[quiz.pk]), {"lesson": lesson.pk}
    )
    attempt = Attempt.objects.get(quiz=quiz)
    client.post(url("attempt_submit", attempt))
    html = client.get(url("attempt_result", attempt)).content.decode()
    assert "Next lesson" not in html
    assert f'href="{tree.course.url}"' in html


def test_result_of_a_quiz_taken_outside_a_lesson_has_no_lesson_links(client, attempt):
    client.post(url("attempt_submit", attempt))
    html = client.get(url("attempt_result", attempt)).content.decode()
    assert "Next lesson" not in html
    assert "Back to the course" not in html
    assert "Back to the quiz" in html
