"""Wagtail's login and password-reset addresses lead to allauth, and sign no one in."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail
from django.urls import reverse

from tests.factories import PASSWORD, UserFactory, activate_totp

pytestmark = pytest.mark.django_db

ADMIN_LOGIN = "/admin/login/"


def next_of(location: str) -> str | None:
    values = parse_qs(urlsplit(location).query).get("next")
    return values[0] if values else None


def allauth_login(client, email, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def test_admin_login_post_with_totp_manager_password_does_not_sign_in(client, manager):
    activate_totp(manager)
    response = client.post(
        ADMIN_LOGIN, {"username": manager.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == reverse("account_login")
    assert next_of(response["Location"]) == reverse("wagtailadmin_home")
    assert "_auth_user_id" not in client.session


def test_admin_login_post_with_plain_password_does_not_sign_in(client, manager):
    response = client.post(
        ADMIN_LOGIN, {"username": manager.email, "password": PASSWORD}
    )
    assert urlsplit(response["Location"]).path == reverse("account_login")
    assert "_auth_user_id" not in client.session


def test_admin_login_get_redirects_keeping_a_safe_next(client):
    response = client.get(ADMIN_LOGIN, {"next": "/admin/pages/"})
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == reverse("account_login")
    assert next_of(response["Location"]) == "/admin/pages/"


@pytest.mark.parametrize(
    "unsafe", ["https://evil.example/", "//evil.example", "/\\evil.example"]
)
def test_admin_login_refuses_an_unsafe_next(client, unsafe):
    response = client.get(ADMIN_LOGIN, {"next": unsafe})
    assert next_of(response["Location"]) == reverse("wagtailadmin_home")


def test_admin_login_signs_no_one_in_during_a_lockout(client, manager):
    for _ in range(5):
        allauth_login(client, manager.email, "wrong-password")
    locked = allauth_login(client, manager.email)
    assert "Too many failed login attempts" in locked.content.decode()

    response = client.post(
        ADMIN_LOGIN, {"username": manager.email, "password": PASSWORD}
    )
    assert urlsplit(response["Location"]).path == reverse("account_login")
    assert "_auth_user_id" not in client.session


def test_admin_login_checks_no_password_at_all(client, manager):
    """Unlimited guesses there are worthless: even the right one opens nothing."""
    for _ in range(10):
        client.post(ADMIN_LOGIN, {"username": manager.email, "password": "guess"})
    client.post(ADMIN_LOGIN, {"username": manager.email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session


def test_admin_login_does_not_sign_in_an_unverified_account(client, settings):
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"
    unverified = UserFactory(verified=False)
    client.post(ADMIN_LOGIN, {"username": unverified.email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    response = allauth_login(client, unverified.email)
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


def test_admin_anonymous_is_sent_to_the_allauth_login(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == reverse("account_login")


def test_site_login_for_private_pages_leads_to_allauth(client, fellow):
    response = client.post(
        "/en/_util/login/",
        {"username": fellow.email, "password": PASSWORD, "next": "/en/courses/x/"},
    )
    assert urlsplit(response["Location"]).path == reverse("account_login")
    assert next_of(response["Location"]) == "/en/courses/x/"
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "path",
    [
        "/admin/password_reset/",
        "/admin/password_reset/done/",
        "/admin/password_reset/confirm/MQ/set-password/",
        "/admin/password_reset/complete/",
    ],
)
def test_admin_password_reset_leads_to_allauth_and_sends_nothing(client, fellow, path):
    response = client.post(path, {"email": fellow.email})
    assert response.status_code == 302
    assert response["Location"] == reverse("account_reset_password")
    assert mail.outbox == []
