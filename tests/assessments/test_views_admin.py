"""Instructor tools in the Wagtail admin: permissions, GIFT, grading, regrading."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from courses.choices import StaffRole
from courses.services import course_staff_add
from fellowship.assessments.choices import AnswerState, AttemptState, QuestionType
from fellowship.assessments.models import Question
from fellowship.assessments.services import (
    attempt_save_responses,
    attempt_start,
    attempt_submit,
)
from tests.factories import activate_totp

from .conftest import grant

pytestmark = pytest.mark.django_db

INSTRUCTOR_PERMISSIONS = (
    "view_questionbank",
    "view_question",
    "add_question",
    "view_quiz",
    "view_attempt",
    "grade_attempt",
    "view_item_analysis",
)


@pytest.fixture
def staff_client(client, instructor, tree):
    activate_totp(instructor)
    grant(instructor, *INSTRUCTOR_PERMISSIONS)
    course_staff_add(course=tree.course, user=instructor, role=StaffRole.INSTRUCTOR)
    client.force_login(instructor)
    return client


@pytest.fixture
def essay_attempt(enrolled, make_question, make_quiz):
    essay = make_question(QuestionType.ESSAY, points=3)
    quiz = make_quiz([essay])
    attempt = attempt_start(user=enrolled, quiz=quiz)
    answer = attempt.answers.get()
    attempt_save_responses(attempt=attempt, responses={answer.pk: "Marking matters."})
    return attempt_submit(attempt=attempt)


def admin_urls(bank, quiz, answer, attempt, question):
    return [
        reverse("assessments_admin:tools"),
        reverse("assessments_admin:gift_import", args=[bank.pk]),
        reverse("assessments_admin:gift_export", args=[bank.pk]),
        reverse("assessments_admin:grading_queue"),
        reverse("assessments_admin:grade_answer", args=[answer.pk]),
        reverse("assessments_admin:quiz_attempts", args=[quiz.pk]),
        reverse("assessments_admin:item_analysis", args=[quiz.pk]),
        reverse("assessments_admin:attempt_review", args=[attempt.pk]),
        reverse("assessments_admin:question_regrade", args=[question.pk]),
    ]


def test_fellows_and_staff_without_permissions_are_refused(
    client, enrolled, user_factory, bank, essay_attempt
):
    # Admin access, but none of the assessment permissions that roles give.
    instructor = user_factory()
    instructor.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    answer = essay_attempt.answers.get()
    urls = admin_urls(bank, essay_attempt.quiz, answer, essay_attempt, answer.question)
    client.force_login(enrolled)
    for url in urls:
        assert client.get(url).status_code == 403, url
    activate_totp(instructor)
    client.force_login(instructor)
    for url in urls:
        response = client.get(url)
        # Wagtail turns a refusal inside the admin into a redirect home.
        assert response.status_code == 302, url
        assert response["Location"] == reverse("wagtailadmin_home")
    grade = reverse("assessments_admin:grade_answer", args=[answer.pk])
    client.post(grade, {"feedback": "x"})
    answer.refresh_from_db()
    assert answer.state == AnswerState.AWAITING_GRADING


def test_staff_with_permissions_reach_every_tool(staff_client, bank, essay_attempt):
    answer = essay_attempt.answers.get()
    for url in admin_urls(
        bank, essay_attempt.quiz, answer, essay_attempt, answer.question
    ):
        assert staff_client.get(url).status_code == 200, url


def test_snippet_listings_work(staff_client, bank, make_question, make_quiz):
    make_quiz([make_question()])
    for model in ("questionbank", "question", "quiz"):
        response = staff_client.get(
            reverse(f"wagtailsnippets_assessments_{model}:list")
        )
        assert response.status_code == 200, model


def test_gift_import_through_the_admin(staff_client, bank):
    url = reverse("assessments_admin:gift_import", args=[bank.pk])
    broken = staff_client.post(
        url,
        {
            "format": "gift",
            "import_valid": "0",
            "text": "::A::Good.{T}\n\n::B::No answers.\n",
        },
    )
    assert broken.status_code == 400
    assert "Line 3" in broken.content.decode()
    assert "Nothing was imported" in broken.content.decode()
    assert not Question.objects.filter(bank=bank).exists()
    good = staff_client.post(
        url,
        {
            "format": "gift",
            "import_valid": "0",
            "text": "::A::Good.{T}\n\n::B::Pick.{=x ~y}\n",
        },
    )
    assert good.status_code == 302
    assert Question.objects.filter(bank=bank).count() == 2


def test_import_the_valid_questions_through_the_admin(staff_client, bank):
    url = reverse("assessments_admin:gift_import", args=[bank.pk])
    response = staff_client.post(
        url,
        {
            "format": "gift",
            "import_valid": "1",
            "text": "::A::Good.{T}\n\n::B::No answers.\n",
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "1 question was created." in page
    assert "Line 3" in page
    assert list(Question.objects.filter(bank=bank).values_list("title", flat=True)) == [
        "A"
    ]


def test_moodle_xml_through_the_admin(staff_client, bank):
    from django.core.files.uploadedfile import SimpleUploadedFile

    url = reverse("assessments_admin:gift_import", args=[bank.pk])
    hostile = SimpleUploadedFile(
        "bank.xml",
        b'<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "b">]><quiz>&a;</quiz>',
    )
    refused = staff_client.post(
        url, {"format": "moodle_xml", "import_valid": "1", "file": hostile}
    )
    assert refused.status_code == 400
    assert "refused for safety" in refused.content.decode()
    assert not Question.objects.filter(bank=bank).exists()
    good = SimpleUploadedFile(
        "bank.xml",
        b'<quiz><question type="truefalse"><name><text>T</text></name>'
        b'<questiontext format="html"><text>Yes?</text></questiontext>'
        b'<answer fraction="100"><text>true</text></answer>'
        b'<answer fraction="0"><text>false</text></answer></question></quiz>',
    )
    response = staff_client.post(
        url, {"format": "moodle_xml", "import_valid": "0", "file": good}
    )
    assert response.status_code == 302
    exported = staff_client.get(
        reverse("assessments_admin:gift_export", args=[bank.pk]),
        {"format": "moodle_xml"},
    )
    assert exported["Content-Type"].startswith("application/xml")
    assert b'<question type="truefalse">' in exported.content


def test_gift_export_downloads_the_bank(staff_client, bank, make_question):
    make_question(title="Scope")
    make_question(QuestionType.ORDERING, title="Sequence")
    response = staff_client.get(
        reverse("assessments_admin:gift_export", args=[bank.pk])
    )
    assert response["Content-Disposition"].startswith("attachment;")
    text = response.content.decode()
    assert "::Scope::" in text
    assert "skipped" in text and "::Sequence::" not in text


def test_grading_an_essay_from_the_queue(staff_client, instructor, essay_attempt):
    answer = essay_attempt.answers.get()
    queue = staff_client.get(reverse("assessments_admin:grading_queue"))
    assert (
        reverse("assessments_admin:grade_answer", args=[answer.pk])
        in queue.content.decode()
    )
    rubric = answer.question.definition["rubric"]
    url = reverse("assessments_admin:grade_answer", args=[answer.pk])
    refused = staff_client.post(
        url, {f"criterion_{rubric[0]['id']}": "9", f"criterion_{rubric[1]['id']}": "1"}
    )
    assert refused.status_code == 200  # the form again, with the error
    response = staff_client.post(
        url,
        {
            f"criterion_{rubric[0]['id']}": "2",
            f"criterion_{rubric[1]['id']}": "0.5",
            "feedback": "Clear and correct.",
        },
    )
    assert response.status_code == 302
    answer.refresh_from_db()
    essay_attempt.refresh_from_db()
    assert answer.state == AnswerState.GRADED
    assert answer.graded_by == instructor
    assert essay_attempt.state == AttemptState.GRADED
    assert str(essay_attempt.percent) == "83.33"


def test_regrade_from_the_admin(staff_client, enrolled, make_question, make_quiz):
    question = make_question()
    quiz = make_quiz([question])
    attempt = attempt_start(user=enrolled, quiz=quiz)
    wrong = next(o["id"] for o in question.definition["options"] if not o["correct"])
    attempt_save_responses(attempt=attempt, responses={attempt.answers.get().pk: wrong})
    attempt_submit(attempt=attempt)
    for option in question.definition["options"]:
        option["correct"] = option["id"] == wrong
    question.save()
    response = staff_client.post(
        reverse("assessments_admin:question_regrade", args=[question.pk])
    )
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.percent == 100


def test_save_and_grade_the_next_ungraded_answer(
    staff_client, enrolled, make_question, make_quiz, essay_attempt
):
    first = essay_attempt.answers.get()
    other = make_quiz([make_question(QuestionType.ESSAY, points=3)])
    attempt = attempt_start(user=enrolled, quiz=other)
    second = attempt.answers.get()
    attempt_save_responses(attempt=attempt, responses={second.pk: "Tracing too."})
    attempt_submit(attempt=attempt)
    url = reverse("assessments_admin:grade_answer", args=[first.pk])
    page = staff_client.get(url).content.decode()
    following = reverse("assessments_admin:grade_answer", args=[second.pk])
    assert following in page
    rubric = first.question.definition["rubric"]
    scores = {f"criterion_{c['id']}": "1" for c in rubric}
    response = staff_client.post(url, {**scores, "next": "1"})
    assert response.status_code == 302
    assert response["Location"] == following
    # The last one: back to the queue, saying nothing is left.
    rubric = second.question.definition["rubric"]
    last = staff_client.post(
        following, {**{f"criterion_{c['id']}": "1" for c in rubric}, "next": "1"}
    )
    assert last["Location"] == reverse("assessments_admin:grading_queue")
    second.refresh_from_db()
    assert second.state == AnswerState.GRADED
