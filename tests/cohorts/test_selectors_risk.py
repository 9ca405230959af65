"""At risk means behind on a required course; a course locked behind a
prerequisite is "not started (locked)"."""

import datetime

from fellowship.cohorts.models import CohortCourse
from fellowship.cohorts.selectors import cohort_dashboard
from fellowship.cohorts.services import membership_create
from tests.cohorts.conftest import complete_lessons


def test_cohort_dashboard_ignores_an_overdue_elective(
    make_cohort, make_fellow, curriculum, today, certified
):
    cohort = make_cohort()
    CohortCourse.objects.filter(cohort=cohort, course=curriculum["b"]).update(
        due_date=today - datetime.timedelta(days=2)
    )
    fellow = make_fellow()
    membership_create(cohort=cohort, user=fellow)
    complete_lessons(fellow, curriculum["a"], 4)
    row = cohort_dashboard(cohort=cohort).rows[0]
    elective = next(cell for cell in row.cells if not cell.required)
    assert elective.overdue
    assert row.overdue_count == 0
    assert not row.at_risk


def test_cohort_dashboard_shows_a_locked_course_as_not_started(
    make_cohort, make_fellow, curriculum, certified
):
    course_b = curriculum["b"]
    course_b.prerequisites.add(curriculum["a"])
    course_b.save()
    cohort = make_cohort()
    fellow = make_fellow()
    membership_create(cohort=cohort, user=fellow)
    cells = {
        cell.cohort_course.course_id: cell
        for cell in cohort_dashboard(cohort=cohort).rows[0].cells
    }
    locked = cells[course_b.pk]
    assert locked.locked
    assert not locked.behind and not locked.overdue
    assert not cells[curriculum["a"].pk].locked


def test_cohort_dashboard_opens_a_course_once_its_prerequisite_is_completed(
    make_cohort, make_fellow, curriculum, certified
):
    course_b = curriculum["b"]
    course_b.prerequisites.add(curriculum["a"])
    course_b.save()
    cohort = make_cohort()
    fellow = make_fellow()
    membership_create(cohort=cohort, user=fellow)
    complete_lessons(fellow, curriculum["a"], 4)
    cells = {
        cell.cohort_course.course_id: cell
        for cell in cohort_dashboard(cohort=cohort).rows[0].cells
    }
    assert not cells[course_b.pk].locked
