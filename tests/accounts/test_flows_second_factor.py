"""allauth's other ways of finishing a sign-in still ask for the second factor."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from tests.accounts.test_views_mfa import current_code
from tests.factories import PASSWORD, UserFactory, activate_totp

pytestmark = pytest.mark.django_db


def link_in(message, fragment: str) -> str:
    url = re.search(rf"https?://\S*{fragment}\S*", message.body).group(0)
    return "/" + url.split("/", 3)[3]


def test_email_confirmation_asks_for_the_totp_code(client, settings):
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"
    user = UserFactory(verified=False)
    EmailAddress.objects.create(user=user, email=user.email, primary=True)
    secret = activate_totp(user)

    response = client.post(
        reverse("account_login"), {"login": user.email, "password": PASSWORD}
    )
    assert response["Location"] == reverse("account_email_verification_sent")
    confirm = link_in(mail.outbox[-1], "/confirm-email/")
    response = client.post(confirm)

    assert EmailAddress.objects.get(user=user).verified
    assert "_auth_user_id" not in client.session
    assert response["Location"] == reverse("mfa_authenticate")
    client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert client.session["_auth_user_id"] == str(user.pk)


def test_password_reset_from_key_does_not_sign_in(client, manager):
    secret = activate_totp(manager)
    client.post(reverse("account_reset_password"), {"email": manager.email})
    form_page = client.get(
        link_in(mail.outbox[-1], "/password/reset/key/"), follow=True
    )
    action = form_page.redirect_chain[-1][0]
    new_password = "a-brand-new-passphrase"
    client.post(action, {"password1": new_password, "password2": new_password})
    manager.refresh_from_db()
    assert manager.check_password(new_password)
    assert "_auth_user_id" not in client.session

    response = client.post(
        reverse("account_login"), {"login": manager.email, "password": new_password}
    )
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert client.session["_auth_user_id"] == str(manager.pk)
