"""Reads for cohorts: the app's public surface for reading."""

from .access import (
    application_visible_to,
    cohorts_for_manager,
    focal_point_country,
    user_can_run_programme,
    user_sees_all_cohorts,
)
from .dashboard import (
    CohortDashboard,
    DashboardFilters,
    cohort_attendance_met,
    cohort_courses,
    cohort_dashboard,
)
from .intake import (
    application_for,
    applications_of,
    call_applications,
    call_is_open,
    calls_open,
    candidates_of_state,
    nomination_counts,
    nominations_used,
    rubric_of,
    scores_by,
    selection_indicators,
    weighted_percent,
)
from .report import CycleReport, cycle_report

__all__ = [
    "CohortDashboard",
    "CycleReport",
    "DashboardFilters",
    "application_for",
    "application_visible_to",
    "applications_of",
    "call_applications",
    "call_is_open",
    "calls_open",
    "candidates_of_state",
    "cohort_attendance_met",
    "cohort_courses",
    "cohort_dashboard",
    "cohorts_for_manager",
    "cycle_report",
    "focal_point_country",
    "nomination_counts",
    "nominations_used",
    "rubric_of",
    "scores_by",
    "selection_indicators",
    "user_can_run_programme",
    "user_sees_all_cohorts",
    "weighted_percent",
]
