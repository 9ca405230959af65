from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import NotificationKind


class Notification(models.Model):
    """The log that makes every reminder go out at most once.

    A sender inserts the row first and sends only if the insert succeeded, so a
    retried or duplicated task finds the row and sends nothing.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=30, choices=NotificationKind.choices)
    subject_key = models.CharField(max_length=100)
    period = models.CharField(max_length=40)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "subject_key", "period"],
                name="cohorts_notification_once",
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.subject_key} {self.period} → {self.user_id}"


class NotificationPreference(models.Model):
    """Which optional e-mails a person receives. No row means all of them."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preference",
    )
    due_reminders = models.BooleanField(
        _("Reminders before a due date and when a course is overdue"), default=True
    )
    inactivity_nudges = models.BooleanField(
        _("A nudge when I have not been active for a while"), default=True
    )
    manager_digest = models.BooleanField(
        _("The weekly digest of my cohorts (programme managers)"), default=True
    )
    grades_released = models.BooleanField(
        _("An e-mail when my essays have been graded"), default=True
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self):
        return str(self.user)
