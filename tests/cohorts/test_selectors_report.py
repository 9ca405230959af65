"""The programme report per cycle: numbers and exports."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from fellowship.cohorts.models import Cohort
from fellowship.cohorts.selectors import cycle_report
from fellowship.cohorts.services import application_decide, application_submit
from tests.cohorts.conftest import complete_lessons, pdf_upload
from tests.factories import activate_totp


@pytest.fixture
def cycle_data(make_cohort, make_call, make_fellow, manager, curriculum, certified):
    cohort = make_cohort(managers=[manager])
    call = make_call(cohort)
    people = []
    for country, gender, decision, lessons in [
        ("GH", "woman", "accepted", 4),
        ("GH", "man", "accepted", 2),
        ("PE", "woman", "accepted", 4),
        ("PE", "man", "rejected", 0),
        ("FJ", "woman", None, 0),
    ]:
        user = make_fellow(country=country, gender=gender)
        application = application_submit(
            call=call,
            applicant=user,
            motivation="M",
            letter=pdf_upload(),
            profile={"country": country, "gender": gender},
        )
        if decision:
            application_decide(
                application=application, decision=decision, actor=manager
            )
        complete_lessons(user, curriculum["a"], lessons)
        people.append(user)
    pairs = certified()
    pairs.add((cohort.pk, people[0].pk))
    return cohort


def test_cycle_report_counts_on_a_known_dataset(cycle_data):
    report = cycle_report(cycle=cycle_data.cycle, cohorts=Cohort.objects.all())
    total = report.total
    assert (total.applicants, total.accepted, total.completed, total.certified) == (
        5,
        3,
        2,
        1,
    )
    sections = {
        s.name: {
            r.key: (r.applicants, r.accepted, r.completed, r.certified) for r in s.rows
        }
        for s in report.sections
    }
    assert sections["gender"] == {"woman": (3, 2, 2, 1), "man": (2, 1, 0, 0)}
    assert sections["country"] == {
        "GH": (2, 2, 1, 1),
        "PE": (2, 1, 1, 0),
        "FJ": (1, 0, 0, 0),
    }
    assert sections["regional_group"]["african"] == (2, 2, 1, 1)
    assert sections["regional_group"]["latin_american_caribbean"] == (2, 1, 1, 0)
    assert sections["regional_group"]["asia_pacific"] == (1, 0, 0, 0)
    assert report.certification_available


def test_cycle_report_exports_parse_with_the_same_numbers(client, manager, cycle_data):
    activate_totp(manager)
    client.force_login(manager)
    csv_response = client.get(
        reverse("programme:report_export", args=[cycle_data.cycle_id, "csv"])
    )
    assert csv_response.status_code == 200
    rows = list(csv.reader(io.StringIO(csv_response.content.decode("utf-8-sig"))))
    header = rows[0]
    assert header == [
        "Breakdown",
        "Group",
        "Applicants",
        "Accepted",
        "Completed all required courses",
        "Certified",
    ]
    lines = {(row[0], row[1]): row[2:] for row in rows[1:]}
    assert lines[("Total", "Total")] == ["5", "3", "2", "1"]
    assert lines[("By country", "Ghana")] == ["2", "2", "1", "1"]
    assert lines[("By gender", "Woman")] == ["3", "2", "2", "1"]

    xlsx_response = client.get(
        reverse("programme:report_export", args=[cycle_data.cycle_id, "xlsx"])
    )
    workbook = load_workbook(io.BytesIO(xlsx_response.content))
    assert workbook.sheetnames == [
        "Total",
        "By cohort",
        "By gender",
        "By UN regional group",
        "By country",
    ]
    by_country = {
        row[0]: row[1:] for row in workbook["By country"].iter_rows(values_only=True)
    }
    assert by_country["Peru"] == (2, 1, 1, 0)


def test_cycle_report_says_when_no_certification_source_exists(
    client, manager, make_cohort, certified
):
    cohort = make_cohort(managers=[manager])
    activate_totp(manager)
    client.force_login(manager)
    response = client.get(
        reverse("programme:report_export", args=[cohort.cycle_id, "csv"])
    )
    header = next(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert header[-1] == "Certified (no certification source yet: always 0)"
