"""The fellow's calendar page and its iCalendar subscription link."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from courses.models import CalendarFeed
from fellowship.assessments.models import Quiz
from fellowship.cohorts.models import Session
from fellowship.cohorts.services import membership_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def fellow_in_cohort(make_cohort, make_fellow, curriculum):
    cohort = make_cohort()
    fellow = make_fellow()
    membership_create(cohort=cohort, user=fellow)
    start = timezone.now() + datetime.timedelta(days=40)
    Session.objects.create(
        cohort=cohort,
        title="Tracing workshop",
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=3),
        location="Nairobi",
    )
    Quiz.objects.create(
        title="Tracing check",
        course=curriculum["a"],
        opens_at=timezone.now() + datetime.timedelta(days=1),
        closes_at=timezone.now() + datetime.timedelta(days=20),
    )
    return cohort, fellow


def _make_link(client):
    response = client.post(reverse("calendar"), {"action": "create"})
    assert response.status_code == 200
    return response.context["feed_url"]


def test_calendar_lists_deadlines_quiz_windows_and_sessions(client, fellow_in_cohort):
    _cohort, fellow = fellow_in_cohort
    client.force_login(fellow)
    response = client.get(reverse("calendar"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Due: Course A" in html
    assert "Due: Course B" in html
    assert "Quiz opens: Tracing check" in html
    assert "Quiz closes: Tracing check" in html
    assert "Tracing workshop" in html and "Nairobi" in html
    # In date order: the quiz opens (day 1) before course A is due (day 30),
    # which comes before the session (day 40).
    assert (
        html.index("Quiz opens")
        < html.index("Due: Course A")
        < html.index("Tracing workshop")
    )


def test_calendar_shows_nothing_of_other_people(client, fellow_in_cohort, make_fellow):
    stranger = make_fellow()
    client.force_login(stranger)
    html = client.get(reverse("calendar")).content.decode()
    assert "Tracing workshop" not in html
    assert "Course A" not in html
    assert "Nothing is coming up." in html


def test_calendar_needs_sign_in(client):
    response = client.get(reverse("calendar"))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_calendar_queries_do_not_grow_with_entries(
    client, fellow_in_cohort, django_assert_max_num_queries, curriculum
):
    cohort, fellow = fellow_in_cohort
    client.force_login(fellow)
    client.get(reverse("calendar"))  # warm caches (site root paths)
    with django_assert_max_num_queries(12) as small:
        client.get(reverse("calendar"))
    start = timezone.now() + datetime.timedelta(days=5)
    for n in range(6):
        Session.objects.create(
            cohort=cohort,
            title=f"Session {n}",
            starts_at=start + datetime.timedelta(days=n),
            ends_at=start + datetime.timedelta(days=n, hours=2),
        )
        Quiz.objects.create(
            title=f"Quiz {n}",
            course=curriculum["b"],
            closes_at=start + datetime.timedelta(days=n),
        )
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get(reverse("calendar"))
    assert "Session 5" in response.content.decode()


def test_feed_link_serves_icalendar_without_a_session(client, fellow_in_cohort):
    _cohort, fellow = fellow_in_cohort
    client.force_login(fellow)
    url = _make_link(client)
    client.logout()
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}
    assert {"Due: Course A", "Due: Course B", "Tracing workshop"} <= set(events)
    workshop = events["Tracing workshop"]
    assert str(workshop["LOCATION"]) == "Nairobi"
    assert workshop["DTEND"].dt - workshop["DTSTART"].dt == datetime.timedelta(hours=3)
    due = events["Due: Course A"]
    assert due["DTSTART"].dt == timezone.localdate() + datetime.timedelta(days=30)
    assert not isinstance(due["DTSTART"].dt, datetime.datetime)  # all day
    # Stable ids: the same entry keeps its UID in the next read.
    again = Calendar.from_ical(client.get(url).content)
    assert {str(e["UID"]) for e in again.walk("VEVENT")} == {
        str(e["UID"]) for e in calendar.walk("VEVENT")
    }


def test_feed_link_is_shown_once_and_only_its_hash_is_kept(client, fellow_in_cohort):
    _cohort, fellow = fellow_in_cohort
    client.force_login(fellow)
    url = _make_link(client)
    key = url.rsplit("/", 1)[1].removesuffix(".ics")
    feed = CalendarFeed.objects.get(user=fellow)
    assert key not in feed.key_hash
    page = client.get(reverse("calendar")).content.decode()
    assert key not in page
    assert "Make a new link" in page


def test_new_link_ends_the_old_one(client, fellow_in_cohort):
    _cohort, fellow = fellow_in_cohort
    client.force_login(fellow)
    old = _make_link(client)
    new = _make_link(client)
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200


def test_stopping_the_link_ends_it(client, fellow_in_cohort):
    _cohort, fellow = fellow_in_cohort
    client.force_login(fellow)
    url = _make_link(client)
    response = client.post(reverse("calendar"), {"action": "delete"})
    assert response.status_code == 302
    assert client.get(url).status_code == 404
    assert not CalendarFeed.objects.filter(user=fellow).exists()


@pytest.mark.parametrize(
    "key", ["", "not-a-key", "x" * 300, "../../etc/passwd"], ids=str.__len__
)
def test_feed_refuses_unknown_keys(client, fellow_in_cohort, key):
    response = client.get(f"/en/calendar/{key}.ics")
    assert response.status_code == 404


def test_feed_of_a_deactivated_person_stops(client, fellow_in_cohort):
    _cohort, fellow = fellow_in_cohort
    client.force_login(fellow)
    url = _make_link(client)
    fellow.is_active = False
    fellow.save(update_fields=["is_active"])
    client.logout()
    assert client.get(url).status_code == 404


def test_calendar_refuses_an_unknown_action(client, fellow_in_cohort):
    _cohort, fellow = fellow_in_cohort
    client.force_login(fellow)
    response = client.post(reverse("calendar"), {"action": "drop-tables"})
    assert response.status_code == 400
    assert not CalendarFeed.objects.filter(user=fellow).exists()


def test_feed_speaks_the_language_of_its_link(client, fellow_in_cohort):
    _cohort, fellow = fellow_in_cohort
    client.force_login(fellow)
    url = _make_link(client)
    french = url.replace("/en/", "/fr/")
    calendar = Calendar.from_ical(client.get(french).content)
    summaries = {str(event["SUMMARY"]) for event in calendar.walk("VEVENT")}
    assert any(summary.startswith("Échéance") for summary in summaries), summaries
