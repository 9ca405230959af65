from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import GradingPolicy


class Statement(models.Model):
    """An xAPI statement received from the player, stored once by its id.

    The actor is always the signed-in person (never what the browser claims);
    `lesson` is the lesson in the source language and `block_id` the H5P
    block of its body that the activity IRI names.
    """

    statement_id = models.UUIDField(_("statement id"), unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="xapi_statements",
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("lesson"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    block_id = models.UUIDField(_("block"))
    verb = models.CharField(_("verb"), max_length=255)
    activity_id = models.CharField(_("activity IRI"), max_length=512)
    # A statement about the activity as a whole (not one of its sub-contents)
    # that carries a score: one attempt for the grading policy.
    is_attempt = models.BooleanField(_("scored attempt"), default=False)
    completed = models.BooleanField(_("completed"), default=False)
    success = models.BooleanField(_("success"), null=True, blank=True)
    # The score on [-1, 1]: `scaled`, else `raw` placed between `min` and `max`.
    score = models.FloatField(_("score"), null=True, blank=True)
    score_scaled = models.FloatField(_("scaled score"), null=True, blank=True)
    score_raw = models.FloatField(_("raw score"), null=True, blank=True)
    score_min = models.FloatField(_("minimum score"), null=True, blank=True)
    score_max = models.FloatField(_("maximum score"), null=True, blank=True)
    timestamp = models.DateTimeField(_("timestamp"))
    stored = models.DateTimeField(_("stored"), auto_now_add=True)
    payload = models.JSONField(_("statement"))
    forwarded_at = models.DateTimeField(
        _("forwarded to the LRS"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("xAPI statement")
        verbose_name_plural = _("xAPI statements")
        indexes = [
            models.Index(fields=["user", "lesson", "block_id"]),
            # The statements a result is recomputed from: a fellow's
            # interactions with an activity's parts, most of what is
            # stored, stay out of it.
            models.Index(
                fields=["user", "lesson", "block_id"],
                name="xapi_statement_graded",
                condition=models.Q(is_attempt=True) | models.Q(completed=True),
            ),
            models.Index(
                fields=["forwarded_at"],
                name="xapi_statement_unforwarded",
                condition=models.Q(forwarded_at__isnull=True),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(score_scaled__isnull=True)
                | models.Q(score_scaled__gte=-1, score_scaled__lte=1),
                name="xapi_statement_scaled_in_range",
            ),
            models.CheckConstraint(
                condition=models.Q(score__isnull=True)
                | models.Q(score__gte=-1, score__lte=1),
                name="xapi_statement_score_in_range",
            ),
        ]

    def __str__(self):
        return f"{self.user} {self.verb} {self.activity_id}"


class ActivityResult(models.Model):
    """One fellow's result on one H5P block of a lesson, by its grading policy."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="activity_results",
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("lesson"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    block_id = models.UUIDField(_("block"))
    grading_policy = models.CharField(
        _("grading policy"),
        max_length=10,
        choices=GradingPolicy.choices,
        default=GradingPolicy.BEST,
    )
    score = models.FloatField(_("scaled score"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("scored attempts"), default=0)
    completed = models.BooleanField(_("completed"), default=False)
    passed = models.BooleanField(_("passed"), default=False)
    first_attempt_at = models.DateTimeField(_("first attempt"), null=True, blank=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("activity result")
        verbose_name_plural = _("activity results")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "block_id"],
                name="xapi_result_one_per_activity",
            ),
            models.CheckConstraint(
                condition=models.Q(score__isnull=True)
                | models.Q(score__gte=-1, score__lte=1),
                name="xapi_result_score_in_range",
            ),
        ]

    def __str__(self):
        return f"{self.user} — {self.lesson} / {self.block_id}: {self.score}"


class ActivityState(models.Model):
    """The player's saved state for one fellow and one H5P block; theirs only."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="activity_states",
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("lesson"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    block_id = models.UUIDField(_("block"))
    state = models.TextField(_("saved state"))
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("saved activity state")
        verbose_name_plural = _("saved activity states")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "block_id"],
                name="xapi_state_one_per_activity",
            )
        ]

    def __str__(self):
        return f"{self.user} — {self.lesson} / {self.block_id}"
