"""The notifications page and the header's unread count."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext_noop

from fellowship.accounts.models import UserNotification
from fellowship.accounts.services import notification_post
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db

MESSAGE = gettext_noop("Your certificate for “%(achievement)s” has been issued.")


def post(user, n=1, **fields):
    return notification_post(
        user=user,
        kind="certificate_issued",
        message=MESSAGE,
        params={"achievement": f"Tracing {n}"},
        url=f"/verify/CODE{n}/",
        dedupe_key=f"certificate:{n}",
        **fields,
    )


def test_notification_is_posted_once_per_key(fellow):
    assert post(fellow) is not None
    assert post(fellow) is None
    assert UserNotification.objects.filter(user=fellow).count() == 1


def test_notifications_page_lists_only_the_persons_own(client, fellow):
    other = user_with_role("Fellow")
    post(fellow, 1)
    post(other, 2)
    client.force_login(fellow)
    html = client.get(reverse("notifications")).content.decode()
    assert "Your certificate for “Tracing 1” has been issued." in html
    assert 'href="/verify/CODE1/"' in html
    assert "Tracing 2" not in html


def test_notifications_are_shown_in_the_pages_language(client, fellow):
    post(fellow)
    client.force_login(fellow)
    html = client.get("/fr/accounts/notifications/").content.decode()
    assert "Tracing 1" in html
    assert "Your certificate" not in html


def test_header_counts_unread_and_marking_read_clears_it(client, fellow):
    post(fellow, 1)
    post(fellow, 2)
    client.force_login(fellow)
    page = client.get(reverse("my_learning")).content.decode()
    assert "2 unread notifications" in page
    response = client.post(reverse("notifications"))
    assert response.status_code == 302
    assert not UserNotification.objects.filter(user=fellow, read_at=None).exists()
    page = client.get(reverse("my_learning")).content.decode()
    assert "unread notification" not in page
    post(fellow, 3)
    page = client.get(reverse("my_learning")).content.decode()
    assert "1 unread notification" in page


def test_marking_read_touches_only_the_persons_own(client, fellow):
    other = user_with_role("Fellow")
    post(other, 9)
    client.force_login(fellow)
    client.post(reverse("notifications"))
    assert UserNotification.objects.get(user=other).read_at is None


def test_notifications_need_sign_in(client):
    response = client.get(reverse("notifications"))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_notifications_page_queries_do_not_grow(
    client, fellow, django_assert_max_num_queries
):
    post(fellow, 1)
    client.force_login(fellow)
    client.get(reverse("notifications"))
    with django_assert_max_num_queries(8) as few:
        client.get(reverse("notifications"))
    budget = len(few.captured_queries)
    for n in range(2, 30):
        post(fellow, n)
    client.get(reverse("notifications"))  # the header's count, cached again
    with django_assert_max_num_queries(budget):
        response = client.get(reverse("notifications"))
    assert "Tracing 29" in response.content.decode()
