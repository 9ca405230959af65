"""Every question type through the admin forms and a fellow's attempt.

An instructor adds one question of each type in the admin (answer rows, the
type's settings, the rubric, the cloze text in Moodle's syntax), puts them
in a quiz with the quiz editor's chooser; a fellow answers them all in the
browser and the result page shows the marks the server computed.
"""
# ruff: noqa: F811 - the fixtures are imported from the assessments tests

import re

import pytest
from django.urls import reverse

from courses.choices import StaffRole
from courses.services import course_staff_add
from fellowship.accounts.roles import roles_sync
from fellowship.assessments.choices import AnswerState, QuestionType
from fellowship.assessments.models import Attempt, Question, Quiz
from tests.assessments.conftest import bank, enrol, home, tree  # noqa: F401
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)

CLOZE = (
    "Marking happens at {1:MULTICHOICE:=manufacture#Yes, at manufacture~import}. "
    "The ITI was adopted in {1:NUMERICAL:=2005:0#Right}. Records are kept by "
    "{1:MULTIRESPONSE:%50%States~%50%manufacturers~%-100%nobody}. The PoA is "
    "{1:MULTICHOICE_H:=politically binding~legally binding}. Tracing starts "
    "with a {2:SHORTANSWER:=request~%50%query#Half: the ITI says request}."
)


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


def _rows(page, rows):
    for number, row in enumerate(rows, start=1):
        page.get_by_label(f"Answer {number}", exact=True).fill(row[0])
        if len(row) > 1 and row[1] is not None:
            page.get_by_label(f"Credit of answer {number} (%)").fill(row[1])
        if len(row) > 2:
            page.get_by_label(f"Matching answer of item {number}").fill(row[2])


def _save(page, title):
    page.get_by_role("button", name="Save").first.click()
    page.get_by_text(f"Question '{title}' created.").wait_for()


def _author_every_type(page, bank, axe_audit):
    _add(page, bank, "True or false", "Revolvers", "Revolvers are light weapons.")
    page.get_by_label("The statement is (true or false)").select_option(label="False")
    _save(page, "Revolvers")

    _add(page, bank, "Single choice", "Designed for", "Small arms are designed for:")
    _rows(page, [("Individual use", "100"), ("Crew use", "0")])
    _save(page, "Designed for")

    _add(page, bank, "Multiple response", "Light weapons", "Which are light weapons?")
    _rows(
        page, [("Mortars", "50"), ("Heavy machine guns", "50"), ("Revolvers", "-100")]
    )
    page.get_by_label("Scoring (multiple response, ordering)").select_option(
        label="Partial credit"
    )
    _save(page, "Light weapons")

    _add(page, bank, "Numeric", "Antique year", "Before which year is it antique?")
    _rows(page, [("1899",)])
    _save(page, "Antique year")

    _add(page, bank, "Short text", "Transfer", "Bringing arms into a country is:")
    _rows(page, [("import",)])
    _save(page, "Transfer")

    _add(page, bank, "Matching", "Instruments", "Match each instrument:")
    _rows(
        page,
        [("ITI", None, "Marking and tracing"), ("PoA", None, "Programme of Action")],
    )
    _save(page, "Instruments")

    _add(page, bank, "Ordering", "Sequence", "Put the steps in order:")
    _rows(page, [("Mark",), ("Record",), ("Trace",)])
    _save(page, "Sequence")

    _add(page, bank, "Essay", "Why mark", "Why mark small arms?")
    page.get_by_label("Criterion 1", exact=True).fill("Accuracy")
    page.get_by_label("Points of criterion 1").fill("2")
    _save(page, "Why mark")

    _add(page, bank, "Embedded answers (cloze)", "Gaps", "Fill in the gaps.")
    page.get_by_label("Text with its gaps (embedded answers)").fill(CLOZE)
    page.locator("#id_points").fill("6")
    _save(page, "Gaps")
    gaps = Question.objects.get(title="Gaps")
    page.goto(reverse("wagtailsnippets_assessments_question:edit", args=[gaps.pk]))
    table = page.get_by_role("table", name="The gaps as saved")
    table.get_by_text("Multiple response (one under the other)").wait_for()
    assert axe_audit(page) == []


def _put_in_a_quiz(page, quiz, titles):
    page.goto(reverse("wagtailsnippets_assessments_quiz:edit", args=[quiz.pk]))
    for title in titles:
        page.get_by_role("button", name=re.compile("Add question slot", re.I)).click()
        page.get_by_role("button", name="Choose question", exact=True).last.click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_role("link", name=title, exact=True).click()
        dialog.wait_for(state="hidden")
    page.get_by_role("button", name="Save").first.click()
    page.get_by_text(re.compile("updated")).first.wait_for()


def _answer_every_type(page):
    answers = {
        answer.question.title: answer.pk
        for answer in Attempt.objects.get().answers.select_related("question")
    }

    def section(title):
        return page.locator(f"section[data-answer-id='{answers[title]}']")

    section("Designed for").get_by_label("Individual use").check()
    multiple = section("Light weapons")
    multiple.get_by_label("Mortars").check()
    multiple.get_by_label("Heavy machine guns").check()
    section("Revolvers").get_by_label("False").check()
    section("Antique year").get_by_role("textbox").fill("1899")
    section("Transfer").get_by_role("textbox").fill("Import")
    matching = section("Instruments")
    matching.get_by_label("ITI").select_option("Marking and tracing")
    matching.get_by_label("PoA").select_option("Programme of Action")
    ordering = section("Sequence")
    for position, item in enumerate(("Mark", "Record", "Trace"), start=1):
        ordering.get_by_label(item).select_option(str(position))
    section("Why mark").get_by_role("textbox").fill("To trace them.")
    cloze = section("Gaps")
    cloze.get_by_label("Gap 1 of 5").select_option(label="manufacture")
    cloze.get_by_label("Gap 2 of 5").fill("2005")
    records = cloze.get_by_role("group", name="Gap 3 of 5")
    records.get_by_label("States").check()
    records.get_by_label("manufacturers").check()
    cloze.get_by_role("radiogroup", name="Gap 4 of 5").get_by_label(
        "politically binding"
    ).check()
    cloze.get_by_label("Gap 5 of 5").fill("query")
    cloze.get_by_label("Gap 5 of 5").blur()
    cloze.locator("[data-status]", has_text="Saved").wait_for()


def test_every_type_through_the_admin_and_a_fellows_attempt(
    page, sign_in, axe_audit, settings, instructor, fellow, enrol, tree, bank
):
    settings.MFA_REQUIRED_FOR_ADMIN = False
    roles_sync()
    course_staff_add(course=tree.course, user=instructor, role=StaffRole.INSTRUCTOR)
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(instructor, PASSWORD)
    _author_every_type(page, bank, axe_audit)
    assert sorted(Question.objects.values_list("type", flat=True)) == sorted(
        QuestionType.values
    )
    quiz = Quiz.objects.create(
        title="Every type",
        course=tree.course,
        max_attempts=1,
        pass_mark=50,
        shuffle_questions=False,
        shuffle_options=False,
    )
    titles = list(Question.objects.order_by("pk").values_list("title", flat=True))
    _put_in_a_quiz(page, quiz, titles)
    assert (
        list(
            quiz.slots.order_by("sort_order").values_list("question__title", flat=True)
        )
        == titles
    )

    page.context.clear_cookies()
    enrol(fellow)
    sign_in(fellow, PASSWORD)
    page.goto(reverse("assessments:quiz_detail", args=[quiz.pk]))
    page.get_by_role("button", name="Start the quiz").click()
    page.get_by_role("heading", name=re.compile("Question 9")).wait_for()
    assert axe_audit(page) == []
    _answer_every_type(page)
    page.get_by_role("button", name="Submit for grading").click()
    page.get_by_role("heading", name="Submit your answers?").wait_for()
    assert "You have answered 9 of 9 questions." in page.content()
    page.get_by_role("button", name="Submit", exact=True).click()

    page.get_by_role("heading", name=re.compile("Result")).wait_for()
    attempt = Attempt.objects.get()
    scores = {
        a.question.title: (a.score, a.state)
        for a in attempt.answers.select_related("question")
    }
    # The server's grades: the cloze 5 of 6 (the last gap, weight 2, half
    # right), every other automatic question full marks, the essay waiting.
    assert str(scores["Gaps"][0]) == "5.00"
    assert scores["Why mark"][1] == AnswerState.AWAITING_GRADING
    assert all(
        str(score) == "1.00"
        for title, (score, _state) in scores.items()
        if title not in ("Gaps", "Why mark")
    )
    review = page.locator(
        "section.quiz-review", has=page.get_by_text("Fill in the gaps.")
    )
    review.get_by_text("5 of 6").wait_for()
    review.get_by_text(re.compile("partly right")).wait_for()
    review.get_by_text("Half: the ITI says request").wait_for()
    assert page.get_by_text("awaiting grading").count() == 1
    assert page.get_by_text("1 of 1").count() == 7
    assert axe_audit(page) == []
