"""Who sees what in the managers' views: scoped to assigned cohorts."""

import pytest
from django.urls import reverse

from fellowship.cohorts.services import membership_create
from tests.factories import activate_totp


@pytest.fixture
def signed_in(client):
    def sign_in(user):
        activate_totp(user)
        client.force_login(user)
        return client

    return sign_in


@pytest.fixture
def two_cohorts(make_cohort, make_call, manager):
    mine = make_cohort(name="Cohort Mine", managers=[manager])
    other = make_cohort(name="Cohort Other")
    make_call(mine)
    make_call(other)
    return mine, other


def test_manager_sees_and_exports_only_their_cohorts(
    signed_in, manager, two_cohorts, make_fellow
):
    mine, other = two_cohorts
    membership_create(cohort=other, user=make_fellow())
    client = signed_in(manager)
    index = client.get(reverse("programme:index"))
    assert index.status_code == 200
    assert "Cohort Mine" in index.content.decode()
    assert "Cohort Other" not in index.content.decode()
    assert client.get(reverse("programme:dashboard", args=[mine.pk])).status_code == 200
    for name, args in [
        ("programme:dashboard", [other.pk]),
        ("programme:dashboard_export", [other.pk, "csv"]),
        ("programme:dashboard_export", [other.pk, "xlsx"]),
        ("programme:selection", [other.pk]),
        ("programme:sessions", [other.pk]),
    ]:
        assert client.get(reverse(name, args=args)).status_code == 404, name


def test_manager_cannot_open_another_cohorts_fellow_or_application(
    signed_in, manager, two_cohorts, make_fellow
):
    _mine, other = two_cohorts
    membership = membership_create(cohort=other, user=make_fellow())
    client = signed_in(manager)
    assert (
        client.get(reverse("programme:membership", args=[membership.pk])).status_code
        == 404
    )
    response = client.post(
        reverse("programme:membership", args=[membership.pk]),
        {"to_status": "withdrawn"},
    )
    assert response.status_code == 404
    membership.refresh_from_db()
    assert membership.status == "active"


def test_cycle_report_covers_only_the_managers_cohorts(
    signed_in, manager, two_cohorts, make_fellow
):
    mine, other = two_cohorts
    membership_create(cohort=other, user=make_fellow())
    client = signed_in(manager)
    response = client.get(reverse("programme:report", args=[mine.cycle_id]))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Cohort Mine" in body and "Cohort Other" not in body


def test_site_admin_sees_every_cohort(signed_in, site_admin, two_cohorts):
    mine, other = two_cohorts
    client = signed_in(site_admin)
    assert (
        client.get(reverse("programme:dashboard", args=[other.pk])).status_code == 200
    )
    body = client.get(reverse("programme:index")).content.decode()
    assert "Cohort Mine" in body and "Cohort Other" in body


@pytest.mark.parametrize(
    ("role", "status"), [("instructor", 302), ("focal_point", 403), ("fellow", 403)]
)
def test_other_roles_are_refused_the_programme_views(
    request, client, role, status, two_cohorts
):
    # Staff get Wagtail's refusal (back to the admin home); people without
    # admin access get the 403 page.
    user = request.getfixturevalue(role)
    activate_totp(user)
    client.force_login(user)
    mine, _other = two_cohorts
    for url in (
        reverse("programme:index"),
        reverse("programme:dashboard", args=[mine.pk]),
        reverse("programme:dashboard_export", args=[mine.pk, "csv"]),
    ):
        assert client.get(url).status_code == status, (role, url)


def test_anonymous_is_sent_to_sign_in(client, two_cohorts):
    mine, _other = two_cohorts
    response = client.get(reverse("programme:dashboard", args=[mine.pk]))
    assert response.status_code == 302


def test_site_admin_opens_the_set_up_screens(signed_in, site_admin, two_cohorts):
    mine, _other = two_cohorts
    client = signed_in(site_admin)
    for url in (
        reverse("cohort:add"),
        reverse("cohort:edit", args=[mine.pk]),
        reverse("call:edit", args=[mine.call.pk]),
        reverse("cycle:add"),
    ):
        assert client.get(url).status_code == 200, url
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Dashboards and reports" in menu


def test_cohort_set_up_is_scoped_like_the_dashboards(signed_in, manager, two_cohorts):
    from django.contrib.auth.models import Permission

    mine, other = two_cohorts
    manager.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="cohorts",
            codename__in=["change_cohort", "view_cohort"],
        )
    )
    client = signed_in(manager)
    listing = client.get(reverse("cohort:index")).content.decode()
    assert "Cohort Mine" in listing and "Cohort Other" not in listing
    assert client.get(reverse("cohort:edit", args=[mine.pk])).status_code == 200
    assert client.get(reverse("cohort:edit", args=[other.pk])).status_code == 404
