import pytest
from django.utils import translation
from django.utils.html import escape
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from courses import services
from courses.models import CoursePage, Enrolment, LessonPage, LessonProgress
from tests.factories_courses import course_with_lessons

pytestmark = pytest.mark.django_db

# The notice is in the interface language; these are its English source.


def in_language(language: str, message: str) -> str:
    """The longest fixed part of a message as the page shows it in a language."""
    with translation.override(language):
        translated = translation.gettext(message)
    return escape(max(translated.split("%(language)s"), key=len).strip())


def notice(language: str) -> str:
    return in_language(
        language,
        "This course is not yet available in your language; it is shown in "
        "%(language)s.",
    )


def lesson_notice(language: str) -> str:
    return in_language(
        language,
        "This lesson is not yet available in your language; it is shown in "
        "%(language)s.",
    )


def not_translated(language: str) -> str:
    return in_language(language, "Not yet translated into your language.")


MARKER = "notice--fallback"


@pytest.fixture
def french_tree(catalog, french):
    """Two courses, the French tree synchronised, the first course translated."""
    translated, translated_lessons = course_with_lessons(
        catalog=catalog, title="Records", lessons=2
    )
    untranslated, _lessons = course_with_lessons(catalog=catalog, title="Tracing")
    LocaleSynchronization.objects.create(locale=french, sync_from=Locale.get_default())
    alias = translated.get_translation(french)
    ConvertAliasPageAction(alias.specific).execute(skip_permission_checks=True)
    french_course = CoursePage.objects.get(pk=alias.pk)
    french_course.title = "Registres"
    french_course.save_revision().publish()
    return {
        "translated": translated,
        "untranslated": untranslated,
        "french_course": french_course,
        "lessons": translated_lessons,
    }


def test_synchronised_tree_has_every_course_in_french(french_tree, french):
    french_courses = CoursePage.objects.filter(locale=french)
    assert french_courses.count() == 2
    assert french_courses.filter(alias_of__isnull=True).count() == 1


def test_translated_course_is_shown_in_french_without_notice(client, french_tree):
    response = client.get(french_tree["french_course"].url)
    assert french_tree["french_course"].url.startswith("/fr/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Registres" in html
    assert MARKER not in html
    assert 'lang="fr"' in html


def test_untranslated_course_is_shown_in_english_with_a_notice(
    client, french_tree, french
):
    alias = french_tree["untranslated"].get_translation(french)
    assert alias.url.startswith("/fr/")
    html = client.get(alias.url).content.decode()
    assert "Tracing" in html
    assert notice("fr") in html and MARKER in html


def test_source_course_in_english_has_no_notice(client, french_tree):
    html = client.get(french_tree["untranslated"].url).content.decode()
    assert MARKER not in html


def test_language_without_a_tree_falls_back_with_a_notice(client, french_tree):
    spanish_url = french_tree["untranslated"].url.replace("/en/", "/es/", 1)
    html = client.get(spanish_url).content.decode()
    assert "Tracing" in html
    assert notice("es") in html


def test_french_catalogue_marks_untranslated_courses(client, french_tree, french):
    catalog = french_tree["french_course"].get_parent()
    html = client.get(catalog.url).content.decode()
    assert "Registres" in html and "Tracing" in html
    assert html.count(not_translated("fr")) == 1


def test_progress_is_shared_across_languages(client, fellow, french_tree, french):
    client.force_login(fellow)
    client.post(french_tree["french_course"].url + "enrol/")
    enrolment = Enrolment.objects.get(user=fellow)
    assert enrolment.course_id == french_tree["translated"].pk

    french_lesson = LessonPage.objects.get(
        locale=french, translation_key=french_tree["lessons"][0].translation_key
    )
    response = client.get(french_lesson.url)
    assert response.status_code == 200
    assert lesson_notice("fr") in response.content.decode()
    client.post(french_lesson.url + "complete/")
    progress = LessonProgress.objects.get(user=fellow)
    assert progress.lesson_id == french_tree["lessons"][0].pk
    assert progress.is_completed

    english = client.get(french_tree["lessons"][0].url).content.decode()
    assert "You have completed this lesson." in english


def test_my_learning_shows_the_course_in_the_fellows_language(
    client, fellow, french_tree
):
    services.enrolment_create(user=fellow, course=french_tree["translated"])
    client.force_login(fellow)
    with_french = client.get("/fr/my-learning/").content.decode()
    assert "Registres" in with_french
    in_english = client.get("/en/my-learning/").content.decode()
    assert "Records" in in_english


def test_catalogue_in_a_language_without_a_tree_marks_every_course(client, french_tree):
    catalog = french_tree["translated"].get_parent()
    html = client.get(catalog.url.replace("/en/", "/es/", 1)).content.decode()
    assert 'lang="es"' in html
    assert html.count(not_translated("es")) == 2


def test_a_missing_prerequisite_is_named_in_the_readers_language(
    client, fellow, french_tree, french
):
    """The French page of a locked course names its prerequisite by the
    prerequisite's French title and French address."""
    tracing = french_tree["untranslated"]
    tracing.prerequisites.add(french_tree["translated"])
    tracing.save_revision().publish()
    services.enrolment_create(user=fellow, course=tracing)
    client.force_login(fellow)

    html = client.get(tracing.get_translation(french).url).content.decode()

    assert f'href="{french_tree["french_course"].url}">Registres</a>' in html
    assert ">Records</a>" not in html
    # My learning names it in French too.
    my_learning = client.get("/fr/my-learning/").content.decode()
    assert ">Registres</a>" in my_learning
