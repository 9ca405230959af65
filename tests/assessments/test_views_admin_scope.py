"""Assessments in the admin are scoped to the person's courses: every view of
banks, questions, quizzes, accommodations, attempts and answers answers 404
outside the scope; graders grade but do not author."""

import json
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.choices import StaffRole
from courses.models import CoursePage
from courses.services import course_staff_add
from fellowship.assessments.choices import QuestionType
from fellowship.assessments.models import Accommodation, QuestionBank
from fellowship.assessments.services import (
    attempt_save_responses,
    attempt_start,
    attempt_submit,
)
from tests.factories import activate_totp, user_with_role

pytestmark = pytest.mark.django_db


def status_of(client, url):
    """The status a person ends on: an admin 404 reaches them through the
    site's language redirect (/admin/x/ -> /en/admin/x/ -> 404)."""
    response = client.get(url)
    if response.status_code == 302 and response.url == f"/en{url}":
        response = client.get(response.url)
    return response.status_code


def _submitted_essay(user, quiz):
    attempt = attempt_start(user=user, quiz=quiz)
    answer = attempt.answers.get()
    attempt_save_responses(attempt=attempt, responses={answer.pk: "An answer."})
    return attempt_submit(attempt=attempt)


def _course_side(*, course, bank, question, quiz, fellow):
    attempt = _submitted_essay(fellow, quiz)
    accommodation = Accommodation.objects.create(
        quiz=quiz, user=fellow, extra_attempts=1
    )
    return SimpleNamespace(
        course=course,
        bank=bank,
        question=question,
        quiz=quiz,
        attempt=attempt,
        answer=attempt.answers.get(),
        accommodation=accommodation,
    )


@pytest.fixture
def world(tree, bank, make_question, make_quiz, enrolled, enrol):
    other_course = CoursePage(title="Tracing", slug="tracing", summary="Tracing.")
    tree.catalog.add_child(instance=other_course)
    other_bank = QuestionBank.objects.create(title="Tracing bank", course=other_course)
    enrol(enrolled, other_course)
    mine_question = make_question(QuestionType.ESSAY, title="Marking essay")
    other_question = make_question(
        QuestionType.ESSAY, bank=other_bank, title="Tracing essay"
    )
    mine = _course_side(
        course=tree.course,
        bank=bank,
        question=mine_question,
        quiz=make_quiz([mine_question], title="Marking quiz"),
        fellow=enrolled,
    )
    other = _course_side(
        course=other_course,
        bank=other_bank,
        question=other_question,
        quiz=make_quiz([other_question], title="Tracing quiz", course=other_course),
        fellow=enrolled,
    )
    staff = user_with_role("Instructor")
    course_staff_add(course=tree.course, user=staff, role=StaffRole.INSTRUCTOR)
    other_instructor = user_with_role("Instructor")
    course_staff_add(
        course=other_course, user=other_instructor, role=StaffRole.INSTRUCTOR
    )
    grader = user_with_role("Instructor")
    course_staff_add(course=tree.course, user=grader, role=StaffRole.GRADER)
    admin = user_with_role("Site admin", is_superuser=True, is_staff=True)
    manager = user_with_role("Programme manager")
    for person in (staff, other_instructor, grader, admin, manager):
        activate_totp(person)
    return SimpleNamespace(
        mine=mine,
        other=other,
        staff=staff,
        other_instructor=other_instructor,
        grader=grader,
        admin=admin,
        manager=manager,
        fellow=enrolled,
    )


def _snippet(model, name, *args):
    return reverse(model.snippet_viewset.get_url_name(name), args=args)


def _chosen(model, pk):
    return reverse(
        model.snippet_viewset.chooser_viewset.get_url_name("chosen"), args=[pk]
    )


def authoring_urls(side):
    """Views that author or export: instructors of the course only."""
    urls = []
    for obj in (side.bank, side.question, side.quiz):
        model = type(obj)
        urls += [
            _snippet(model, "edit", obj.pk),
            _snippet(model, "copy", obj.pk),
            _snippet(model, "history", obj.pk),
            _snippet(model, "usage", obj.pk),
            _chosen(model, obj.pk),
        ]
    return urls + [
        reverse("assessments_admin:gift_import", args=[side.bank.pk]),
        reverse("assessments_admin:gift_export", args=[side.bank.pk]),
        reverse("assessments_admin:question_regrade", args=[side.question.pk]),
        reverse("assessments_admin:item_analysis", args=[side.quiz.pk]),
        reverse("assessments_admin:question_translations", args=[side.question.pk]),
    ]


def grading_urls(side):
    """Views that grade: instructors and graders of the course."""
    return [
        reverse("assessments_admin:grade_answer", args=[side.answer.pk]),
        reverse("assessments_admin:quiz_attempts", args=[side.quiz.pk]),
        reverse("assessments_admin:attempt_review", args=[side.attempt.pk]),
        reverse("assessments_admin:grading_queue") + f"?quiz={side.quiz.pk}",
    ]


def _expect(client, person, urls, status):
    client.force_login(person)
    for url in urls:
        assert status_of(client, url) == status, (person, url)


def test_views_admin_scope_instructor_on_staff_only(client, world):
    _expect(client, world.staff, authoring_urls(world.mine), 200)
    _expect(client, world.staff, grading_urls(world.mine), 200)
    _expect(client, world.staff, authoring_urls(world.other), 404)
    _expect(client, world.staff, grading_urls(world.other), 404)
    _expect(client, world.other_instructor, authoring_urls(world.mine), 404)
    _expect(client, world.other_instructor, grading_urls(world.mine), 404)


def test_views_admin_scope_grader_grades_but_does_not_author(client, world):
    _expect(client, world.grader, grading_urls(world.mine), 200)
    _expect(client, world.grader, authoring_urls(world.mine), 404)
    _expect(client, world.grader, grading_urls(world.other), 404)
    response = client.post(
        reverse("assessments_admin:grade_answer", args=[world.mine.answer.pk]),
        {"criterion_" + k: 1 for k in _criteria(world.mine.question)}
        | {"feedback": "Good."},
    )
    assert response.status_code == 302
    world.mine.answer.refresh_from_db()
    assert world.mine.answer.graded_by == world.grader
    # Grading someone else's course: 404 and nothing graded.
    response = client.post(
        reverse("assessments_admin:grade_answer", args=[world.other.answer.pk]),
        {"feedback": "No."},
    )
    assert response.status_code in (302, 404)
    world.other.answer.refresh_from_db()
    assert world.other.answer.graded_by is None


def _criteria(question):
    return [item["id"] for item in question.definition["rubric"]]


def test_views_admin_scope_fellow_refused_admin_sees_all(client, world):
    # Fellows are refused the admin as before: the 403 page.
    _expect(client, world.fellow, authoring_urls(world.mine), 403)
    _expect(client, world.fellow, grading_urls(world.mine), 403)
    for person in (world.admin, world.manager):
        for side in (world.mine, world.other):
            _expect(client, person, authoring_urls(side), 200)
            _expect(client, person, grading_urls(side), 200)


def test_views_admin_scope_accommodations_and_delete(client, world):
    mine, other = world.mine.accommodation, world.other.accommodation
    client.force_login(world.staff)
    listing = client.get(_snippet(Accommodation, "list")).content.decode()
    assert "Marking quiz" in listing
    assert "Tracing quiz" not in listing
    for url in (
        _snippet(Accommodation, "edit", other.pk),
        _snippet(Accommodation, "history", other.pk),
        _snippet(Accommodation, "delete", other.pk),
        _snippet(QuestionBank, "delete", world.other.bank.pk),
    ):
        assert status_of(client, url) == 404, url
    client.force_login(world.manager)
    for url in (
        _snippet(Accommodation, "edit", mine.pk),
        _snippet(Accommodation, "edit", other.pk),
        _snippet(QuestionBank, "delete", world.other.bank.pk),
    ):
        assert status_of(client, url) == 200, url


def test_views_admin_scope_listings_choosers_and_filters(client, world):
    client.force_login(world.staff)
    for model, mine_title in (
        (QuestionBank, "Marking bank"),
        (type(world.mine.question), "Marking essay"),
        (type(world.mine.quiz), "Marking quiz"),
    ):
        page = client.get(_snippet(model, "list")).content.decode()
        # Rows and the list-filter options both leave the other course out.
        assert mine_title in page, model
        assert "Tracing" not in page, model
        results = client.get(_snippet(model, "list_results") + "?q=essay").content
        assert b"Tracing" not in results
        chooser = model.snippet_viewset.chooser_viewset
        choose = client.get(reverse(chooser.get_url_name("choose_results")))
        assert mine_title in choose.content.decode()
        assert "Tracing" not in choose.content.decode()
    queue = client.get(reverse("assessments_admin:grading_queue")).content.decode()
    assert "Marking quiz" in queue
    assert "Tracing quiz" not in queue
    tools = client.get(reverse("assessments_admin:tools")).content.decode()
    assert "Marking bank" in tools
    assert "Tracing" not in tools


def test_views_admin_scope_forms_offer_only_own_courses(client, world):
    client.force_login(world.staff)
    url = _snippet(QuestionBank, "add")
    fields = {"title": "Stolen bank", "module": "", "description": ""}
    response = client.post(url, {**fields, "course": world.other.course.pk})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not QuestionBank.objects.filter(title="Stolen bank").exists()
    response = client.post(url, {**fields, "course": world.mine.course.pk})
    assert response.status_code == 302
    assert QuestionBank.objects.get(title="Stolen bank").course == world.mine.course
    # Moving a question into another course's bank is refused too.
    question = world.mine.question
    response = client.post(
        _snippet(type(question), "edit", question.pk),
        {
            "bank": world.other.bank.pk,
            "type": question.type,
            "title": question.title,
            "stem": STEM,
            "definition": json.dumps(question.definition),
            "points": "1",
        },
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    question.refresh_from_db()
    assert question.bank == world.mine.bank


STEM = (
    '{"blocks": [{"key": "a", "text": "Stem", "type": "unstyled", "depth": 0, '
    '"inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}'
)


def _count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_views_admin_scope_query_counts_constant(
    client, world, make_question, make_quiz, enrol, user_factory
):
    client.force_login(world.staff)
    banks_url = _snippet(QuestionBank, "list")
    queue_url = reverse("assessments_admin:grading_queue")
    client.get(banks_url)
    client.get(queue_url)
    banks_before = _count_queries(client, banks_url)
    queue_before = _count_queries(client, queue_url)
    for number in range(4):
        QuestionBank.objects.create(
            title=f"Marking bank {number}", course=world.mine.course
        )
        QuestionBank.objects.create(
            title=f"Tracing bank {number}", course=world.other.course
        )
        fellow = user_with_role("Fellow")
        enrol(fellow)
        _submitted_essay(fellow, world.mine.quiz)
    assert _count_queries(client, banks_url) == banks_before
    assert _count_queries(client, queue_url) == queue_before
