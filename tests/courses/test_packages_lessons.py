"""Lesson blocks of the packages: case studies, exercises, and the blocks a
translation leaves in English."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale

from courses import services
from courses.models import LessonPage
from courses.packages.export import course_export
from courses.packages.imports import packages_import
from courses.packages.parse import PackageError, package_parse
from tests.courses.test_packages import LESSON, small_package

pytestmark = pytest.mark.django_db

EXERCISE_LESSON = (
    LESSON
    + """
::: callout case The 2012 Brazzaville depot explosions
An ammunition depot exploded (a report, p. 4).
:::

::: exercise Draft a tracing request
minutes: 15
List what the request must say:

- the marking
- the make
--- model answer
A good request names **the marking** exactly as read.
:::
"""
)

NOTICE = "This part is not yet translated; it is shown in English."

FR_PO = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgctxt "first-lesson/title"
msgid "The first lesson"
msgstr "La première leçon"

#, fuzzy
msgctxt "first-lesson/block-1"
msgid "Some **text** with a list:"
msgstr "Du **texte** :"

msgctxt "first-lesson/block-5"
msgid "::: reflection\\nWhat do you think?\\n:::"
msgstr "::: reflection\\nQu'en pensez-vous ?\\n:::"
"""


def test_a_package_lesson_has_a_case_study_and_an_exercise(site):
    [course] = packages_import(
        [("small", small_package(**{"lessons/first-lesson.md": EXERCISE_LESSON}))]
    )
    lesson = LessonPage.objects.get(slug="first-lesson", locale=course.locale)
    case, exercise = lesson.body[-2], lesson.body[-1]
    assert case.block_type == "callout"
    assert case.value["kind"] == "case"
    assert exercise.block_type == "exercise"
    assert exercise.value["minutes"] == 15
    assert exercise.value["task"].source == (
        "<p>List what the request must say:</p><ul><li>the marking</li>"
        "<li>the make</li></ul>"
    )
    assert "<strong>the marking</strong>" in exercise.value["model_answer"].source

    files, notes = course_export(course)
    assert notes == []
    written = files["lessons/first-lesson.md"]
    assert "::: callout case The 2012 Brazzaville depot explosions" in written
    assert (
        "::: exercise Draft a tracing request\nminutes: 15\n"
        "List what the request must say:\n\n- the marking\n- the make\n"
        "--- model answer\nA good request names **the marking** exactly as read.\n:::"
    ) in written
    # The export imports again to the same pages: nothing changes.
    revision = lesson.latest_revision_id
    packages_import([("again", files)])
    lesson.refresh_from_db()
    assert lesson.latest_revision_id == revision


def test_a_case_study_has_its_own_look(site, client, fellow):
    [course] = packages_import(
        [("small", small_package(**{"lessons/first-lesson.md": EXERCISE_LESSON}))]
    )
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    lesson = LessonPage.objects.get(slug="first-lesson", locale=course.locale)
    page = client.get(lesson.url).content.decode()
    assert 'class="callout callout--case"' in page
    assert "Case study:" in page
    assert "A good request names" not in page


@pytest.mark.parametrize(
    ("exercise", "line", "message"),
    [
        (
            "::: exercise\nminutes: 5\nDo.\n--- model answer\nDone.\n:::",
            6,
            "an exercise block names its title",
        ),
        (
            "::: exercise Title\nDo.\n--- model answer\nDone.\n:::",
            7,
            "an exercise starts with the line minutes: N",
        ),
        (
            "::: exercise Title\nminutes: soon\nDo.\n--- model answer\nDone.\n:::",
            7,
            "minutes must be a whole number above 0",
        ),
        (
            "::: exercise Title\nminutes: 5\nDo.\n:::",
            6,
            "the exercise has no --- model answer line",
        ),
        (
            "::: exercise Title\nminutes: 5\nDo.\n--- model answer\n\n:::",
            9,
            "the exercise's model answer is empty",
        ),
    ],
)
def test_a_malformed_exercise_is_named_by_file_and_line(exercise, line, message):
    lesson = "---\nkey: first-lesson\ntitle: T\n---\n\n" + exercise + "\n"
    with pytest.raises(PackageError) as refused:
        package_parse(small_package(**{"lessons/first-lesson.md": lesson}))
    found = [str(p) for p in refused.value.problems]
    assert any(
        p.startswith(f"lessons/first-lesson.md:{line}: {message}") for p in found
    ), found


def test_a_translated_lesson_shows_each_untranslated_block_in_english(
    site, client, fellow
):
    [course] = packages_import([("small", small_package(**{"locale/fr.po": FR_PO}))])
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    french = LessonPage.objects.get(
        slug="first-lesson", locale=Locale.objects.get(language_code="fr")
    )
    assert french.alias_of_id is None
    with translation.override("fr"):
        notice = translation.gettext(NOTICE)
    page = client.get(french.url).content.decode()
    blocks = re.findall(
        r'<div class="block block--(\w+)( block--untranslated)?" id="block-[^"]+">',
        page,
    )
    assert [(kind, bool(marked)) for kind, marked in blocks] == [
        ("rich_text", True),  # fuzzy
        ("quotation", True),  # no entry
        ("glossary_term", False),  # nothing of the lesson's to translate
        ("callout", True),  # no entry
        ("reflection", False),  # translated
    ]
    # One notice per untranslated block (the references it cites, still in
    # English too, carry their own).
    block_notice = (
        f'<p class="notice notice--fallback block__fallback" role="note">{notice}</p>'
    )
    assert page.count(block_notice) == 3
    assert page.count('<div lang="en" dir="ltr">') == 3
    assert "en pensez-vous ?" in page
    # The page as a whole is French: no page-level notice.
    assert "This lesson is not yet available in your language" not in page
    assert "notice--fallback block__fallback" in page


def test_an_untranslated_lesson_keeps_its_page_level_notice(site, client, fellow):
    [course] = packages_import([("small", small_package(**{"locale/fr.po": FR_PO}))])
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    alias = LessonPage.objects.get(
        slug="quiz-lesson", locale=Locale.objects.get(language_code="fr")
    )
    assert alias.alias_of_id is not None
    english = LessonPage.objects.get(slug="first-lesson", locale=course.locale)
    for page in (client.get(alias.url), client.get(english.url)):
        assert "block--untranslated" not in page.content.decode()
    assert "notice--fallback" in client.get(alias.url).content.decode()


def _french_page_queries(client, django_assert_max_num_queries) -> tuple[int, str]:
    french = LessonPage.objects.get(
        slug="first-lesson", locale=Locale.objects.get(language_code="fr")
    )
    client.get(french.url)  # warm the lesson frame and per-process caches
    with django_assert_max_num_queries(11):
        with CaptureQueriesContext(connection) as captured:
            page = client.get(french.url).content.decode()
    return len(captured), page


def test_the_block_marks_cost_no_query_per_block(
    site, client, fellow, django_assert_max_num_queries
):
    [course] = packages_import([("small", small_package(**{"locale/fr.po": FR_PO}))])
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    few, page = _french_page_queries(client, django_assert_max_num_queries)
    assert page.count("block--untranslated") == 3

    many = LESSON + "".join(
        f"\nParagraph {n}.\n\n::: reflection\nWhy {n}?\n:::\n" for n in range(8)
    )
    packages_import(
        [
            (
                "small",
                small_package(
                    **{"lessons/first-lesson.md": many, "locale/fr.po": FR_PO}
                ),
            )
        ]
    )
    more, page = _french_page_queries(client, django_assert_max_num_queries)
    assert page.count("block--untranslated") == 19
    assert more == few


def test_a_zh_po_file_translates_into_chinese(site):
    chinese = FR_PO.replace("La première leçon", "第一课")
    files = small_package(**{"locale/zh.po": chinese})
    files.pop("locale/fr.po")
    [course] = packages_import([("small", files)])
    lesson = LessonPage.objects.get(
        slug="first-lesson", locale=Locale.objects.get(language_code="zh-hans")
    )
    assert lesson.alias_of_id is None
    assert lesson.title == "第一课"
    assert course.get_translation(Locale.objects.get(language_code="fr")).alias_of_id
