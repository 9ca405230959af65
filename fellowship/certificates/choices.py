from django.db import models
from django.utils.translation import gettext_lazy as _


class CertificateKind(models.TextChoices):
    COURSE = "course", _("Course")
    PROGRAMME = "programme", _("Programme")


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    REVOKED = "revoked", _("Revoked")
    SUPERSEDED = "superseded", _("Superseded")


class IssueSource(models.TextChoices):
    """How a certificate came to be."""

    COMPLETION = "completion", _("Completion checked by the platform")
    EXCEPTION = "exception", _("Issued by exception")
    REISSUE = "reissue", _("Reissued")
