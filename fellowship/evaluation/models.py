"""Evaluation: pre/post test plans, scores per objective, surveys and answers.

An objective is the `objective` block of a course's `objectives` StreamField,
identified by its block id (kept by edits, reordering and wagtail-localize
translations). Questions name the objective they test with the tag
`objective-<first 8 characters of the block id>`; see `objectives.py`.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from .choices import ItemKind, Phase, SurveyKind

# The six UN languages, each with its own text field on surveys and items.
TEXT_LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh_hans")


def _language_field(code: str) -> str:
    return code.replace("-", "_").lower()


def localized(obj, name: str, language: str | None = None) -> str:
    """`obj.<name>_<language>`, falling back to English when empty."""
    language = _language_field(language or translation.get_language() or "en")
    value = getattr(obj, f"{name}_{language}", "") if language in TEXT_LANGUAGES else ""
    return value or getattr(obj, f"{name}_en")


class TestPlan(models.Model):
    """The pre- and post-test of a course: two parallel forms of one paper."""

    __test__ = False  # not a pytest class, whatever its name

    course = models.OneToOneField(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="test_plan",
    )
    pre_quiz = models.ForeignKey(
        "assessments.Quiz",
        verbose_name=_("pre-test"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Opens before any lesson."),
    )
    post_quiz = models.ForeignKey(
        "assessments.Quiz",
        verbose_name=_("post-test"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("A parallel form: other questions on the same objectives."),
    )
    locks_lessons = models.BooleanField(
        _("lessons wait for the pre-test"),
        default=True,
        help_text=_("Lessons stay closed until the fellow has taken the pre-test."),
    )
    difficulty_margin = models.DecimalField(
        _("allowed difference in difficulty"),
        max_digits=3,
        decimal_places=2,
        default=0.15,
        help_text=_(
            "Flag an objective when the mean facility of its pre-test and "
            "post-test questions differ by more than this (0 to 1)."
        ),
    )

    panels = [
        FieldPanel("course"),
        FieldPanel("pre_quiz"),
        FieldPanel("post_quiz"),
        FieldPanel("locks_lessons"),
        FieldPanel("difficulty_margin"),
    ]

    class Meta:
        verbose_name = _("pre- and post-test")
        verbose_name_plural = _("pre- and post-tests")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(pre_quiz=models.F("post_quiz")),
                name="evaluation_plan_two_forms",
            ),
            models.CheckConstraint(
                condition=models.Q(difficulty_margin__gte=0, difficulty_margin__lte=1),
                name="evaluation_plan_margin_fraction",
            ),
        ]

    def __str__(self):
        return str(self.course)

    def clean(self):
        super().clean()
        if self.pre_quiz_id and self.pre_quiz_id == self.post_quiz_id:
            raise ValidationError(
                {
                    "post_quiz": _(
                        "The post-test must be another quiz than the pre-test."
                    )
                }
            )
        for name in ("pre_quiz", "post_quiz"):
            quiz = getattr(self, name, None) if getattr(self, f"{name}_id") else None
            if quiz is not None and self.course_id and quiz.course_id != self.course_id:
                raise ValidationError({name: _("Choose a quiz of this course.")})


class ObjectiveScore(models.Model):
    """A fellow's score on one objective in the pre- or post-test.

    Taken from the fellow's first graded attempt of each form: a second
    attempt at the post-test would measure practice on the paper, not gain.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="+"
    )
    objective_key = models.CharField(_("objective"), max_length=40)
    phase = models.CharField(_("test"), max_length=4, choices=Phase.choices)
    score = models.DecimalField(_("score"), max_digits=8, decimal_places=2)
    max_score = models.DecimalField(_("maximum"), max_digits=8, decimal_places=2)
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("objective score")
        verbose_name_plural = _("objective scores")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course", "objective_key", "phase"],
                name="evaluation_objective_score_once",
            ),
            models.CheckConstraint(
                condition=models.Q(max_score__gt=0)
                & models.Q(score__gte=0)
                & models.Q(score__lte=models.F("max_score")),
                name="evaluation_objective_score_in_range",
            ),
        ]
        indexes = [models.Index(fields=["course", "phase"])]

    def __str__(self):
        return f"{self.user_id} {self.objective_key} {self.phase}"


class Survey(ClusterableModel):
    """A questionnaire authored by managers, in the six languages."""

    kind = models.CharField(_("when"), max_length=20, choices=SurveyKind.choices)
    title_en = models.CharField(_("title (English)"), max_length=200)
    title_fr = models.CharField(_("title (French)"), max_length=200, blank=True)
    title_es = models.CharField(_("title (Spanish)"), max_length=200, blank=True)
    title_ar = models.CharField(_("title (Arabic)"), max_length=200, blank=True)
    title_ru = models.CharField(_("title (Russian)"), max_length=200, blank=True)
    title_zh_hans = models.CharField(_("title (Chinese)"), max_length=200, blank=True)
    anonymous_to_instructors = models.BooleanField(
        _("anonymous to instructors"),
        default=True,
        help_text=_("Instructors see the answers without the respondents' names."),
    )
    is_active = models.BooleanField(
        _("in use"),
        default=True,
        help_text=_("The survey fellows receive for this moment (one at a time)."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("kind"),
        MultiFieldPanel(
            [FieldPanel(f"title_{code}") for code in TEXT_LANGUAGES],
            heading=_("Title"),
        ),
        FieldPanel("anonymous_to_instructors"),
        FieldPanel("is_active"),
        InlinePanel("items", heading=_("Questions"), label=_("Question")),
    ]

    class Meta:
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")
        ordering = ["kind", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind"],
                condition=models.Q(is_active=True),
                name="evaluation_one_active_survey_per_kind",
            )
        ]

    def __str__(self):
        return self.title

    @property
    def title(self) -> str:
        return localized(self, "title")


class SurveyItem(Orderable):
    survey = ParentalKey(Survey, on_delete=models.CASCADE, related_name="items")
    key = models.SlugField(
        _("key"),
        max_length=40,
        help_text=_(
            "A short name kept in reports and exports, e.g. relevance. In a "
            "follow-up survey, the yes-or-no question with the key “applied” "
            "gives the application rate."
        ),
    )
    kind = models.CharField(_("answer"), max_length=10, choices=ItemKind.choices)
    required = models.BooleanField(_("required"), default=True)
    text_en = models.CharField(_("question (English)"), max_length=300)
    text_fr = models.CharField(_("question (French)"), max_length=300, blank=True)
    text_es = models.CharField(_("question (Spanish)"), max_length=300, blank=True)
    text_ar = models.CharField(_("question (Arabic)"), max_length=300, blank=True)
    text_ru = models.CharField(_("question (Russian)"), max_length=300, blank=True)
    text_zh_hans = models.CharField(_("question (Chinese)"), max_length=300, blank=True)

    panels = [
        FieldPanel("key"),
        FieldPanel("kind"),
        FieldPanel("required"),
        *(FieldPanel(f"text_{code}") for code in TEXT_LANGUAGES),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("survey question")
        verbose_name_plural = _("survey questions")
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "key"], name="evaluation_item_key_once"
            )
        ]

    def __str__(self):
        return self.text

    @property
    def text(self) -> str:
        return localized(self, "text")


class SurveyResponse(models.Model):
    """One person's answers to a survey on one occasion.

    The respondent is kept so that each person answers once; instructors are
    shown the answers without it when the survey says so. No link to any
    attempt or grade.
    """

    survey = models.ForeignKey(
        Survey, on_delete=models.PROTECT, related_name="responses"
    )
    respondent = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    cohort = models.ForeignKey(
        "cohorts.Cohort", on_delete=models.CASCADE, related_name="+"
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    follow_up_months = models.PositiveSmallIntegerField(null=True, blank=True)
    consent_to_quote = models.BooleanField(_("may be quoted"), default=False)
    submitted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "respondent", "cohort", "course", "follow_up_months"],
                nulls_distinct=False,
                name="evaluation_response_once",
            )
        ]

    def __str__(self):
        return f"{self.survey_id} · {self.cohort_id}"


class SurveyAnswer(models.Model):  # noqa: DJ008 (shown only inside its response)
    response = models.ForeignKey(
        SurveyResponse, on_delete=models.CASCADE, related_name="answers"
    )
    item = models.ForeignKey(SurveyItem, on_delete=models.PROTECT, related_name="+")
    value = models.PositiveSmallIntegerField(null=True, blank=True)
    text = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["response", "item"], name="evaluation_answer_once"
            ),
            models.CheckConstraint(
                condition=models.Q(value__isnull=True)
                | models.Q(value__gte=0, value__lte=5),
                name="evaluation_answer_value_range",
            ),
        ]
