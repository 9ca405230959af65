"""The main navigation is rendered once per language, set of links and
unread count; what belongs to one request (the sign-out form's CSRF token)
and to one person (their links, their count) is always their own."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from fellowship.accounts.services import notification_post
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db

TOKEN = re.compile(
    r'action="[^"]*/accounts/logout/"[^>]*>\s*'
    r'<input type="hidden" name="csrfmiddlewaretoken" value="([^"]+)"'
)


def _page(client, path="/en/my-learning/"):
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def test_each_fellow_signs_out_with_their_own_token():
    fellows = [user_with_role("Fellow") for _ in range(2)]
    clients = []
    for fellow in fellows:
        client = Client(enforce_csrf_checks=True)
        client.force_login(fellow)
        clients.append(client)
    tokens = [TOKEN.search(_page(client)).group(1) for client in clients]
    assert tokens[0] != tokens[1]
    # The first fellow's token is refused for the second; their own works.
    refused = clients[1].post(
        reverse("account_logout"), {"csrfmiddlewaretoken": tokens[0]}
    )
    assert refused.status_code == 403
    assert "_auth_user_id" in clients[1].session
    signed_out = clients[1].post(
        reverse("account_logout"), {"csrfmiddlewaretoken": tokens[1]}
    )
    assert signed_out.status_code == 302
    assert "_auth_user_id" not in clients[1].session


def test_unread_count_and_language_are_each_request_own():
    fellow = user_with_role("Fellow")
    client = Client()
    client.force_login(fellow)
    assert "unread notification" not in _page(client)
    notification_post(
        user=fellow, kind="test", message="Hello", dedupe_key="one", email=False
    )
    assert "1 unread notification<" in _page(client)
    french = _page(client, "/fr/my-learning/")
    assert "Se déconnecter" in french and "Sign out" not in french
    manager = user_with_role("Programme manager")
    client.force_login(manager)
    html = _page(client, reverse("notifications"))
    assert "Administration" in html
    assert "unread notification" not in html


def test_anonymous_visitors_get_no_sign_out_form(client):
    html = _page(client, reverse("account_login"))
    assert "Sign in" in html
    assert "csrfmiddlewaretoken" not in html.split("</header>")[0]
