import re

import pytest
from django.core import mail

from fellowship.accounts.models import User
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def test_sign_up_verify_and_land_on_my_learning(page, site):
    page.goto("/en/accounts/signup/")
    page.get_by_label("Full name").fill("Nadia Rahman")
    page.get_by_label("Email").fill("nadia@example.org")
    page.get_by_label(re.compile(r"^Password:?$")).fill("a-long-and-unusual-passphrase")
    page.get_by_label(re.compile(r"^Password \(again\)")).fill(
        "a-long-and-unusual-passphrase"
    )
    page.get_by_role("button", name="Sign Up").click()
    page.get_by_role("heading", name="Verify Your Email Address").wait_for()

    assert User.objects.filter(email="nadia@example.org").exists()
    link = re.search(
        r"https?://[^\s]+/accounts/confirm-email/[^\s]+", mail.outbox[-1].body
    )
    assert link, mail.outbox[-1].body
    path = "/" + link.group(0).split("/", 3)[3]
    page.goto(path)
    page.get_by_role("button", name="Confirm").click()

    page.get_by_role("heading", name="My learning").wait_for()
    assert page.url.endswith("/en/my-learning/")
    assert "Nadia Rahman" in page.content()


def test_sign_in_lands_on_my_learning(page, fellow, sign_in, site):
    sign_in(fellow, PASSWORD)
    page.get_by_role("heading", name="My learning").wait_for()
    assert page.url.endswith("/my-learning/")


def test_arabic_interface_is_right_to_left(page, site):
    page.goto("/ar/accounts/login/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    direction = page.evaluate("getComputedStyle(document.body).direction")
    assert direction == "rtl"


def test_language_switcher_changes_the_interface(page, site):
    page.goto("/en/accounts/login/")
    page.get_by_role("navigation", name="Language").get_by_role(
        "link", name="Français"
    ).click()
    page.wait_for_url(re.compile(r"/fr/accounts/login/"))
    assert page.locator("html").get_attribute("lang") == "fr"


@pytest.mark.parametrize("path", ["/en/", "/en/accounts/login/", "/ar/accounts/login/"])
def test_public_pages_have_no_serious_accessibility_violations(
    page, axe_audit, site, path
):
    page.goto(path)
    assert axe_audit(page) == []


def test_my_learning_has_no_serious_accessibility_violations(
    page, axe_audit, fellow, sign_in, site
):
    sign_in(fellow, PASSWORD)
    page.get_by_role("heading", name="My learning").wait_for()
    assert axe_audit(page) == []
