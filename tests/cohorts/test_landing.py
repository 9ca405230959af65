"""Each role lands on its own work after sign-in, and the navigation shows
each role's tasks in a fixed number of queries."""

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from fellowship.accounts.landing import landing_url
from tests.factories import PASSWORD, user_with_role


def test_landing_url_sends_a_fellow_to_my_learning(fellow):
    assert landing_url(user=fellow) == reverse("my_learning")


def test_landing_url_sends_an_instructor_to_the_admin(instructor):
    assert landing_url(user=instructor) == reverse("wagtailadmin_home")


def test_landing_url_sends_a_manager_of_one_cohort_to_its_dashboard(
    manager, make_cohort
):
    cohort = make_cohort(managers=[manager])
    assert landing_url(user=manager) == reverse("programme:dashboard", args=[cohort.pk])


def test_landing_url_sends_a_manager_of_two_cohorts_to_the_programme_index(
    manager, make_cohort
):
    make_cohort(name="One", managers=[manager])
    make_cohort(name="Two", managers=[manager])
    assert landing_url(user=manager) == reverse("programme:index")


def test_landing_url_sends_a_focal_point_to_the_candidates_of_their_state(
    make_focal_point,
):
    assert landing_url(user=make_focal_point("GH")) == reverse("cohorts:nominations")


def test_landing_url_falls_back_to_my_learning_for_a_focal_point_without_a_state(
    focal_point,
):
    assert landing_url(user=focal_point) == reverse("my_learning")


def _sign_in(client, user):
    return client.post(
        reverse("account_login"), {"login": user.email, "password": PASSWORD}
    )


def test_sign_in_lands_a_focal_point_on_the_candidates_of_their_state(
    client, make_focal_point
):
    response = _sign_in(client, make_focal_point("GH"))
    assert response.status_code == 302
    assert response["Location"] == reverse("cohorts:nominations")


def test_sign_in_keeps_a_safe_next(client, make_focal_point):
    response = client.post(
        reverse("account_login") + "?next=/en/catalogue/",
        {"login": make_focal_point("GH").email, "password": PASSWORD},
    )
    assert response["Location"] == "/en/catalogue/"


def _nav(user):
    request = RequestFactory().get("/")
    request.user = user
    template = Template('{% include "includes/header.html" %}')
    with CaptureQueriesContext(connection) as queries:
        html = template.render(Context({"request": request, "user": user}))
    return html, len(queries)


def test_navigation_shows_a_fellow_their_tasks(fellow):
    html, _queries = _nav(fellow)
    for label in ("My learning", "Catalogue", "My applications", "Certificates"):
        assert f">{label}</a>" in html
    assert "Administration" not in html
    assert reverse("cohorts:nominations") not in html


def test_navigation_shows_a_focal_point_the_candidates_of_their_state(
    make_focal_point,
):
    html, _queries = _nav(make_focal_point("GH"))
    assert reverse("cohorts:nominations") in html
    assert "Administration" not in html


def test_navigation_shows_a_manager_administration_and_the_dashboard(
    manager, make_cohort
):
    cohort = make_cohort(managers=[manager])
    html, _queries = _nav(manager)
    assert "Administration" in html
    assert reverse("programme:dashboard", args=[cohort.pk]) in html


def test_navigation_shows_an_instructor_administration_only(instructor):
    html, _queries = _nav(instructor)
    assert "Administration" in html
    assert ">Dashboard</a>" not in html


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Fellow", 1),
        ("Instructor", 1),
        ("National focal point", 1),
        # The roles, then the Dashboard link: the manager's roles and cohorts.
        ("Programme manager", 3),
    ],
)
def test_navigation_runs_a_fixed_number_of_queries(role, expected, make_cohort):
    user = user_with_role(role)
    make_cohort(name="Cohort 0", managers=[user])
    _html, one = _nav(user)
    for n in range(1, 4):
        make_cohort(name=f"Cohort {n}", managers=[user])
    user = type(user).objects.get(pk=user.pk)
    _html, four = _nav(user)
    assert one == four == expected
