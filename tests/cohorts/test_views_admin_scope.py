"""Every view of the programme's models answers 404 outside a manager's scope."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from fellowship.cohorts.choices import StaffRole
from fellowship.cohorts.models import Cohort, CohortStaff, Cycle, RubricCriterion
from fellowship.cohorts.services import membership_create
from tests.factories import activate_totp, user_with_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client):
    def sign_in(user):
        activate_totp(user)
        client.force_login(user)
        return client

    return sign_in


@pytest.fixture
def other(make_cohort, make_call, make_fellow, instructor):
    """A cohort someone else runs, with staff, a rubric, a session and a fellow."""
    cohort = make_cohort(name="Cohort Other")
    CohortStaff.objects.create(
        cohort=cohort, user=instructor, role=StaffRole.INSTRUCTOR
    )
    call = make_call(cohort)
    RubricCriterion.objects.create(call=call, name="Secret criterion", weight=2)
    cohort.sessions.create(
        title="Secret session",
        starts_at=datetime.datetime(2026, 5, 1, 9, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2026, 5, 1, 12, tzinfo=datetime.UTC),
    )
    cohort.fellow_for_test = make_fellow(country="KE")
    membership_create(cohort=cohort, user=cohort.fellow_for_test)
    return cohort


def _object_urls(cohort):
    urls = []
    for prefix, pk in (("cohort", cohort.pk), ("call", cohort.call.pk)):
        for name in ("edit", "copy", "delete", "history", "usage"):
            urls.append(reverse(f"{prefix}:{name}", args=[pk]))
    return urls


def test_unassigned_manager_gets_404_from_every_view_of_another_cohort(
    signed_in, manager, other
):
    client = signed_in(manager)
    for url in _object_urls(other):
        response = client.get(url)
        assert response.status_code == 404, url
        assert b"Secret" not in response.content, url
    listing = client.get(reverse("cohort:index")).content.decode()
    assert "Cohort Other" not in listing
    assert "Cohort Other" not in client.get(reverse("call:index")).content.decode()
    search = client.get(reverse("cohort:index_results"), {"q": "Other"})
    assert "Cohort Other" not in search.content.decode()
    # Posting to the edit or delete view changes nothing.
    client.post(reverse("cohort:delete", args=[other.pk]))
    assert Cohort.objects.filter(pk=other.pk).exists()


def test_assigned_manager_reaches_every_view_of_their_cohort(signed_in, manager, other):
    CohortStaff.objects.create(cohort=other, user=manager, role=StaffRole.MANAGER)
    client = signed_in(manager)
    for url in _object_urls(other):
        # Managers may not delete cohorts or calls: Wagtail's refusal.
        expected = 302 if "/delete/" in url else 200
        assert client.get(url).status_code == expected, url
    copy = client.get(reverse("call:copy", args=[other.call.pk])).content.decode()
    assert "Secret criterion" in copy


def test_cycle_views_are_scoped_to_the_managers_cohorts(
    signed_in, manager, other, today
):
    empty = Cycle.objects.create(
        name="Fresh cycle", slug="fresh", starts_on=today, ends_on=today
    )
    client = signed_in(manager)
    for name in ("edit", "copy", "history", "usage"):
        assert (
            client.get(reverse(f"cycle:{name}", args=[other.cycle.pk])).status_code
            == 404
        ), name
        assert client.get(reverse(f"cycle:{name}", args=[empty.pk])).status_code == 200
    listing = client.get(reverse("cycle:index")).content.decode()
    assert "Fresh cycle" in listing and other.cycle.name not in listing


def test_cohort_index_filter_offers_only_cycles_in_scope(
    signed_in, manager, other, make_cohort
):
    client = signed_in(manager)
    body = client.get(reverse("cohort:index")).content.decode()
    assert other.cycle.name not in body


def test_cohort_form_lists_no_fellow_in_the_staff_select(
    signed_in, manager, other, make_cohort
):
    mine = make_cohort(name="Cohort Mine", managers=[manager])
    client = signed_in(manager)
    body = client.get(reverse("cohort:edit", args=[mine.pk])).content.decode()
    assert other.fellow_for_test.email not in body
    assert manager.email in body


def test_manager_who_creates_a_cohort_manages_it(signed_in, manager, today):
    cycle = Cycle.objects.create(
        name="New cycle", slug="new-cycle", starts_on=today, ends_on=today
    )
    client = signed_in(manager)
    data = {
        "cycle": cycle.pk,
        "name": "Cohort New",
        "slug": "cohort-new",
        "region_focus": "global",
        "language": "en",
        "status": "planned",
        "capacity": 20,
        "online_starts_on": today.isoformat(),
        "online_ends_on": today.isoformat(),
        "attendance_min_percent": 80,
        "reminder_days_before": 7,
        "inactivity_days": 14,
    }
    for prefix in ("cohort_courses", "staff", "sessions"):
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": 0,
                f"{prefix}-INITIAL_FORMS": 0,
                f"{prefix}-MIN_NUM_FORMS": 0,
                f"{prefix}-MAX_NUM_FORMS": 1000,
            }
        )
    response = client.post(reverse("cohort:add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    cohort = Cohort.objects.get(slug="cohort-new")
    assert cohort.staff.filter(user=manager, role=StaffRole.MANAGER).exists()
    assert client.get(reverse("cohort:edit", args=[cohort.pk])).status_code == 200


def test_user_admin_shows_a_manager_only_people_in_scope(
    signed_in, manager, other, make_cohort, make_fellow
):
    mine = make_cohort(name="Cohort Mine", managers=[manager])
    own_fellow = make_fellow(country="GH")
    membership_create(cohort=mine, user=own_fellow)
    stranger = other.fellow_for_test
    client = signed_in(manager)
    listing = client.get(reverse("wagtailusers_users:index")).content.decode()
    assert own_fellow.email in listing
    assert stranger.email not in listing
    search = client.get(
        reverse("wagtailusers_users:index_results"), {"q": stranger.email}
    )
    assert stranger.email not in search.content.decode()
    for name in ("edit", "delete", "history", "usage", "copy"):
        url = reverse(f"wagtailusers_users:{name}", args=[stranger.pk])
        assert client.get(url).status_code == 404, name


def test_user_admin_lists_in_a_fixed_number_of_queries(
    signed_in, manager, make_cohort, make_fellow
):
    mine = make_cohort(name="Cohort Mine", managers=[manager])
    client = signed_in(manager)
    url = reverse("wagtailusers_users:index")

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    membership_create(cohort=mine, user=make_fellow())
    few = count()
    for _n in range(5):
        membership_create(cohort=mine, user=make_fellow())
        user_with_role("Fellow")
    assert count() == few
