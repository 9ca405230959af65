from django.db import models
from django.utils.translation import gettext_lazy as _


class CohortStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    INTAKE = "intake", _("Intake")
    RUNNING = "running", _("Running")
    COMPLETED = "completed", _("Completed")
    ARCHIVED = "archived", _("Archived")


class RegionFocus(models.TextChoices):
    """A cohort's audience: one UN regional group, or every region."""

    GLOBAL = "global", _("All regions")
    AFRICAN = "african", _("African States")
    ASIA_PACIFIC = "asia_pacific", _("Asia-Pacific States")
    EASTERN_EUROPEAN = "eastern_european", _("Eastern European States")
    LATIN_AMERICAN_CARIBBEAN = (
        "latin_american_caribbean",
        _("Latin American and Caribbean States"),
    )
    WESTERN_EUROPEAN_OTHERS = (
        "western_european_others",
        _("Western European and Other States"),
    )


class CourseKind(models.TextChoices):
    REQUIRED = "required", _("Required")
    ELECTIVE = "elective", _("Elective")


class StaffRole(models.TextChoices):
    MANAGER = "manager", _("Programme manager")
    INSTRUCTOR = "instructor", _("Instructor")
    MENTOR = "mentor", _("Mentor")


class ApplicationStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    ACCEPTED = "accepted", _("Accepted")
    WAITLISTED = "waitlisted", _("Waitlisted")
    REJECTED = "rejected", _("Not selected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Decision(models.TextChoices):
    """What a programme manager may decide on an application."""

    ACCEPT = "accepted", _("Accept")
    WAITLIST = "waitlisted", _("Waitlist")
    REJECT = "rejected", _("Reject")


class NominationKind(models.TextChoices):
    ENDORSED = "endorsed", _("Endorsed")
    NOMINATED = "nominated", _("Nominated")


class MembershipStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    DEFERRED = "deferred", _("Deferred")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    COMPLETED = "completed", _("Completed")


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    ABSENT = "absent", _("Absent")
    EXCUSED = "excused", _("Excused")


class NotificationKind(models.TextChoices):
    APPLICATION_STATUS = "application_status", _("Application status")
    DUE_SOON = "due_soon", _("Due date approaching")
    OVERDUE = "overdue", _("Overdue")
    INACTIVITY = "inactivity", _("Inactivity nudge")
    MANAGER_DIGEST = "manager_digest", _("Weekly digest")
    MANAGER_MESSAGE = "manager_message", _("Message from the programme")
