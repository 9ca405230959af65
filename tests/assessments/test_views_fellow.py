"""A fellow takes a quiz through the views; nobody else sees their attempt,
and no answer key reaches the browser before the review options allow it."""

import datetime
import json

import pytest
import time_machine
from django.urls import reverse

from fellowship.assessments.choices import AttemptState, QuestionType, ReviewTiming
from fellowship.assessments.models import Attempt, QuizResult
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)


def url(name, attempt):
    return reverse(f"assessments:{name}", args=[attempt.public_id])


def option_id(question, text):
    return next(o["id"] for o in question.definition["options"] if o["text"] == text)


def cloze_answers(answer) -> dict:
    """The right answers to the example cloze, as the form posts them."""
    gaps = answer.question.definition["gaps"]
    year = next(a["id"] for a in gaps[1]["answers"] if a["text"] == "2005")
    return {
        f"answer-{answer.pk}-1": "international tracing instrument",
        f"answer-{answer.pk}-2": year,
        f"answer-{answer.pk}-3": "3",
    }


@pytest.fixture
def quiz(make_question, make_quiz):
    questions = [make_question(t) for t in QuestionType if t != QuestionType.ESSAY]
    return make_quiz(questions, pass_mark=50, max_attempts=0)


@pytest.fixture
def attempt(client, enrolled, quiz):
    client.force_login(enrolled)
    response = client.post(reverse("assessments:quiz_start", args=[quiz.pk]))
    assert response.status_code == 302
    return Attempt.objects.get(user=enrolled, quiz=quiz)


def answer_of(attempt, question_type):
    return attempt.answers.select_related("question").get(question__type=question_type)


def test_pages_need_a_signed_in_person(client, quiz):
    for path in (
        reverse("assessments:quiz_detail", args=[quiz.pk]),
        reverse("assessments:quiz_start", args=[quiz.pk]),
    ):
        response = client.get(path)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


def test_fellow_not_enrolled_is_refused_with_a_message(client, fellow, quiz):
    client.force_login(fellow)
    response = client.post(
        reverse("assessments:quiz_start", args=[quiz.pk]), follow=True
    )
    assert "not enrolled" in response.content.decode()
    assert not Attempt.objects.exists()


def test_quiz_page_shows_no_key(client, attempt):
    response = client.get(url("attempt_take", attempt))
    assert response.status_code == 200
    html = response.content.decode()
    for secret in (
        "importation",  # accepted short answer
        "1899",  # numeric key
        "<p>Yes.</p>",  # option feedback
        "Light.",
        '"correct"',
        "fraction",
    ):
        assert secret not in html
    # The questions are there, with labelled inputs.
    assert html.count('class="quiz-question"') == attempt.answers.count()
    assert "<legend>" in html


def test_autosave_saves_one_answer(client, attempt):
    single = answer_of(attempt, QuestionType.SINGLE_CHOICE)
    response = client.post(
        url("attempt_autosave", attempt),
        {
            "answer": single.pk,
            f"answer-{single.pk}": option_id(single.question, "Individual use"),
        },
    )
    assert response.status_code == 200
    assert json.loads(response.content)["saved"] is True
    single.refresh_from_db()
    assert single.response == option_id(single.question, "Individual use")


def test_autosave_refuses_bad_input_and_changes_nothing(client, attempt):
    single = answer_of(attempt, QuestionType.SINGLE_CHOICE)
    short = answer_of(attempt, QuestionType.SHORT_TEXT)
    bad = client.post(
        url("attempt_autosave", attempt),
        {"answer": single.pk, f"answer-{single.pk}": "forged"},
    )
    assert bad.status_code == 400
    long = client.post(
        url("attempt_autosave", attempt),
        {"answer": short.pk, f"answer-{short.pk}": "x" * 501},
    )
    assert long.status_code == 400
    unknown = client.post(url("attempt_autosave", attempt), {"answer": "999999"})
    assert unknown.status_code == 400
    single.refresh_from_db()
    short.refresh_from_db()
    assert single.response is None and short.response is None


def test_form_without_javascript_saves_then_submits(client, attempt):
    single = answer_of(attempt, QuestionType.SINGLE_CHOICE)
    multiple = answer_of(attempt, QuestionType.MULTIPLE_RESPONSE)
    matching = answer_of(attempt, QuestionType.MATCHING)
    ordering = answer_of(attempt, QuestionType.ORDERING)
    numeric = answer_of(attempt, QuestionType.NUMERIC)
    short = answer_of(attempt, QuestionType.SHORT_TEXT)
    truth = answer_of(attempt, QuestionType.TRUE_FALSE)
    pairs = matching.question.definition["pairs"]
    items = ordering.question.definition["items"]
    data = {
        f"answer-{single.pk}": option_id(single.question, "Individual use"),
        f"answer-{multiple.pk}": [
            option_id(multiple.question, "Mortars"),
            option_id(multiple.question, "Heavy machine guns"),
        ],
        **{f"answer-{matching.pk}-{p['id']}": p["answer"] for p in pairs},
        **{f"answer-{ordering.pk}-{i['id']}": n for n, i in enumerate(items, start=1)},
        f"answer-{numeric.pk}": "1899",
        f"answer-{short.pk}": " IMPORT ",
        f"answer-{truth.pk}": "false",
        **cloze_answers(answer_of(attempt, QuestionType.CLOZE)),
    }
    saved = client.post(url("attempt_take", attempt), {**data, "action": "save"})
    assert saved.status_code == 302
    assert Attempt.objects.get(pk=attempt.pk).state == AttemptState.IN_PROGRESS
    page = client.get(url("attempt_take", attempt)).content.decode()
    assert "checked" in page and "selected" in page
    to_confirm = client.post(url("attempt_take", attempt), {**data, "action": "submit"})
    assert to_confirm.status_code == 302
    assert to_confirm["Location"] == url("attempt_confirm", attempt)
    assert Attempt.objects.get(pk=attempt.pk).state == AttemptState.IN_PROGRESS
    confirm = client.get(url("attempt_confirm", attempt)).content.decode()
    assert "You have answered 8 of 8 questions." in confirm
    submitted = client.post(url("attempt_submit", attempt))
    assert submitted.status_code == 302
    assert submitted["Location"] == url("attempt_result", attempt)
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.GRADED
    assert attempt.percent == 100
    result = client.get(url("attempt_result", attempt)).content.decode()
    assert "You passed." in result
    # Marks after each attempt; no key while attempts remain (unlimited here).
    assert "Your answer" in result and "1 of 1" in result
    assert "importation" not in result


def test_form_with_a_bad_answer_is_not_submitted(client, attempt):
    single = answer_of(attempt, QuestionType.SINGLE_CHOICE)
    response = client.post(
        url("attempt_take", attempt),
        {f"answer-{single.pk}": "forged", "action": "submit"},
    )
    assert response.status_code == 400
    assert "could not be saved" in response.content.decode()
    assert Attempt.objects.get(pk=attempt.pk).state == AttemptState.IN_PROGRESS


def test_double_submit_grades_once(client, attempt):
    first = client.post(url("attempt_submit", attempt))
    graded_at = Attempt.objects.get(pk=attempt.pk).graded_at
    second = client.post(url("attempt_submit", attempt))
    assert first.status_code == second.status_code == 302
    attempt.refresh_from_db()
    assert attempt.graded_at == graded_at
    assert QuizResult.objects.get(quiz=attempt.quiz).attempts_submitted == 1
    late = client.post(
        url("attempt_autosave", attempt), {"answer": attempt.answers.first().pk}
    )
    assert late.status_code == 409


@pytest.mark.parametrize(
    ("option", "shown"),
    [(ReviewTiming.AFTER_EACH_ATTEMPT, True), (ReviewTiming.NEVER, False)],
)
def test_review_options_decide_whether_the_key_is_shown(
    client, enrolled, make_question, make_quiz, option, shown
):
    quiz = make_quiz(
        [make_question(QuestionType.SHORT_TEXT)], review_right_answers=option
    )
    client.force_login(enrolled)
    client.post(reverse("assessments:quiz_start", args=[quiz.pk]))
    attempt = Attempt.objects.get(quiz=quiz)
    client.post(url("attempt_submit", attempt))
    html = client.get(url("attempt_result", attempt)).content.decode()
    assert ("importation" in html) is shown
    assert "You scored 0 out of 1" in html


def test_key_after_close_waits_for_the_latest_closing_date(
    client, enrolled, make_question, make_quiz
):
    from fellowship.assessments.services import accommodation_set

    closes = START + datetime.timedelta(days=1)
    quiz = make_quiz(
        [make_question(QuestionType.SHORT_TEXT)],
        review_right_answers=ReviewTiming.AFTER_CLOSE,
        closes_at=closes,
    )
    other = user_with_role("Fellow")
    accommodation_set(
        quiz=quiz, user=other, closes_at=closes + datetime.timedelta(days=2)
    )
    client.force_login(enrolled)
    with time_machine.travel(START, tick=False):
        client.post(reverse("assessments:quiz_start", args=[quiz.pk]))
        attempt = Attempt.objects.get(quiz=quiz)
        client.post(url("attempt_submit", attempt))
    with time_machine.travel(closes + datetime.timedelta(days=1), tick=False):
        html = client.get(url("attempt_result", attempt)).content.decode()
        assert "importation" not in html
    with time_machine.travel(closes + datetime.timedelta(days=3), tick=False):
        assert (
            "importation" in client.get(url("attempt_result", attempt)).content.decode()
        )


def test_saving_after_the_deadline_is_refused_and_grades_what_was_saved(
    client, enrolled, make_question, make_quiz
):
    question = make_question()
    quiz = make_quiz([question], time_limit_minutes=5)
    client.force_login(enrolled)
    with time_machine.travel(START, tick=False):
        client.post(reverse("assessments:quiz_start", args=[quiz.pk]))
        attempt = Attempt.objects.get(quiz=quiz)
        answer = attempt.answers.get()
        page = client.get(url("attempt_take", attempt)).content.decode()
        assert 'data-remaining="300"' in page
    with time_machine.travel(START + datetime.timedelta(minutes=6), tick=False):
        response = client.post(
            url("attempt_autosave", attempt),
            {
                "answer": answer.pk,
                f"answer-{answer.pk}": option_id(question, "Individual use"),
            },
        )
        assert response.status_code == 409
        assert json.loads(response.content)["code"] == "deadline_passed"
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.GRADED
    assert attempt.percent == 0


def test_no_url_shows_another_fellows_attempt(client, attempt, enrol):
    intruder = user_with_role("Fellow")
    enrol(intruder)
    client.force_login(intruder)
    answer = attempt.answers.first()
    for name, method in (
        ("attempt_take", "get"),
        ("attempt_take", "post"),
        ("attempt_autosave", "post"),
        ("attempt_submit", "post"),
        ("attempt_confirm", "get"),
        ("attempt_result", "get"),
    ):
        response = getattr(client, method)(
            url(name, attempt), {"answer": answer.pk, "action": "submit"}
        )
        assert response.status_code == 404, name
    detail = client.get(reverse("assessments:quiz_detail", args=[attempt.quiz.pk]))
    assert str(attempt.public_id) not in detail.content.decode()
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.IN_PROGRESS


def test_anonymous_cannot_reach_an_attempt(client, attempt):
    client.logout()
    for name in ("attempt_take", "attempt_confirm", "attempt_result"):
        assert client.get(url(name, attempt)).status_code == 302
    for name in ("attempt_autosave", "attempt_submit"):
        assert client.post(url(name, attempt)).status_code == 302


def test_start_remembers_the_lesson_only_when_it_holds_the_quiz(
    client, enrolled, quiz, make_lesson, make_quiz, make_question
):
    other_quiz = make_quiz([make_question()], title="Other")
    lesson = make_lesson(quiz, slug="with-quiz")
    unrelated = make_lesson(other_quiz, slug="other-quiz")
    client.force_login(enrolled)
    client.post(
        reverse("assessments:quiz_start", args=[quiz.pk]), {"lesson": unrelated.pk}
    )
    assert Attempt.objects.get(quiz=quiz).lesson_id is None
    Attempt.objects.all().delete()
    client.post(
        reverse("assessments:quiz_start", args=[quiz.pk]), {"lesson": lesson.pk}
    )
    assert Attempt.objects.get(quiz=quiz).lesson_id == lesson.pk


def test_quiz_card_shows_status_and_start_button(client, enrolled, quiz, make_lesson):
    from django.template import Context, Template
    from django.test import RequestFactory

    lesson = make_lesson(quiz)
    request = RequestFactory().get("/")
    request.user = enrolled
    html = Template("{% load assessments_tags %}{% quiz_card quiz %}").render(
        Context({"quiz": quiz, "request": request, "page": lesson})
    )
    assert quiz.title in html
    assert "Start the quiz" in html
    assert f'name="lesson" value="{lesson.pk}"' in html
