import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail
from django.urls import reverse

from tests.factories import PASSWORD, activate_totp

pytestmark = pytest.mark.django_db


def current_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def sign_in_and_confirm_password(client, user):
    """Sign in, then re-enter the password, as allauth asks before MFA changes."""
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    response = client.get(reverse("mfa_activate_totp"))
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    client.post(response["Location"], {"password": PASSWORD})


def test_instructor_sets_up_totp_then_reaches_the_admin(client, instructor, site):
    sign_in_and_confirm_password(client, instructor)
    assert client.get(reverse("wagtailadmin_home"))["Location"] == reverse(
        "mfa_activate_totp"
    )
    page = client.get(reverse("mfa_activate_totp"))
    secret = page.context["form"].secret
    response = client.post(reverse("mfa_activate_totp"), {"code": current_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=instructor, type="totp").exists()
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_totp_setup_refuses_a_wrong_code(client, instructor):
    sign_in_and_confirm_password(client, instructor)
    client.get(reverse("mfa_activate_totp"))
    response = client.post(reverse("mfa_activate_totp"), {"code": "000000"})
    assert response.status_code == 200
    assert "Incorrect code." in response.content.decode()
    assert not Authenticator.objects.filter(user=instructor).exists()


def test_login_with_totp_asks_for_the_code(client, manager):
    secret = activate_totp(manager)
    response = client.post(
        reverse("account_login"), {"login": manager.email, "password": PASSWORD}
    )
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session

    wrong = client.post(reverse("mfa_authenticate"), {"code": "123456"})
    assert "_auth_user_id" not in client.session
    assert wrong.status_code == 200

    client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert client.session["_auth_user_id"] == str(manager.pk)


def test_password_reset_sends_a_working_link(client, fellow):
    client.post(reverse("account_reset_password"), {"email": fellow.email})
    assert len(mail.outbox) == 1
    link = next(
        line
        for line in mail.outbox[0].body.splitlines()
        if "/password/reset/key/" in line
    )
    path = "/" + link.strip().split("/", 3)[3]
    form_page = client.get(path, follow=True)
    action = form_page.redirect_chain[-1][0] if form_page.redirect_chain else path
    client.post(
        action,
        {"password1": "a-brand-new-passphrase", "password2": "a-brand-new-passphrase"},
    )
    fellow.refresh_from_db()
    assert fellow.check_password("a-brand-new-passphrase")


def test_password_reset_for_unknown_address_changes_nothing(client, fellow):
    response = client.post(
        reverse("account_reset_password"), {"email": "nobody@example.org"}
    )
    assert response.status_code == 302
    fellow.refresh_from_db()
    assert fellow.check_password(PASSWORD)
