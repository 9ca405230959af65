"""The programme's operations: cycles, cohorts, intake, membership, notifications."""

from .focal_points import FocalPointAssignment
from .intake import (
    Application,
    ApplicationScore,
    Call,
    Nomination,
    RubricCriterion,
    SelectionPublication,
)
from .membership import Attendance, Membership, MembershipEvent, Session
from .notifications import (
    FellowMessage,
    Notification,
    NotificationPreference,
    PreferencesLink,
)
from .programme import Cohort, CohortCourse, CohortStaff, Cycle

__all__ = [
    "Application",
    "ApplicationScore",
    "Attendance",
    "Call",
    "Cohort",
    "CohortCourse",
    "CohortStaff",
    "Cycle",
    "FellowMessage",
    "FocalPointAssignment",
    "Membership",
    "MembershipEvent",
    "Nomination",
    "Notification",
    "NotificationPreference",
    "PreferencesLink",
    "RubricCriterion",
    "SelectionPublication",
    "Session",
]
