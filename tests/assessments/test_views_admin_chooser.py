"""Finding questions: the quiz editor's question chooser filters by bank,
category, type and tag, searches the text and shows each question's usage
and facility; a course's banks and categories are listed for its staff."""

from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.choices import StaffRole
from courses.models import CoursePage
from courses.services import course_staff_add
from fellowship.assessments.choices import QuestionType
from fellowship.assessments.models import (
    Question,
    QuestionBank,
    QuestionCategory,
    QuizSlot,
)
from fellowship.assessments.services import attempt_start, attempt_submit
from tests.factories import activate_totp, user_with_role

pytestmark = pytest.mark.django_db

CHOOSE = "wagtailsnippetchoosers_assessments_question:choose"
RESULTS = "wagtailsnippetchoosers_assessments_question:choose_results"


def status_of(client, url):
    response = client.get(url)
    if response.status_code == 302 and response.url == f"/en{url}":
        response = client.get(response.url)
    return response.status_code


@pytest.fixture
def side(tree, bank, make_question, make_quiz):
    """Two banks of the staff's course with nested categories, a quiz using
    some questions, and another course's bank."""
    other_course = CoursePage(title="Tracing", slug="tracing", summary="Tracing.")
    tree.catalog.add_child(instance=other_course)
    other_bank = QuestionBank.objects.create(title="Tracing bank", course=other_course)
    second = QuestionBank.objects.create(title="Brokering bank", course=tree.course)
    top = QuestionCategory.objects.create(bank=bank, name="Marking")
    nested = QuestionCategory.objects.create(bank=bank, parent=top, name="Stamps")
    lonely = QuestionCategory.objects.create(bank=second, name="Licences")
    stamp = make_question(
        title="Stamp depth",
        stem="<p>How deep is a stamped serial number?</p>",
        category=nested,
        tags=["stamping"],
    )
    essay = make_question(QuestionType.ESSAY, title="Why mark", category=top)
    licence = make_question(
        QuestionType.TRUE_FALSE, bank=second, title="Licence term", category=lonely
    )
    hidden = make_question(bank=other_bank, title="Tracing request")
    quiz = make_quiz([stamp], title="Marking quiz")
    drawn = make_quiz([], title="Drawn quiz")
    QuizSlot.objects.create(quiz=drawn, bank=bank, tag="stamping", count=1)
    make_quiz([hidden], title="Tracing quiz", course=other_course)
    staff = user_with_role("Instructor")
    course_staff_add(course=tree.course, user=staff, role=StaffRole.INSTRUCTOR)
    activate_totp(staff)
    return SimpleNamespace(
        course=tree.course,
        other_course=other_course,
        bank=bank,
        second=second,
        other_bank=other_bank,
        top=top,
        nested=nested,
        stamp=stamp,
        essay=essay,
        licence=licence,
        hidden=hidden,
        quiz=quiz,
        staff=staff,
    )


def chosen_titles(client, query=""):
    response = client.get(reverse(RESULTS) + query)
    assert response.status_code == 200
    page = response.content.decode()
    return {
        title
        for title in (
            "Stamp depth",
            "Why mark",
            "Licence term",
            "Tracing request",
        )
        if title in page
    }


def test_chooser_filters_by_bank_category_type_tag_and_text(client, side):
    client.force_login(side.staff)
    everything = {"Stamp depth", "Why mark", "Licence term"}
    assert chosen_titles(client) == everything
    assert chosen_titles(client, f"?bank={side.second.pk}") == {"Licence term"}
    assert chosen_titles(client, f"?category={side.nested.pk}") == {"Stamp depth"}
    assert chosen_titles(client, f"?category={side.top.pk}") == {"Why mark"}
    assert chosen_titles(client, "?type=essay") == {"Why mark"}
    assert chosen_titles(client, "?tag=STAMPING") == {"Stamp depth"}
    # The text, not only the title, is searched.
    assert chosen_titles(client, "?q=serial") == {"Stamp depth"}
    assert chosen_titles(client, "?q=nothing-like-this") == set()
    # Filters combine.
    assert chosen_titles(client, f"?bank={side.bank.pk}&type=true_false") == set()


def test_chooser_offers_only_the_persons_banks_and_categories(client, side):
    client.force_login(side.staff)
    page = client.get(reverse(CHOOSE)).content.decode()
    assert "Marking bank" in page
    assert "Brokering bank" in page
    assert "Tracing bank" not in page
    # A category is offered by its full path, as Moodle names it.
    options = client.get(reverse(CHOOSE)).json()["html"]
    assert f"{side.bank} › {side.top.name}/{side.nested.name}</option>" in options
    # Another course's bank is not a valid choice: nothing of it is shown.
    assert chosen_titles(client, f"?bank={side.other_bank.pk}") <= {
        "Stamp depth",
        "Why mark",
        "Licence term",
    }
    assert "Tracing request" not in chosen_titles(
        client, f"?bank={side.other_bank.pk}&q=Tracing"
    )


def test_chooser_bad_filter_input_is_ignored_not_an_error(client, side):
    client.force_login(side.staff)
    for query in ("?bank=abc", "?category=999999", "?type=poem"):
        assert chosen_titles(client, query) == {
            "Stamp depth",
            "Why mark",
            "Licence term",
        }, query


def test_chooser_shows_usage_and_facility(client, side, enrolled):
    attempt = attempt_start(user=enrolled, quiz=side.quiz)
    attempt_submit(attempt=attempt)  # unanswered: 0 %
    client.force_login(side.staff)
    page = client.get(reverse(RESULTS) + "?q=Stamp").content.decode()
    # Fixed in one quiz, drawn by tag in another; the other course's quiz
    # is not named.
    assert "Marking quiz, Drawn quiz" in page or "Drawn quiz, Marking quiz" in page
    assert "Tracing quiz" not in page
    assert "0%" in page
    unused = client.get(reverse(RESULTS) + "?q=Licence").content.decode()
    assert "Marking quiz" not in unused
    assert "Drawn quiz" not in unused


def test_chooser_refused_to_fellows_and_other_courses_staff(client, side, enrolled):
    client.force_login(enrolled)
    assert status_of(client, reverse(RESULTS)) in (302, 403)
    other = user_with_role("Instructor")
    course_staff_add(course=side.other_course, user=other, role=StaffRole.INSTRUCTOR)
    activate_totp(other)
    client.force_login(other)
    assert chosen_titles(client) == {"Tracing request"}


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_chooser_and_course_banks_queries_constant(
    client, side, make_question, make_quiz, enrol
):
    client.force_login(side.staff)
    chooser = reverse(RESULTS)
    banks = reverse("assessments_admin:course_banks", args=[side.course.pk])
    client.get(chooser)
    client.get(banks)
    before = (_queries(client, chooser), _queries(client, banks))
    for number in range(4):
        bank = QuestionBank.objects.create(
            title=f"Extra bank {number}", course=side.course
        )
        category = QuestionCategory.objects.create(bank=bank, name=f"Cat {number}")
        QuestionCategory.objects.create(bank=bank, parent=category, name="Child")
        question = make_question(
            bank=bank, category=category, title=f"Extra {number}", tags=["x"]
        )
        quiz = make_quiz([question, side.stamp], title=f"Extra quiz {number}")
        drawing = make_quiz([], title=f"Drawing quiz {number}")
        QuizSlot.objects.create(quiz=drawing, bank=bank, tag="x", count=1)
        fellow = user_with_role("Fellow")
        enrol(fellow)
        attempt_submit(attempt=attempt_start(user=fellow, quiz=quiz))
    assert Question.objects.count() >= 8
    assert (_queries(client, chooser), _queries(client, banks)) == before


def test_course_banks_lists_banks_and_nested_categories(client, side):
    client.force_login(side.staff)
    url = reverse("assessments_admin:course_banks", args=[side.course.pk])
    page = client.get(url).content.decode()
    assert "Marking bank" in page
    assert "Brokering bank" in page
    assert "Marking/Stamps" in page
    assert "Licences" in page
    assert "Tracing bank" not in page
    assert "2 questions" in page  # the Marking bank
    assert "1 question" in page  # the Brokering bank


def test_course_banks_refused_outside_the_course(client, side, enrolled):
    url = reverse("assessments_admin:course_banks", args=[side.other_course.pk])
    client.force_login(side.staff)
    assert status_of(client, url) == 404
    grader = user_with_role("Instructor")
    course_staff_add(course=side.course, user=grader, role=StaffRole.GRADER)
    activate_totp(grader)
    client.force_login(grader)
    own = reverse("assessments_admin:course_banks", args=[side.course.pk])
    assert status_of(client, own) == 404
    client.force_login(enrolled)
    assert status_of(client, own) in (302, 403)
