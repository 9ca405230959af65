from django.db import models
from django.utils.translation import gettext_lazy as _


class Track(models.TextChoices):
    """The programme's thematic areas."""

    MARKING_RECORD_KEEPING = "marking_record_keeping", _("Marking and record-keeping")
    TRACING = "tracing", _("Tracing")
    STOCKPILE_MANAGEMENT = "stockpile_management", _("Stockpile management")
    GENDER_MAINSTREAMING = "gender_mainstreaming", _("Gender mainstreaming")
    OTHER = "other", _("Other")


class Level(models.TextChoices):
    INTRODUCTORY = "introductory", _("Introductory")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class EnrolmentSource(models.TextChoices):
    SELF = "self", _("Self-enrolled")
    COHORT = "cohort", _("Cohort")
    MANAGER = "manager", _("Programme manager")


class EnrolmentStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    COMPLETED = "completed", _("Completed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class LessonStatus(models.TextChoices):
    STARTED = "started", _("Started")
    COMPLETED = "completed", _("Completed")


class StaffRole(models.TextChoices):
    """What a person does on one course: instructors author and grade,
    graders grade only."""

    INSTRUCTOR = "instructor", _("Instructor")
    GRADER = "grader", _("Grader")
