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
from .fellow import FellowRecord, fellow_record
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
from .selection import (
    application_outside_focus,
    call_drafts_count,
    call_is_closed,
    selection_publications,
)

__all__ = [
    "CohortDashboard",
    "CycleReport",
    "FellowRecord",
    "DashboardFilters",
    "application_for",
    "application_outside_focus",
    "application_visible_to",
    "applications_of",
    "call_applications",
    "call_drafts_count",
    "call_is_closed",
    "call_is_open",
    "calls_open",
    "candidates_of_state",
    "cohort_attendance_met",
    "cohort_courses",
    "cohort_dashboard",
    "cohorts_for_manager",
    "cycle_report",
    "fellow_record",
    "focal_point_country",
    "nomination_counts",
    "nominations_used",
    "rubric_of",
    "scores_by",
    "selection_indicators",
    "selection_publications",
    "user_can_run_programme",
    "user_sees_all_cohorts",
    "weighted_percent",
]
