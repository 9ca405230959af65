"""An instructor adds questions through the admin's answer rows (no JSON),
previews each as a fellow, answers it and sees the grade the grader gives."""
# ruff: noqa: F811 - the fixtures are imported from the assessments tests

import re

import pytest
from django.urls import reverse

from courses.choices import StaffRole
from courses.services import course_staff_add
from fellowship.accounts.roles import roles_sync
from fellowship.assessments.choices import QuestionType
from fellowship.assessments.models import Question
from tests.assessments.conftest import bank, home, tree  # noqa: F401 - fixtures
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def _add(page, bank, type_label, title, stem):
    page.goto(reverse("wagtailsnippets_assessments_question:add"))
    page.get_by_role("button", name="Choose question bank").click()
    page.get_by_role("dialog").get_by_role("link", name=str(bank)).click()
    page.get_by_role("dialog").wait_for(state="hidden")
    page.locator("#id_type").select_option(label=type_label)
    page.locator("#id_title").fill(title)
    editor = page.locator(".public-DraftEditor-content").first
    editor.click()
    editor.type(stem)
    page.wait_for_function(
        """(text) => document.querySelector('input[name="stem"]').value
            .includes(text)""",
        arg=stem,
    )


def _save_and_preview(page, title):
    page.get_by_role("button", name="Save").first.click()
    page.get_by_text(f"Question '{title}' created.").wait_for()
    question = Question.objects.get(title=title)
    page.goto(reverse("assessments_admin:question_preview", args=[question.pk]))
    page.get_by_role("heading", name=title, exact=True).wait_for()
    return question


def test_instructor_adds_questions_by_rows_and_previews_them(
    page, sign_in, axe_audit, settings, instructor, tree, bank
):
    settings.MFA_REQUIRED_FOR_ADMIN = False
    roles_sync()
    course_staff_add(course=tree.course, user=instructor, role=StaffRole.INSTRUCTOR)
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(instructor, PASSWORD)

    # Numeric: two answers, the second with half credit and its feedback.
    _add(
        page, bank, "Numeric", "Antique year", "Before which year is a firearm antique?"
    )
    assert axe_audit(page) == []
    page.get_by_label("Answer 1", exact=True).fill("1899")
    page.get_by_label("Answer 2", exact=True).fill("1899")
    page.get_by_label("Tolerance of answer 2").fill("5")
    page.get_by_label("Credit of answer 2 (%)").fill("50")
    page.get_by_label("Feedback on answer 2").fill("Close: the ITI says 1899.")
    question = _save_and_preview(page, "Antique year")
    assert question.type == QuestionType.NUMERIC
    assert axe_audit(page) == []
    page.get_by_label(re.compile("Your answer")).fill("1902")
    page.get_by_role("button", name="Check the answer").click()
    page.get_by_text("Grade: 50%").wait_for()
    page.get_by_text("Close: the ITI says 1899.").wait_for()
    assert axe_audit(page) == []

    # Single choice with a partial credit, and a refusal on the row at fault.
    _add(page, bank, "Single choice", "Designed for", "Small arms are designed for:")
    page.get_by_label("Answer 1", exact=True).fill("Individual use")
    page.get_by_label("Credit of answer 1 (%)").fill("100")
    page.get_by_label("Answer 2", exact=True).fill("Crew use")
    page.get_by_label("Credit of answer 2 (%)").fill("-150")
    page.get_by_role("button", name="Save").first.click()
    page.get_by_text("Correct the answers marked below.").first.wait_for()
    assert axe_audit(page) == []
    page.get_by_label("Credit of answer 2 (%)").fill("25")
    _save_and_preview(page, "Designed for")
    page.get_by_label("Crew use").check()
    page.get_by_role("button", name="Check the answer").click()
    page.get_by_text("Grade: 25%").wait_for()
