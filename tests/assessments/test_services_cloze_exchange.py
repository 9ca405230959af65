"""Embedded-answer (cloze) questions in and out of Moodle XML."""

import pytest
from defusedxml import ElementTree

from fellowship.assessments.choices import QuestionType
from fellowship.assessments.models import Question, QuestionBank
from fellowship.assessments.moodle_xml import moodle_xml_parse
from fellowship.assessments.services import (
    question_bank_export,
    question_bank_import,
)

pytestmark = pytest.mark.django_db

# Moodle's own example of the embedded-answers question, as Moodle's XML
# export writes it: type "cloze", the gaps in the question text, no default
# mark (the sum of the weights), the sub-questions left for the importer to
# derive again.
MOODLE_EXAMPLE_TEXT = (
    "<p>This question consists of some text with an answer embedded right here "
    "{1:MULTICHOICE:Wrong answer#Feedback for this wrong answer~Another wrong "
    "answer#Feedback for the other wrong answer~=Correct answer#Feedback for "
    "correct answer~%50%Answer that gives half the credit#Feedback for half "
    "credit answer} and right after that you will have to deal with this short "
    "answer {1:SHORTANSWER:Wrong answer#Feedback for this wrong answer~=Correct "
    "answer#Feedback for correct answer~%50%Answer that gives half the "
    "credit#Feedback for half credit answer} and finally we have a floating "
    "point number {2:NUMERICAL:=23.8:0.1#Feedback for correct answer 23.8~%50%"
    "23.8:2#Feedback for half credit answer in the nearby region of the correct "
    "answer}.</p><p>Note that addresses like www.moodle.org and smileys :-) all "
    "work as normal:</p><p>a) How good is this? {:MULTICHOICE:=Yes#Correct~No#We "
    "have a different opinion}</p><p>b) What grade would you give it? "
    "{3:NUMERICAL:=3:2}</p><p>Good luck!</p>"
)

MOODLE_EXAMPLE = f"""<?xml version="1.0" encoding="UTF-8"?>
<quiz>
<!-- question: 0  -->
  <question type="category">
    <category>
      <text>$course$/top/Default for SALW</text>
    </category>
    <info format="moodle_auto_format">
      <text>The default category for questions shared in context 'SALW'.</text>
    </info>
    <idnumber></idnumber>
  </question>

<!-- question: 42  -->
  <question type="cloze">
    <name>
      <text>Moodle's cloze example</text>
    </name>
    <questiontext format="html">
      <text><![CDATA[{MOODLE_EXAMPLE_TEXT}]]></text>
    </questiontext>
    <generalfeedback format="html">
      <text><![CDATA[<p>Well done.</p>]]></text>
    </generalfeedback>
    <penalty>0.3333333</penalty>
    <hidden>0</hidden>
    <idnumber></idnumber>
    <hint format="html">
      <text>Read again.</text>
    </hint>
    <tags>
      <tag><text>example</text></tag>
    </tags>
  </question>

</quiz>
"""


def _comparable(question: Question):
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
        question.points,
        question.penalty,
        strip(question.definition),
        sorted(question.tags.names()),
    )


def test_moodles_example_is_read_gap_by_gap():
    parsed, problems = moodle_xml_parse(MOODLE_EXAMPLE)
    assert problems == []
    [question] = parsed
    assert question.type == QuestionType.CLOZE
    assert question.stem == ""
    assert str(question.points) == "8.00"  # 1 + 1 + 2 + 1 + 3
    gaps = question.definition["gaps"]
    assert [(g["kind"], g["weight"]) for g in gaps] == [
        ("multichoice", 1),
        ("shortanswer", 1),
        ("numerical", 2),
        ("multichoice", 1),
        ("numerical", 3),
    ]
    assert [a["fraction"] for a in gaps[0]["answers"]] == [0, 0, 1, 0.5]
    assert gaps[2]["answers"][1] == {
        "text": "23.8",
        "tolerance": 2.0,
        "fraction": 0.5,
        "feedback": "Feedback for half credit answer in the nearby region of the "
        "correct answer",
    }
    assert question.definition["text"].startswith(
        "<p>This question consists of some text with an answer embedded right "
        "here {#1} and"
    )
    assert "smileys :-) all work" in question.definition["text"]


def test_moodles_example_round_trips(bank):
    report = question_bank_import(
        bank=bank, text=MOODLE_EXAMPLE, format="moodle_xml", import_valid=False
    )
    assert report.problems == []
    [imported] = report.created
    exported = question_bank_export(bank=bank, format="moodle_xml")
    # Moodle reads the gaps in the question text, as it wrote them.
    assert '<question type="cloze">' in exported
    assert "{1:MULTICHOICE:Wrong answer#Feedback for this wrong answer~" in exported
    assert "{2:NUMERICAL:=23.8:0.1#Feedback for correct answer 23.8~" in exported
    copy = QuestionBank.objects.create(title="Copy", course=bank.course)
    again = question_bank_import(
        bank=copy, text=exported, format="moodle_xml", import_valid=False
    )
    assert again.problems == []
    assert [_comparable(q) for q in again.created] == [_comparable(imported)]


def test_a_cloze_made_here_keeps_its_plain_text_and_introduction(bank, make_question):
    made = make_question(
        QuestionType.CLOZE,
        stem="<p>Fill in the gaps.</p>",
        definition={"text": "Line one {1:SA:=a}\nLine two {2:MCV:=b~c}"},
        points=3,
    )
    exported = question_bank_export(bank=bank, format="moodle_xml")
    # What Moodle reads: the introduction, then the text as HTML.
    text = ElementTree.fromstring(exported).findtext("question/questiontext/text")
    assert text == (
        "<p>Fill in the gaps.</p><p>Line one {1:SHORTANSWER:=a}<br>Line two "
        "{2:MULTICHOICE_V:=b~c}</p>"
    )
    copy = QuestionBank.objects.create(title="Copy", course=bank.course)
    report = question_bank_import(
        bank=copy, text=exported, format="moodle_xml", import_valid=False
    )
    assert report.problems == []
    assert [_comparable(q) for q in report.created] == [_comparable(made)]


def test_a_cloze_with_a_bad_gap_is_reported_by_position_and_name(bank):
    broken = MOODLE_EXAMPLE.replace("{3:NUMERICAL:=3:2}", "{3:NUMERIC:=3:2}")
    report = question_bank_import(
        bank=bank, text=broken, format="moodle_xml", import_valid=True
    )
    assert report.created == []
    [problem] = report.problems
    assert "Moodle's cloze example" in str(problem)
    assert "Gap 5: unknown kind “NUMERIC”" in str(problem)
    assert not Question.objects.filter(bank=bank).exists()


def test_multianswer_is_read_as_cloze_too():
    parsed, problems = moodle_xml_parse(
        MOODLE_EXAMPLE.replace('type="cloze"', 'type="multianswer"')
    )
    assert problems == [] and parsed[0].type == QuestionType.CLOZE
