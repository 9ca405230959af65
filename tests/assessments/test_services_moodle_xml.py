"""Moodle XML: Moodle's own export, every type, media, hostile files, round trip."""

import base64
import io
from pathlib import Path

import pytest
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from fellowship.assessments.choices import QuestionType
from fellowship.assessments.grading import grader_for
from fellowship.assessments.models import Question, QuestionBank, QuestionCategory
from fellowship.assessments.moodle_xml import MoodleXmlError, moodle_xml_parse
from fellowship.assessments.services import (
    question_bank_export,
    question_bank_import,
)

FIXTURES = Path(__file__).parents[1] / "fixtures" / "moodle_xml"


def _png() -> str:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (4, 3), "red").save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def _question(kind, body, name="Q", text="<p>Stem</p>", files=""):
    return f"""<question type="{kind}">
  <name><text>{name}</text></name>
  <questiontext format="html"><text><![CDATA[{text}]]></text>{files}</questiontext>
  <generalfeedback format="html"><text><![CDATA[<p>General</p>]]></text></generalfeedback>
  <defaultgrade>2.0000000</defaultgrade>
  {body}
</question>"""


def _quiz(*questions):
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>'
        + "".join(questions)
        + "</quiz>"
    )


def _answer(text, fraction, feedback="", extra=""):
    return (
        f'<answer fraction="{fraction}" format="plain_text"><text>{text}</text>'
        f'<feedback format="html"><text>{feedback}</text></feedback>{extra}</answer>'
    )


EVERY_TYPE = _quiz(
    """<question type="category"><category><text>$course$/top/Marking/Records</text>
    </category><info format="plain_text"><text>Record keeping</text></info></question>""",
    _question(
        "multichoice",
        "<single>true</single>"
        + _answer("Nazareth", 100, "Yes")
        + _answer("Galilee", 50, "Closer")
        + _answer("Rome", -25),
        name="Single",
    ),
    _question(
        "multichoice",
        "<single>false</single>"
        + _answer("Mortars", 50)
        + _answer("Heavy machine guns", 50)
        + _answer("Revolvers", -100),
        name="Several",
    ),
    _question(
        "truefalse",
        _answer("true", 0, "It is not") + _answer("false", 100, "Right"),
        name="TF",
    ),
    _question(
        "shortanswer",
        "<usecase>1</usecase>" + _answer("ITI", 100) + _answer("iti*", 50),
        name="Short",
    ),
    _question(
        "numerical",
        _answer("1822", 100, "", "<tolerance>0</tolerance>")
        + _answer("1822", 50, "Close", "<tolerance>2</tolerance>")
        + _answer("*", 0)
        + "<units><unit><multiplier>1</multiplier><unit_name>mm</unit_name></unit>"
        "</units>",
        name="Number",
    ),
    _question(
        "match",
        '<subquestion format="html"><text>ITI</text><answer><text>Marking</text>'
        '</answer></subquestion><subquestion format="html"><text>PoA</text><answer>'
        '<text>Programme</text></answer></subquestion><subquestion format="html">'
        "<text></text><answer><text>Treaty</text></answer></subquestion>",
        name="Match",
    ),
    _question(
        "essay",
        "<responsefieldlines>12</responsefieldlines>"
        '<graderinfo format="html"><text>Look for tracing</text></graderinfo>'
        '<responsetemplate format="plain_text"><text>I think</text>'
        "</responsetemplate>",
        name="Essay",
    ),
    _question(
        "ordering",
        _answer("Mark", 1) + _answer("Record", 2) + _answer("Trace", 3),
        name="Order",
    ),
)


def test_moodles_own_export_with_nested_categories(bank):
    source = (FIXTURES / "nested_categories_with_questions.xml").read_text()
    report = question_bank_import(
        bank=bank, text=source, format="moodle_xml", import_valid=False
    )
    assert report.imported and report.problems == []
    assert [(q.title, q.type, q.category.path) for q in report.created] == [
        ("Iota Question", QuestionType.TRUE_FALSE, "Iota"),
        ("Kappa Essay Question", QuestionType.ESSAY, "Iota/Kappa"),
        ("Kappa Question", QuestionType.TRUE_FALSE, "Iota/Kappa"),
        ("Lambda Question", QuestionType.TRUE_FALSE, "Iota/Kappa/Lambda"),
        ("Mu Question", QuestionType.TRUE_FALSE, "Iota/Mu"),
    ]
    kappa = QuestionCategory.objects.get(bank=bank, name="Kappa")
    assert kappa.info == "This is Kappa category for test"
    assert kappa.parent.name == "Iota"
    assert report.created[0].definition["answer"] is True


def test_every_type_is_read_with_its_credits(bank):
    report = question_bank_import(
        bank=bank, text=EVERY_TYPE, format="moodle_xml", import_valid=False
    )
    assert report.problems == []
    by_title = {q.title: q for q in report.created}
    assert {q.category.path for q in report.created} == {"Marking/Records"}
    single = by_title["Single"]
    assert single.type == QuestionType.SINGLE_CHOICE
    assert [o["fraction"] for o in single.definition["options"]] == [1, 0.5, -0.25]
    assert single.general_feedback == "<p>General</p>"
    assert single.points == 2
    several = by_title["Several"]
    assert several.type == QuestionType.MULTIPLE_RESPONSE
    assert by_title["TF"].definition["answer"] is False
    assert by_title["TF"].definition["feedback_true"] == "It is not"
    short = by_title["Short"].definition
    assert short["case_sensitive"] is True
    grader = grader_for(QuestionType.SHORT_TEXT)
    assert grader.grade(short, "ITI").fraction == 1
    assert grader.grade(short, "iti marking").fraction == 0.5
    assert grader.grade(short, "Iti").fraction == 0
    number = by_title["Number"].definition
    assert number["unit"] == "mm"
    assert [a["fraction"] for a in number["answers"]] == [1, 0.5]
    assert grader_for(QuestionType.NUMERIC).grade(number, "1821").fraction == 0.5
    match = by_title["Match"].definition
    assert [p["prompt"] for p in match["pairs"]] == ["ITI", "PoA"]
    assert match["distractors"] == ["Treaty"]
    essay = by_title["Essay"].definition
    assert essay["response_template"] == "I think"
    assert essay["response_lines"] == 12
    assert essay["guidance"] == "Look for tracing"
    assert [i["text"] for i in by_title["Order"].definition["items"]] == [
        "Mark",
        "Record",
        "Trace",
    ]


@pytest.fixture
def root_collection(db):
    from wagtail.models import Collection

    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def test_images_and_sounds_become_wagtail_media(bank, root_collection):
    files = (
        f'<file name="rifle.png" path="/" encoding="base64">{_png()}</file>'
        '<file name="shot.mp3" path="/" encoding="base64">SUQzBAAAAAAA</file>'
    )
    text = (
        '<p>Look: <img src="@@PLUGINFILE@@/rifle.png" alt="A marked rifle"> and '
        'listen: <a href="@@PLUGINFILE@@/shot.mp3">the shot</a></p>'
    )
    source = _quiz(
        _question(
            "truefalse",
            _answer("true", 100) + _answer("false", 0),
            text=text,
            files=files,
        )
    )
    report = question_bank_import(
        bank=bank, text=source, format="moodle_xml", import_valid=False
    )
    assert report.problems == []
    image = get_image_model().objects.get(description="A marked rifle")
    document = get_document_model().objects.get(title="shot.mp3")
    stem = report.created[0].stem
    assert f'embedtype="image" format="fullwidth" id="{image.pk}"' in stem
    assert f'<a linktype="document" id="{document.pk}">the shot</a>' in stem
    assert "@@PLUGINFILE@@" not in stem
    # And back: the export carries the files as base64 again.
    exported = question_bank_export(bank=bank, format="moodle_xml")
    assert 'src="@@PLUGINFILE@@/' in exported
    assert 'alt="A marked rifle"' in exported
    assert exported.count('encoding="base64"') == 2


def test_a_missing_or_unreadable_file_refuses_its_question(bank):
    broken = _question(
        "truefalse",
        _answer("true", 100) + _answer("false", 0),
        name="Broken image",
        text='<p><img src="@@PLUGINFILE@@/x.png" alt="x"></p>',
        files='<file name="x.png" path="/" encoding="base64">bm90IGFuIGltYWdl</file>',
    )
    missing = _question(
        "truefalse",
        _answer("true", 100) + _answer("false", 0),
        name="Missing",
        text='<p><img src="@@PLUGINFILE@@/y.png" alt="y"></p>',
    )
    script = _question(
        "truefalse",
        _answer("true", 100) + _answer("false", 0),
        name="Script",
        text='<p><a href="@@PLUGINFILE@@/run.exe">run</a></p>',
        files='<file name="run.exe" path="/" encoding="base64">TVo=</file>',
    )
    good = _question("truefalse", _answer("true", 100) + _answer("false", 0))
    images = get_image_model().objects.count()
    report = question_bank_import(
        bank=bank,
        text=_quiz(broken, missing, script, good),
        format="moodle_xml",
        import_valid=True,
    )
    assert [q.title for q in report.created] == ["Q"]
    assert [(p.position, p.name) for p in report.problems] == [
        (1, "Broken image"),
        (2, "Missing"),
        (3, "Script"),
    ]
    assert "cannot be read" in str(report.problems[0])
    assert "not included" in str(report.problems[1])
    assert "not accepted" in str(report.problems[2])
    assert get_image_model().objects.count() == images


def test_unsupported_types_and_bad_credits_are_reported(bank):
    source = _quiz(
        _question("description", "", name="Intro"),
        _question("multichoice", _answer("A", 50) + _answer("B", 0), name="No key"),
        _question("truefalse", _answer("true", 100) + _answer("false", 0), name="OK"),
    )
    report = question_bank_import(
        bank=bank, text=source, format="moodle_xml", import_valid=False
    )
    assert not report.imported
    assert [p.name for p in report.problems] == ["Intro", "No key"]
    assert "not supported" in str(report.problems[0])
    assert "100%" in str(report.problems[1])
    assert not Question.objects.filter(bank=bank).exists()


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>
<quiz><question type="truefalse"><name><text>&lol2;</text></name></question></quiz>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<quiz><question type="truefalse"><name><text>&secret;</text></name></question></quiz>
"""


@pytest.mark.parametrize(
    "source, message",
    [
        (BILLION_LAUGHS, "document type or entities"),
        (EXTERNAL_ENTITY, "document type or entities"),
        ("<quiz><question>", "not well-formed"),
        ("<html></html>", "not a Moodle XML"),
    ],
)
def test_hostile_or_broken_files_are_refused_whole(bank, source, message):
    with pytest.raises(MoodleXmlError, match=message):
        question_bank_import(
            bank=bank, text=source, format="moodle_xml", import_valid=True
        )
    assert not Question.objects.filter(bank=bank).exists()


def test_oversized_file_is_refused(bank, settings, monkeypatch):
    from fellowship.assessments import moodle_xml

    monkeypatch.setattr(moodle_xml, "MAX_XML_BYTES", 1000)
    with pytest.raises(MoodleXmlError, match="larger than"):
        moodle_xml_parse(_quiz(*[_question("truefalse", "")] * 10))


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
        question.points,
        strip(question.definition),
        question.category.path if question.category else "",
        sorted(question.tags.names()),
    )


def test_round_trip_keeps_every_type(bank):
    first = question_bank_import(
        bank=bank, text=EVERY_TYPE, format="moodle_xml", import_valid=False
    )
    first.created[0].tags.add("marking")
    text = question_bank_export(bank=bank, format="moodle_xml")
    copy = QuestionBank.objects.create(title="Copy", course=bank.course)
    second = question_bank_import(
        bank=copy, text=text, format="moodle_xml", import_valid=False
    )
    assert second.problems == []
    assert [_comparable(q) for q in second.created] == [
        _comparable(q) for q in Question.objects.filter(bank=bank).order_by("pk")
    ]


def test_every_type_made_here_survives_moodle_xml_whole(bank, make_question):
    from .conftest import DEFINITIONS

    for question_type in DEFINITIONS:
        make_question(question_type, title=f"A {question_type}")
    text = question_bank_export(bank=bank, format="moodle_xml")
    copy = QuestionBank.objects.create(title="Copy", course=bank.course)
    report = question_bank_import(
        bank=copy, text=text, format="moodle_xml", import_valid=False
    )
    assert report.problems == []
    originals = Question.objects.filter(bank=bank).order_by("pk")
    assert [_comparable(q) for q in report.created] == [
        _comparable(q) for q in originals
    ]
    essay = next(q for q in report.created if q.type == QuestionType.ESSAY)
    assert [c["criterion"] for c in essay.definition["rubric"]] == [
        "Accuracy",
        "Clarity",
    ]
