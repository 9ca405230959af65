from django.conf import settings
from django.db import models
from django.utils import timezone
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


class PreferencesLink(models.Model):
    """A link that opens one person's e-mail preferences without a sign-in.

    Each e-mail carries a fresh one. Only the SHA-256 of its random token is
    kept, so the table cannot be turned back into links. A link works until
    `expires_at`, and not at all once revoked (by its owner, or when they
    change their password).
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("e-mail preferences link")
        verbose_name_plural = _("e-mail preferences links")
        indexes = [
            models.Index(fields=["user", "expires_at"], name="cohorts_preflink_user")
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(expires_at__gt=models.F("created_at")),
                name="cohorts_preflink_expires_after_creation",
            )
        ]

    def __str__(self):
        return f"{self.user_id} until {self.expires_at:%Y-%m-%d}"


class FellowMessage(models.Model):
    """A message a programme manager wrote to a fellow, kept as sent.

    The e-mail goes out through the Notification log (kind "manager
    message", one per message), so a retried task sends it once.
    """

    cohort = models.ForeignKey(
        "cohorts.Cohort", on_delete=models.CASCADE, related_name="messages"
    )
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("sender"),
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("recipient"),
    )
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("message"))
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("message to a fellow")
        verbose_name_plural = _("messages to fellows")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["recipient", "cohort"])]

    def __str__(self):
        return f"{self.subject} → {self.recipient_id}"
