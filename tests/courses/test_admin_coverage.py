import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.selectors import coverage_report
from tests.factories_courses import (
    MosaicModuleFactory,
    ProvisionFactory,
    course_with_lessons,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_mfa_for_this_admin_view(settings):
    settings.MFA_REQUIRED_FOR_ADMIN = False


def _covered_course(catalog):
    course, lessons = course_with_lessons(catalog=catalog, lessons=1)
    course.mosaic_modules.set([MosaicModuleFactory()])
    course.save()
    lessons[0].provisions.set([ProvisionFactory()])
    lessons[0].save()
    return course


def test_coverage_report_counts_course_and_lesson_sources(catalog):
    course = _covered_course(catalog)
    lonely_module = MosaicModuleFactory(title="Nobody teaches this")
    lonely_provision = ProvisionFactory(title="Nor this")
    report = coverage_report()
    row = next(row for row in report.courses if row[0].pk == course.pk)
    assert [m.pk for m in row[1]] == [m.pk for m in course.mosaic_modules.all()]
    assert len(row[2]) == 1
    assert lonely_module in report.uncovered_mosaic
    assert lonely_provision in report.uncovered_provisions
    assert row[1][0] not in report.uncovered_mosaic


def test_coverage_view_is_in_the_admin_for_instructors(client, instructor, catalog):
    _covered_course(catalog)
    client.force_login(instructor)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("courses_coverage") in home
    response = client.get(reverse("courses_coverage"))
    assert response.status_code == 200
    assert "Not covered by any course" in response.content.decode()


def test_coverage_view_is_refused_to_fellows(client, fellow):
    client.force_login(fellow)
    assert client.get(reverse("courses_coverage")).status_code == 403


def test_coverage_queries_do_not_grow_with_courses(client, site_admin, catalog):
    client.force_login(site_admin)
    url = reverse("courses_coverage")

    def measure():
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    for _number in range(2):
        _covered_course(catalog)
    at_n = measure()
    for _number in range(4):
        _covered_course(catalog)
    assert measure() == at_n
