from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from ..choices import CohortStatus, CourseKind, RegionFocus, StaffRole


def language_choices():
    return settings.LANGUAGES


class Cycle(models.Model):
    """A programme cycle: the cohorts that the Secretariat reports on together."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("cycle")
        verbose_name_plural = _("cycles")
        ordering = ["-starts_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="cohorts_cycle_ends_after_start",
            )
        ]

    def __str__(self):
        return self.name


class Cohort(ClusterableModel):
    """A group of fellows who learn together: an online phase, then in person."""

    cycle = models.ForeignKey(
        Cycle, on_delete=models.PROTECT, related_name="cohorts", verbose_name=_("cycle")
    )
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    region_focus = models.CharField(
        _("region focus"),
        max_length=32,
        choices=RegionFocus.choices,
        default=RegionFocus.GLOBAL,
    )
    language = models.CharField(
        _("language of instruction"),
        max_length=10,
        choices=language_choices,
        default="en",
    )
    online_starts_on = models.DateField(_("online phase starts"))
    online_ends_on = models.DateField(_("online phase ends"))
    in_person_starts_on = models.DateField(
        _("in-person phase starts"), null=True, blank=True
    )
    in_person_ends_on = models.DateField(
        _("in-person phase ends"), null=True, blank=True
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    capacity = models.PositiveSmallIntegerField(_("capacity"), default=25)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=CohortStatus.choices,
        default=CohortStatus.PLANNED,
    )
    attendance_min_percent = models.PositiveSmallIntegerField(
        _("minimum attendance (%)"),
        default=80,
        help_text=_(
            "Share of in-person sessions a fellow must attend; excused absences "
            "do not count against them."
        ),
    )
    reminder_days_before = models.PositiveSmallIntegerField(
        _("remind this many days before a due date"), default=7
    )
    inactivity_days = models.PositiveSmallIntegerField(
        _("nudge after this many days without activity"), default=14
    )

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["-online_starts_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(online_ends_on__gte=models.F("online_starts_on")),
                name="cohorts_cohort_online_ends_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(
                    in_person_starts_on__isnull=True, in_person_ends_on__isnull=True
                )
                | models.Q(in_person_ends_on__gte=models.F("in_person_starts_on")),
                name="cohorts_cohort_in_person_ends_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(capacity__gte=1), name="cohorts_cohort_capacity"
            ),
            models.CheckConstraint(
                condition=models.Q(attendance_min_percent__lte=100),
                name="cohorts_cohort_attendance_percent",
            ),
            models.CheckConstraint(
                condition=models.Q(inactivity_days__gte=1),
                name="cohorts_cohort_inactivity_days",
            ),
        ]

    def __str__(self):
        return self.name


class CohortCourse(Orderable):
    """A course the cohort takes, required or elective, and when it is due."""

    cohort = ParentalKey(
        Cohort, on_delete=models.CASCADE, related_name="cohort_courses"
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("course"),
    )
    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=CourseKind.choices,
        default=CourseKind.REQUIRED,
    )
    due_date = models.DateField(_("due date"))

    class Meta:
        verbose_name = _("cohort course")
        verbose_name_plural = _("cohort courses")
        ordering = ["sort_order", "due_date", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "course"], name="cohorts_one_course_per_cohort"
            )
        ]

    def __str__(self):
        return f"{self.cohort}: {self.course}"


class CohortStaff(models.Model):
    """A person who runs, teaches or mentors a cohort."""

    cohort = ParentalKey(Cohort, on_delete=models.CASCADE, related_name="staff")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="cohort_roles",
        verbose_name=_("person"),
    )
    role = models.CharField(_("role"), max_length=20, choices=StaffRole.choices)

    class Meta:
        verbose_name = _("cohort staff member")
        verbose_name_plural = _("cohort staff")
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "user", "role"], name="cohorts_staff_once_per_role"
            )
        ]

    def __str__(self):
        return f"{self.user} ({self.get_role_display()})"
