"""Every grader: definitions accepted and refused, responses graded, edge cases."""

import pytest
from django.core.exceptions import ValidationError

from fellowship.assessments.choices import QuestionType
from fellowship.assessments.grading import ResponseError, grader_for
from fellowship.assessments.grading.numeric import parse_number
from fellowship.assessments.grading.short_text import normalise

from .conftest import DEFINITIONS


def clean(question_type, definition=None):
    return grader_for(question_type).clean_definition(
        definition if definition is not None else DEFINITIONS[question_type]
    )


@pytest.mark.parametrize("question_type", list(QuestionType))
def test_every_type_has_a_grader_that_accepts_its_example(question_type):
    definition = clean(question_type)
    assert isinstance(definition, dict)
    # Normalising twice changes nothing (ids are kept once given).
    assert grader_for(question_type).clean_definition(definition) == definition


@pytest.mark.parametrize("question_type", list(QuestionType))
def test_every_type_refuses_a_definition_that_is_not_an_object(question_type):
    with pytest.raises(ValidationError):
        grader_for(question_type).clean_definition(["not", "an", "object"])


@pytest.mark.parametrize("question_type", list(QuestionType))
def test_public_view_never_carries_the_key(question_type):
    definition = clean(question_type)
    view = grader_for(question_type).public_view(definition, rng=None)
    text = repr(view)
    for secret in ("correct", "fraction", "answer", "accepted", "feedback"):
        assert f"'{secret}'" not in text
    if question_type == QuestionType.MATCHING:
        # Answers appear as choices, but never paired with their prompt.
        assert "pairs" not in view


def test_single_choice_grades_right_wrong_blank_and_unknown():
    grader = grader_for(QuestionType.SINGLE_CHOICE)
    definition = clean(QuestionType.SINGLE_CHOICE)
    right, wrong = definition["options"][0]["id"], definition["options"][1]["id"]
    assert grader.grade(definition, right).fraction == 1.0
    assert grader.grade(definition, right).feedback == ["<p>Yes.</p>"]
    assert grader.grade(definition, wrong).fraction == 0.0
    assert grader.grade(definition, "").fraction == 0.0
    assert grader.clean_response(definition, "") == ""
    with pytest.raises(ResponseError):
        grader.clean_response(definition, "not-an-option")


def test_single_choice_needs_one_full_credit_option():
    with pytest.raises(ValidationError, match="full credit"):
        clean(
            QuestionType.SINGLE_CHOICE,
            {
                "options": [
                    {"text": "a", "fraction": 0.5},
                    {"text": "b", "fraction": 0},
                ]
            },
        )
    with pytest.raises(ValidationError):
        clean(QuestionType.SINGLE_CHOICE, {"options": [{"text": "a", "correct": True}]})
    with pytest.raises(ValidationError, match="between"):
        clean(
            QuestionType.SINGLE_CHOICE,
            {"options": [{"text": "a", "fraction": 1}, {"text": "b", "fraction": -2}]},
        )


def test_option_ids_are_opaque_and_unique():
    definition = clean(QuestionType.SINGLE_CHOICE)
    ids = [option["id"] for option in definition["options"]]
    assert len(set(ids)) == 3
    assert not {"a", "b", "c", "0", "1", "2"} & set(ids)


def test_feedback_rich_text_is_sanitised():
    definition = clean(
        QuestionType.TRUE_FALSE,
        {
            "answer": True,
            "feedback_true": '<p onclick="x()">Hi<script>bad()</script></p>',
        },
    )
    assert "onclick" not in definition["feedback_true"]
    assert "<script" not in definition["feedback_true"]


def test_multiple_response_all_or_nothing_and_partial():
    base = DEFINITIONS[QuestionType.MULTIPLE_RESPONSE]
    strict = clean(
        QuestionType.MULTIPLE_RESPONSE, {**base, "scoring": "all_or_nothing"}
    )
    partial = clean(QuestionType.MULTIPLE_RESPONSE, base)
    mortars, guns, revolvers = (o["id"] for o in partial["options"])
    ids = {o["text"]: o["id"] for o in strict["options"]}
    grader = grader_for(QuestionType.MULTIPLE_RESPONSE)
    assert (
        grader.grade(strict, [ids["Mortars"], ids["Heavy machine guns"]]).fraction == 1
    )
    assert grader.grade(strict, [ids["Mortars"]]).fraction == 0
    assert grader.grade(partial, [mortars]).fraction == 0.5
    assert grader.grade(partial, [mortars, guns]).fraction == 1
    # A wrong choice takes credit away, never below zero.
    assert grader.grade(partial, [mortars, revolvers]).fraction == 0
    assert grader.grade(partial, [revolvers]).fraction == 0
    assert grader.grade(partial, []).fraction == 0
    assert grader.clean_response(partial, [guns, mortars, guns]) == sorted(
        {guns, mortars}
    )
    with pytest.raises(ResponseError):
        grader.clean_response(partial, ["forged"])


def test_multiple_response_fractions_must_add_up():
    with pytest.raises(ValidationError):
        clean(
            QuestionType.MULTIPLE_RESPONSE,
            {
                "options": [
                    {"text": "a", "fraction": 0.5},
                    {"text": "b", "fraction": 0.2},
                ]
            },
        )
    with pytest.raises(ValidationError):
        clean(
            QuestionType.MULTIPLE_RESPONSE,
            {"options": [{"text": "a", "fraction": 2}, {"text": "b", "fraction": -1}]},
        )


def test_true_false():
    grader = grader_for(QuestionType.TRUE_FALSE)
    definition = clean(QuestionType.TRUE_FALSE)
    assert grader.clean_response(definition, "false") is False
    assert grader.grade(definition, False).fraction == 1
    assert grader.grade(definition, True).fraction == 0
    assert grader.grade(definition, None).fraction == 0
    with pytest.raises(ResponseError):
        grader.clean_response(definition, "maybe")
    with pytest.raises(ValidationError):
        clean(QuestionType.TRUE_FALSE, {"answer": "false"})


@pytest.mark.parametrize(
    ("typed", "fraction"),
    [
        ("1899", 1),
        (" 1899 ", 1),
        ("1899.0", 1),
        ("1 899", 1),
        ("１８９９", 1),  # full-width digits, NFKC
        ("1899,0", 1),  # decimal comma
        ("1900", 0),
        ("abc", 0),
        ("", 0),
        ("nan", 0),
        ("inf", 0),
        ("1e400", 0),
    ],
)
def test_numeric_reads_what_people_type(typed, fraction):
    grader = grader_for(QuestionType.NUMERIC)
    definition = clean(QuestionType.NUMERIC)
    assert grader.grade(definition, typed).fraction == fraction


def test_numeric_tolerance_is_inclusive():
    grader = grader_for(QuestionType.NUMERIC)
    definition = clean(QuestionType.NUMERIC, {"answer": 3.14, "tolerance": 0.01})
    assert grader.grade(definition, "3.15").fraction == 1
    assert grader.grade(definition, "3.13").fraction == 1
    assert grader.grade(definition, "3.16").fraction == 0
    assert grader.grade(definition, "−3.14").fraction == 0  # Unicode minus
    assert parse_number("−3.14") == -3.14


def test_numeric_refuses_over_long_input_and_bad_definitions():
    grader = grader_for(QuestionType.NUMERIC)
    definition = clean(QuestionType.NUMERIC)
    with pytest.raises(ResponseError):
        grader.clean_response(definition, "1" * 65)
    with pytest.raises(ValidationError):
        clean(QuestionType.NUMERIC, {"answer": 1, "tolerance": -1})
    with pytest.raises(ValidationError):
        clean(QuestionType.NUMERIC, {"answer": "nan"})
    with pytest.raises(ValidationError):
        clean(QuestionType.NUMERIC, {"answer": True})


@pytest.mark.parametrize(
    ("typed", "fraction"),
    [
        ("import", 1),
        ("  IMPORT ", 1),
        ("Importation", 1),
        ("ｉｍｐｏｒｔ", 1),  # full-width letters, NFKC
        ("im  port", 0),
        ("export", 0),
        ("", 0),
    ],
)
def test_short_text_ignores_case_spacing_and_unicode_forms(typed, fraction):
    grader = grader_for(QuestionType.SHORT_TEXT)
    assert grader.grade(clean(QuestionType.SHORT_TEXT), typed).fraction == fraction


def test_short_text_casefolds_and_collapses_spaces():
    assert normalise("Straße  Nord") == normalise("STRASSE nord")
    definition = clean(QuestionType.SHORT_TEXT, {"accepted": ["Straße Nord"]})
    assert (
        grader_for(QuestionType.SHORT_TEXT).grade(definition, "strasse   NORD").correct
    )


def test_short_text_refuses_over_long_input():
    with pytest.raises(ResponseError):
        grader_for(QuestionType.SHORT_TEXT).clean_response(
            clean(QuestionType.SHORT_TEXT), "x" * 501
        )
    with pytest.raises(ValidationError):
        clean(QuestionType.SHORT_TEXT, {"accepted": []})


def test_matching_partial_credit_and_bad_responses():
    grader = grader_for(QuestionType.MATCHING)
    definition = clean(QuestionType.MATCHING)
    iti, poa = (pair["id"] for pair in definition["pairs"])
    view = grader.public_view(definition, rng=None)
    assert set(view["choices"]) == {
        "Marking and tracing",
        "Programme of Action",
        "Arms Trade Treaty",
    }
    full = {iti: "Marking and tracing", poa: "Programme of Action"}
    assert grader.grade(definition, full).fraction == 1
    assert grader.grade(definition, {iti: "Marking and tracing"}).fraction == 0.5
    assert grader.grade(definition, {iti: "Arms Trade Treaty"}).fraction == 0
    assert grader.grade(definition, {}).fraction == 0
    with pytest.raises(ResponseError):
        grader.clean_response(definition, {iti: "Not a choice"})
    with pytest.raises(ResponseError):
        grader.clean_response(definition, {"forged": "Programme of Action"})


def test_ordering_partial_all_or_nothing_and_never_shown_in_order():
    grader = grader_for(QuestionType.ORDERING)
    definition = clean(QuestionType.ORDERING)
    mark, record, trace = (item["id"] for item in definition["items"])
    assert grader.grade(definition, {mark: 1, record: 2, trace: 3}).fraction == 1
    assert grader.grade(
        definition, {mark: 1, record: 3, trace: 2}
    ).fraction == pytest.approx(1 / 3, abs=1e-4)
    strict = clean(QuestionType.ORDERING, {**definition, "scoring": "all_or_nothing"})
    assert grader.grade(strict, {mark: 1, record: 3, trace: 2}).fraction == 0
    shown = [item["id"] for item in grader.public_view(definition, rng=None)["items"]]
    assert shown != [mark, record, trace]
    with pytest.raises(ResponseError):
        grader.clean_response(definition, {mark: 4})
    with pytest.raises(ResponseError):
        grader.clean_response(definition, {mark: "first"})


def test_essay_is_graded_by_hand_against_the_rubric():
    from decimal import Decimal

    grader = grader_for(QuestionType.ESSAY)
    definition = clean(QuestionType.ESSAY)
    assert not grader.auto_graded
    accuracy, clarity = (c["id"] for c in definition["rubric"])
    assert (
        grader.manual_fraction(
            definition, {accuracy: "2", clarity: "1"}, points=Decimal(3)
        )
        == 1
    )
    assert (
        grader.manual_fraction(
            definition, {accuracy: "1", clarity: "0.5"}, points=Decimal(3)
        )
        == 0.5
    )
    with pytest.raises(ValidationError):
        grader.manual_fraction(
            definition, {accuracy: "3", clarity: "0"}, points=Decimal(3)
        )
    with pytest.raises(ValidationError):
        grader.manual_fraction(definition, {accuracy: "x"}, points=Decimal(3))
    with pytest.raises(ResponseError):
        grader.clean_response(definition, "x" * 20_001)
    # Unicode text is kept as written.
    assert grader.clean_response(definition, "السلام عليكم") == "السلام عليكم"
