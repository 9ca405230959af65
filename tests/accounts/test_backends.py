"""The signed-in person is read by a compiled query: the same person, the
same refusals as Django's own backend, and sessions signed in before the
change stay signed in."""

import pytest
from django.contrib.auth import BACKEND_SESSION_KEY, SESSION_KEY
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from fellowship.accounts.backends import AuthenticationBackend, ModelBackend
from tests.factories import PASSWORD, user_with_role

pytestmark = pytest.mark.django_db


def signed_in_as(client):
    page = client.get(reverse("my_learning"))
    if page.status_code != 200:
        return None
    return page.context["request"].user


def test_each_session_reads_its_own_person():
    first, second = user_with_role("Fellow"), user_with_role("Fellow")
    clients = {}
    for person in (first, second):
        clients[person.pk] = Client()
        response = clients[person.pk].post(
            reverse("account_login"), {"login": person.email, "password": PASSWORD}
        )
        assert response.status_code == 302
    for person in (second, first):
        user = signed_in_as(clients[person.pk])
        assert (user.pk, user.email, user.full_name) == (
            person.pk,
            person.email,
            person.full_name,
        )
    # A sign-in stores the backend that now reads the person.
    assert (
        clients[first.pk]
        .session[BACKEND_SESSION_KEY]
        .startswith("fellowship.accounts.backends.")
    )


@pytest.mark.parametrize("backend", [ModelBackend, AuthenticationBackend])
def test_the_backends_refuse_what_django_refuses(backend, fellow):
    assert backend().get_user(str(fellow.pk)).pk == fellow.pk
    assert backend().get_user("not a number") is None
    assert backend().get_user(None) is None
    assert backend().get_user(str(fellow.pk + 1000)) is None
    fellow.is_active = False
    fellow.save(update_fields=["is_active"])
    assert backend().get_user(str(fellow.pk)) is None


def test_a_deactivated_person_is_signed_out_at_the_next_request(client, fellow):
    client.force_login(fellow)
    assert signed_in_as(client).pk == fellow.pk
    fellow.is_active = False
    fellow.save(update_fields=["is_active"])
    assert signed_in_as(client) is None


def test_a_password_change_still_signs_out_the_other_sessions(fellow):
    laptop, phone = Client(), Client()
    for device in (laptop, phone):
        device.post(
            reverse("account_login"), {"login": fellow.email, "password": PASSWORD}
        )
    fellow.set_password("a-new-long-passphrase-2026")
    fellow.save()
    assert signed_in_as(phone) is None


@pytest.mark.parametrize(
    "former",
    [
        "django.contrib.auth.backends.ModelBackend",
        "allauth.account.auth_backends.AuthenticationBackend",
    ],
)
def test_a_session_signed_in_before_stays_signed_in(client, fellow, former):
    client.force_login(fellow)
    session = client.session
    session[BACKEND_SESSION_KEY] = former
    session.save()
    assert signed_in_as(client).pk == fellow.pk
    upgraded = client.session
    assert upgraded[SESSION_KEY] == str(fellow.pk)
    assert upgraded[BACKEND_SESSION_KEY] == former.replace(
        "django.contrib.auth.backends", "fellowship.accounts.backends"
    ).replace("allauth.account.auth_backends", "fellowship.accounts.backends")


def test_a_session_under_an_unknown_backend_is_signed_out(client, fellow):
    client.force_login(fellow)
    session = client.session
    session[BACKEND_SESSION_KEY] = "somewhere.else.Backend"
    session.save()
    assert signed_in_as(client) is None


def test_a_first_visit_gets_no_session(client, site):
    response = client.get("/en/")
    assert "sessionid" not in response.cookies


def test_reading_the_person_is_one_query(client, fellow):
    client.force_login(fellow)
    client.get(reverse("my_learning"))
    with CaptureQueriesContext(connection) as captured:
        client.get(reverse("my_learning"))
    user_reads = [q["sql"] for q in captured if 'FROM "accounts_user"' in q["sql"]]
    assert len(user_reads) == 1, user_reads
