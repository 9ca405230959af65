from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from ..choices import ApplicationStatus, Decision, NominationKind
from .programme import Cohort
from .snapshot import DemographicsSnapshot

SCORE_MAX = 5


class Call(ClusterableModel):
    """A call for applications to one cohort."""

    cohort = models.OneToOneField(
        Cohort, on_delete=models.CASCADE, related_name="call", verbose_name=_("cohort")
    )
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("closes at"))
    nomination_limit_per_state = models.PositiveSmallIntegerField(
        _("candidates each State may put forward"), default=2
    )
    introduction = models.TextField(_("introduction"), blank=True)

    class Meta:
        verbose_name = _("call for applications")
        verbose_name_plural = _("calls for applications")
        ordering = ["-opens_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")),
                name="cohorts_call_closes_after_opening",
            )
        ]

    def __str__(self):
        return str(self.cohort)


class RubricCriterion(Orderable):
    """One line of the selection rubric, scored 0 to SCORE_MAX and weighted."""

    call = ParentalKey(Call, on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    weight = models.PositiveSmallIntegerField(_("weight"), default=1)

    class Meta:
        verbose_name = _("rubric criterion")
        verbose_name_plural = _("rubric criteria")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["call", "name"], name="cohorts_criterion_name_per_call"
            ),
            models.CheckConstraint(
                condition=models.Q(weight__gte=1), name="cohorts_criterion_weight"
            ),
        ]

    def __str__(self):
        return self.name


class Application(DemographicsSnapshot):
    """A candidate's application to a call, and the programme's decision on it."""

    call = models.ForeignKey(
        Call, on_delete=models.CASCADE, related_name="applications"
    )
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="applications",
        verbose_name=_("applicant"),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.SUBMITTED,
    )
    motivation = models.TextField(_("motivation"))
    # A storage path, not a FileField: no template can print a public URL for
    # it; the letter is served only through a permission-checked view.
    letter_path = models.CharField(max_length=255, editable=False)
    letter_original_name = models.CharField(max_length=255, editable=False)
    letter_size = models.PositiveIntegerField(default=0, editable=False)
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # A decision stays a draft, seen only by the programme, until a manager
    # publishes the call's decisions; `status` changes only then.
    draft_decision = models.CharField(
        _("draft decision"), max_length=20, choices=Decision.choices, blank=True
    )
    drafted_at = models.DateTimeField(_("drafted at"), null=True, blank=True)
    drafted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["submitted_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["call", "applicant"], name="cohorts_one_application_per_call"
            )
        ]
        indexes = [models.Index(fields=["call", "country"])]

    def __str__(self):
        return f"{self.applicant} → {self.call}"


class Nomination(models.Model):
    """A national focal point putting a candidate of their State forward."""

    application = models.OneToOneField(
        Application, on_delete=models.CASCADE, related_name="nomination"
    )
    focal_point = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="nominations_made",
    )
    country = CountryField(_("State"))
    kind = models.CharField(_("kind"), max_length=20, choices=NominationKind.choices)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("nomination")
        verbose_name_plural = _("nominations")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.application}"


class ApplicationScore(models.Model):
    """One reviewer's score of one application on one rubric criterion."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="scores"
    )
    criterion = models.ForeignKey(
        RubricCriterion, on_delete=models.CASCADE, related_name="scores"
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    score = models.PositiveSmallIntegerField(_("score"))
    comment = models.TextField(_("comment"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("application score")
        verbose_name_plural = _("application scores")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "criterion", "reviewer"],
                name="cohorts_one_score_per_reviewer_and_criterion",
            ),
            models.CheckConstraint(
                condition=models.Q(score__lte=SCORE_MAX),
                name="cohorts_score_within_scale",
            ),
        ]

    def __str__(self):
        return f"{self.criterion}: {self.score}"


class SelectionPublication(models.Model):
    """A manager publishing a call's draft decisions; rows are only added."""

    call = models.ForeignKey(
        Call, on_delete=models.CASCADE, related_name="publications"
    )
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("published by"),
    )
    published_at = models.DateTimeField(_("published at"), auto_now_add=True)
    accepted = models.PositiveSmallIntegerField(_("accepted"), default=0)
    waitlisted = models.PositiveSmallIntegerField(_("waitlisted"), default=0)
    rejected = models.PositiveSmallIntegerField(_("not selected"), default=0)

    class Meta:
        verbose_name = _("publication of decisions")
        verbose_name_plural = _("publications of decisions")
        ordering = ["-published_at", "-pk"]

    def __str__(self):
        return f"{self.call} {self.published_at:%Y-%m-%d %H:%M}"
