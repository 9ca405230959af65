"""Moodle's own GIFT examples, construct by construct, the import report and
the round trip (import, export, import again)."""

from pathlib import Path

import pytest

from fellowship.assessments.choices import GiftErrorCode, QuestionType
from fellowship.assessments.gift import gift_export, gift_parse
from fellowship.assessments.grading import grader_for
from fellowship.assessments.models import Question, QuestionBank, QuestionCategory
from fellowship.assessments.services import (
    question_bank_export,
    question_bank_import,
)

EXAMPLES = (
    Path(__file__).parents[1] / "fixtures" / "gift" / "moodle_examples.txt"
).read_text(encoding="utf-8")


def _by_line():
    questions, problems = gift_parse(EXAMPLES)
    assert problems == []
    return {question.line: question for question in questions}


def _grade(question, response):
    definition = grader_for(question.type).clean_definition(question.definition)
    return grader_for(question.type).grade(definition, response)


def _option(question, text):
    return next(o["id"] for o in question.definition["options"] if o["text"] == text)


def test_moodle_examples_are_read_whole():
    questions, problems = gift_parse(EXAMPLES)
    assert problems == []
    # Every question block of Moodle's file, comments and blank lines apart.
    assert len(questions) == 43
    kinds = {question.type for question in questions}
    assert kinds == {
        QuestionType.SINGLE_CHOICE,
        QuestionType.MULTIPLE_RESPONSE,
        QuestionType.TRUE_FALSE,
        QuestionType.SHORT_TEXT,
        QuestionType.NUMERIC,
        QuestionType.MATCHING,
    }


def test_missing_word_shows_a_gap_in_the_text():
    questions = _by_line()
    assert questions[10].type == QuestionType.SINGLE_CHOICE
    assert questions[10].stem == "<p>Grant is _____ in Grant&#x27;s tomb.</p>"
    assert questions[45].type == QuestionType.SHORT_TEXT
    assert questions[45].stem == "<p>Two plus two equals _____.</p>"


def test_partial_credit_on_single_choice():
    question = _by_line()[117]
    assert question.title == "Jesus' hometown"
    options = question.definition["options"]
    assert [(o["text"], o["fraction"]) for o in options] == [
        ("Jerusalem", 0.0),
        ("Bethlehem", 0.25),
        ("Galilee", 0.5),
        ("Nazareth", 1.0),
    ]
    question.definition = grader_for(question.type).clean_definition(
        question.definition
    )
    grade = _grade(question, _option(question, "Galilee"))
    assert grade.fraction == 0.5
    assert grade.feedback == ["<p>You need to be more specific.</p>"]
    assert _grade(question, _option(question, "Nazareth")).fraction == 1.0
    assert _grade(question, _option(question, "Jerusalem")).fraction == 0.0


def test_partial_credit_on_short_answers():
    question = _by_line()[123]
    assert question.type == QuestionType.SHORT_TEXT
    assert [(a["text"], a["fraction"]) for a in question.definition["answers"]] == [
        ("Nazareth", 1.0),
        ("Nazereth", 0.75),
        ("Bethlehem", 0.25),
    ]
    grade = _grade(question, "  nazereth ")
    assert grade.fraction == 0.75
    assert grade.feedback == ["<p>Right, but misspelled.</p>"]
    assert _grade(question, "Rome").fraction == 0.0


def test_several_numeric_answers_each_with_its_credit():
    question = _by_line()[202]
    answers = question.definition["answers"]
    assert [(a["answer"], a["tolerance"], a["fraction"]) for a in answers] == [
        (1822.0, 0.0, 1.0),
        (1822.0, 2.0, 0.5),
    ]
    assert _grade(question, "1822").fraction == 1.0
    close = _grade(question, "1823")
    assert close.fraction == 0.5
    assert "50% credit" in close.feedback[0]
    assert _grade(question, "1830").fraction == 0.0


def test_numeric_ranges_and_tolerances():
    questions = _by_line()
    pi_tolerance = questions[72].definition["answers"][0]
    assert (pi_tolerance["answer"], pi_tolerance["tolerance"]) == (3.1415, 0.0005)
    pi_range = questions[74].definition["answers"][0]
    assert pi_range["answer"] == pytest.approx(3.1415)
    assert pi_range["tolerance"] == pytest.approx(0.0005)


def test_markdown_text_becomes_safe_html():
    question = _by_line()[108]
    assert "<strong>Grant&#x27;s tomb</strong>" in question.stem
    parsed, problems = gift_parse(
        "[markdown]Click <script>alert(1)</script> **here**{T}\n"
    )
    assert problems == []
    assert "<script>" not in parsed[0].stem
    assert "<strong>here</strong>" in parsed[0].stem


def test_multiple_answers_with_negative_credit():
    question = _by_line()[136]
    assert question.type == QuestionType.MULTIPLE_RESPONSE
    fractions = [o["fraction"] for o in question.definition["options"]]
    assert fractions == [-0.5, 0.5, 0.5, -0.5]
    definition = grader_for(question.type).clean_definition(question.definition)
    ids = {o["text"]: o["id"] for o in definition["options"]}
    grader = grader_for(question.type)
    assert grader.grade(definition, [ids["Grant"]]).fraction == 0.5
    assert grader.grade(definition, [ids["Grant"], ids["Grant's wife"]]).fraction == 1
    assert grader.grade(definition, [ids["Grant"], ids["No one"]]).fraction == 0


def test_escaped_control_characters():
    questions = _by_line()
    equals = [o["text"] for o in questions[143].definition["options"]]
    assert equals == ["= 2 + 2", "= 2 + 3", "= 2 + 4"]
    controls = questions[148].definition["options"]
    assert [o["text"] for o in controls] == ["~", "=", "#", "{", "}", "\\"]
    assert [o["fraction"] for o in controls] == [0, 0, 0, 0, 0, 1]
    assert "backslash" in controls[-1]["feedback"]


def test_true_false_feedback_and_titles():
    questions = _by_line()
    assert questions[113].definition["answer"] is False
    assert questions[113].definition["feedback_false"] == ""
    assert questions[90].title == "Kanji Origins"
    assert questions[90].type == QuestionType.SHORT_TEXT


def test_report_imports_the_valid_questions_and_lists_the_others(bank):
    source = (
        "::Good::Pick.{=A ~B}\n\n"
        "::Description::Only text.\n\n"
        "::Broken::Oops {=a ~b\n\n"
        "::Bad credit::Pick.{~%50%A ~B}\n"
    )
    report = question_bank_import(bank=bank, text=source, import_valid=True)
    assert report.imported
    assert [q.title for q in report.created] == ["Good"]
    assert [(p.line, p.code) for p in report.problems] == [
        (3, GiftErrorCode.DESCRIPTION),
        (5, GiftErrorCode.SYNTAX),
        (7, GiftErrorCode.INVALID_QUESTION),
    ]
    assert "100%" in str(report.problems[2])
    assert list(Question.objects.filter(bank=bank).values_list("title", flat=True))


def test_report_all_or_nothing_creates_nothing(bank):
    source = "::Good::Pick.{=A ~B}\n\n::Description::Only text.\n"
    report = question_bank_import(bank=bank, text=source, import_valid=False)
    assert not report.imported
    assert report.created == []
    assert [p.code for p in report.problems] == [GiftErrorCode.DESCRIPTION]
    assert not Question.objects.filter(bank=bank).exists()


def test_categories_are_nested_as_in_moodle(bank):
    source = (
        "$CATEGORY: $course$/top/Marking/Records\n\n"
        "::One::Pick.{=A ~B}\n\n"
        "$CATEGORY: $course$/top/Marking\n\n"
        "::Two::Pick.{=A ~B}\n"
    )
    report = question_bank_import(bank=bank, text=source, import_valid=False)
    one, two = report.created
    assert one.category.path == "Marking/Records"
    assert one.category.parent == two.category
    assert two.category.parent is None
    assert QuestionCategory.objects.filter(bank=bank).count() == 2
    # Importing the same path again reuses the categories.
    question_bank_import(bank=bank, text=source, import_valid=False)
    assert QuestionCategory.objects.filter(bank=bank).count() == 2


def _comparable(question):
    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "id"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return (
        question.type,
        question.title,
        question.stem,
        question.general_feedback,
        strip(question.definition),
        question.category.path if question.category else "",
    )


def test_moodle_examples_round_trip(bank):
    first = question_bank_import(
        bank=bank,
        text="$CATEGORY: $course$/top/Grant\n\n" + EXAMPLES,
        import_valid=False,
    )
    assert first.imported and len(first.created) == 43
    text = question_bank_export(bank=bank, format="gift")
    copy = QuestionBank.objects.create(title="Copy", course=bank.course)
    second = question_bank_import(bank=copy, text=text, import_valid=False)
    assert second.problems == []
    assert [_comparable(q) for q in second.created] == [
        _comparable(q) for q in first.created
    ]
    # And once more: the copy exports the same text, but for the ids.
    assert _without_ids(question_bank_export(bank=copy, format="gift")) == (
        _without_ids(text)
    )


def _without_ids(text):
    return [line for line in text.splitlines() if not line.startswith("// question")]


def test_export_notes_what_gift_cannot_hold(bank, make_question):
    make_question(QuestionType.ORDERING, title="Sequence")
    text, notes = gift_export(questions=Question.objects.filter(bank=bank))
    assert "Sequence" in notes[0]
    assert "Sequence" not in text
