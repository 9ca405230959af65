"""Certificates and the admin-edited templates they are printed from."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from fellowship.storage import private_storage_get

from .choices import CertificateKind, CertificateStatus, IssueSource
from .credentials.open_badges import STATUS_LIST_LENGTH


def language_choices():
    return settings.LANGUAGES


def certificate_pdf_path(instance: "Certificate", filename: str) -> str:
    # Unguessable: the file is served to its holder only, through a view.
    return f"certificates/{instance.uuid}.pdf"


class Certificate(models.Model):
    """One certificate of one holder for one course or one cohort's programme.

    Written only by `services`: issued, revoked, or superseded by a reissue.
    What it says (holder name, achievement, issuer) is frozen at issue, in the
    signed credential, so that a later rename changes nothing already issued.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    code = models.CharField(_("verification code"), max_length=32, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=CertificateKind.choices)
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("holder"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cohort = models.ForeignKey(
        "cohorts.Cohort",
        verbose_name=_("cohort"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=CertificateStatus.choices,
        default=CertificateStatus.VALID,
    )
    source = models.CharField(
        _("source"),
        max_length=10,
        choices=IssueSource.choices,
        default=IssueSource.COMPLETION,
    )
    holder_name = models.CharField(_("holder's name as issued"), max_length=200)
    achievement_name = models.CharField(_("achievement"), max_length=255)
    language = models.CharField(
        _("language"), max_length=10, choices=language_choices, default="en"
    )
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    issue_reason = models.TextField(_("reason for issuing"), blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revocation_reason = models.TextField(_("reason for revoking"), blank=True)
    superseded_by = models.OneToOneField(
        "self",
        verbose_name=_("superseded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supersedes",
    )
    status_list = models.PositiveIntegerField(_("status list"), default=1)
    status_list_index = models.PositiveIntegerField(_("status list index"))
    credential = models.JSONField(_("signed credential"), default=dict, editable=False)
    # Private storage: served to the holder only, never from a public URL.
    pdf = models.FileField(
        _("PDF"),
        upload_to=certificate_pdf_path,
        storage=private_storage_get,
        blank=True,
        editable=False,
    )
    emailed_at = models.DateTimeField(_("e-mailed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]
        permissions = [
            ("issue_certificate", _("Can issue certificates by exception")),
            ("revoke_certificate", _("Can revoke certificates")),
            ("reissue_certificate", _("Can reissue certificates")),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["holder", "course"],
                condition=models.Q(status="valid", course__isnull=False),
                name="certificates_one_valid_per_holder_course",
            ),
            models.UniqueConstraint(
                fields=["holder", "cohort"],
                condition=models.Q(status="valid", cohort__isnull=False),
                name="certificates_one_valid_per_holder_cohort",
            ),
            models.UniqueConstraint(
                fields=["status_list", "status_list_index"],
                name="certificates_one_status_entry_each",
            ),
            models.CheckConstraint(
                condition=models.Q(kind="course", cohort__isnull=True)
                | models.Q(kind="programme", course__isnull=True),
                name="certificates_course_or_programme",
            ),
            models.CheckConstraint(
                condition=models.Q(status_list_index__lt=STATUS_LIST_LENGTH),
                name="certificates_status_index_in_list",
            ),
        ]
        indexes = [models.Index(fields=["holder", "status"])]

    def __str__(self):
        return f"{self.holder_name} — {self.achievement_name}"

    @property
    def is_valid(self) -> bool:
        return self.status == CertificateStatus.VALID


DEFAULT_ISSUER_NAME = "United Nations Office for Disarmament Affairs"


class CertificateTemplate(ClusterableModel):
    """What a certificate says and shows, edited in the admin.

    Text is plain (escaped when printed): rich text could pull in links and
    images the renderer must not fetch.
    """

    name = models.CharField(_("name"), max_length=100)
    kind = models.CharField(
        _("used for"),
        max_length=10,
        choices=CertificateKind.choices,
        default=CertificateKind.COURSE,
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("only for this course"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Leave empty to use this template for every course."),
    )
    is_default = models.BooleanField(
        _("default"),
        default=False,
        help_text=_(
            "Used for certificates of this kind that have no template of their own."
        ),
    )
    issuer_name = models.CharField(
        _("issuer"),
        max_length=200,
        default=DEFAULT_ISSUER_NAME,
        help_text=_(
            "Shown on the certificate, the verification page and the credential."
        ),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("kind"),
                FieldPanel("course"),
                FieldPanel("is_default"),
            ],
            heading=_("Where it is used"),
        ),
        FieldPanel("issuer_name"),
        FieldPanel("logo"),
        InlinePanel("texts", heading=_("Title and text, by language"), min_num=1),
        InlinePanel("signatories", heading=_("Signatories"), max_num=4),
    ]

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind"],
                condition=models.Q(is_default=True),
                name="certificates_one_default_template_per_kind",
            )
        ]

    def __str__(self):
        return self.name


class CertificateTemplateText(models.Model):
    template = ParentalKey(
        CertificateTemplate, on_delete=models.CASCADE, related_name="texts"
    )
    language = models.CharField(_("language"), max_length=10, choices=language_choices)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(
        _("text"),
        blank=True,
        help_text=_(
            "Printed between the holder's name and the achievement. Plain text."
        ),
    )

    panels = [FieldPanel("language"), FieldPanel("title"), FieldPanel("body")]

    class Meta:
        verbose_name = _("title and text")
        verbose_name_plural = _("titles and texts")
        constraints = [
            models.UniqueConstraint(
                fields=["template", "language"],
                name="certificates_one_text_per_language",
            )
        ]

    def __str__(self):
        return self.title


class CertificateSignatory(Orderable):
    template = ParentalKey(
        CertificateTemplate, on_delete=models.CASCADE, related_name="signatories"
    )
    name = models.CharField(_("name"), max_length=200)
    title = models.CharField(_("title"), max_length=200)
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("name"), FieldPanel("title"), FieldPanel("signature")]

    class Meta(Orderable.Meta):
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")

    def __str__(self):
        return self.name
