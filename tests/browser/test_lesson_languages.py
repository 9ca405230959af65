"""A translated lesson in a right-to-left language, with parts left in
English, and an exercise answered in the browser."""

import pytest
from wagtail.models import Locale

from courses import services
from courses.models import LessonPage
from courses.packages.imports import packages_import
from tests.courses.test_packages import small_package
from tests.courses.test_packages_lessons import EXERCISE_LESSON
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)

AR_PO = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgctxt "small-course/title"
msgid "A small course"
msgstr "دورة قصيرة"

msgctxt "first-module/title"
msgid "First module"
msgstr "الوحدة الأولى"

msgctxt "first-lesson/title"
msgid "The first lesson"
msgstr "الدرس الأول"

msgctxt "first-lesson/block-5"
msgid "::: reflection\\nWhat do you think?\\n:::"
msgstr "::: reflection\\nما رأيك؟\\n:::"
"""

# Every element marked as English inside the page reads left to right: a
# block shown in English (dir="ltr") or an inline fragment (<bdi>).
ENGLISH_WITHOUT_DIRECTION = """() => [...document.body.querySelectorAll('[lang]')]
    .filter((element) => element.lang.toLowerCase().startsWith('en'))
    .filter((element) => element.tagName !== 'BDI' && element.getAttribute('dir') !== 'ltr')
    .map((element) => element.outerHTML.slice(0, 120))"""


@pytest.fixture
def arabic_lesson(site, fellow):
    files = small_package(
        **{"lessons/first-lesson.md": EXERCISE_LESSON, "locale/ar.po": AR_PO}
    )
    files.pop("locale/fr.po")
    [course] = packages_import([("small", files)])
    services.enrolment_create(user=fellow, course=course)
    return LessonPage.objects.get(
        slug="first-lesson", locale=Locale.objects.get(language_code="ar")
    )


def test_arabic_lesson_marks_each_english_part_and_stays_accessible(
    page, axe_audit, sign_in, fellow, arabic_lesson
):
    sign_in(fellow, PASSWORD)
    page.goto(arabic_lesson.url)
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == "الدرس الأول"
    # The text, quotation, callouts and exercise are not translated; the
    # reflection is.
    untranslated = page.locator(".block--untranslated")
    assert untranslated.count() == 5
    assert untranslated.locator('[lang="en"][dir="ltr"]').count() == 5
    assert page.locator(".block__fallback").count() == 5
    assert page.get_by_text("ما رأيك؟").count() == 1
    assert page.evaluate(ENGLISH_WITHOUT_DIRECTION) == []
    assert axe_audit(page) == []

    exercise = page.locator(".exercise")
    assert exercise.get_by_text("the marking exactly as read").count() == 0
    exercise.locator("textarea").fill("The marking and the make.")
    exercise.locator("button[type=submit]").click()
    page.wait_for_load_state()
    exercise = page.locator(".exercise")
    exercise.locator(".exercise__model").wait_for()
    assert "the marking" in exercise.locator(".exercise__model").inner_text()
    assert "The marking and the make." in exercise.inner_text()
    assert page.evaluate(ENGLISH_WITHOUT_DIRECTION) == []
    assert axe_audit(page) == []
