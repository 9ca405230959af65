"""A fellow takes a quiz in the browser: answers, submits, sees the result."""
# ruff: noqa: F811 - the fixtures are imported from the assessments tests

import re

import pytest

from fellowship.assessments.choices import QuestionType
from tests.assessments.conftest import (  # noqa: F401 - fixtures
    bank,
    enrol,
    home,
    make_question,
    make_quiz,
    tree,
)
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def test_fellow_takes_a_quiz_and_sees_the_result(
    page,
    fellow,
    sign_in,
    enrol,
    make_question,
    make_quiz,
    axe_audit,
):
    quiz = make_quiz(
        [
            make_question(stem="<p>Small arms are designed for what use?</p>"),
            make_question(QuestionType.SHORT_TEXT, stem="<p>Country of … ?</p>"),
        ],
        title="Module 1 assessment",
        pass_mark=50,
        time_limit_minutes=30,
    )
    enrol(fellow)
    sign_in(fellow, PASSWORD)
    page.goto(f"/en/assessments/quiz/{quiz.pk}/")
    page.get_by_role("heading", name="Module 1 assessment", level=1).wait_for()
    page.get_by_role("button", name="Start the quiz").click()
    page.get_by_role("heading", name=re.compile("Question 1")).wait_for()
    page.locator("[role=timer]").wait_for(state="visible")
    assert axe_audit(page) == []

    page.get_by_label("Individual use").check()
    page.get_by_label("Your answer").fill("Importation")
    # The autosave script confirms each saved answer.
    page.locator("[data-status]", has_text="Saved").first.wait_for()
    page.get_by_role("button", name="Submit for grading").click()
    # Submitting cannot be undone: a confirmation step comes first.
    page.get_by_role("heading", name="Submit your answers?").wait_for()
    assert "You have answered 2 of 2 questions." in page.content()
    assert axe_audit(page) == []
    page.get_by_role("button", name="Submit", exact=True).click()

    page.get_by_role("heading", name=re.compile("Result")).wait_for()
    assert "You scored 2 out of 2" in page.content()
    assert page.get_by_text("You passed.").is_visible()
    assert axe_audit(page) == []
