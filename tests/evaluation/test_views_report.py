"""The outcome report for the Secretariat: figures, exports, scope, and a
fixed number of queries at 100 and at 1,000 fellows."""

import io
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from fellowship.accounts.models import User
from fellowship.cohorts.models import Membership
from fellowship.evaluation.choices import ItemKind, Phase, SurveyKind
from fellowship.evaluation.models import (
    ObjectiveScore,
    Survey,
    SurveyAnswer,
    SurveyItem,
    SurveyResponse,
)
from tests.factories import activate_totp, user_with_role

COUNTRIES = ("GH", "FJ", "NP", "BR")
GENDERS = ("woman", "man")


@pytest.fixture
def cohort(make_cohort, manager):
    return make_cohort(name="Cohort Report", managers=[manager])


@pytest.fixture
def course_end_survey(db):
    survey = Survey.objects.create(kind=SurveyKind.COURSE_END, title_en="Course end")
    SurveyItem.objects.create(
        survey=survey, key="relevance", kind=ItemKind.LIKERT, text_en="Relevant"
    )
    return survey


@pytest.fixture
def grow(cohort, course, objectives, plan, course_end_survey):
    """Add fellows (bulk, for speed): each scores 1 of 2 then 2 of 2 on the
    first objective, 0 then 1 on the second (course .25 -> .75), and rates
    the course's relevance 4."""
    made = {"n": 0}
    item = course_end_survey.items.get()

    def add(count):
        start = made["n"]
        users = User.objects.bulk_create(
            [
                User(email=f"bulk{start + i}@example.org", full_name=f"Bulk {i}")
                for i in range(count)
            ]
        )
        made["n"] += count
        Membership.objects.bulk_create(
            [
                Membership(
                    cohort=cohort,
                    user=user,
                    country=COUNTRIES[i % len(COUNTRIES)],
                    gender=GENDERS[i % 2],
                    agency_type="police",
                )
                for i, user in enumerate(users)
            ]
        )
        scores = []
        for user in users:
            for objective, pre, post in zip(objectives, (1, 0), (2, 1), strict=True):
                for phase, value in ((Phase.PRE, pre), (Phase.POST, post)):
                    scores.append(
                        ObjectiveScore(
                            user=user,
                            course=course,
                            objective_key=objective.key,
                            phase=phase,
                            score=Decimal(value),
                            max_score=Decimal(2),
                        )
                    )
        ObjectiveScore.objects.bulk_create(scores)
        responses = SurveyResponse.objects.bulk_create(
            [
                SurveyResponse(
                    survey=course_end_survey, respondent=u, cohort=cohort, course=course
                )
                for u in users
            ]
        )
        SurveyAnswer.objects.bulk_create(
            [SurveyAnswer(response=r, item=item, value=4) for r in responses]
        )

    return add


@pytest.fixture
def manager_client(client, manager):
    activate_totp(manager)
    client.force_login(manager)
    return client


def _url(cohort, name="outcomes:report", **kwargs):
    return reverse(name, kwargs={"pk": cohort.cycle_id, **kwargs})


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_report_queries_are_the_same_at_100_and_1000_fellows(
    manager_client, cohort, grow, django_assert_num_queries
):
    url = _url(cohort)
    grow(100)
    manager_client.get(url)  # warm per-process caches
    at_100 = _queries(manager_client, url)
    grow(900)
    with django_assert_num_queries(at_100):
        response = manager_client.get(url)
    assert response.status_code == 200
    assert "1000 paired fellows" in response.content.decode()


def test_report_shows_gain_reaction_and_charts(manager_client, cohort, grow):
    grow(4)
    page = manager_client.get(_url(cohort)).content.decode()
    assert "Knowledge gain: Course A" in page
    assert "Gain by objective: Course A" in page
    assert "4 paired fellows" in page
    # Each chart is an image with a title, next to its table.
    assert page.count('role="img"') >= 3
    assert "The table gives the same figures." in page
    assert "Reaction: End of a course" in page


def test_report_xlsx_carries_the_same_figures(manager_client, cohort, grow):
    grow(4)
    response = manager_client.get(_url(cohort, "outcomes:report_export", fmt="xlsx"))
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.xlsx"')
    book = load_workbook(io.BytesIO(response.content), read_only=True)
    rows = list(book["Gain Course A"].values)
    header, overall = rows[0], rows[1]
    assert header[:2] == ("Group", "Paired fellows")
    # Pre .25, post .75: gain 50 points, normalised gain (.5 / .75) 66.7%.
    assert overall == ("All paired fellows", 4, 25.0, 75.0, 50.0, 66.7, 4)
    reaction = list(book["Reaction End of a course"].values)
    assert reaction[1] == ("Relevant", 4, 4.0)


def test_report_pdf(manager_client, cohort, grow):
    grow(2)
    response = manager_client.get(_url(cohort, "outcomes:report_export", fmt="pdf"))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")


def test_report_unknown_format_is_404(manager_client, cohort):
    response = manager_client.get(_url(cohort, "outcomes:report_export", fmt="csv"))
    assert response.status_code == 404


def test_report_outside_the_managers_cohorts_is_404(client, cohort, grow):
    other = user_with_role("Programme manager")
    activate_totp(other)
    client.force_login(other)
    assert client.get(_url(cohort)).status_code == 404
    xlsx = _url(cohort, "outcomes:report_export", fmt="xlsx")
    assert client.get(xlsx).status_code == 404


def test_report_refuses_instructors_and_fellows(client, cohort, instructor, fellow):
    activate_totp(instructor)
    client.force_login(instructor)
    assert client.get(_url(cohort)).status_code == 302
    client.force_login(fellow)
    assert client.get(_url(cohort)).status_code == 403
