"""Essay rubrics with levels: authored in the admin form, the grader picks a
level per criterion, the grade is the sum, and the fellow sees each
criterion's level on the result page once the grade is released."""

import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from fellowship.assessments.choices import AnswerState, QuestionType
from fellowship.assessments.grading import grader_for
from fellowship.assessments.models import Question
from fellowship.assessments.moodle_xml import moodle_xml_export, moodle_xml_parse
from fellowship.assessments.services import (
    AssessmentError,
    answer_grade,
    attempt_save_responses,
    attempt_start,
    attempt_submit,
)

from .test_views_admin import staff_client  # noqa: F401
from .test_views_admin_question_form import _post, author  # noqa: F401

pytestmark = pytest.mark.django_db

LEVELLED = {
    "rubric": [
        {
            "criterion": "Accuracy",
            "points": "4",
            "levels": [
                {"label": "Sourced and exact", "points": "4"},
                {"label": "Mostly right", "points": "2.5"},
                {"label": "Wrong", "points": "0"},
            ],
        },
        {"criterion": "Clarity", "points": "2"},
    ]
}


@pytest.fixture
def levelled_attempt(enrolled, make_question, make_quiz):
    essay = make_question(QuestionType.ESSAY, definition=LEVELLED, points=6)
    quiz = make_quiz(
        [essay],
        review_feedback="after_each_attempt",
        review_marks="after_each_attempt",
    )
    attempt = attempt_start(user=enrolled, quiz=quiz)
    answer = attempt.answers.get()
    attempt_save_responses(attempt=attempt, responses={answer.pk: "Marking."})
    return attempt_submit(attempt=attempt)


def _ids(question):
    accuracy, clarity = question.definition["rubric"]
    return (
        accuracy,
        clarity,
        {level["label"]: level["id"] for level in accuracy["levels"]},
    )


def test_levels_are_checked_within_the_criterions_points():
    essay = grader_for(QuestionType.ESSAY)
    cleaned = essay.clean_definition(LEVELLED)
    assert [level["points"] for level in cleaned["rubric"][0]["levels"]] == [
        "4",
        "2.5",
        "0",
    ]
    assert "levels" not in cleaned["rubric"][1]  # the old shape still holds
    too_many = {
        "rubric": [
            {"criterion": "A", "points": "2", "levels": [{"label": "X", "points": 3}]}
        ]
    }
    with pytest.raises(ValidationError, match="within 0 and 2"):
        essay.clean_definition(too_many)
    negative = {
        "rubric": [
            {"criterion": "A", "points": "2", "levels": [{"label": "X", "points": -1}]}
        ]
    }
    with pytest.raises(ValidationError):
        essay.clean_definition(negative)


def test_the_grade_is_the_sum_of_the_levels_and_points(levelled_attempt, instructor):
    answer = levelled_attempt.answers.get()
    accuracy, clarity, levels = _ids(answer.question)
    answer_grade(
        answer=answer,
        grader=instructor,
        scores={accuracy["id"]: levels["Mostly right"], clarity["id"]: "1.5"},
    )
    answer.refresh_from_db()
    assert answer.score == Decimal("4.00")  # 2.5 + 1.5 of 6
    assert answer.rubric_scores == {accuracy["id"]: "2.5", clarity["id"]: "1.5"}
    assert answer.rubric_levels == {
        accuracy["id"]: {"id": levels["Mostly right"], "label": "Mostly right"}
    }


def test_a_level_must_be_one_of_the_criterions(levelled_attempt, instructor):
    answer = levelled_attempt.answers.get()
    accuracy, clarity, _levels = _ids(answer.question)
    # Points in place of a level, or an unknown level: refused, nothing saved.
    for value in ("4", "nope", None):
        with pytest.raises(AssessmentError, match="Choose a level"):
            answer_grade(
                answer=answer,
                grader=instructor,
                scores={accuracy["id"]: value, clarity["id"]: "1"},
            )
    answer.refresh_from_db()
    assert answer.state == AnswerState.AWAITING_GRADING
    assert answer.score is None


def test_grader_picks_levels_in_the_admin_and_the_fellow_sees_them(
    staff_client,  # noqa: F811
    client,
    enrolled,
    levelled_attempt,
):
    answer = levelled_attempt.answers.get()
    accuracy, clarity, levels = _ids(answer.question)
    url = reverse("assessments_admin:grade_answer", args=[answer.pk])
    page = staff_client.get(url).content.decode()
    assert "Sourced and exact (4)" in page
    assert 'type="radio"' in page
    forged = staff_client.post(
        url, {f"criterion_{accuracy['id']}": "99", f"criterion_{clarity['id']}": "1"}
    )
    assert forged.status_code == 200
    answer.refresh_from_db()
    assert answer.state == AnswerState.AWAITING_GRADING
    saved = staff_client.post(
        url,
        {
            f"criterion_{accuracy['id']}": levels["Sourced and exact"],
            f"criterion_{clarity['id']}": "1",
            "feedback": "Well sourced.",
        },
    )
    assert saved.status_code == 302
    answer.refresh_from_db()
    assert answer.score == Decimal("5.00")
    # Editing the grade shows the level picked.
    again = staff_client.get(url).content.decode()
    picked = re.search(
        rf'<input[^>]*value="{levels["Sourced and exact"]}"[^>]*>', again
    )
    assert picked and "checked" in picked.group(0)
    other = re.search(rf'<input[^>]*value="{levels["Wrong"]}"[^>]*>', again)
    assert other and "checked" not in other.group(0)
    client.force_login(enrolled)
    result = client.get(
        reverse("assessments:attempt_result", args=[levelled_attempt.public_id])
    ).content.decode()
    assert "Your grade by criterion" in result
    assert "Sourced and exact" in result
    assert "4 of 4" in result
    assert "1 of 2" in result


def test_no_levels_shown_before_the_grade_is_released(
    client, enrolled, levelled_attempt
):
    client.force_login(enrolled)
    result = client.get(
        reverse("assessments:attempt_result", args=[levelled_attempt.public_id])
    ).content.decode()
    assert "Your grade by criterion" not in result


def test_the_admin_form_writes_levels_with_errors_on_the_field(author, bank):  # noqa: F811
    bad = _post(
        author,
        bank,
        QuestionType.ESSAY,
        rubric=[
            {"criterion": "Accuracy", "points": "2", "levels": "3 | Too many"},
            {"criterion": "Clarity", "points": "1", "levels": "one | No number"},
        ],
    )
    assert bad.status_code == 200
    rows = bad.context["form"].rubric_rows.forms
    assert "within 0 and 2" in str(rows[0].errors["levels"])
    assert "Line 1" in str(rows[1].errors["levels"])
    assert not Question.objects.filter(bank=bank).exists()
    good = _post(
        author,
        bank,
        QuestionType.ESSAY,
        rubric=[
            {
                "criterion": "Accuracy",
                "points": "2",
                "levels": "2 | Exact\n1 | Partly\n0 | Wrong",
                "ORDER": "1",
            }
        ],
    )
    assert good.status_code == 302
    question = Question.objects.get(bank=bank)
    levels = question.definition["rubric"][0]["levels"]
    assert [(level["label"], level["points"]) for level in levels] == [
        ("Exact", "2"),
        ("Partly", "1"),
        ("Wrong", "0"),
    ]


def test_moodle_xml_keeps_the_levels(make_question, bank):
    essay = make_question(QuestionType.ESSAY, definition=LEVELLED)
    parsed, problems = moodle_xml_parse(moodle_xml_export(bank=bank, questions=[essay]))
    assert problems == []
    rubric = parsed[0].definition["rubric"]
    assert [(level["label"], level["points"]) for level in rubric[0]["levels"]] == [
        ("Sourced and exact", "4"),
        ("Mostly right", "2.5"),
        ("Wrong", "0"),
    ]
