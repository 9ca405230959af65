"""The reference library in the reader's language: lesson blocks, sources,
the glossary and library pages, per-item English fallback, right-to-left."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from content.services import reference_translation_save
from courses import services
from tests.courses.test_query_budgets import BUDGETS
from tests.factories_courses import (
    GlossaryTermFactory,
    InstrumentFactory,
    LessonPageFactory,
    ModulePageFactory,
    MosaicModuleFactory,
    ProvisionFactory,
    course_with_lessons,
)

pytestmark = pytest.mark.django_db


def fallback_notice(language: str) -> str:
    with translation.override(language):
        return translation.gettext(
            "This part is not yet translated; it is shown in English."
        )


@pytest.fixture
def iti(db):
    instrument = InstrumentFactory(
        key="ITI",
        title="International Tracing Instrument",
        abbreviation="ITI",
        document_symbol="A/60/88",
    )
    return ProvisionFactory(
        instrument=instrument, key="ITI-8a", reference="para. 8(a)", title="Marking"
    )


@pytest.fixture
def terms(iti):
    translated = GlossaryTermFactory(
        term="Marking", definition="A unique mark.", source_provision=iti
    )
    reference_translation_save(
        reference=translated,
        language="ar",
        texts={"term": "الوسم", "definition": "علامة فريدة."},
    )
    reference_translation_save(
        reference=translated,
        language="fr",
        texts={"term": "Marquage", "definition": "Une marque unique."},
    )
    untranslated = GlossaryTermFactory(term="Tracing", definition="Following a weapon.")
    return translated, untranslated


def _arabic_lesson(catalog, fellow, body):
    course, lessons = course_with_lessons(catalog=catalog, lessons=1)
    lesson = lessons[0]
    lesson.body = body
    lesson.save_revision().publish()
    services.enrolment_create(user=fellow, course=course)
    arabic = Locale.objects.get(language_code="ar")
    LocaleSynchronization.objects.create(locale=arabic, sync_from=Locale.get_default())
    return course, lesson, lesson.get_translation(arabic)


def _glossary_body(*terms):
    return [{"type": "glossary_term", "value": {"term": t.pk}} for t in terms]


def test_the_arabic_lesson_shows_the_arabic_term_and_marks_the_english_one(
    client, catalog, fellow, terms
):
    translated, untranslated = terms
    _course, lesson, arabic = _arabic_lesson(
        catalog, fellow, _glossary_body(translated, untranslated)
    )
    client.force_login(fellow)

    html = client.get(arabic.url).content.decode()

    assert "<dfn>الوسم</dfn>" in html
    assert "علامة فريدة." in html
    assert "<dfn>Marking</dfn>" not in html
    # The untranslated term: in English, marked, with the notice.
    assert '<dl class="glossary" lang="en" dir="ltr">\n' in html
    assert "<dfn>Tracing</dfn>" in html
    assert html.count(fallback_notice("ar")) == 1
    # The English page shows the English texts, no notice.
    english = client.get(lesson.url).content.decode()
    assert "<dfn>Marking</dfn>" in english
    assert '<dl class="glossary" lang="en"' not in english
    assert fallback_notice("en") not in english


def test_abbreviations_inside_arabic_text_are_isolated(client, catalog, fellow, iti):
    reference_translation_save(
        reference=iti,
        language="ar",
        texts={"reference": "الفقرة 8 (أ)", "title": "الوسم"},
    )
    module = MosaicModuleFactory(number="05.30", title="Marking")
    _course, lesson, arabic = _arabic_lesson(
        catalog, fellow, [{"type": "rich_text", "value": "<p>نص.</p>"}]
    )
    lesson.provisions.add(iti)
    lesson.mosaic_modules.add(module)
    lesson.save_revision().publish()
    client.force_login(fellow)

    html = client.get(arabic.url).content.decode()

    assert '<bdi lang="en">ITI</bdi>' in html
    assert "الفقرة 8 (أ)" in html and "الوسم" in html
    assert '<bdi lang="en">05.30</bdi>' in html
    # The MOSAIC title is not translated: English, marked, with the notice.
    assert '<span lang="en" dir="ltr">Marking</span>' in html
    # The symbol links to the Arabic official document.
    assert 'href="https://undocs.org/ar/A/60/88"' in html


def test_the_glossary_page_in_french(client, site, terms):
    response = client.get(reverse("glossary").replace("/en/", "/fr/", 1))
    html = response.content.decode()

    assert response.status_code == 200
    assert "<dfn>Marquage</dfn>" in html and "Une marque unique." in html
    assert "<dfn>Tracing</dfn>" in html
    assert html.count(fallback_notice("fr")) == 1
    # The source line cites the provision and links to the French document.
    assert 'href="https://undocs.org/fr/A/60/88"' in html
    # The reference is not translated into French: English, marked.
    assert 'ITI, <span lang="en" dir="ltr">para. 8(a)</span>' in html
    # Abbreviations are isolated only in right-to-left pages.
    assert "<bdi" not in html


def test_the_reference_library_page_in_arabic(client, site, iti):
    reference_translation_save(
        reference=iti.instrument,
        language="ar",
        texts={"title": "الصك الدولي للتعقب"},
    )
    MosaicModuleFactory(number="05.30", title="Marking")

    html = client.get("/ar/library/").content.decode()

    assert "الصك الدولي للتعقب" in html
    assert '<bdi lang="en">ITI</bdi>' in html
    assert 'href="https://undocs.org/ar/A/60/88"' in html
    assert '<span lang="en" dir="ltr">Marking</span>' in html


def test_the_glossary_page_reads_translations_in_one_query(
    client, site, fellow, terms, django_assert_max_num_queries
):
    """Signed in, so that the page is rendered, not served from the cache."""
    client.force_login(fellow)
    url = "/fr/glossary/"
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        first = client.get(url)
    assert first.status_code == 200
    # Counted now: the next request's start clears the connection's log.
    budget = len(few)
    translations = [
        q for q in few.captured_queries if "referencetranslation" in q["sql"]
    ]
    assert len(translations) == 1
    for number in range(6):
        term = GlossaryTermFactory(source_provision=terms[0].source_provision)
        reference_translation_save(
            reference=term, language="fr", texts={"term": f"Terme {number}"}
        )
    client.get(url)
    with django_assert_max_num_queries(budget):
        response = client.get(url)
    assert "Terme 5" in response.content.decode()


def test_the_lesson_page_budget_holds_with_translations(
    client, catalog, fellow, terms, django_assert_max_num_queries
):
    """The English page's queries plus one: the translations of the page's
    language, read once when a reference is shown (none in English); and no
    more with more terms, sources and lessons."""
    translated, untranslated = terms
    course, lesson, arabic = _arabic_lesson(
        catalog, fellow, _glossary_body(translated, untranslated)
    )
    lesson.provisions.add(translated.source_provision)
    lesson.save_revision().publish()
    client.force_login(fellow)

    def count(url):
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        return len(captured)

    english, before = count(lesson.url), count(arabic.url)
    # The glossary blocks' terms are one query of the body, on both pages.
    assert english <= BUDGETS["lesson"] + 1
    assert before <= english + 1
    extra = [GlossaryTermFactory() for _number in range(5)]
    for term in extra:
        reference_translation_save(reference=term, language="ar", texts={"term": "م"})
    lesson.body = _glossary_body(translated, untranslated, *extra)
    lesson.save_revision().publish()
    lesson.provisions.add(*ProvisionFactory.create_batch(3))
    lesson.save_revision().publish()
    module = ModulePageFactory(parent=course)
    LessonPageFactory(parent=module)
    client.get(arabic.url)  # renders the new body once, into the cache
    with django_assert_max_num_queries(before):
        response = client.get(arabic.url)
    assert response.content.decode().count("<dfn>م</dfn>") == 5


def test_the_library_page_queries_do_not_grow_with_references(
    client, site, fellow, iti, django_assert_max_num_queries
):
    client.force_login(fellow)
    url = "/ar/library/"
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    budget = len(few)
    for _number in range(3):
        provision = ProvisionFactory()
        reference_translation_save(
            reference=provision.instrument,
            language="ar",
            texts={"title": "صك للاختبار"},
        )
        MosaicModuleFactory()
    client.get(url)
    with django_assert_max_num_queries(budget):
        response = client.get(url)
    assert response.content.decode().count("صك للاختبار") == 3
