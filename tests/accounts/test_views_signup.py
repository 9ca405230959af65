import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from fellowship.accounts.models import FellowProfile, User

pytestmark = pytest.mark.django_db

GOOD = {
    "full_name": "Fatima Al-Hassan",
    "email": "fatima@example.org",
    "password1": "a-long-and-unusual-passphrase",
    "password2": "a-long-and-unusual-passphrase",
}


def test_signup_creates_fellow_and_sends_verification(client):
    response = client.post(reverse("account_signup"), GOOD)

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    user = User.objects.get(email="fatima@example.org")
    assert user.full_name == "Fatima Al-Hassan"
    assert list(user.groups.values_list("name", flat=True)) == ["Fellow"]
    assert FellowProfile.objects.filter(user=user).exists()
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["fatima@example.org"]


def test_signup_in_arabic_keeps_the_language(client):
    with_language = reverse("account_signup").replace("/en/", "/ar/")
    client.post(with_language, GOOD)
    assert User.objects.get(email=GOOD["email"]).preferred_language == "ar"


def test_unverified_account_cannot_reach_my_learning(client):
    client.post(reverse("account_signup"), GOOD)
    response = client.post(
        reverse("account_login"),
        {"login": GOOD["email"], "password": GOOD["password1"]},
    )
    assert response["Location"] == reverse("account_email_verification_sent")
    assert client.get(reverse("my_learning")).status_code == 302


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"full_name": "   "}, "full_name", "This field is required."),
        ({"email": "not-an-address"}, "email", "Enter a valid email address."),
        (
            {"password2": "something-else-entirely"},
            "password2",
            "You must type the same password each time.",
        ),
        (
            {"password1": "short", "password2": "short"},
            "password1",
            "This password is too short.",
        ),
    ],
)
def test_signup_bad_input_shows_error_and_creates_nothing(
    client, change, field, message
):
    response = client.post(reverse("account_signup"), {**GOOD, **change})

    assert response.status_code == 200
    errors = response.context["form"].errors[field]
    assert any(message in error for error in errors), errors
    assert message in response.content.decode()
    assert not User.objects.exists()
    assert not mail.outbox


def test_signup_with_taken_email_creates_no_second_account(client, fellow):
    response = client.post(
        reverse("account_signup"), {**GOOD, "email": fellow.email.upper()}
    )
    assert User.objects.filter(email__iexact=fellow.email).count() == 1
    assert response.status_code in (200, 302)
