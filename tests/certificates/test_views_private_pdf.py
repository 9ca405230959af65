"""Certificate PDFs are private files: served to their holder only."""

import importlib

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse

from fellowship.certificates.models import Certificate
from fellowship.storage import private_storage
from tests.cohorts.test_views_private_files import S3_PRIVATE

pytestmark = pytest.mark.django_db


def test_pdf_view_serves_the_holder_from_private_storage(
    client, certificate, settings, private_root
):
    client.force_login(certificate.holder)
    url = reverse("certificates:pdf_of_holder", args=[certificate.code])
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert response["Cache-Control"] == "private, no-store"
    certificate.refresh_from_db()
    assert (private_root / certificate.pdf.name).exists()
    assert not (settings.MEDIA_ROOT / certificate.pdf.name).exists()
    assert client.get(f"/media/{certificate.pdf.name}").status_code == 404


def test_pdf_view_refuses_another_fellow_and_anonymous(
    client, certificate, make_fellow
):
    url = reverse("certificates:pdf_of_holder", args=[certificate.code])
    client.force_login(make_fellow(full_name="Someone Else"))
    assert client.get(url).status_code == 404
    client.logout()
    response = client.get(url)
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_pdf_view_on_s3_redirects_to_a_short_lived_signed_url(
    client, certificate, settings
):
    Certificate.objects.filter(pk=certificate.pk).update(
        pdf=f"certificates/{certificate.uuid}.pdf"
    )
    settings.STORAGES = {**settings.STORAGES, "private": S3_PRIVATE}
    from unittest import mock

    from storages.backends.s3 import S3Storage

    client.force_login(certificate.holder)
    url = reverse("certificates:pdf_of_holder", args=[certificate.code])
    with mock.patch.object(S3Storage, "exists", return_value=True):
        response = client.get(url)
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith("https://fellowship-private.s3")
    assert f"/certificates/{certificate.uuid}.pdf?" in location
    assert "X-Amz-Expires=120" in location
    assert "response-content-disposition=attachment" in location
    assert response["Cache-Control"] == "private, no-store"


def test_pdfs_migration_moves_public_pdfs_to_private_storage(
    certificate, settings, private_root
):
    # A PDF stored in public media before PDFs had their own storage.
    name = f"certificates/{certificate.uuid}.pdf"
    private_storage.delete(name)
    default_storage.save(name, ContentFile(b"%PDF-1.7 old"))
    Certificate.objects.filter(pk=certificate.pk).update(pdf=name)
    migration = importlib.import_module(
        "fellowship.certificates.migrations.0002_pdf_private_storage"
    )
    migration.pdfs_to_private(apps, None)
    assert (private_root / name).read_bytes() == b"%PDF-1.7 old"
    assert not (settings.MEDIA_ROOT / name).exists()
