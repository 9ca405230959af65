import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import AnswerState, AttemptState


class Attempt(models.Model):
    """One fellow's attempt at a quiz; its seed fixes its random draw."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    quiz = models.ForeignKey(
        "assessments.Quiz",
        verbose_name=_("quiz"),
        on_delete=models.PROTECT,
        related_name="attempts",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("fellow"),
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
    )
    number = models.PositiveSmallIntegerField(_("attempt number"))
    lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("started from lesson"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    seed = models.BigIntegerField(_("random seed"))
    # The language the fellow started in: a short answer typed in it is
    # also checked against the question's translation into it.
    language = models.CharField(_("language"), max_length=16, blank=True)
    state = models.CharField(
        _("state"),
        max_length=20,
        choices=AttemptState.choices,
        default=AttemptState.IN_PROGRESS,
    )
    started_at = models.DateTimeField(_("started at"))
    # Opened by a module's download so that the quiz (one without a time
    # limit) can be answered offline; it counts once submitted, as any other.
    prepared_offline = models.BooleanField(_("prepared for offline use"), default=False)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    graded_at = models.DateTimeField(_("graded at"), null=True, blank=True)
    score = models.DecimalField(
        _("score"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    max_score = models.DecimalField(
        _("maximum score"), max_digits=8, decimal_places=2, default=0
    )
    percent = models.DecimalField(
        _("percent"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    passed = models.BooleanField(_("passed"), null=True, blank=True)

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["quiz", "user", "number"]
        permissions = [("grade_attempt", _("Can grade and regrade attempts"))]
        constraints = [
            models.UniqueConstraint(
                fields=["quiz", "user", "number"], name="attempt_number_unique"
            ),
            models.UniqueConstraint(
                fields=["quiz", "user"],
                condition=models.Q(state="in_progress"),
                name="attempt_one_in_progress",
            ),
            models.CheckConstraint(
                condition=models.Q(state="in_progress")
                | models.Q(submitted_at__isnull=False),
                name="attempt_submitted_has_time",
            ),
        ]
        indexes = [models.Index(fields=["quiz", "state"], name="attempt_quiz_state")]

    def __str__(self):
        return f"{self.quiz} — {self.user} #{self.number}"

    @property
    def is_in_progress(self) -> bool:
        return self.state == AttemptState.IN_PROGRESS


class AttemptAnswer(models.Model):
    """A question as drawn for an attempt, and the fellow's response to it."""

    attempt = models.ForeignKey(
        Attempt, on_delete=models.CASCADE, related_name="answers"
    )
    question = models.ForeignKey(
        "assessments.Question",
        verbose_name=_("question"),
        on_delete=models.PROTECT,
        related_name="answers",
    )
    position = models.PositiveSmallIntegerField(_("position"))
    response = models.JSONField(_("response"), null=True, blank=True)
    saved_at = models.DateTimeField(_("saved at"), null=True, blank=True)
    state = models.CharField(
        _("state"),
        max_length=20,
        choices=AnswerState.choices,
        default=AnswerState.UNANSWERED,
    )
    max_points = models.DecimalField(_("points"), max_digits=6, decimal_places=2)
    fraction = models.DecimalField(
        _("fraction"), max_digits=6, decimal_places=5, null=True, blank=True
    )
    score = models.DecimalField(
        _("score"), max_digits=6, decimal_places=2, null=True, blank=True
    )
    rubric_scores = models.JSONField(_("rubric scores"), default=dict, blank=True)
    # {criterion id: {"id": level id, "label": level text}} for the criteria
    # graded by picking a level.
    rubric_levels = models.JSONField(_("rubric levels"), default=dict, blank=True)
    grader_feedback = models.TextField(_("grader's feedback"), blank=True)
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("graded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    graded_at = models.DateTimeField(_("graded at"), null=True, blank=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question"], name="answer_question_once"
            ),
            models.UniqueConstraint(
                fields=["attempt", "position"], name="answer_position_once"
            ),
            models.CheckConstraint(
                condition=models.Q(fraction__isnull=True)
                | models.Q(fraction__gte=0, fraction__lte=1),
                name="answer_fraction_in_range",
            ),
        ]
        indexes = [
            models.Index(fields=["question", "state"], name="answer_question_state")
        ]

    def __str__(self):
        return f"{self.attempt} — {self.position}"


class QuizResult(models.Model):
    """A fellow's standing on a quiz by its grading method; kept by the service."""

    quiz = models.ForeignKey(
        "assessments.Quiz", on_delete=models.CASCADE, related_name="results"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_results"
    )
    attempts_submitted = models.PositiveSmallIntegerField(default=0)
    percent = models.DecimalField(
        _("result (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    passed = models.BooleanField(_("passed"), default=False)
    passed_at = models.DateTimeField(_("passed at"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("quiz result")
        verbose_name_plural = _("quiz results")
        constraints = [
            models.UniqueConstraint(
                fields=["quiz", "user"], name="quiz_result_once_per_user"
            )
        ]

    def __str__(self):
        return f"{self.quiz} — {self.user}: {self.percent}"
