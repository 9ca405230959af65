"""Endorsement letters are private files: in the private storage, never under
/media/, served only after a permission check."""

import importlib

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse

from fellowship.cohorts.services import application_submit
from fellowship.storage import private_storage
from tests.cohorts.conftest import PDF_BYTES, pdf_upload

S3_PRIVATE = {
    "BACKEND": "storages.backends.s3.S3Storage",
    "OPTIONS": {
        "bucket_name": "fellowship-private",
        "region_name": "eu-west-1",
        "access_key": "AKIAEXAMPLE",
        "secret_key": "example-secret",
        "default_acl": "private",
        "querystring_auth": True,
        "querystring_expire": 120,
        "signature_version": "s3v4",
    },
}


@pytest.fixture
def application(make_cohort, make_call, manager, make_fellow):
    call = make_call(make_cohort(managers=[manager]))
    return application_submit(
        call=call,
        applicant=make_fellow(),
        motivation="M",
        letter=pdf_upload(),
        profile={"country": "GH", "gender": "man", "agency_type": "police"},
    )


def test_letter_is_stored_in_the_private_storage_only(
    application, settings, private_root
):
    assert (private_root / application.letter_path).read_bytes() == PDF_BYTES
    assert not (settings.MEDIA_ROOT / application.letter_path).exists()


def test_letter_path_under_media_answers_404(client, application, fellow):
    # /media/ is served (a public file answers) but the letter is not there.
    public = default_storage.save("images/public.png", ContentFile(b"\x89PNG"))
    assert client.get(f"/media/{public}").status_code == 200
    client.force_login(application.applicant)
    assert client.get(f"/media/{application.letter_path}").status_code == 404
    client.logout()
    assert client.get(f"/media/{application.letter_path}").status_code == 404


def test_letter_view_serves_applicant_and_the_cohorts_manager(
    client, application, manager, make_fellow
):
    url = reverse("cohorts:application_letter", args=[application.pk])
    for user in (application.applicant, manager):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200, user
        assert b"".join(response.streaming_content) == PDF_BYTES
        assert response["Cache-Control"] == "private, no-store"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Disposition"].startswith("attachment")


def test_letter_view_refuses_another_fellow_and_anonymous(
    client, application, make_fellow
):
    url = reverse("cohorts:application_letter", args=[application.pk])
    client.force_login(make_fellow())
    assert client.get(url).status_code == 404
    client.logout()
    response = client.get(url)
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_letter_view_missing_file_is_404(client, application):
    private_storage.delete(application.letter_path)
    client.force_login(application.applicant)
    url = reverse("cohorts:application_letter", args=[application.pk])
    assert client.get(url).status_code == 404


def test_letter_view_on_s3_redirects_to_a_short_lived_signed_url(
    client, application, settings, make_fellow
):
    settings.STORAGES = {**settings.STORAGES, "private": S3_PRIVATE}
    url = reverse("cohorts:application_letter", args=[application.pk])
    client.force_login(make_fellow())
    assert client.get(url).status_code == 404  # checked before any URL is made
    client.force_login(application.applicant)
    response = client.get(url)
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith("https://fellowship-private.s3")
    assert f"/{application.letter_path}?" in location
    assert "X-Amz-Expires=120" in location
    assert "X-Amz-Signature=" in location
    assert response["Cache-Control"] == "private, no-store"


def test_letters_migration_moves_public_letters_to_private_storage(
    application, settings, private_root
):
    # A letter stored before letters had their own storage.
    old = "cohorts/letters/0123456789abcdef0123456789abcdef.pdf"
    default_storage.save(old, ContentFile(PDF_BYTES))
    type(application).objects.filter(pk=application.pk).update(letter_path=old)
    migration = importlib.import_module(
        "fellowship.cohorts.migrations.0003_letters_private_storage"
    )
    migration.letters_to_private(apps, None)
    migration.letters_to_private(apps, None)  # a second run changes nothing
    assert (private_root / old).read_bytes() == PDF_BYTES
    assert not (settings.MEDIA_ROOT / old).exists()
