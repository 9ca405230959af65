"""The reference library's translations, edited per item and language in
the admin."""

import pytest
from django.urls import reverse

from content.models import ReferenceTranslation
from content.services import reference_translation_save
from tests.factories_courses import GlossaryTermFactory, InstrumentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_mfa(settings):
    settings.MFA_REQUIRED_FOR_ADMIN = False


def _url(reference, language):
    name = reference._meta.model_name
    return reverse(
        f"wagtailsnippets_content_{name}:translations_language",
        args=[reference.pk, language],
    )


def test_an_editor_translates_a_term_in_arabic(client, site_admin):
    term = GlossaryTermFactory(term="Marking", definition="A mark from 2005.")
    client.force_login(site_admin)

    page = client.get(_url(term, "ar"))
    assert page.status_code == 200
    assert (
        'English: <span lang="en" dir="ltr">A mark from 2005.</span>'
        in page.content.decode()
    )
    response = client.post(
        _url(term, "ar"), {"term": "الوسم", "definition": "علامة من عام 2005."}
    )

    assert response.status_code == 302
    row = ReferenceTranslation.objects.get(object_id=term.pk, language="ar")
    assert row.texts == {"term": "الوسم", "definition": "علامة من عام 2005."}


def test_the_list_offers_the_translations_and_the_index_opens_a_language(
    client, site_admin
):
    term = GlossaryTermFactory()
    client.force_login(site_admin)

    listing = client.get(reverse("wagtailsnippets_content_glossaryterm:list"))
    index = reverse("wagtailsnippets_content_glossaryterm:translations", args=[term.pk])

    assert index in listing.content.decode()
    assert client.get(index)["Location"] == _url(term, "ar")


def test_a_translation_that_drops_a_number_is_refused(client, site_admin):
    instrument = InstrumentFactory(summary="Adopted on 8 December 2005.")
    client.force_login(site_admin)

    response = client.post(_url(instrument, "fr"), {"summary": "Adopté en décembre."})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Keep every number of the English text: 8, 2005" in html
    assert not ReferenceTranslation.objects.exists()


def test_blank_fields_remove_the_translation(client, site_admin):
    term = GlossaryTermFactory()
    reference_translation_save(reference=term, language="fr", texts={"term": "Terme"})
    client.force_login(site_admin)

    client.post(_url(term, "fr"), {"term": "", "definition": ""})

    assert not ReferenceTranslation.objects.exists()


def test_an_unknown_language_is_not_found(client, site_admin):
    term = GlossaryTermFactory()
    client.force_login(site_admin)

    assert client.get(_url(term, "en")).status_code == 404
    assert client.get(_url(term, "de")).status_code == 404


def test_fellows_may_not_translate_references(client, fellow):
    term = GlossaryTermFactory()
    client.force_login(fellow)

    response = client.post(_url(term, "fr"), {"term": "Terme"})

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/admin/snippets/" not in response["Location"]
    assert not ReferenceTranslation.objects.exists()
