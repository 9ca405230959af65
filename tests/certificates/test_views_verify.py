"""The public verification page, the issuer's documents and the holder's downloads."""

import json
import re

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from fellowship.certificates import services
from fellowship.certificates.codes import code_display, code_generate
from fellowship.certificates.credentials.keys import issuer_key
from fellowship.certificates.credentials.open_badges import bitstring_is_set

pytestmark = pytest.mark.django_db


def same_page(content: bytes) -> bytes:
    """The page without what differs on every render (CSRF token, script
    nonce, own URL)."""
    content = re.sub(rb'name="csrfmiddlewaretoken" value="[^"]*"', b"", content)
    # The language switcher links to this same address in other languages.
    content = re.sub(rb'<a href="[^"]*" lang="', b'<a lang="', content)
    content = re.sub(rb'nonce="[^"]*"', b"", content)
    return re.sub(rb'name="next" type="hidden" value="[^"]*"', b"", content)


def verify_url(code):
    return reverse("certificates:verify_detail", args=[code])


def test_valid_certificate_shows_holder_course_date_and_issuer(client, certificate):
    response = client.get(verify_url(code_display(certificate.code)))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Valid" in page
    assert "Amina Diallo" in page
    assert "Marking and record-keeping" in page
    assert "United Nations Office for Disarmament Affairs" in page
    assert certificate.issued_at.strftime("%Y") in page
    assert (
        reverse("certificates:credential_public", args=[code_display(certificate.code)])
        in page
    )


@pytest.mark.parametrize(
    "typed",
    [
        lambda code: code.lower(),
        lambda code: code,
        lambda code: code_display(code).lower(),
    ],
)
def test_codes_are_accepted_in_any_case_with_or_without_dashes(
    client, certificate, typed
):
    response = client.get(verify_url(typed(certificate.code)))
    assert response.status_code == 200
    assert "Amina Diallo" in response.content.decode()


def test_lookup_form_redirects_to_the_certificate(client, certificate):
    typed = code_display(certificate.code).lower().replace("-", " ")
    response = client.get(reverse("certificates:verify"), {"code": typed})
    assert response.status_code == 302
    assert response["Location"] == verify_url(code_display(certificate.code))


def test_lookup_form_is_shown_without_a_code(client):
    response = client.get(reverse("certificates:verify"))
    assert response.status_code == 200
    assert 'name="code"' in response.content.decode()


def test_unknown_malformed_and_guessed_codes_reveal_nothing(client, certificate):
    unknown = client.get(verify_url(code_display(code_generate())))
    malformed = client.get(verify_url("not-a-code"))
    last = "1" if certificate.code.endswith("0") else "0"
    near_miss = client.get(verify_url(certificate.code[:-1] + last))
    lookup = client.get(reverse("certificates:verify"), {"code": "'; DROP TABLE"})
    assert unknown.status_code == malformed.status_code == near_miss.status_code == 404
    assert lookup.status_code == 404
    bodies = {same_page(r.content) for r in (unknown, malformed, near_miss, lookup)}
    assert len(bodies) == 1
    assert b"Amina" not in unknown.content
    public = client.get(
        reverse("certificates:credential_public", args=[code_display(code_generate())])
    )
    assert public.status_code == 404


def test_revoked_certificate_shows_revoked(client, certificate, manager):
    services.certificate_revoke(certificate=certificate, actor=manager, reason="Fraud")
    response = client.get(verify_url(certificate.code))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Revoked" in page and "no longer valid" in page
    assert "Fraud" not in page  # the reason is for the audit trail, not the public


def test_superseded_certificate_points_to_its_successor(client, certificate, manager):
    new = services.certificate_reissue(
        certificate=certificate, actor=manager, reason="Name corrected"
    )
    page = client.get(verify_url(certificate.code)).content.decode()
    assert "Superseded" in page
    assert verify_url(code_display(new.code)) in page


def test_a_credential_whose_signature_fails_is_not_shown_valid(client, certificate):
    credential = dict(certificate.credential, name="Something else")
    type(certificate).objects.filter(pk=certificate.pk).update(credential=credential)
    page = client.get(verify_url(certificate.code)).content.decode()
    assert "Cannot be verified" in page
    assert ">Valid<" not in page


def test_verify_page_runs_a_fixed_number_of_queries(client, certificate, manager):
    url = verify_url(certificate.code)
    client.get(url)  # warm the signature cache
    with CaptureQueriesContext(connection) as valid:
        client.get(url)
    new = services.certificate_reissue(
        certificate=certificate, actor=manager, reason="Name corrected"
    )
    with CaptureQueriesContext(connection) as superseded:
        client.get(url)
    with CaptureQueriesContext(connection) as unknown:
        client.get(verify_url(code_generate()))
    assert len(valid) == 1
    assert len(superseded) == 1
    # Wagtail's redirect middleware looks for a redirect on every 404 (two).
    assert len(unknown) == 3
    assert new.pk


def test_verify_page_is_rate_limited_per_ip(client, certificate, settings):
    settings.CERTIFICATES_VERIFY_RATE_LIMIT = "3/m"
    url = verify_url(certificate.code)
    # The window is fixed: keep all four requests inside one minute.
    with time_machine.travel(timezone.now().replace(second=20), tick=False):
        statuses = [client.get(url).status_code for _ in range(3)]
        limited = client.get(url)
    assert statuses == [200, 200, 200]
    assert limited.status_code == 429
    assert int(limited["Retry-After"]) > 0
    assert "Too many verification requests" in limited.content.decode()
    assert "Amina" not in limited.content.decode()
    other_ip = client.get(url, REMOTE_ADDR="203.0.113.9")
    assert other_ip.status_code == 200


def test_guessing_is_rate_limited_too(client, settings):
    settings.CERTIFICATES_VERIFY_RATE_LIMIT = "2/m"
    for _ in range(2):
        assert client.get(verify_url(code_generate())).status_code == 404
    assert client.get(verify_url(code_generate())).status_code == 429
    lookup = client.get(reverse("certificates:verify"), {"code": code_generate()})
    assert lookup.status_code == 429


def test_verify_page_speaks_the_requested_language(client, certificate):
    arabic = client.get(verify_url(certificate.code), {"lang": "ar"})
    assert 'lang="ar" dir="rtl"' in arabic.content.decode()
    by_header = client.get(verify_url(certificate.code), HTTP_ACCEPT_LANGUAGE="fr")
    assert 'lang="fr"' in by_header.content.decode()


def test_did_document_is_served_at_well_known(client, settings):
    settings.SITE_URL = "https://fellowship.example.org"
    response = client.get("/.well-known/did.json")
    document = json.loads(response.content)
    assert response.status_code == 200
    assert document["id"] == "did:web:fellowship.example.org"
    assert document["verificationMethod"][0]["publicKeyMultibase"] == (
        issuer_key().public_multikey
    )


def test_status_list_shows_revocation(client, certificate, manager):
    url = reverse("certificates:status_list", args=[certificate.status_list])
    before = json.loads(client.get(url).content)
    services.certificate_revoke(certificate=certificate, actor=manager, reason="Fraud")
    after = json.loads(client.get(url).content)

    assert before["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    index = certificate.status_list_index
    assert not bitstring_is_set(before["credentialSubject"]["encodedList"], index)
    assert bitstring_is_set(after["credentialSubject"]["encodedList"], index)
    assert after["proof"]["cryptosuite"] == "eddsa-rdfc-2022"
    assert client.get(reverse("certificates:status_list", args=[99])).status_code == 404


def test_public_credential_by_code(client, certificate):
    response = client.get(
        reverse("certificates:credential_public", args=[code_display(certificate.code)])
    )
    assert response.status_code == 200
    assert json.loads(response.content) == certificate.credential


def test_holder_downloads_pdf_and_credential(client, certificate):
    client.force_login(certificate.holder)
    pdf = client.get(reverse("certificates:pdf_of_holder", args=[certificate.code]))
    credential = client.get(
        reverse("certificates:credential_of_holder", args=[certificate.code])
    )
    assert pdf.status_code == 200
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")
    assert pdf["Cache-Control"] == "private, no-store"
    assert pdf["Content-Disposition"].startswith("attachment;")
    assert json.loads(credential.content) == certificate.credential


def test_nobody_else_downloads_the_holders_files(client, certificate, make_fellow):
    urls = [
        reverse("certificates:pdf_of_holder", args=[certificate.code]),
        reverse("certificates:credential_of_holder", args=[certificate.code]),
    ]
    for url in urls:
        assert client.get(url).status_code == 302  # to the login page
    client.force_login(make_fellow(full_name="Someone Else"))
    for url in urls:
        assert client.get(url).status_code == 404


def test_my_certificates_include_lists_only_the_holders_own(certificate, make_fellow):
    from django.template import Context, Template

    template = Template('{% include "certificates/includes/my_certificates.html" %}')
    mine = template.render(Context({"user": certificate.holder}))
    theirs = template.render(Context({"user": make_fellow(full_name="Other")}))
    assert "Marking and record-keeping" in mine
    assert code_display(certificate.code) in mine
    assert reverse("certificates:pdf_of_holder", args=[certificate.code]) in mine
    assert "Marking and record-keeping" not in theirs
    with CaptureQueriesContext(connection) as queries:
        template.render(Context({"user": certificate.holder}))
    assert len(queries) == 1


def test_a_hostile_name_is_shown_as_text(client, course, make_fellow, completed):
    from fellowship.certificates.models import Certificate

    holder = make_fellow(full_name="<img src=http://169.254.169.254/>")
    completed(holder, course)
    certificate = Certificate.objects.get(holder=holder)
    page = client.get(verify_url(certificate.code)).content.decode()
    assert "&lt;img src=http://169.254.169.254/&gt;" in page
    assert "<img src=http://169.254.169.254/>" not in page
