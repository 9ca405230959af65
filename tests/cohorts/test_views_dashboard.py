"""The dashboard page and its exports: contents, and a fixed number of queries."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from fellowship.cohorts.selectors import DashboardFilters
from fellowship.cohorts.services import membership_create
from tests.cohorts.conftest import complete_lessons
from tests.factories import activate_totp


def _streamed(response) -> str:
    """The text of a streamed CSV export (sent row by row, never whole)."""
    assert response.streaming
    return b"".join(response.streaming_content).decode("utf-8-sig")


@pytest.fixture
def manager_client(client, manager):
    activate_totp(manager)
    client.force_login(manager)
    return client


def test_dashboard_page_shows_the_matrix(manager_client, known_cohort):
    response = manager_client.get(
        reverse("programme:dashboard", args=[known_cohort.pk])
    )
    assert response.status_code == 200
    body = response.content.decode()
    for fellow in known_cohort.fellows_for_test:
        assert fellow.full_name in body
    assert "Course A" in body and "Completion funnel" in body
    assert 'class="programme-bars programme-funnel"' in body


def test_dashboard_page_runs_the_same_queries_for_n_and_3n_fellows(
    manager_client, make_cohort, make_fellow, curriculum, manager, certified
):
    cohort = make_cohort(managers=[manager])
    url = reverse("programme:dashboard", args=[cohort.pk])

    def grow(count):
        for index in range(count):
            user = make_fellow(country=["GH", "PE", "FJ"][index % 3])
            membership_create(cohort=cohort, user=user)
            complete_lessons(user, curriculum["a"], index % 4)

    grow(3)
    manager_client.get(url)  # warm caches (content types, site root)
    with CaptureQueriesContext(connection) as small:
        assert manager_client.get(url).status_code == 200
    grow(6)
    with CaptureQueriesContext(connection) as large:
        response = manager_client.get(url)
    assert response.content.decode().count('class="programme-row"') == 9
    assert len(small) == len(large), [q["sql"] for q in large]


def test_dashboard_csv_export_contains_the_matrix(manager_client, known_cohort):
    response = manager_client.get(
        reverse("programme:dashboard_export", args=[known_cohort.pk, "csv"])
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(_streamed(response))))
    header, body = rows[0], rows[1:]
    assert header[:3] == ["Fellow", "E-mail", "Country"]
    assert "Course A: progress (%)" in header and "Course B: completed" in header
    by_name = {row[0]: dict(zip(header, row, strict=True)) for row in body}
    first, second, third, _fourth = known_cohort.fellows_for_test
    assert by_name[first.full_name]["Course A: progress (%)"] == "100"
    assert by_name[first.full_name]["Course A: completed"] == "yes"
    assert by_name[second.full_name]["Course A: progress (%)"] == "50"
    assert by_name[third.full_name]["At risk"] == "yes"
    assert by_name[third.full_name]["Country"] == "FR"
    assert len(body) == 4


def test_dashboard_xlsx_export_contains_the_matrix(manager_client, known_cohort):
    response = manager_client.get(
        reverse("programme:dashboard_export", args=[known_cohort.pk, "xlsx"])
    )
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    column = header.index("Course A: progress (%)")
    values = {row[0]: row[column] for row in rows[1:]}
    first, second, *_rest = known_cohort.fellows_for_test
    assert values[first.full_name] == 100
    assert values[second.full_name] == 50
    assert len(rows) == 5


def test_exports_neutralise_formulas_in_names(manager_client, known_cohort):
    fellow = known_cohort.fellows_for_test[0]
    fellow.full_name = '=HYPERLINK("http://evil.example","x")'
    fellow.save(update_fields=["full_name"])
    response = manager_client.get(
        reverse("programme:dashboard_export", args=[known_cohort.pk, "csv"])
    )
    names = [row[0] for row in csv.reader(io.StringIO(_streamed(response)))]
    assert '\'=HYPERLINK("http://evil.example","x")' in names
    workbook = load_workbook(
        io.BytesIO(
            manager_client.get(
                reverse("programme:dashboard_export", args=[known_cohort.pk, "xlsx"])
            ).content
        )
    )
    cells = [row[0] for row in workbook.active.iter_rows(values_only=True)]
    assert all(not str(cell).startswith("=") for cell in cells)


def test_dashboard_filters_reach_the_export(manager_client, known_cohort):
    response = manager_client.get(
        reverse("programme:dashboard_export", args=[known_cohort.pk, "csv"])
        + "?country=GH"
    )
    rows = list(csv.reader(io.StringIO(_streamed(response))))
    assert len(rows) == 3


def test_dashboard_pages_fellows_at_risk_first_in_fixed_queries(
    manager_client, make_cohort, make_fellow, curriculum, manager, certified
):
    from fellowship.cohorts.selectors import cohort_dashboard, dashboard_page

    cohort = make_cohort(managers=[manager])
    url = reverse("programme:dashboard", args=[cohort.pk])

    def grow(count):
        for index in range(count):
            user = make_fellow(country=["GH", "PE", "FJ"][index % 3])
            membership_create(cohort=cohort, user=user)
            complete_lessons(user, curriculum["a"], index % 4)

    grow(52)
    manager_client.get(url)  # warm caches (content types, site root)
    with CaptureQueriesContext(connection) as small:
        first = manager_client.get(url)
    body = first.content.decode()
    assert body.count('class="programme-row"') == 50
    assert "Fellows 1–50 of 52, those at risk first" in body
    assert "Page 1 of 2" in body
    assert 'rel="next"' in body and 'rel="prev"' not in body
    second = manager_client.get(url + "?page=2").content.decode()
    assert second.count('class="programme-row"') == 2
    assert 'rel="prev"' in second
    assert manager_client.get(url + "?page=999").status_code == 200
    assert manager_client.get(url + "?page=x").status_code == 200

    grow(52)
    with CaptureQueriesContext(connection) as large:
        response = manager_client.get(url)
    assert response.content.decode().count('class="programme-row"') == 50
    assert len(small) == len(large), [q["sql"] for q in large]

    dashboard = cohort_dashboard(cohort=cohort)
    flags = [row.at_risk for row in dashboard_page(dashboard=dashboard, number=1)]
    assert flags == sorted(flags, reverse=True)
    assert any(row.at_risk for row in dashboard.rows)
    assert not all(row.at_risk for row in dashboard.rows)


def test_dashboard_message_form_reaches_every_fellow_at_risk_on_any_page(
    manager_client,
    make_cohort,
    make_fellow,
    curriculum,
    manager,
    certified,
    django_capture_on_commit_callbacks,
):
    """The table is paged, and so is the list of fellows to tick: each page
    offers its own fellows at risk, and "all fellows at risk" reaches every
    one the filters select, worked out by the server when the message is
    sent (the same queries at 52 and 112 fellows)."""
    import re

    from django.core import mail

    from fellowship.cohorts.selectors import cohort_dashboard, dashboard_page

    cohort = make_cohort(managers=[manager])
    url = reverse("programme:dashboard", args=[cohort.pk])

    def grow(count, *, idle=False):
        for index in range(count):
            user = make_fellow(country=["GH", "PE", "FJ"][index % 3])
            membership_create(cohort=cohort, user=user)
            complete_lessons(user, curriculum["a"], 0 if idle else index % 4)

    def offered(body: str) -> set[str]:
        return set(re.findall(r'name="fellows" value="(\d+)"', body))

    def on_page(number, **filters) -> set[str]:
        dashboard = cohort_dashboard(cohort=cohort, filters=DashboardFilters(**filters))
        page = dashboard_page(dashboard=dashboard, number=number)
        return {str(row.membership.pk) for row in page.object_list if row.at_risk}

    grow(52)
    manager_client.get(url)  # warm caches (content types, site root)
    with CaptureQueriesContext(connection) as small:
        first_page = manager_client.get(url).content.decode()
    assert on_page(1) and offered(first_page) == on_page(1)
    assert 'name="all_at_risk"' in first_page

    grow(60, idle=True)
    dashboard = cohort_dashboard(cohort=cohort)
    at_risk = {str(row.membership.pk) for row in dashboard.at_risk}
    assert len(at_risk) > 50  # more than one page of the table
    with CaptureQueriesContext(connection) as large:
        first_page = manager_client.get(url).content.decode()
    assert len(small) == len(large), [q["sql"] for q in large]
    # A page never lists more than its own rows.
    assert offered(first_page) == on_page(1) and len(offered(first_page)) == 50
    second_page = manager_client.get(url + "?page=2").content.decode()
    assert offered(second_page) == on_page(2)
    assert f"All {len(at_risk)} fellows at risk that the filters select" in first_page
    # Not at risk: nobody offered.
    healthy = {str(row.membership.pk) for row in dashboard.rows} - at_risk
    assert healthy and not (offered(first_page) | offered(second_page)) & healthy

    # "All at risk", with a filter in the form's address: exactly the
    # fellows at risk in Ghana, whichever page was shown.
    ghana = manager_client.get(url + "?country=GH&page=2").content.decode()
    action = re.search(r'action="([^"]*/message/[^"]*)"', ghana).group(1)
    assert "country=GH" in action
    ghana_at_risk = {
        row.membership.user.email
        for row in dashboard.at_risk
        if row.membership.country == "GH"
    }
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = manager_client.post(
            action.replace("&amp;", "&"),
            {
                "all_at_risk": "1",
                "message-subject": "Your courses",
                "message-body": "Please continue.",
            },
        )
    assert response.status_code == 302
    assert ghana_at_risk and sorted(m.to[0] for m in mail.outbox) == sorted(
        ghana_at_risk
    )
