"""Every page whose listing grows with data runs a fixed number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from fellowship.cohorts.services import (
    application_decide,
    application_submit,
    membership_create,
)
from tests.cohorts.conftest import pdf_upload
from tests.factories import activate_totp


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def assert_fixed(client, url, grow):
    """N items, then 3N: the same number of queries."""
    grow(2)
    client.get(url)  # warm per-process caches (content types, site)
    small = queries(client, url)
    grow(4)
    assert queries(client, url) == small


@pytest.fixture
def call(make_cohort, make_call, manager):
    return make_call(make_cohort(managers=[manager]))


@pytest.fixture
def apply(call, make_fellow, manager):
    def grow(count):
        for index in range(count):
            application = application_submit(
                call=call,
                applicant=make_fellow(country=["GH", "FJ"][index % 2]),
                motivation="M",
                letter=pdf_upload(),
                profile={"country": ["GH", "FJ"][index % 2]},
            )
            if index % 2:
                application_decide(
                    application=application, decision="accepted", actor=manager
                )

    return grow


def test_calls_list_queries_are_fixed(client, make_cohort, make_call):
    made = []

    def grow(count):
        for _ in range(count):
            made.append(make_call(make_cohort(name=f"Cohort {len(made)}")))

    assert_fixed(client, reverse("cohorts:calls"), grow)


def test_my_applications_queries_are_fixed(client, fellow, make_cohort, make_call):
    client.force_login(fellow)
    made = []

    def grow(count):
        for _ in range(count):
            call = make_call(make_cohort(name=f"Cohort {len(made)}"))
            made.append(
                application_submit(
                    call=call,
                    applicant=fellow,
                    motivation="M",
                    letter=pdf_upload(),
                    profile={"country": "GH"},
                )
            )

    assert_fixed(client, reverse("cohorts:my_applications"), grow)


def test_selection_page_queries_are_fixed(client, manager, call, apply):
    activate_totp(manager)
    client.force_login(manager)
    assert_fixed(client, reverse("programme:selection", args=[call.cohort_id]), apply)


def test_report_and_index_queries_are_fixed(client, manager, call, apply, certified):
    activate_totp(manager)
    client.force_login(manager)
    assert_fixed(
        client, reverse("programme:report", args=[call.cohort.cycle_id]), apply
    )
    assert_fixed(client, reverse("programme:index"), apply)


def test_dashboard_selector_runs_six_queries(make_cohort, make_fellow, certified):
    from fellowship.cohorts.selectors import cohort_dashboard

    cohort = make_cohort()
    for _ in range(3):
        membership_create(cohort=cohort, user=make_fellow())
    with CaptureQueriesContext(connection) as captured:
        cohort_dashboard(cohort=cohort)
    # cohort courses, memberships, prerequisites, progress rows, sessions
    # held, attendance
    assert len(captured) == 6
