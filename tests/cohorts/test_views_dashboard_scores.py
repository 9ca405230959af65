"""The dashboard's score column: the fellow's quiz grade in each course, given
by assessments (registered at its app's ready(), as in production)."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from fellowship.assessments.choices import QuestionType
from fellowship.assessments.cohort_records import course_quiz_scores
from fellowship.assessments.models import QuestionBank, Quiz, QuizSlot
from fellowship.assessments.services import (
    attempt_save_responses,
    attempt_start,
    attempt_submit,
    question_create,
)
from fellowship.cohorts import registry
from fellowship.cohorts.services import membership_create
from tests.factories import activate_totp

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager_client(client, manager):
    activate_totp(manager)
    client.force_login(manager)
    return client


@pytest.fixture
def make_quiz():
    """A one-question quiz (single choice, "Individual use" is right)."""

    def make(course, title):
        bank = QuestionBank.objects.create(title=f"{title} bank", course=course)
        question = question_create(
            bank=bank,
            type=QuestionType.SINGLE_CHOICE,
            title=f"{title}: small arms",
            stem="<p>Small arms are designed for…</p>",
            definition={
                "options": [
                    {"text": "Individual use", "correct": True},
                    {"text": "Crew use", "correct": False},
                ]
            },
        )
        quiz = Quiz.objects.create(
            title=title,
            course=course,
            pass_mark=50,
            shuffle_questions=False,
            shuffle_options=False,
        )
        QuizSlot.objects.create(quiz=quiz, question=question, sort_order=0)
        return quiz

    return make


def take(user, quiz, *, right: bool):
    """The fellow answers the quiz's question and submits; the server grades."""
    attempt = attempt_start(user=user, quiz=quiz)
    answer = attempt.answers.get()
    wanted = "Individual use" if right else "Crew use"
    option = next(
        o["id"] for o in answer.question.definition["options"] if o["text"] == wanted
    )
    attempt_save_responses(attempt=attempt, responses={answer.pk: option})
    return attempt_submit(attempt=attempt)


def row_of(body: str, name: str) -> str:
    start = body.index(name)
    return body[start : body.index("</tr>", start)]


def test_assessments_fills_the_score_source():
    assert course_quiz_scores in registry._score_sources


def test_dashboard_shows_each_fellows_quiz_grade_in_the_course(
    manager_client, manager, make_cohort, make_fellow, curriculum, make_quiz
):
    cohort = make_cohort(managers=[manager])
    graded, untested = make_fellow(), make_fellow()
    for fellow in (graded, untested):
        membership_create(cohort=cohort, user=fellow)
    first = make_quiz(curriculum["a"], "Marking quiz")
    second = make_quiz(curriculum["a"], "Record-keeping quiz")
    take(graded, first, right=True)
    take(graded, second, right=False)

    body = manager_client.get(
        reverse("programme:dashboard", args=[cohort.pk])
    ).content.decode()

    # The mean of the two kept results: 100 and 0.
    assert "score 50" in row_of(body, graded.full_name)
    assert "score" not in row_of(body, untested.full_name)

    export = manager_client.get(
        reverse("programme:dashboard_export", args=[cohort.pk, "csv"])
    )
    # The CSV is streamed.
    content = b"".join(export.streaming_content)
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    by_name = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert by_name[graded.full_name]["Course A: score"] == "50.0"
    assert by_name[untested.full_name]["Course A: score"] == ""
    assert by_name[graded.full_name]["Course B: score"] == ""


def test_course_quiz_scores_keep_to_the_asked_fellows_and_courses(
    make_cohort, make_fellow, curriculum, make_quiz
):
    cohort = make_cohort()
    fellow, other = make_fellow(), make_fellow()
    for person in (fellow, other):
        membership_create(cohort=cohort, user=person)
    quiz_a = make_quiz(curriculum["a"], "Course A quiz")
    quiz_b = make_quiz(curriculum["b"], "Course B quiz")
    take(fellow, quiz_a, right=True)
    take(fellow, quiz_b, right=False)
    take(other, quiz_a, right=False)

    a, b = curriculum["a"].pk, curriculum["b"].pk
    assert course_quiz_scores(user_ids=[fellow.pk], course_ids=[a, b]) == {
        (fellow.pk, a): 100.0,
        (fellow.pk, b): 0.0,
    }
    assert course_quiz_scores(user_ids=[fellow.pk, other.pk], course_ids=[a]) == {
        (fellow.pk, a): 100.0,
        (other.pk, a): 0.0,
    }
    assert course_quiz_scores(user_ids=[], course_ids=[a, b]) == {}


def test_a_quiz_awaiting_grading_gives_no_score(make_cohort, make_fellow, curriculum):
    course = curriculum["a"]
    fellow = make_fellow()
    membership_create(cohort=make_cohort(), user=fellow)
    bank = QuestionBank.objects.create(title="Essay bank", course=course)
    essay = question_create(
        bank=bank,
        type=QuestionType.ESSAY,
        title="Action plan",
        stem="<p>Name one action.</p>",
        definition={"rubric": [{"criterion": "Action", "points": 2}]},
    )
    quiz = Quiz.objects.create(title="Essay", course=course, pass_mark=50)
    QuizSlot.objects.create(quiz=quiz, question=essay, sort_order=0)
    attempt = attempt_start(user=fellow, quiz=quiz)
    answer = attempt.answers.get()
    attempt_save_responses(
        attempt=attempt, responses={answer.pk: "Publish the licence figures."}
    )
    attempt_submit(attempt=attempt)

    assert course_quiz_scores(user_ids=[fellow.pk], course_ids=[course.pk]) == {}


def test_another_cohorts_manager_sees_no_scores(
    client, manager, make_cohort, make_fellow, curriculum, make_quiz
):
    cohort = make_cohort(name="Cohort Other")
    fellow = make_fellow()
    membership_create(cohort=cohort, user=fellow)
    take(fellow, make_quiz(curriculum["a"], "Marking quiz"), right=True)
    activate_totp(manager)
    client.force_login(manager)
    response = client.get(reverse("programme:dashboard", args=[cohort.pk]))
    assert response.status_code == 404
    assert fellow.full_name not in response.content.decode()


def test_dashboard_with_scores_runs_the_same_queries_for_n_and_3n_fellows(
    manager_client, manager, make_cohort, make_fellow, curriculum, make_quiz
):
    cohort = make_cohort(managers=[manager])
    quizzes = [make_quiz(curriculum["a"], "Quiz A"), make_quiz(curriculum["b"], "B")]
    url = reverse("programme:dashboard", args=[cohort.pk])

    def grow(count):
        for index in range(count):
            fellow = make_fellow()
            membership_create(cohort=cohort, user=fellow)
            for quiz in quizzes:
                take(fellow, quiz, right=index % 2 == 0)

    grow(2)
    manager_client.get(url)  # warm caches (content types, site root)
    with CaptureQueriesContext(connection) as small:
        assert manager_client.get(url).status_code == 200
    grow(4)
    with CaptureQueriesContext(connection) as large:
        response = manager_client.get(url)
    assert response.content.decode().count("score 100") == 2 * 3
    assert len(small) == len(large), [q["sql"] for q in large]
