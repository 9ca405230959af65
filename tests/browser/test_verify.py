"""An employer, without an account, verifies a fellow's certificate."""

import re

import pytest

from fellowship.certificates.codes import code_display
from fellowship.certificates.models import Certificate
from tests.certificates import conftest as certificate_fixtures

# The certificate tests' fixtures, shared with this browser test.
home = certificate_fixtures.home
catalog = certificate_fixtures.catalog
make_course = certificate_fixtures.make_course
course = certificate_fixtures.course
make_fellow = certificate_fixtures.make_fellow
complete = certificate_fixtures.complete

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def certificate(course, make_fellow):
    fellow = make_fellow(full_name="Amina Diallo")
    complete(fellow, course)  # commits: the eager task issues the certificate
    return Certificate.objects.get(holder=fellow)


def test_anonymous_visitor_verifies_a_code(page, certificate, axe_audit):
    page.goto("/verify/")
    assert axe_audit(page) == []
    typed = code_display(certificate.code).lower()
    page.get_by_role("textbox", name="Verification code").fill(typed)
    page.get_by_role("button", name="Verify").click()

    page.get_by_role("heading", name="Certificate verification").wait_for()
    assert re.search(r"/verify/[0-9A-Z-]{39}/$", page.url)
    status = page.get_by_role("status")
    assert "Valid" in status.inner_text()
    assert "Amina Diallo" in page.content()
    assert "Marking and record-keeping" in page.content()
    assert axe_audit(page) == []


def test_unknown_code_page_is_accessible(page, axe_audit, home):
    page.goto("/verify/0000-0000-0000-0000-0000-0000-0000-0000/")
    page.get_by_role("heading", name="Certificate not found").wait_for()
    assert axe_audit(page) == []


def test_verification_page_in_arabic_is_right_to_left(page, certificate, axe_audit):
    page.goto(f"/verify/{code_display(certificate.code)}/?lang=ar")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert axe_audit(page) == []
