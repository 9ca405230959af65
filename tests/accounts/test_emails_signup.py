"""Nothing a stranger typed is mailed to an address that has not asked for it."""

import pytest
from django.core import mail
from django.urls import reverse

from fellowship.accounts.models import User
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

CRAFTED = "<b>Pay here</b> http://x.example"
FRAGMENTS = ["Pay here", "x.example", "<b>"]


def sign_up(client, email):
    return client.post(
        reverse("account_signup"),
        {
            "full_name": CRAFTED,
            "email": email,
            "password1": "a-long-and-unusual-passphrase",
            "password2": "a-long-and-unusual-passphrase",
        },
    )


def texts_of(message) -> list[str]:
    return [
        message.subject,
        message.body,
        *[content for content, _type in getattr(message, "alternatives", [])],
        *message.to,
        str(message.extra_headers),
    ]


def assert_nothing_typed_is_mailed():
    assert mail.outbox
    for message in mail.outbox:
        for text in texts_of(message):
            for fragment in FRAGMENTS:
                assert fragment not in text, (message.subject, text)


def test_signup_email_carries_no_typed_name(client):
    sign_up(client, "victim@example.org")
    assert User.objects.get(email="victim@example.org").full_name == CRAFTED
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["victim@example.org"]
    assert "victim@example.org" in mail.outbox[0].body
    assert "/confirm-email/" in mail.outbox[0].body
    assert_nothing_typed_is_mailed()


def test_signup_email_resent_at_login_carries_no_typed_name(client):
    sign_up(client, "victim@example.org")
    client.post(
        reverse("account_login"),
        {"login": "victim@example.org", "password": "a-long-and-unusual-passphrase"},
    )
    assert_nothing_typed_is_mailed()


def test_signup_with_an_existing_address_mails_no_typed_name(client, fellow):
    response = sign_up(client, fellow.email)
    assert response["Location"] == reverse("account_email_verification_sent")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [fellow.email]
    assert_nothing_typed_is_mailed()
    fellow.refresh_from_db()
    assert fellow.full_name != CRAFTED
    assert fellow.check_password(PASSWORD)
