from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class WriteReceipt(models.Model):
    """A write a fellow's device sent with its own id, and what it was answered.

    A replay of the same id (a queue sent twice, a response lost when the
    connection dropped) is answered with this stored result and changes
    nothing.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("user"),
    )
    write_id = models.UUIDField(_("write id"))
    path = models.CharField(_("path"), max_length=500)
    status = models.PositiveSmallIntegerField(_("status"))
    content_type = models.CharField(_("content type"), max_length=100, blank=True)
    location = models.CharField(_("location"), max_length=1000, blank=True)
    body = models.BinaryField(_("body"), blank=True, default=b"")
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("write receipt")
        verbose_name_plural = _("write receipts")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "write_id"], name="offline_write_once_per_user"
            )
        ]
        indexes = [models.Index(fields=["created_at"], name="offline_write_created")]

    def __str__(self) -> str:
        return f"{self.write_id} {self.path} {self.status}"
