"""What a fellow sees of a finished attempt: marks, right answers and feedback
each open on the quiz's timing, and the key never serves the next attempt."""

import datetime
import json

import pytest
import time_machine
from django.db import IntegrityError, connection, transaction
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.choices import StaffRole
from courses.services import course_staff_add
from fellowship.assessments.choices import AttemptState, QuestionType, ReviewTiming
from fellowship.assessments.models import Attempt, Quiz
from fellowship.assessments.selectors import attempt_review_visibility
from fellowship.assessments.services import (
    accommodation_set,
    attempt_start,
    attempt_submit,
)
from tests.factories import activate_totp, user_with_role

from .conftest import grant

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
GENERAL = "Article 4(a) of the ITI"

# Strings that only the key or the feedback can put on a page.
KEY_MARKERS = (
    "is-correct",
    "badge--ok",
    "Correct answer",
    "Accepted answers",
    "Correct position",
    "importation",  # accepted short answer
    "1899",  # numeric key
    "Yes.",  # feedback of the right option
    "Light.",  # feedback of a wrong option
    "International Tracing Instrument",  # accepted answer of a gap
    "That is the PoA",  # feedback of a gap
    GENERAL,  # general feedback
    '"correct"',
    "fraction",
)


def assert_no_key(text: str) -> None:
    for marker in KEY_MARKERS:
        assert marker not in text, marker


def url(name, attempt):
    return reverse(f"assessments:{name}", args=[attempt.public_id])


def option_id(question, text):
    return next(o["id"] for o in question.definition["options"] if o["text"] == text)


@pytest.fixture
def questions(make_question):
    return [
        make_question(question_type, general_feedback=f"<p>{GENERAL}</p>")
        for question_type in QuestionType
        if question_type != QuestionType.ESSAY
    ]


@pytest.fixture
def make_review_quiz(make_quiz, questions):
    def make(**rules):
        rules.setdefault("max_attempts", 3)
        rules.setdefault("pass_mark", 50)
        return make_quiz(questions, **rules)

    return make


def start(client, quiz):
    response = client.post(reverse("assessments:quiz_start", args=[quiz.pk]))
    assert response.status_code == 302
    return Attempt.objects.get(quiz=quiz, state=AttemptState.IN_PROGRESS)


def submit_blank(client, quiz):
    attempt = start(client, quiz)
    response = client.post(url("attempt_submit", attempt))
    assert response.status_code == 302
    attempt.refresh_from_db()
    return attempt


def result_html(client, attempt):
    response = client.get(url("attempt_result", attempt))
    assert response.status_code == 200
    return response.content.decode()


def test_result_blank_first_attempt_shows_marks_and_no_key(
    client, enrolled, make_review_quiz, make_lesson
):
    quiz = make_review_quiz()
    client.force_login(enrolled)
    attempt = start(client, quiz)
    single = attempt.answers.get(question__type=QuestionType.SINGLE_CHOICE)
    saved = client.post(
        url("attempt_autosave", attempt),
        {
            "answer": single.pk,
            f"answer-{single.pk}": option_id(single.question, "Crew use"),
        },
    )
    assert saved.status_code == 200
    assert_no_key(saved.content.decode())
    refused = client.post(
        url("attempt_autosave", attempt),
        {"answer": single.pk, f"answer-{single.pk}": "forged"},
    )
    assert refused.status_code == 400
    assert_no_key(refused.content.decode())
    submitted = client.post(url("attempt_submit", attempt))
    assert submitted.status_code == 302
    late = client.post(url("attempt_autosave", attempt), {"answer": single.pk})
    assert late.status_code == 409
    assert_no_key(late.content.decode())
    assert json.loads(late.content)["code"] == "not_in_progress"

    html = result_html(client, attempt)
    assert_no_key(html)
    # Marks: the score, each question's points and the fellow's own answer.
    assert "You scored 0 out of 8" in html
    assert html.count("0 of 1") == 8
    assert "Crew use" in html and "your answer" in html
    assert "The right answers will be shown after your last allowed attempt" in html
    # Nor do the quiz page, the quiz card or a new attempt's page.
    assert_no_key(
        client.get(reverse("assessments:quiz_detail", args=[quiz.pk])).content.decode()
    )
    request = RequestFactory().get("/")
    request.user = enrolled
    card = Template("{% load assessments_tags %}{% quiz_card quiz %}").render(
        Context({"quiz": quiz, "request": request, "page": make_lesson(quiz)})
    )
    assert_no_key(card)
    second = start(client, quiz)
    assert_no_key(client.get(url("attempt_take", second)).content.decode())


def test_result_after_the_last_allowed_attempt_shows_the_key(
    client, enrolled, make_review_quiz
):
    quiz = make_review_quiz(max_attempts=2)
    client.force_login(enrolled)
    first = submit_blank(client, quiz)
    assert_no_key(result_html(client, first))
    last = start(client, quiz)
    single = last.answers.get(question__type=QuestionType.SINGLE_CHOICE)
    client.post(
        url("attempt_take", last),
        {
            f"answer-{single.pk}": option_id(single.question, "Crew use"),
            "action": "submit",
        },
    )
    client.post(url("attempt_submit", last))  # confirmed
    html = result_html(client, last)
    assert "is-correct" in html and "badge--ok" in html
    assert "importation" in html and "1899" in html
    assert "Light." in html  # feedback on the option chosen
    assert GENERAL in html
    # The first attempt's review opens too: no attempt is left to serve.
    assert "importation" in result_html(client, first)


def test_extra_attempts_of_an_accommodation_delay_the_key(
    client, enrolled, make_review_quiz
):
    quiz = make_review_quiz(max_attempts=1)
    accommodation_set(quiz=quiz, user=enrolled, extra_attempts=1)
    client.force_login(enrolled)
    first = submit_blank(client, quiz)
    assert_no_key(result_html(client, first))
    second = submit_blank(client, quiz)
    assert "importation" in result_html(client, second)


def test_result_after_the_close_shows_the_key(client, enrolled, make_review_quiz):
    closes = START + datetime.timedelta(days=1)
    quiz = make_review_quiz(closes_at=closes)
    client.force_login(enrolled)
    with time_machine.travel(START, tick=False):
        attempt = submit_blank(client, quiz)
        assert_no_key(result_html(client, attempt))
    with time_machine.travel(closes + datetime.timedelta(minutes=1), tick=False):
        html = result_html(client, attempt)
    assert "importation" in html and GENERAL in html


def test_result_under_after_close_waits_for_the_close_not_the_last_attempt(
    client, enrolled, make_review_quiz
):
    closes = START + datetime.timedelta(days=1)
    quiz = make_review_quiz(
        max_attempts=1,
        closes_at=closes,
        review_right_answers=ReviewTiming.AFTER_CLOSE,
        review_feedback=ReviewTiming.AFTER_CLOSE,
    )
    client.force_login(enrolled)
    with time_machine.travel(START, tick=False):
        attempt = submit_blank(client, quiz)
        html = result_html(client, attempt)
    assert_no_key(html)
    assert "The right answers will be shown after the quiz closes on" in html
    with time_machine.travel(closes, tick=False):
        assert "importation" in result_html(client, attempt)


def test_result_under_never_shows_no_key_even_after_the_close(
    client, enrolled, make_review_quiz
):
    closes = START + datetime.timedelta(days=1)
    quiz = make_review_quiz(
        max_attempts=1,
        closes_at=closes,
        review_right_answers=ReviewTiming.NEVER,
        review_feedback=ReviewTiming.NEVER,
    )
    client.force_login(enrolled)
    with time_machine.travel(START, tick=False):
        attempt = submit_blank(client, quiz)
    with time_machine.travel(closes + datetime.timedelta(days=30), tick=False):
        html = result_html(client, attempt)
    assert_no_key(html)
    assert "0 of 1" in html
    assert "The right answers are not shown for this quiz." in html


def test_result_of_a_pass_with_attempts_left_shows_no_key(
    client, enrolled, make_review_quiz
):
    quiz = make_review_quiz(pass_mark=10)
    client.force_login(enrolled)
    attempt = start(client, quiz)
    single = attempt.answers.get(question__type=QuestionType.SINGLE_CHOICE)
    client.post(
        url("attempt_take", attempt),
        {
            f"answer-{single.pk}": option_id(single.question, "Individual use"),
            "action": "submit",
        },
    )
    client.post(url("attempt_submit", attempt))  # confirmed
    attempt.refresh_from_db()
    assert attempt.passed is True
    html = result_html(client, attempt)
    assert "You passed." in html
    assert_no_key(html)


def test_first_review_opened_during_the_second_attempt_reveals_nothing_more(
    client, enrolled, make_review_quiz
):
    quiz = make_review_quiz()
    client.force_login(enrolled)
    first = submit_blank(client, quiz)
    before = result_html(client, first)
    start(client, quiz)
    during = result_html(client, first)
    assert_no_key(during)
    assert during.count("0 of 1") == before.count("0 of 1") == 8


def test_review_after_each_attempt_waits_while_another_attempt_runs(
    client, enrolled, make_review_quiz
):
    quiz = make_review_quiz(
        review_right_answers=ReviewTiming.AFTER_EACH_ATTEMPT,
        review_feedback=ReviewTiming.AFTER_EACH_ATTEMPT,
    )
    client.force_login(enrolled)
    first = submit_blank(client, quiz)
    assert "importation" in result_html(client, first)
    start(client, quiz)
    html = result_html(client, first)
    assert_no_key(html)
    assert "while you have an attempt in progress" in html


def test_review_marks_option_hides_the_answers_but_not_the_score(
    client, enrolled, make_review_quiz
):
    quiz = make_review_quiz(review_marks=ReviewTiming.NEVER)
    client.force_login(enrolled)
    html = result_html(client, submit_blank(client, quiz))
    assert "You scored 0 out of 8" in html
    assert 'class="quiz-review"' not in html and "0 of 1" not in html
    assert_no_key(html)


def test_review_of_another_fellows_finished_attempt_is_404(
    client, enrolled, enrol, make_review_quiz
):
    quiz = make_review_quiz(review_right_answers=ReviewTiming.AFTER_EACH_ATTEMPT)
    client.force_login(enrolled)
    attempt = submit_blank(client, quiz)
    intruder = user_with_role("Fellow")
    enrol(intruder)
    client.force_login(intruder)
    assert client.get(url("attempt_result", attempt)).status_code == 404
    client.logout()
    assert client.get(url("attempt_result", attempt)).status_code == 302


def test_admin_attempt_review_shows_everything(
    client, enrolled, instructor, make_review_quiz, tree
):
    quiz = make_review_quiz(
        review_marks=ReviewTiming.NEVER,
        review_right_answers=ReviewTiming.NEVER,
        review_feedback=ReviewTiming.NEVER,
    )
    attempt = attempt_submit(attempt=attempt_start(user=enrolled, quiz=quiz))
    activate_totp(instructor)
    grant(instructor, "view_attempt")
    course_staff_add(course=tree.course, user=instructor, role=StaffRole.INSTRUCTOR)
    client.force_login(instructor)
    response = client.get(
        reverse("assessments_admin:attempt_review", args=[attempt.pk])
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "is-correct" in html and "importation" in html and GENERAL in html
    assert "0 of 1" in html


def test_attempt_review_visibility_follows_each_timing(
    enrolled, make_review_quiz, django_assert_max_num_queries
):
    closes = START + datetime.timedelta(days=1)
    quiz = make_review_quiz(
        max_attempts=2,
        closes_at=closes,
        review_marks=ReviewTiming.AFTER_EACH_ATTEMPT,
        review_right_answers=ReviewTiming.AFTER_LAST_ATTEMPT,
        review_feedback=ReviewTiming.AFTER_CLOSE,
    )
    with time_machine.travel(START, tick=False):
        first = attempt_submit(attempt=attempt_start(user=enrolled, quiz=quiz))
        running = attempt_start(user=enrolled, quiz=quiz)
    assert not attempt_review_visibility(attempt=running, now=START).anything
    with django_assert_max_num_queries(3):
        during = attempt_review_visibility(attempt=first, now=START)
    assert (during.marks, during.right_answers, during.feedback) == (
        True,
        False,
        False,
    )
    with time_machine.travel(START, tick=False):
        attempt_submit(attempt=running)
    after_last = attempt_review_visibility(attempt=first, now=START)
    assert (after_last.right_answers, after_last.feedback) == (True, False)
    after_close = attempt_review_visibility(attempt=first, now=closes)
    assert (after_close.right_answers, after_close.feedback) == (True, True)


def test_quiz_review_options_refuse_an_unknown_timing(make_review_quiz):
    quiz = make_review_quiz()
    for field in ("review_marks", "review_right_answers", "review_feedback"):
        with pytest.raises(IntegrityError), transaction.atomic():
            Quiz.objects.filter(pk=quiz.pk).update(**{field: "sometimes"})
    quiz.refresh_from_db()
    assert quiz.review_right_answers == ReviewTiming.AFTER_LAST_ATTEMPT


def test_quiz_defaults_keep_the_key_for_the_end(make_quiz):
    quiz = make_quiz()
    assert quiz.review_marks == ReviewTiming.AFTER_EACH_ATTEMPT
    assert quiz.review_right_answers == ReviewTiming.AFTER_LAST_ATTEMPT
    assert quiz.review_feedback == ReviewTiming.AFTER_LAST_ATTEMPT


def test_result_page_with_the_key_queries_do_not_grow(
    client, enrolled, make_question, make_quiz
):
    types = [t for t in QuestionType if t != QuestionType.ESSAY]
    counts = []
    for size in (3, 9):
        quiz = make_quiz(
            [make_question(types[i % len(types)]) for i in range(size)],
            title=f"Quiz {size}",
            max_attempts=1,
            shuffle_options=True,
        )
        attempt = attempt_submit(attempt=attempt_start(user=enrolled, quiz=quiz))
        client.force_login(enrolled)
        with CaptureQueriesContext(connection) as context:
            html = result_html(client, attempt)
        assert "is-correct" in html
        counts.append(len(context.captured_queries))
    assert counts[0] == counts[1]


def test_quiz_admin_edit_form_offers_the_review_options_with_help(
    client, enrolled, instructor, make_review_quiz, tree
):
    quiz = make_review_quiz()
    edit = reverse("wagtailsnippets_assessments_quiz:edit", args=[quiz.pk])
    client.force_login(enrolled)
    assert client.get(edit).status_code in (302, 403)
    activate_totp(instructor)
    course_staff_add(course=tree.course, user=instructor, role=StaffRole.INSTRUCTOR)
    client.force_login(instructor)
    response = client.get(edit)
    assert response.status_code == 200
    html = response.content.decode()
    assert "What a fellow sees after an attempt" in html
    for name in ("review_marks", "review_right_answers", "review_feedback"):
        assert f'name="{name}"' in html
    assert "let the next attempt be copied from them" in html
    assert (
        "After the fellow&#x27;s last allowed attempt, or once the quiz closes" in html
    )
