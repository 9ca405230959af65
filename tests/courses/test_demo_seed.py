"""The demo curriculum: the packages under curriculum/, through the import."""

import pytest
from wagtail.models import Locale, Revision

from content.models import ReferenceTranslation
from courses.models import CatalogPage, CoursePage, LessonPage
from courses.packages.imports import curriculum_import
from fellowship.assessments.models import Question, QuestionTranslation, Quiz

from .test_packages import CURRICULUM

pytestmark = pytest.mark.django_db


def test_the_demo_curriculum_is_seeded_from_its_packages_once(site):
    log = []
    curriculum_import(CURRICULUM, log=log.append)

    source = Locale.get_default()
    catalog = CatalogPage.objects.get(locale=source)
    courses = CoursePage.objects.child_of(catalog).order_by("path")
    # The catalogue's order, as curriculum/curriculum.yaml gives it.
    assert [c.slug for c in courses] == [
        "marking-and-record-keeping",
        "tracing-illicit-salw",
        "stockpile-management",
        "gender-mainstreaming",
    ]
    tracing = courses.get(slug="tracing-illicit-salw")
    assert [p.slug for p in tracing.prerequisites.all()] == [
        "marking-and-record-keeping"
    ]
    assert Question.objects.count() == 133
    assert Quiz.objects.count() == 14
    essay = Question.objects.get(title="gender-practice-assignment")
    assert [c["id"] for c in essay.definition["rubric"]][:1] == ["action"]
    # Every track in the five other languages: translated pages, not aliases
    # of the English ones, lesson by lesson.
    french = Locale.objects.get(language_code="fr")
    lesson = LessonPage.objects.get(slug="marking-what-is-salw", locale=source)
    translated = lesson.get_translation(french)
    assert "armes de petit calibre" in translated.title + str(translated.specific.body)
    lessons = LessonPage.objects.filter(locale=source).count()
    for code in ("ar", "es", "fr", "ru", "zh-hans"):
        locale = Locale.objects.get(language_code=code)
        for course in courses:
            assert course.get_translation(locale).alias_of_id is None, (code, course)
        assert (
            LessonPage.objects.filter(locale=locale, alias_of__isnull=True).count()
            == lessons
        ), code
    # Questions and references in each language too.
    assert QuestionTranslation.objects.filter(language="zh-hans").count() == 133
    assert ReferenceTranslation.objects.filter(language="ar").exists()

    revisions = Revision.objects.count()
    curriculum_import(CURRICULUM, log=log.append)
    assert Revision.objects.count() == revisions
    assert Question.objects.count() == 133
