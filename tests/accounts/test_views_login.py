import pytest
from django.urls import reverse

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def login(client, email, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def test_login_lands_on_my_learning(client, fellow):
    response = login(client, fellow.email)
    assert response.status_code == 302
    assert response["Location"] == reverse("my_learning")
    page = client.get(reverse("my_learning"))
    assert page.status_code == 200
    assert "My learning" in page.content.decode()
    assert fellow.full_name in page.content.decode()


def test_login_lands_in_the_preferred_language(client, fellow):
    fellow.preferred_language = "fr"
    fellow.save()
    response = login(client, fellow.email)
    assert response["Location"] == "/fr/my-learning/"


def test_login_with_wrong_password_says_so(client, fellow):
    response = login(client, fellow.email, "wrong-password")
    assert response.status_code == 200
    assert "The email address and/or password you specified are not correct." in (
        response.content.decode()
    )
    assert "_auth_user_id" not in client.session


def test_login_rate_limit_blocks_after_repeated_failures(client, fellow):
    for _ in range(5):
        login(client, fellow.email, "wrong-password")
    response = login(client, fellow.email)  # even the right password now
    assert response.status_code in (200, 429)
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_anonymous_is_sent_to_login(client):
    response = client.get(reverse("my_learning"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_logout_needs_post(client, fellow):
    client.force_login(fellow)
    client.get(reverse("account_logout"))
    assert "_auth_user_id" in client.session
    client.post(reverse("account_logout"))
    assert "_auth_user_id" not in client.session
