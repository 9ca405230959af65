"""After signing in, a same-site `next` is kept; any other falls back to My learning."""

import pytest
from django.urls import reverse

from fellowship.accounts.landing import landing_url
from tests.accounts.test_views_mfa import current_code
from tests.factories import PASSWORD, activate_totp

pytestmark = pytest.mark.django_db

SAME_SITE = "/en/courses/x/"
UNSAFE = [
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
]


def login(client, user, **extra):
    return client.post(
        reverse("account_login"), {"login": user.email, "password": PASSWORD, **extra}
    )


def test_login_keeps_a_same_site_next_from_the_form(client, fellow):
    response = login(client, fellow, next=SAME_SITE)
    assert response.status_code == 302
    assert response["Location"] == SAME_SITE


def test_login_keeps_a_same_site_next_from_the_address(client, fellow):
    response = client.post(
        f"{reverse('account_login')}?next={SAME_SITE}",
        {"login": fellow.email, "password": PASSWORD},
    )
    assert response["Location"] == SAME_SITE


def test_login_form_carries_next(client):
    page = client.get(reverse("account_login"), {"next": SAME_SITE})
    assert f'name="next" value="{SAME_SITE}"' in page.content.decode()


@pytest.mark.parametrize("unsafe", UNSAFE)
def test_login_refuses_an_unsafe_next(client, fellow, unsafe):
    response = login(client, fellow, next=unsafe)
    assert response.status_code == 302
    assert response["Location"] == reverse("my_learning")
    assert client.session["_auth_user_id"] == str(fellow.pk)


@pytest.mark.parametrize("unsafe", UNSAFE)
def test_login_unsafe_next_falls_back_to_the_preferred_language(client, fellow, unsafe):
    fellow.preferred_language = "fr"
    fellow.save()
    response = login(client, fellow, next=unsafe)
    assert response["Location"] == "/fr/my-learning/"


def test_login_keeps_next_through_the_totp_code(client, manager):
    secret = activate_totp(manager)
    response = login(client, manager, next=SAME_SITE)
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    response = client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert response["Location"] == SAME_SITE
    assert client.session["_auth_user_id"] == str(manager.pk)


@pytest.mark.parametrize("unsafe", UNSAFE)
def test_login_refuses_an_unsafe_next_through_the_totp_code(client, manager, unsafe):
    secret = activate_totp(manager)
    login(client, manager, next=unsafe)
    response = client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    # The manager's own landing page (their programme), never the unsafe next.
    assert response["Location"] == landing_url(user=manager)
    assert response["Location"].startswith("/")
