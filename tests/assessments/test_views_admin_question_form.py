"""The question form of the admin: answers as rows per type, no JSON, and
what the form saves is what the grader grades."""

import re

import pytest
from django.urls import reverse

from courses.choices import StaffRole
from courses.services import course_staff_add
from fellowship.assessments.choices import QuestionType
from fellowship.assessments.models import Question
from tests.factories import activate_totp, user_with_role

from .conftest import grant

pytestmark = pytest.mark.django_db

ADD = "wagtailsnippets_assessments_question:add"
EDIT = "wagtailsnippets_assessments_question:edit"


@pytest.fixture
def author(client, instructor, tree):
    activate_totp(instructor)
    grant(instructor, "view_question", "add_question", "change_question")
    course_staff_add(course=tree.course, user=instructor, role=StaffRole.INSTRUCTOR)
    client.force_login(instructor)
    return client


def _rows(rows, prefix="answers", extra=0):
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows) + extra),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        for key, value in row.items():
            data[f"{prefix}-{index}-{key}"] = value
    return data


def _post(client, bank, question_type, rows=(), rubric=(), **fields):
    data = {
        "bank": str(bank.pk),
        "type": question_type,
        "title": f"A {question_type} question",
        "stem": '{"blocks": [{"key": "a", "type": "unstyled", "text": "Which?", '
        '"depth": 0, "inlineStyleRanges": [], "entityRanges": []}], '
        '"entityMap": {}}',
        "points": "1",
        **_rows(list(rows)),
        **_rows(list(rubric), prefix="rubric"),
        **fields,
    }
    return client.post(reverse(ADD), data)


def _grade(question, response):
    return question.grader.grade(question.definition, response)


def test_the_form_shows_rows_and_no_json(author, make_question):
    question = make_question(QuestionType.SINGLE_CHOICE)
    page = author.get(reverse(EDIT, args=[question.pk])).content.decode()
    assert 'name="definition"' not in page
    assert "JSON" not in page
    assert 'name="answers-0-text" value="Individual use"' in page
    assert 'name="answers-0-credit" value="100"' in page
    assert 'name="answers-0-ORDER"' in page
    assert 'name="answers-0-DELETE"' in page
    assert 'name="rubric-TOTAL_FORMS"' in page


def test_single_choice_with_partial_and_negative_credit(author, bank):
    response = _post(
        author,
        bank,
        QuestionType.SINGLE_CHOICE,
        rows=[
            {"text": "Nazareth", "credit": "100", "feedback": "Yes", "ORDER": "1"},
            {"text": "Galilee", "credit": "50", "ORDER": "2"},
            {"text": "Rome", "credit": "-25", "ORDER": "3"},
        ],
        extra=0,
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    question = Question.objects.get(bank=bank)
    ids = {o["text"]: o["id"] for o in question.definition["options"]}
    assert _grade(question, ids["Galilee"]).fraction == 0.5
    assert _grade(question, ids["Rome"]).fraction == 0
    assert _grade(question, ids["Nazareth"]).feedback == ["Yes"]


def test_rows_can_be_reordered_and_removed_keeping_their_ids(author, make_question):
    question = make_question(QuestionType.ORDERING)
    items = question.definition["items"]
    rows = [
        {"id": items[2]["id"], "text": items[2]["text"], "ORDER": "1"},
        {"id": items[0]["id"], "text": items[0]["text"], "ORDER": "2"},
        {"id": items[1]["id"], "text": items[1]["text"], "ORDER": "3", "DELETE": "on"},
    ]
    data = {
        "bank": str(question.bank_id),
        "type": QuestionType.ORDERING,
        "title": question.title,
        "stem": '{"blocks": [{"key": "a", "type": "unstyled", "text": "Order", '
        '"depth": 0, "inlineStyleRanges": [], "entityRanges": []}], '
        '"entityMap": {}}',
        "points": "1",
        "scoring": "partial",
        **_rows(rows),
        **_rows([], prefix="rubric"),
    }
    response = author.post(reverse(EDIT, args=[question.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    question.refresh_from_db()
    assert [(i["id"], i["text"]) for i in question.definition["items"]] == [
        (items[2]["id"], "Trace"),
        (items[0]["id"], "Mark"),
    ]


@pytest.mark.parametrize(
    "question_type, rows, fields, response, fraction",
    [
        (
            QuestionType.MULTIPLE_RESPONSE,
            [
                {"text": "Mortars", "credit": "50"},
                {"text": "Heavy machine guns", "credit": "50"},
                {"text": "Revolvers", "credit": "-100"},
            ],
            {"scoring": "partial"},
            ["Mortars"],
            0.5,
        ),
        (
            QuestionType.SHORT_TEXT,
            [{"text": "ITI"}, {"text": "international*", "credit": "50"}],
            {},
            "International instrument",
            0.5,
        ),
        (
            QuestionType.NUMERIC,
            [
                {"text": "1899", "tolerance": "0"},
                {"text": "1899", "tolerance": "5", "credit": "50"},
            ],
            {"unit": "year"},
            "1902",
            0.5,
        ),
        (
            QuestionType.MATCHING,
            [
                {"text": "ITI", "match": "Marking"},
                {"text": "PoA", "match": "Programme"},
            ],
            {"distractors": "Treaty\n"},
            {"ITI": "Marking", "PoA": "Treaty"},
            0.5,
        ),
        (
            QuestionType.TRUE_FALSE,
            [],
            {"true_false_answer": "false", "feedback_false": "Right"},
            False,
            1.0,
        ),
    ],
)
def test_each_type_saves_what_the_grader_grades(
    author, bank, question_type, rows, fields, response, fraction
):
    result = _post(author, bank, question_type, rows=rows, **fields)
    assert result.status_code == 302, result.content.decode()[:3000]
    question = Question.objects.get(bank=bank)
    definition = question.definition
    if question_type == QuestionType.MULTIPLE_RESPONSE:
        ids = {o["text"]: o["id"] for o in definition["options"]}
        response = [ids[text] for text in response]
    if question_type == QuestionType.MATCHING:
        ids = {p["prompt"]: p["id"] for p in definition["pairs"]}
        response = {ids[prompt]: answer for prompt, answer in response.items()}
    assert _grade(question, response).fraction == fraction


def test_essay_rubric_template_and_length(author, bank):
    result = _post(
        author,
        bank,
        QuestionType.ESSAY,
        rubric=[
            {"criterion": "Accuracy", "points": "2", "ORDER": "1"},
            {"criterion": "Clarity", "points": "1", "ORDER": "2"},
        ],
        response_template="In my country,",
        response_lines="12",
    )
    assert result.status_code == 302, result.content.decode()[:3000]
    definition = Question.objects.get(bank=bank).definition
    assert [(c["criterion"], c["points"]) for c in definition["rubric"]] == [
        ("Accuracy", "2"),
        ("Clarity", "1"),
    ]
    assert definition["response_template"] == "In my country,"
    assert definition["response_lines"] == 12


def test_errors_show_on_the_field_at_fault_and_nothing_is_saved(author, bank):
    page = _post(
        author,
        bank,
        QuestionType.NUMERIC,
        rows=[{"text": "many", "tolerance": "-1"}, {"text": "3", "credit": "-50"}],
    )
    assert page.status_code == 200
    form = page.context["form"]
    rows = form.answer_rows.forms
    assert "text" in rows[0].errors
    assert "tolerance" in rows[0].errors
    assert "credit" in rows[1].errors
    assert not Question.objects.filter(bank=bank).exists()
    no_key = _post(
        author,
        bank,
        QuestionType.SINGLE_CHOICE,
        rows=[{"text": "A", "credit": "50"}, {"text": "B", "credit": "0"}],
    )
    assert no_key.status_code == 200
    assert "full credit" in str(no_key.context["form"].answer_rows.non_form_errors())
    assert "full credit" in no_key.content.decode()
    no_answer = _post(author, bank, QuestionType.TRUE_FALSE)
    assert "true_false_answer" in no_answer.context["form"].errors
    assert not Question.objects.filter(bank=bank).exists()


def test_a_person_without_the_course_cannot_add_to_its_bank(client, bank, tree):
    outsider = user_with_role("Instructor")
    activate_totp(outsider)
    grant(outsider, "view_question", "add_question", "change_question")
    client.force_login(outsider)
    response = _post(client, bank, QuestionType.TRUE_FALSE, true_false_answer="true")
    assert response.status_code in (200, 403)
    assert not Question.objects.filter(bank=bank).exists()


def _listing_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries), response.content.decode()


def test_question_listing_filters_by_category_type_and_tag_in_constant_queries(
    author, bank
):
    from fellowship.assessments.services import question_bank_import

    def add(count, start):
        source = "$CATEGORY: $course$/top/Marking/Records\n\n" + "\n\n".join(
            f"::Q{n}::Pick {n}.{{=A ~B}}" for n in range(start, start + count)
        )
        question_bank_import(bank=bank, text=source, import_valid=False)
        for question in Question.objects.filter(bank=bank, title__startswith="Q"):
            question.tags.add("tracing")

    category = None
    url = reverse("wagtailsnippets_assessments_question:list")
    add(2, 0)
    category = Question.objects.filter(bank=bank).first().category
    query = f"?bank={bank.pk}&category={category.pk}&type=single_choice&tag=tracing"

    def listed(title, page):
        # The title as a cell's text: a random nonce or token may hold "Q1".
        return re.search(rf">\s*{title}\s*<", page) is not None

    few, page = _listing_queries(author, url + query)
    assert listed("Q1", page) and "Records" in page
    add(6, 2)
    many, page = _listing_queries(author, url + query)
    assert listed("Q7", page)
    assert many == few
    none, page = _listing_queries(author, url + "?tag=other")
    assert not listed("Q1", page)


def test_preview_as_a_fellow_answers_and_grades(author, make_question):
    question = make_question(QuestionType.SINGLE_CHOICE)
    url = reverse("assessments_admin:question_preview", args=[question.pk])
    edit = author.get(reverse(EDIT, args=[question.pk])).content.decode()
    assert url in edit
    page = author.get(url).content.decode()
    assert "Stem" in page and "Crew use" in page
    assert "Grade:" not in page
    ids = {o["text"]: o["id"] for o in question.definition["options"]}
    right = author.post(url, {"answer-preview": ids["Individual use"]})
    assert "Grade: 100%" in right.content.decode()
    assert "Yes." in right.content.decode()
    wrong = author.post(url, {"answer-preview": ids["Crew use"]})
    assert "Grade: 0%" in wrong.content.decode()
    assert "Light." in wrong.content.decode()
    bad = author.post(url, {"answer-preview": "not-an-option"})
    assert bad.status_code == 400
    assert "Choose one of the options." in bad.content.decode()


def test_preview_is_refused_outside_the_course_and_to_fellows(
    client, make_question, enrolled
):
    question = make_question()
    url = reverse("assessments_admin:question_preview", args=[question.pk])
    outsider = user_with_role("Instructor")
    activate_totp(outsider)
    grant(outsider, "view_question")
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    client.force_login(enrolled)
    assert client.get(url).status_code in (302, 403)
