"""An instructor's journey in a real browser, from sign-in: the admin, a
lesson of their course changed and previewed as a draft, the question bank
and a new multiple-choice question, the grading queue and an essay graded
with the rubric and feedback; then the fellow reads the grade and the
feedback on the result page and finds the notification. Every page opened
passes axe (no serious or critical violation)."""

import pytest
from django.urls import reverse

from courses import services as course_services
from courses.choices import StaffRole
from courses.models import LessonPage
from fellowship.accounts.models import UserNotification
from fellowship.accounts.roles import roles_sync
from fellowship.assessments.choices import QuestionType
from fellowship.assessments.models import (
    AttemptAnswer,
    Question,
    QuestionBank,
    Quiz,
    QuizSlot,
)
from fellowship.assessments.services import (
    attempt_save_responses,
    attempt_start,
    attempt_submit,
    question_create,
)
from tests.factories import PASSWORD
from tests.factories_courses import CatalogPageFactory, course_with_lessons

pytestmark = pytest.mark.django_db(transaction=True)

SENTENCE = "Every weapon carries a unique marking."
ESSAY = "Our registry records the sex of every licence holder."
FEEDBACK = "Clear and concrete; name who owns the indicator."


@pytest.fixture
def course_with_essay(site, instructor, fellow):
    catalog = CatalogPageFactory(parent=site.root_page.specific)
    course, lessons = course_with_lessons(catalog=catalog, modules=1, lessons=2)
    lesson = lessons[0]
    lesson.body = [{"type": "rich_text", "value": f"<p>{SENTENCE}</p>"}]
    lesson.save_revision().publish()
    roles_sync()
    course_services.course_staff_add(
        course=course, user=instructor, role=StaffRole.INSTRUCTOR
    )
    bank = QuestionBank.objects.create(
        title="Marking bank", course=course, module=lesson.get_parent().specific
    )
    essay = question_create(
        bank=bank,
        type=QuestionType.ESSAY,
        title="A gender-responsive action",
        stem="<p>Describe one action.</p>",
        definition={
            "rubric": [
                {"id": "action", "criterion": "A concrete action", "points": 4},
                {"id": "evidence", "criterion": "Data and indicator", "points": 2},
            ]
        },
        points=6,
    )
    # One attempt: the marks and the feedback open once it is graded.
    quiz = Quiz.objects.create(
        title="Written assignment", course=course, pass_mark=50, max_attempts=1
    )
    QuizSlot.objects.create(quiz=quiz, question=essay, sort_order=0)
    quiz_lesson = lessons[1]
    quiz_lesson.body = [("quiz", {"quiz": quiz, "required": True})]
    quiz_lesson.save_revision().publish()
    course_services.enrolment_create(user=fellow, course=course)
    attempt = attempt_start(user=fellow, quiz=quiz, lesson=quiz_lesson)
    attempt_save_responses(
        attempt=attempt, responses={a.pk: ESSAY for a in attempt.answers.all()}
    )
    attempt = attempt_submit(attempt=attempt)
    return {"course": course, "lesson": lesson, "bank": bank, "attempt": attempt}


def test_instructor_journey_from_sign_in_to_a_graded_essay(
    page, sign_in, axe_audit, settings, instructor, fellow, course_with_essay
):
    settings.MFA_REQUIRED_FOR_ADMIN = False
    page.set_viewport_size({"width": 1280, "height": 900})
    lesson, bank = course_with_essay["lesson"], course_with_essay["bank"]
    sign_in(instructor, PASSWORD)
    # Lands in the admin.
    assert page.url.endswith(reverse("wagtailadmin_home"))
    assert axe_audit(page) == []

    # The lesson of their course: a sentence changed, saved as a draft, previewed.
    page.goto(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    editor = page.locator(".public-DraftEditor-content").first
    editor.wait_for()
    assert axe_audit(page) == []
    editor.click()
    page.keyboard.press("End")
    editor.type(" It is recorded.")
    page.wait_for_function(
        """() => [...document.querySelectorAll('input[name$="-value"]')]
            .some((input) => input.value.includes('It is recorded.'))"""
    )
    page.get_by_role("button", name="Save draft").click()
    page.get_by_text("has been updated").first.wait_for()
    draft = LessonPage.objects.get(pk=lesson.pk).get_latest_revision_as_object()
    assert "It is recorded." in str(draft.body[0].value)
    assert "It is recorded." not in str(LessonPage.objects.get(pk=lesson.pk).body)
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("iframe").first
    preview.get_by_text("It is recorded.").wait_for()
    assert axe_audit(page) == []

    # The question bank of their course, and a new multiple-choice question.
    page.goto(reverse("wagtailadmin_home"))
    page.get_by_role("button", name="Assessments").click()
    page.get_by_role("link", name="Question banks").click()
    page.get_by_role("link", name="Marking bank").wait_for()
    assert axe_audit(page) == []
    page.get_by_role("button", name="Assessments").click()
    page.get_by_role("link", name="Questions", exact=True).click()
    page.get_by_role("link", name="A gender-responsive action").wait_for()
    assert axe_audit(page) == []
    page.get_by_role("link", name="Add question").first.click()
    page.get_by_label("Title").first.wait_for()
    assert axe_audit(page) == []
    page.get_by_role("button", name="Choose question bank").click()
    page.get_by_role("dialog").get_by_role("link", name=str(bank)).click()
    page.get_by_role("dialog").wait_for(state="hidden")
    page.locator("#id_type").select_option(label="Single choice")
    page.locator("#id_title").fill("Small arms are designed for")
    stem = page.locator(".public-DraftEditor-content").first
    stem.click()
    stem.type("Small arms are designed for:")
    page.wait_for_function(
        """() => document.querySelector('input[name="stem"]').value
            .includes('designed for')"""
    )
    # The answers as rows: text and credit, no JSON.
    page.get_by_label("Answer 1", exact=True).fill("Individual use")
    page.get_by_label("Credit of answer 1 (%)").fill("100")
    page.get_by_label("Answer 2", exact=True).fill("Crew use")
    page.get_by_role("button", name="Save").first.click()
    page.get_by_text("Question 'Small arms are designed for' created.").wait_for()
    assert axe_audit(page) == []
    question = Question.objects.get(title="Small arms are designed for")
    assert (question.bank, question.type) == (bank, QuestionType.SINGLE_CHOICE)

    # The grading queue: the fellow's essay, graded with the rubric.
    page.get_by_role("link", name="Grading queue").click()
    page.get_by_role("cell", name="Written assignment").wait_for()
    assert axe_audit(page) == []
    page.get_by_role("link", name="Grade").first.click()
    page.get_by_label("A concrete action (0–4)").fill("3")
    page.get_by_label("Data and indicator (0–2)").fill("2")
    page.get_by_label("Feedback to the fellow").fill(FEEDBACK)
    assert axe_audit(page) == []
    page.get_by_role("button", name="Save the grade").click()
    page.get_by_text("The grade is saved.").wait_for()
    assert page.get_by_text("Nothing waits for grading.").count() == 1
    assert axe_audit(page) == []
    answer = AttemptAnswer.objects.get(attempt=course_with_essay["attempt"])
    assert (answer.state, answer.grader_feedback) == ("graded", FEEDBACK)

    # The fellow sees the grade and the feedback, and the notification.
    page.context.clear_cookies()
    sign_in(fellow, PASSWORD)
    page.get_by_role("link", name="Notifications").first.click()
    page.get_by_role("link", name="Your answers in “Written assignment”").wait_for()
    assert axe_audit(page) == []
    page.get_by_role("link", name="Your answers in “Written assignment”").click()
    page.get_by_text(FEEDBACK).wait_for()
    page.get_by_text("83").first.wait_for()
    assert axe_audit(page) == []
    assert UserNotification.objects.filter(user=fellow).count() == 1
