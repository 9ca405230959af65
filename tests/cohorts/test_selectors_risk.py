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


def test_inactivity_counts_whole_days_in_the_sites_time_zone(settings):
    """Inactive once `inactivity_days` whole local days have passed since the
    last activity, counted from the online start at the earliest; in New
    York, an activity at 23:30 local time belongs to that day, not the next."""
    from types import SimpleNamespace

    from django.utils import timezone

    from fellowship.cohorts.models import Cohort
    from fellowship.cohorts.selectors.dashboard import fellow_is_inactive

    settings.TIME_ZONE = "America/New_York"
    today = datetime.date(2026, 3, 20)
    cohort = Cohort(
        online_starts_on=datetime.date(2026, 3, 1),
        online_ends_on=datetime.date(2026, 4, 30),
        inactivity_days=7,
    )
    joined = SimpleNamespace(
        created_at=timezone.make_aware(datetime.datetime(2026, 2, 1, 9, 0))
    )

    def inactive(last, *, on=today):
        return fellow_is_inactive(
            membership=joined, last_activity=last, cohort=cohort, today=on
        )

    local = timezone.get_current_timezone()
    seven_days_late = datetime.datetime(2026, 3, 13, 23, 30, tzinfo=local)
    six_days_early = datetime.datetime(2026, 3, 14, 0, 10, tzinfo=local)
    assert inactive(seven_days_late)
    assert not inactive(six_days_early)
    # 03:30 UTC on the 14th is still the 13th in New York.
    assert inactive(seven_days_late.astimezone(datetime.UTC))
    # Never active: counted from joining, but not before the online start.
    assert not inactive(None, on=datetime.date(2026, 3, 7))
    assert inactive(None, on=datetime.date(2026, 3, 8))
    # Outside the online phase nobody is inactive.
    assert not inactive(None, on=datetime.date(2026, 5, 1))
