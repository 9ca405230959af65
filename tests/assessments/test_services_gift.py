"""GIFT import and export: supported types, line-by-line refusals, round trip."""

import pytest

from fellowship.assessments.choices import GiftErrorCode, QuestionType
from fellowship.assessments.gift import (
    GiftImportError,
    gift_export,
    gift_import,
    gift_parse,
)
from fellowship.assessments.models import Question, QuestionBank

from .conftest import DEFINITIONS

MOODLE_SAMPLE = r"""// A file as Moodle exports it.
$CATEGORY: $course$/top/Marking

::ITI scope::The ITI applies to ammunition.{FALSE#It does not.#Right.}

::Small arms::[html]<p>Small arms are designed for <b>individual</b> use?</p>{
  =Individual use#Correct.
  ~Crew use#That describes light weapons.
  ~Armed forces only
  ####The ITI definition, para. 4(a).
}

::Light weapons::Which are light weapons?{
  ~%50%Mortars
  ~%50%Heavy machine guns
  ~%-100%Revolvers#A small arm.
}

::Year::After which year can a weapon not be an antique?{#1899:0}

::Range::Pick a number between 1 and 5.{#1..5}

::Import::Report the country of ...{=import =importation#Yes.}

::Instruments::Match the instrument.{
  =ITI -> Marking and tracing
  =PoA -> Programme of Action
  = -> Arms Trade Treaty
}

::Essay::Explain why marking matters \{in two lines\}.{}

::Escapes::What is 2 \= 1 \+ 1 \: true?{T}
"""


def test_moodle_sample_is_read_with_every_supported_type():
    questions, problems = gift_parse(MOODLE_SAMPLE)
    assert problems == []
    by_title = {q.title: q for q in questions}
    assert by_title["ITI scope"].type == QuestionType.TRUE_FALSE
    assert by_title["ITI scope"].definition["answer"] is False
    assert by_title["ITI scope"].definition["feedback_true"] == "<p>It does not.</p>"
    assert by_title["ITI scope"].definition["feedback_false"] == "<p>Right.</p>"
    small_arms = by_title["Small arms"]
    assert small_arms.type == QuestionType.SINGLE_CHOICE
    assert "<b>individual</b>" in small_arms.stem
    assert [o["correct"] for o in small_arms.definition["options"]] == [
        True,
        False,
        False,
    ]
    assert small_arms.general_feedback == "The ITI definition, para. 4(a)."
    light = by_title["Light weapons"]
    assert light.type == QuestionType.MULTIPLE_RESPONSE
    assert [o["fraction"] for o in light.definition["options"]] == [0.5, 0.5, -1.0]
    assert by_title["Year"].definition["answer"] == 1899
    assert by_title["Range"].definition == {
        **by_title["Range"].definition,
        "answer": 3.0,
        "tolerance": 2.0,
    }
    assert by_title["Import"].definition["accepted"] == ["import", "importation"]
    matching = by_title["Instruments"].definition
    assert [p["prompt"] for p in matching["pairs"]] == ["ITI", "PoA"]
    assert matching["distractors"] == ["Arms Trade Treaty"]
    assert by_title["Essay"].type == QuestionType.ESSAY
    assert "{in two lines}" in by_title["Essay"].stem
    assert "2 = 1 \\+ 1 : true" in by_title["Escapes"].stem
    assert all(q.tags == ["Marking"] for q in questions)


BROKEN = """::Good::A good question.{T}

::Description::Just text, no answers.

::Missing word::The {=ITI ~PoA} covers marking.

::Markdown::[markdown]Some *text*{T}

::Partial single::Pick one.{=A ~%50%B ~C}

::Several numbers::How many?{#=3:0 =%50%4:0}

::Not closed::Oops {=a ~b
"""


def test_broken_file_is_refused_line_by_line_and_nothing_is_created(bank):
    before = Question.objects.count()
    with pytest.raises(GiftImportError) as refused:
        gift_import(bank=bank, source=BROKEN)
    problems = {(p.line, p.code) for p in refused.value.problems}
    assert problems == {
        (3, GiftErrorCode.DESCRIPTION),
        (13, GiftErrorCode.SYNTAX),
    }
    assert "Line 3" in str(refused.value.problems[0])
    assert Question.objects.count() == before


def test_invalid_question_is_reported(bank):
    with pytest.raises(GiftImportError) as refused:
        gift_import(bank=bank, source="::Twice::Pick.{=A ~A ~C}\n")
    assert refused.value.problems[0].code == GiftErrorCode.INVALID_QUESTION
    assert not Question.objects.filter(bank=bank).exists()


def test_empty_file_is_refused(bank):
    with pytest.raises(GiftImportError) as refused:
        gift_import(bank=bank, source="// only a comment\n\n")
    assert refused.value.problems[0].code == GiftErrorCode.EMPTY


def _comparable(question):
    """A question's content without its generated option ids."""

    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "id"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return question.type, question.title, question.stem, strip(question.definition)


def test_round_trip_keeps_every_gift_type(bank, make_question):
    tricky = {
        "options": [
            {
                "text": "A {brace} = sign & #hash",
                "correct": True,
                "feedback": "<p>Yes: ok</p>",
            },
            {"text": "B ~ tilde", "correct": False},
        ]
    }
    originals = [
        make_question(
            QuestionType.SINGLE_CHOICE, definition=tricky, title="Tricky: one"
        ),
        *(
            make_question(question_type)
            for question_type in QuestionType
            if question_type not in (QuestionType.ORDERING, QuestionType.CLOZE)
        ),
        make_question(
            QuestionType.MULTIPLE_RESPONSE,
            definition={
                **DEFINITIONS[QuestionType.MULTIPLE_RESPONSE],
                "scoring": "all_or_nothing",
            },
        ),
    ]
    ordering = make_question(QuestionType.ORDERING, title="Sequence")
    cloze = make_question(QuestionType.CLOZE, title="Gaps")
    text, notes = gift_export(
        questions=Question.objects.filter(bank=bank).order_by("pk")
    )
    assert any("Sequence" in note for note in notes)
    assert "“Gaps” was skipped: GIFT has no embedded-answer (cloze) questions." in (
        notes
    )
    assert any("rubric" in note for note in notes)

    copy = QuestionBank.objects.create(title="Copy", course=bank.course)
    imported = gift_import(bank=copy, source=text)
    assert len(imported) == len(originals)
    expected = [_comparable(q) for q in originals]
    got = [_comparable(q) for q in imported]
    for before, after in zip(expected, got, strict=True):
        if before[0] == QuestionType.ESSAY:
            # GIFT holds no rubric.
            assert after[:3] == before[:3]
            continue
        assert after == before
    assert ordering.pk not in [q.pk for q in imported]
    assert "Gaps" not in text and cloze.title not in [q.title for q in imported]
