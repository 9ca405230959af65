"""Dashboard numbers on a known dataset, and a fixed number of queries."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from fellowship.cohorts.choices import AttendanceStatus
from fellowship.cohorts.models import Session
from fellowship.cohorts.selectors import (
    DashboardFilters,
    cohort_attendance_met,
    cohort_dashboard,
)
from fellowship.cohorts.services import attendance_record
from tests.cohorts.conftest import complete_lessons


def by_name(dashboard):
    return {row.membership.user.full_name: row for row in dashboard.rows}


def test_dashboard_matrix_funnel_and_risk_on_a_known_dataset(known_cohort, today):
    dashboard = cohort_dashboard(cohort=known_cohort, today=today)
    f1, f2, f3, f4 = (u.full_name for u in known_cohort.fellows_for_test)
    rows = by_name(dashboard)
    assert [cell.percent for cell in rows[f1].cells] == [100, 100]
    assert [cell.percent for cell in rows[f2].cells] == [50, 0]
    assert [cell.percent for cell in rows[f4].cells] == [0, 50]
    assert rows[f1].completed_required and not rows[f1].at_risk
    assert not rows[f2].behind
    assert rows[f3].behind and rows[f4].behind
    assert {row.membership.user.full_name for row in dashboard.at_risk} == {f3, f4}
    assert [(s.count, s.percent) for s in dashboard.funnel] == [
        (4, 100),  # fellows
        (3, 75),  # started
        (2, 50),  # halfway on required courses
        (1, 25),  # completed required courses
        (0, 0),  # certified
    ]


def test_dashboard_breakdowns_on_a_known_dataset(known_cohort, today):
    dashboard = cohort_dashboard(cohort=known_cohort, today=today)
    tables = {
        b.name: {row.key: (row.fellows, row.completed, row.at_risk) for row in b.rows}
        for b in dashboard.breakdowns
    }
    assert tables["gender"] == {"woman": (2, 1, 1), "man": (2, 0, 1)}
    assert tables["regional_group"] == {
        "african": (3, 1, 1),
        "western_european_others": (1, 0, 1),
    }
    assert tables["agency_type"] == {
        "police": (2, 1, 1),
        "customs_border": (1, 0, 0),
        "justice": (1, 0, 1),
    }
    assert tables["country"] == {"GH": (2, 1, 1), "KE": (1, 0, 0), "FR": (1, 0, 1)}


def test_dashboard_flags_inactivity_and_overdue_as_days_pass(known_cohort, today):
    later = cohort_dashboard(
        cohort=known_cohort, today=today + datetime.timedelta(days=15)
    )
    f1, f2, f3, f4 = (u.full_name for u in known_cohort.fellows_for_test)
    rows = by_name(later)
    assert not rows[f1].inactive  # finished: no nudge
    assert rows[f2].inactive and rows[f3].inactive and rows[f4].inactive
    overdue = cohort_dashboard(
        cohort=known_cohort, today=today + datetime.timedelta(days=31)
    )
    rows = by_name(overdue)
    assert [c.overdue for c in rows[f1].cells] == [False, False]
    assert [c.overdue for c in rows[f2].cells] == [True, False]


def test_dashboard_filters_narrow_every_number(known_cohort, today):
    dashboard = cohort_dashboard(
        cohort=known_cohort, today=today, filters=DashboardFilters(country="GH")
    )
    assert len(dashboard.rows) == 2
    assert dashboard.funnel[0].count == 2
    at_risk = cohort_dashboard(
        cohort=known_cohort, today=today, filters=DashboardFilters(at_risk=True)
    )
    assert len(at_risk.rows) == 2
    women = cohort_dashboard(
        cohort=known_cohort, today=today, filters=DashboardFilters(gender="woman")
    )
    assert {b.name: len(b.rows) for b in women.breakdowns}["gender"] == 1


def test_dashboard_counts_certified_fellows_from_the_registered_source(
    known_cohort, today, certified
):
    pairs = certified()
    pairs.add((known_cohort.pk, known_cohort.fellows_for_test[0].pk))
    dashboard = cohort_dashboard(cohort=known_cohort, today=today)
    assert dashboard.funnel[-1].count == 1


def _grow(cohort, make_fellow, curriculum, count):
    from fellowship.cohorts.services import membership_create

    for index in range(count):
        user = make_fellow(country=["GH", "PE", "FJ"][index % 3])
        membership_create(cohort=cohort, user=user)
        complete_lessons(user, curriculum["a"], index % 4)


def _session(cohort, days_ago, title):
    from django.utils import timezone

    start = timezone.now() - datetime.timedelta(days=days_ago)
    return Session.objects.create(
        cohort=cohort,
        title=title,
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
    )


def test_dashboard_runs_the_same_queries_for_n_and_3n_fellows(
    make_cohort, make_fellow, curriculum, manager, certified
):
    cohort = make_cohort(managers=[manager])
    _session(cohort, 3, "Day 1")
    _grow(cohort, make_fellow, curriculum, 4)
    with CaptureQueriesContext(connection) as small:
        small_rows = len(cohort_dashboard(cohort=cohort).rows)
    _grow(cohort, make_fellow, curriculum, 8)
    with CaptureQueriesContext(connection) as large:
        large_rows = len(cohort_dashboard(cohort=cohort).rows)
    assert (small_rows, large_rows) == (4, 12)
    assert len(small) == len(large) <= 6, [q["sql"] for q in large]


def test_cohort_attendance_met_uses_the_cohorts_share_and_ignores_excused(
    make_cohort, make_fellow
):
    from fellowship.cohorts.services import membership_create

    cohort = make_cohort(attendance_min_percent=75)
    fellow = make_fellow()
    membership_create(cohort=cohort, user=fellow)
    sessions = [_session(cohort, 10 - n, f"S{n}") for n in range(4)]
    _session(cohort, -5, "Not held yet")
    statuses = [
        AttendanceStatus.PRESENT,
        AttendanceStatus.PRESENT,
        AttendanceStatus.ABSENT,
        AttendanceStatus.EXCUSED,
    ]
    for session, status in zip(sessions, statuses, strict=True):
        attendance_record(session=session, user=fellow, status=status)
    # 2 present of 3 counted sessions (one excused) = 67% < 75%.
    assert not cohort_attendance_met(cohort=cohort, user=fellow)
    cohort.attendance_min_percent = 66
    assert cohort_attendance_met(cohort=cohort, user=fellow)
    # A fellow with no record at all attended nothing.
    other = make_fellow()
    membership_create(cohort=cohort, user=other)
    assert not cohort_attendance_met(cohort=cohort, user=other)
