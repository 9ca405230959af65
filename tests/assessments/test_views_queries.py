"""Query budgets: the same number of queries for N and 3N items."""

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.choices import StaffRole
from courses.services import course_staff_add
from fellowship.assessments.choices import QuestionType
from fellowship.assessments.services import (
    attempt_save_responses,
    attempt_start,
    attempt_submit,
)
from tests.factories import activate_totp, user_with_role

from .conftest import grant

pytestmark = pytest.mark.django_db

N = 3


def count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


@pytest.fixture
def quizzes(make_question, make_quiz):
    """Two quizzes mixing every type: N and 3N questions."""
    types = list(QuestionType)

    def quiz_of(size, title):
        return make_quiz(
            [make_question(types[i % len(types)]) for i in range(size)],
            title=title,
            max_attempts=0,
            shuffle_options=True,
        )

    return quiz_of(N, "Small"), quiz_of(3 * N, "Large")


def test_quiz_page_and_result_page_queries_do_not_grow(client, enrolled, quizzes):
    client.force_login(enrolled)
    counts = {}
    for quiz in quizzes:
        attempt = attempt_start(user=enrolled, quiz=quiz)
        take = count_queries(
            client, reverse("assessments:attempt_take", args=[attempt.public_id])
        )
        attempt_submit(attempt=attempt)
        result = count_queries(
            client, reverse("assessments:attempt_result", args=[attempt.public_id])
        )
        counts[quiz.title] = (take, result)
    assert counts["Small"] == counts["Large"]


def test_quiz_card_queries_do_not_grow_with_attempts(
    enrolled, make_question, make_quiz
):
    question = make_question()
    counts = []
    for size in (N, 3 * N):
        quiz = make_quiz([question], max_attempts=0, title=f"Quiz {size}")
        for _ in range(size):
            attempt_submit(attempt=attempt_start(user=enrolled, quiz=quiz))
        request = RequestFactory().get("/")
        request.user = enrolled
        with CaptureQueriesContext(connection) as context:
            Template("{% load assessments_tags %}{% quiz_card quiz %}").render(
                Context({"quiz": quiz, "request": request})
            )
        counts.append(len(context.captured_queries))
    assert counts[0] == counts[1] <= 3


@pytest.fixture
def staff_client(client, instructor, tree):
    activate_totp(instructor)
    grant(instructor, "view_quiz", "grade_attempt", "view_item_analysis")
    course_staff_add(course=tree.course, user=instructor, role=StaffRole.INSTRUCTOR)
    client.force_login(instructor)
    return client


def fellows_take(quiz, count, enrol):
    for _ in range(count):
        fellow = user_with_role("Fellow")
        enrol(fellow)
        attempt = attempt_start(user=fellow, quiz=quiz)
        attempt_save_responses(
            attempt=attempt,
            responses={
                answer.pk: "An essay."
                for answer in attempt.answers.filter(question__type=QuestionType.ESSAY)
            },
        )
        attempt_submit(attempt=attempt)


def test_grading_queue_and_item_analysis_queries_do_not_grow(
    staff_client, enrol, make_question, make_quiz
):
    counts = []
    for size in (N, 3 * N):
        quiz = make_quiz(
            [make_question(), make_question(QuestionType.ESSAY)],
            title=f"Quiz {size}",
            max_attempts=0,
        )
        fellows_take(quiz, size, enrol)
        queue = count_queries(
            staff_client,
            reverse("assessments_admin:grading_queue") + f"?quiz={quiz.pk}",
        )
        analysis = count_queries(
            staff_client, reverse("assessments_admin:item_analysis", args=[quiz.pk])
        )
        tools = count_queries(staff_client, reverse("assessments_admin:tools"))
        counts.append((queue, analysis, tools))
    assert counts[0] == counts[1]
