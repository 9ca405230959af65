from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import StaffRole


class CourseStaff(models.Model):
    """A person who authors or grades one course (its source-language page).

    Written only by `services.course_staff_add` / `course_staff_remove`,
    which keep the course's staff group in step.
    """

    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="staff",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="course_staff_roles",
    )
    role = models.CharField(_("role"), max_length=20, choices=StaffRole.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("course staff member")
        verbose_name_plural = _("course staff")
        ordering = ["course", "user__full_name", "user_id"]
        permissions = [
            (
                "author_any_course",
                _("Can author, grade and export in every course"),
            )
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["course", "user"], name="courses_staff_once_per_course"
            ),
            models.CheckConstraint(
                condition=models.Q(role__in=StaffRole.values),
                name="courses_staff_role_known",
            ),
        ]

    def __str__(self):
        return f"{self.user} ({self.get_role_display()})"


class CourseStaffGroup(models.Model):
    """The Wagtail group that holds the page permissions of a course's
    instructors on the course and its translations in every locale tree."""

    course = models.OneToOneField(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        related_name="staff_group",
    )
    group = models.OneToOneField(
        Group, on_delete=models.CASCADE, related_name="course_staff_of"
    )

    class Meta:
        verbose_name = _("course staff group")
        verbose_name_plural = _("course staff groups")

    def __str__(self):
        return self.group.name
