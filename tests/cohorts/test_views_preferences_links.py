"""E-mail preference links: per person, revocable, expiring, naming no one."""

import datetime
from urllib.parse import quote

import pytest
import time_machine
from django.core import mail, signing
from django.urls import reverse
from django.utils import timezone

from fellowship.cohorts.models import NotificationPreference, PreferencesLink
from fellowship.cohorts.services import (
    PREFERENCES_LINK_DAYS,
    notification_send,
    preferences_token,
    preferences_update,
    preferences_url,
)
from tests.factories import PASSWORD

INVALID = "This link is not valid"


def _path(url: str) -> str:
    return "/" + url.split("/", 3)[3]


def _link(user) -> str:
    return reverse(
        "cohorts:preferences", kwargs={"token": preferences_token(user=user)}
    )


def _nothing_changed(*users):
    assert not NotificationPreference.objects.filter(user__in=users).exists()


@pytest.fixture
def other(user_factory):
    from tests.factories import user_with_role

    return user_with_role("Fellow")


def test_preferences_link_changes_only_its_owners_preferences(client, fellow, other):
    url = preferences_url(user=fellow)
    response = client.post(_path(url), {"unsubscribe": "1"})
    assert response.status_code == 302
    preference = NotificationPreference.objects.get(user=fellow)
    assert not preference.due_reminders
    assert not preference.manager_digest
    assert not NotificationPreference.objects.filter(user=other).exists()

    client.post(_path(url), {"due_reminders": "on"})
    preference.refresh_from_db()
    assert preference.due_reminders
    assert not preference.inactivity_nudges


def test_preferences_link_and_page_do_not_show_the_address(client, fellow):
    url = preferences_url(user=fellow)
    for spelling in (fellow.email, quote(fellow.email), fellow.email.split("@")[0]):
        assert spelling not in url
    response = client.get(_path(url))
    assert response.status_code == 200
    body = response.content.decode()
    assert fellow.email not in body
    assert fellow.email.split("@")[0] not in body
    assert response["Cache-Control"].startswith("max-age=0")


def test_preferences_page_query_count(client, fellow, django_assert_max_num_queries):
    path = _link(fellow)
    preferences_update(user=fellow, due_reminders=False)
    with django_assert_max_num_queries(2):
        assert client.get(path).status_code == 200


def test_preferences_token_is_stored_only_as_a_hash(fellow):
    token = preferences_token(user=fellow)
    (link,) = PreferencesLink.objects.filter(user=fellow)
    assert token not in (link.token_hash, str(link.pk))
    assert len(link.token_hash) == 64
    assert link.expires_at - link.created_at == datetime.timedelta(
        days=PREFERENCES_LINK_DAYS
    )


def _refused(client, path, *users):
    for data in ({"unsubscribe": "1"}, {"revoke": "1"}, {}):
        response = client.post(path, data)
        assert response.status_code == 404
        assert INVALID in response.content.decode()
    response = client.get(path)
    assert response.status_code == 404
    assert INVALID in response.content.decode()
    _nothing_changed(*users)


def test_preferences_link_forged_is_refused(client, fellow):
    preferences_token(user=fellow)  # the person has real links
    path = reverse(
        "cohorts:preferences", kwargs={"token": "A" * 43}
    )  # the shape of a real one
    _refused(client, path, fellow)


def test_preferences_link_of_the_old_signed_format_is_refused(client, fellow):
    old = signing.dumps({"user": fellow.pk}, salt="fellowship.cohorts.preferences")
    _refused(client, reverse("cohorts:preferences", kwargs={"token": old}), fellow)


def test_preferences_link_expires(client, fellow):
    path = _link(fellow)
    later = timezone.now() + datetime.timedelta(days=PREFERENCES_LINK_DAYS, hours=1)
    with time_machine.travel(later, tick=False):
        _refused(client, path, fellow)
    with time_machine.travel(later - datetime.timedelta(days=2), tick=False):
        assert client.get(path).status_code == 200


def test_preferences_links_revoked_by_their_owner_stop_working(client, fellow, other):
    first, second = _link(fellow), _link(fellow)
    theirs = _link(other)
    response = client.post(first, {"revoke": "1"})
    assert response.status_code == 302
    assert response["Location"] == reverse("cohorts:preferences_revoked")
    assert "no longer work" in client.get(response["Location"]).content.decode()
    _refused(client, first, fellow)
    _refused(client, second, fellow)
    # Someone else's link and a new link of the same person still work.
    assert client.get(theirs).status_code == 200
    assert client.get(_link(fellow)).status_code == 200


def test_preferences_links_are_revoked_when_the_password_changes(client, fellow):
    path = _link(fellow)
    client.force_login(fellow)
    response = client.post(
        reverse("account_change_password"),
        {
            "oldpassword": PASSWORD,
            "password1": "another-long-passphrase-42",
            "password2": "another-long-passphrase-42",
        },
    )
    assert response.status_code == 302, response.content.decode()
    client.logout()
    _refused(client, path, fellow)


def test_preferences_link_of_a_deactivated_person_is_refused(client, fellow):
    path = _link(fellow)
    fellow.is_active = False
    fellow.save(update_fields=["is_active"])
    _refused(client, path, fellow)


def test_each_email_carries_a_fresh_working_link(client, fellow):
    mail.outbox.clear()
    for period in ("1", "2"):
        notification_send(
            user=fellow,
            kind="inactivity",
            subject_key="test",
            period=period,
            template="inactivity",
            context={"cohort": None, "days": 3, "last_activity": None},
        )
    links = [m.extra_headers["List-Unsubscribe"].strip("<>") for m in mail.outbox]
    assert len(set(links)) == 2
    assert all(link in m.body for link, m in zip(links, mail.outbox, strict=True))
    for link in links:
        assert client.get(_path(link)).status_code == 200
