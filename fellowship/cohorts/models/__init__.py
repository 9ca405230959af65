"""The programme's operations: cycles, cohorts, intake, membership, notifications."""

from .focal_points import FocalPointAssignment
from .intake import Application, ApplicationScore, Call, Nomination, RubricCriterion
from .membership import Attendance, Membership, MembershipEvent, Session
from .notifications import Notification, NotificationPreference
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
    "FocalPointAssignment",
    "Membership",
    "MembershipEvent",
    "Nomination",
    "Notification",
    "NotificationPreference",
    "RubricCriterion",
    "Session",
]
