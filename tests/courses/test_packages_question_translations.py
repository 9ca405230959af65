"""Course packages carry their questions' and quizzes' translations."""

import polib
import pytest
from wagtail.models import Locale

from courses.models import CoursePage
from courses.packages.export import course_export
from courses.packages.imports import packages_import
from courses.packages.messages import ENTRY_SOURCES
from courses.packages.parse import PackageError, package_parse
from courses.packages.question_messages import question_entries
from fellowship.assessments.models import Question, QuestionTranslation, QuizTranslation

from .test_packages import FR_PO, small_package

pytestmark = pytest.mark.django_db

QUESTION_PO = """
msgctxt "question/first-module-q01/stem"
msgid "<p>Which is right?</p>"
msgstr "<p>Laquelle est juste ?</p>"

msgctxt "question/first-module-q01/options.1.text"
msgid "This one"
msgstr "Celle-ci"

msgctxt "question/first-module-q01/options.2.text"
msgid "That one"
msgstr "Celle-là"

#, fuzzy
msgctxt "question/first-module-q02/stem"
msgid "<p>The sky is blue.</p>"
msgstr "<p>Le ciel est vert.</p>"

msgctxt "quiz/first-quiz/title"
msgid "First quiz"
msgstr "Premier quiz"
"""


def with_questions(po_text: str = QUESTION_PO) -> dict[str, str]:
    return small_package(**{"locale/fr.po": FR_PO + po_text})


def entries(text: str) -> dict[str, tuple[str, str]]:
    po = polib.pofile(text)
    return {
        e.msgctxt: (e.msgid, e.msgstr)
        for e in po
        if (e.msgctxt or "").startswith(("question/", "quiz/"))
    }


def test_a_package_imports_question_and_quiz_translations(site):
    [course] = packages_import([("small", with_questions())])

    question = Question.objects.get(title="first-module-q01")
    stored = QuestionTranslation.objects.get(question=question, language="fr")
    assert stored.texts == {
        "stem": "<p>Laquelle est juste ?</p>",
        "options.1.text": "Celle-ci",
        "options.2.text": "Celle-là",
    }
    # Keys are the source's.
    assert question.definition["options"][0]["correct"] is True
    # A fuzzy entry is not stored.
    assert not QuestionTranslation.objects.filter(
        question__title="first-module-q02"
    ).exists()
    assert QuizTranslation.objects.get(language="fr").texts == {"title": "Premier quiz"}


def test_the_export_writes_the_same_po_entries(site):
    [course] = packages_import([("small", with_questions())])

    files, _notes = course_export(course)

    exported = entries(files["locale/fr.po"])
    source = {
        context: value
        for context, value in entries(with_questions()["locale/fr.po"]).items()
        if context != "question/first-module-q02/stem"  # fuzzy: not stored
    }
    assert {c: v for c, v in exported.items() if v[1]} == source
    # Every text of every question is in the template, untranslated.
    template = entries(files["locale/course.pot"])
    assert template["question/first-module-q01/options.1.feedback"] == (
        "<p>Yes.</p>",
        "",
    )
    assert template["question/first-module-q01/general_feedback"][0] == (
        "<p>Because.</p>"
    )
    assert template["quiz/first-quiz/title"] == ("First quiz", "")
    # ... and in the French catalogue, empty where not translated.
    assert exported["question/first-module-q02/stem"] == ("<p>The sky is blue.</p>", "")

    # Importing the export again gives the same translations.
    again = dict(files)
    [course] = packages_import([("small", again)])
    assert QuestionTranslation.objects.get(language="fr").texts["options.1.text"] == (
        "Celle-ci"
    )


def test_an_emptied_po_entry_removes_the_translation(site):
    packages_import([("small", with_questions())])
    without_option = QUESTION_PO.replace('msgstr "Celle-ci"', 'msgstr ""')

    packages_import([("small", with_questions(without_option))])

    stored = QuestionTranslation.objects.get(language="fr")
    assert "options.1.text" not in stored.texts
    assert stored.texts["options.2.text"] == "Celle-là"
    # A PO file without the question's entries keeps its translation (made
    # in the admin, say).
    packages_import([("small", small_package())])
    assert QuestionTranslation.objects.get(language="fr").texts == stored.texts
    assert QuizTranslation.objects.get(language="fr").texts == {"title": "Premier quiz"}


@pytest.mark.parametrize(
    ("context", "message"),
    [
        ("question/first-module-q01/options.7.text", "no text 'options.7.text'"),
        ("question/first-module-q01/options.1.correct", "no text"),
        ("question/no-such-question/stem", "unknown question 'no-such-question'"),
        ("quiz/no-such-quiz/title", "unknown quiz 'no-such-quiz'"),
    ],
)
def test_a_po_naming_an_unknown_text_is_refused_and_nothing_written(
    site, context, message
):
    bad = QUESTION_PO + f'\nmsgctxt "{context}"\nmsgid "x"\nmsgstr "y"\n'

    with pytest.raises(PackageError) as refused:
        packages_import([("small", with_questions(bad))])

    text = str(refused.value)
    assert "locale/fr.po" in text
    assert message in text
    line = (FR_PO + bad).split("\n").index(f'msgctxt "{context}"') + 1
    assert f"locale/fr.po:{line}:" in text
    assert not CoursePage.objects.exists()
    assert not QuestionTranslation.objects.exists()


def test_question_entries_are_a_registered_message_source(site):
    package = package_parse(with_questions())

    found = dict(question_entries(package))

    assert question_entries in ENTRY_SOURCES
    assert found["question/first-module-q01/stem"] == "<p>Which is right?</p>"
    assert found["question/first-module-q01/options.2.feedback"] == "<p>No.</p>"
    assert found["question/first-module-q02/stem"] == "<p>The sky is blue.</p>"
    assert found["quiz/first-quiz/title"] == "First quiz"
    assert Locale.objects.filter(language_code="fr").exists()
