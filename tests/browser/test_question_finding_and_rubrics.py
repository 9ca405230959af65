"""Finding questions and grading essays with rubric levels, in the browser:
the quiz editor's chooser filters by type and shows usage, a course's banks
and categories are listed, the grader picks a level per criterion and the
fellow sees the levels on the result page."""
# ruff: noqa: F811 - the fixtures are imported from the assessments tests

import re

import pytest
from django.urls import reverse

from courses.choices import StaffRole
from courses.services import course_staff_add
from fellowship.accounts.roles import roles_sync
from fellowship.assessments.choices import QuestionType
from fellowship.assessments.models import QuestionCategory
from fellowship.assessments.services import (
    attempt_save_responses,
    attempt_start,
    attempt_submit,
)
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

LEVELLED = {
    "rubric": [
        {
            "criterion": "Accuracy",
            "points": "2",
            "levels": [
                {"label": "Exact and sourced", "points": "2"},
                {"label": "Partly right", "points": "1"},
                {"label": "Wrong", "points": "0"},
            ],
        }
    ]
}


def test_finding_questions_and_grading_with_levels(
    page,
    sign_in,
    axe_audit,
    settings,
    instructor,
    fellow,
    tree,
    bank,
    enrol,
    make_question,
    make_quiz,
):
    settings.MFA_REQUIRED_FOR_ADMIN = False
    roles_sync()
    course_staff_add(course=tree.course, user=instructor, role=StaffRole.INSTRUCTOR)
    top = QuestionCategory.objects.create(bank=bank, name="Marking")
    nested = QuestionCategory.objects.create(bank=bank, parent=top, name="Stamps")
    make_question(title="Stamp depth", category=nested)
    essay = make_question(
        QuestionType.ESSAY, title="Why mark", definition=LEVELLED, points=2
    )
    quiz = make_quiz(
        [essay],
        title="Marking essay quiz",
        review_marks="after_each_attempt",
        review_feedback="after_each_attempt",
    )
    enrol(fellow)
    attempt = attempt_start(user=fellow, quiz=quiz)
    answer = attempt.answers.get()
    attempt_save_responses(attempt=attempt, responses={answer.pk: "To trace."})
    attempt_submit(attempt=attempt)

    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(instructor, PASSWORD)

    # The course's banks and their nested categories.
    page.goto(reverse("assessments_admin:course_banks", args=[tree.course.pk]))
    page.get_by_role("heading", name="Marking bank").wait_for()
    page.get_by_text("Marking/Stamps").wait_for()
    assert axe_audit(page) == []

    # The quiz editor's chooser: filter by type, see where a question is used.
    page.goto(reverse("wagtailsnippets_assessments_quiz:edit", args=[quiz.pk]))
    page.get_by_role("button", name=re.compile("Add question slot", re.I)).click()
    page.get_by_role("button", name="Choose question", exact=True).last.click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("link", name="Stamp depth").wait_for()
    dialog.get_by_label("Type").select_option(label="Essay")
    dialog.get_by_role("link", name="Stamp depth").wait_for(state="detached")
    dialog.get_by_role("link", name="Why mark").wait_for()
    dialog.get_by_text("Marking essay quiz").wait_for()
    assert axe_audit(page) == []
    page.keyboard.press("Escape")

    # The grader picks a level.
    page.goto(reverse("assessments_admin:grade_answer", args=[answer.pk]))
    page.get_by_role("group", name=re.compile("Accuracy")).wait_for()
    assert axe_audit(page) == []
    page.get_by_label("Partly right (1)").check()
    page.get_by_label("Feedback to the fellow").fill("Name the instrument.")
    page.get_by_role("button", name="Save the grade").click()
    page.get_by_text("The grade is saved.").wait_for()

    # The fellow sees the level on the result page.
    page.context.clear_cookies()
    sign_in(fellow, PASSWORD)
    page.goto(reverse("assessments:attempt_result", args=[attempt.public_id]))
    table = page.get_by_role("table", name="Your grade by criterion")
    table.get_by_text("Partly right").wait_for()
    table.get_by_text("1 of 2").wait_for()
    assert axe_audit(page) == []
