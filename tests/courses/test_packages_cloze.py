"""A course package carries cloze questions in its bank's YAML file, written
in Moodle's syntax, both ways."""

import pytest
import yaml

from courses.packages.export import course_export
from courses.packages.imports import packages_import
from courses.packages.parse import PackageError
from fellowship.assessments.choices import QuestionType
from fellowship.assessments.models import Question, QuizSlot

from .test_packages import COURSE_YAML, small_package

CLOZE_TEXT = (
    "The {1:SHORTANSWER:=ITI#Right~%50%instrument#Which one?} asks States to "
    "keep records for {2:NUMERICAL:=20#At least twenty years} years, and "
    "{1:MULTICHOICE_V:=manufacturers~nobody#No} keep them too."
)

BANK_YAML = f"""\
questions:
- key: first-module-cloze
  type: cloze
  points: 4
  stem: <p>Fill in the gaps.</p>
  definition:
    text: '{CLOZE_TEXT}'
"""


def cloze_package(bank_yaml: str = BANK_YAML) -> dict[str, str]:
    course = COURSE_YAML.replace(
        "  gift: banks/first-module.gift\n",
        "  gift: banks/first-module.gift\n  questions: banks/first-module.yaml\n",
    ).replace(
        "  - first-module-q02\n", "  - first-module-q02\n  - first-module-cloze\n"
    )
    return small_package(
        **{"course.yaml": course, "banks/first-module.yaml": bank_yaml}
    )


def _without_ids(value):
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def test_a_cloze_in_a_package_round_trips(site):
    [course] = packages_import([("small", cloze_package())])
    question = Question.objects.get(title="first-module-cloze")
    assert question.type == QuestionType.CLOZE
    assert question.stem == "<p>Fill in the gaps.</p>"
    assert [g["kind"] for g in question.definition["gaps"]] == [
        "shortanswer",
        "numerical",
        "multichoice",
    ]
    assert question.definition["gaps"][1]["weight"] == 2

    files, _notes = course_export(course)
    [entry] = yaml.safe_load(files["banks/first-module.yaml"])["questions"]
    assert entry["type"] == "cloze"
    assert entry["definition"] == {"text": CLOZE_TEXT}
    assert "first-module-cloze" not in files["banks/first-module.gift"]

    before = _without_ids(question.definition)
    QuizSlot.objects.all().delete()
    Question.objects.all().delete()
    packages_import([("small", files)])
    again = Question.objects.get(title="first-module-cloze")
    assert _without_ids(again.definition) == before
    assert again.stem == question.stem and again.points == question.points


def test_a_cloze_without_an_introduction_round_trips(site):
    bank = BANK_YAML.replace("  stem: <p>Fill in the gaps.</p>\n", "")
    [course] = packages_import([("small", cloze_package(bank))])
    assert Question.objects.get(title="first-module-cloze").stem == ""
    files, _notes = course_export(course)
    [entry] = yaml.safe_load(files["banks/first-module.yaml"])["questions"]
    assert "stem" not in entry


def test_a_bad_gap_in_a_package_is_a_problem_on_its_line(site):
    bank = BANK_YAML.replace("{2:NUMERICAL:=20", "{2:NUMERIC:=20")
    with pytest.raises(PackageError) as refused:
        packages_import([("small", cloze_package(bank))])
    messages = [str(problem) for problem in refused.value.problems]
    assert any(
        "banks/first-module.yaml" in message and "Gap 2: unknown kind" in message
        for message in messages
    ), messages
    assert not Question.objects.filter(title="first-module-cloze").exists()
