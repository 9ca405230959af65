import pytest
from django.urls import reverse

from tests.factories_courses import GlossaryTermFactory, ProvisionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_mfa(settings):
    settings.MFA_REQUIRED_FOR_ADMIN = False


@pytest.mark.parametrize(
    "model", ["instrument", "provision", "mosaicmodule", "glossaryterm"]
)
def test_reference_snippets_are_listed_in_the_admin(client, site_admin, model):
    ProvisionFactory(title="Listed provision")
    GlossaryTermFactory(term="Listed term")
    client.force_login(site_admin)
    response = client.get(reverse(f"wagtailsnippets_content_{model}:list"))
    assert response.status_code == 200


def test_reference_library_menu_groups_the_snippets(client, site_admin):
    client.force_login(site_admin)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Reference library" in html
