"""Cloze questions in the admin: the text with its gaps typed in Moodle's
syntax, the gaps listed after saving, the preview as a fellow."""

import pytest
from django.urls import reverse

from fellowship.assessments.choices import QuestionType
from fellowship.assessments.models import Question
from tests.factories import activate_totp, user_with_role

from .conftest import grant
from .test_views_admin_question_form import ADD, EDIT, _rows, author  # noqa: F401

pytestmark = pytest.mark.django_db

TEXT = (
    "Marking happens at {1:MULTICHOICE:=manufacture#Yes~import#Also, but later} "
    "and the ITI was adopted in {2:NUMERICAL:=2005:0#Right} by the "
    "{1:SHORTANSWER:=General Assembly~%50%UN#Which organ?}."
)


def _post(client, bank, text, url=None, **fields):
    data = {
        "bank": str(bank.pk),
        "type": QuestionType.CLOZE,
        "title": "Gaps",
        # What the editor posts when left empty.
        "stem": '{"blocks": [{"key": "a", "type": "unstyled", "text": "", '
        '"depth": 0, "inlineStyleRanges": [], "entityRanges": []}], '
        '"entityMap": {}}',
        "points": "4",
        "cloze_text": text,
        **_rows([]),
        **_rows([], prefix="rubric"),
        **fields,
    }
    return client.post(url or reverse(ADD), data)


def test_an_instructor_writes_the_gaps_in_moodles_syntax(author, bank):  # noqa: F811
    response = _post(author, bank, TEXT)
    assert response.status_code == 302, response.context["form"].errors
    question = Question.objects.get(bank=bank, title="Gaps")
    assert question.type == QuestionType.CLOZE and question.stem == ""
    gaps = question.definition["gaps"]
    assert [(g["kind"], g["weight"]) for g in gaps] == [
        ("multichoice", 1),
        ("numerical", 2),
        ("shortanswer", 1),
    ]
    page = author.get(reverse(EDIT, args=[question.pk])).content.decode()
    # The syntax back in the text area, the gaps listed under it, no JSON.
    assert "{1:MULTICHOICE:=manufacture#Yes~import#Also, but later}" in page
    assert "The gaps as saved" in page
    assert "Choice (drop-down menu)" in page and "Number" in page
    assert "UN (50)" in page and "2005 (100)" in page
    assert 'name="definition"' not in page and "JSON" not in page


def test_an_edit_keeps_the_ids_of_unchanged_choices(author, bank):  # noqa: F811
    _post(author, bank, TEXT)
    question = Question.objects.get(bank=bank, title="Gaps")
    before = {a["text"]: a["id"] for a in question.definition["gaps"][0]["answers"]}
    edited = TEXT.replace("~import#Also, but later", "~import~export")
    response = _post(author, bank, edited, url=reverse(EDIT, args=[question.pk]))
    assert response.status_code == 302
    question.refresh_from_db()
    after = {a["text"]: a["id"] for a in question.definition["gaps"][0]["answers"]}
    assert after["manufacture"] == before["manufacture"]
    assert after["import"] == before["import"]
    assert "export" in after


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("No gap at all.", "The text has no gap"),
        ("A {1:MULTIPLE:=x~y}", "Gap 1: unknown kind “MULTIPLE”"),
        ("A {1:SA:=x} {1:MC:x~y}", "Gap 2 has no correct answer"),
        ("A {1:SA:=x~%fifty%y}", "Gap 1, answer 2: the credit must be written"),
        ("A {1:SA:=x", "Gap 1 has no closing brace"),
    ],
)
def test_a_syntax_error_shows_on_the_text_and_nothing_is_saved(
    author,  # noqa: F811
    bank,
    text,
    message,
):
    response = _post(author, bank, text)
    assert response.status_code == 200
    errors = response.context["form"].errors["cloze_text"]
    assert any(message in error for error in errors), errors
    assert message.replace("“", "&ldquo;").split("&")[0] in response.content.decode()
    assert not Question.objects.filter(bank=bank).exists()


def test_other_types_still_need_a_stem(author, bank):  # noqa: F811
    response = _post(
        author, bank, "", type=QuestionType.TRUE_FALSE, true_false_answer="true"
    )
    assert response.status_code == 200
    assert "stem" in response.context["form"].errors
    assert not Question.objects.filter(bank=bank).exists()


def test_a_fellow_cannot_add_a_cloze(client, bank, enrolled):
    client.force_login(enrolled)
    response = _post(client, bank, TEXT)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "login" in response["Location"]
    assert not Question.objects.filter(bank=bank).exists()


def test_an_instructor_of_another_course_cannot_add_a_cloze(client, bank):
    outsider = user_with_role("Instructor")
    activate_totp(outsider)
    grant(outsider, "view_question", "add_question", "change_question")
    client.force_login(outsider)
    response = _post(client, bank, TEXT)
    assert response.status_code in (200, 403)
    assert not Question.objects.filter(bank=bank).exists()


def test_preview_answers_the_gaps_and_shows_grade_and_feedback(
    author,  # noqa: F811
    make_question,
):
    question = make_question(QuestionType.CLOZE, definition={"text": TEXT})
    url = reverse("assessments_admin:question_preview", args=[question.pk])
    page = author.get(url).content.decode()
    assert 'aria-label="Gap 1 of 3"' in page and 'aria-label="Gap 3 of 3"' in page
    assert 'name="answer-preview-2"' in page
    choices = {a["text"]: a["id"] for a in question.definition["gaps"][0]["answers"]}
    answers = {
        "answer-preview-1": choices["manufacture"],
        "answer-preview-2": "2005",
        "answer-preview-3": "UN",
    }
    graded = author.post(url, answers).content.decode()
    # (1 + 2 + 0.5) / 4
    assert "Grade: 87.5%" in graded
    assert "Gap 3 of 3" in graded and "Which organ?" in graded
    bad = author.post(url, {"answer-preview-1": "forged"})
    assert bad.status_code == 400
    assert "Gap 1 of 3: choose among its options." in bad.content.decode()


def test_preview_of_a_cloze_is_refused_to_a_fellow(client, make_question, enrolled):
    question = make_question(QuestionType.CLOZE)
    url = reverse("assessments_admin:question_preview", args=[question.pk])
    client.force_login(enrolled)
    assert client.get(url).status_code in (302, 403)
