from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from ..choices import GradingMethod, ReviewTiming


class Quiz(index.Indexed, ClusterableModel):
    """A graded quiz; the server decides every score."""

    title = models.CharField(_("title"), max_length=255)
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="quizzes",
        help_text=_("Only fellows enrolled in this course may take the quiz."),
    )
    module = models.ForeignKey(
        "courses.ModulePage",
        verbose_name=_("module"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="quizzes",
    )
    introduction = RichTextField(_("introduction"), blank=True)
    pass_mark = models.DecimalField(
        _("pass mark (%)"),
        max_digits=5,
        decimal_places=2,
        default=70,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=3, help_text=_("0 means unlimited.")
    )
    attempt_delay_minutes = models.PositiveIntegerField(
        _("delay between attempts (minutes)"), default=0
    )
    opens_at = models.DateTimeField(_("opens at"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes at"), null=True, blank=True)
    time_limit_minutes = models.PositiveIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        help_text=_("Enforced by the server; leave empty for no limit."),
    )
    grading_method = models.CharField(
        _("grade kept across attempts"),
        max_length=16,
        choices=GradingMethod.choices,
        default=GradingMethod.HIGHEST,
    )
    review_marks = models.CharField(
        _("fellow's answers and marks"),
        max_length=20,
        choices=ReviewTiming.choices,
        default=ReviewTiming.AFTER_EACH_ATTEMPT,
        help_text=_(
            "When a fellow sees, question by question, what they answered and "
            "the points each answer earned. Their total score and whether they "
            "passed are always shown once the attempt is graded."
        ),
    )
    review_right_answers = models.CharField(
        _("right answers"),
        max_length=20,
        choices=ReviewTiming.choices,
        default=ReviewTiming.AFTER_LAST_ATTEMPT,
        help_text=_(
            "When a fellow sees the right answer to each question. Shown while "
            "attempts remain, right answers let the next attempt be copied "
            "from them. The last allowed attempt counts the extra attempts of "
            "accommodations; a pass with attempts left does not open them. "
            "While the fellow has an attempt in progress, no review shows them."
        ),
    )
    review_feedback = models.CharField(
        _("feedback"),
        max_length=20,
        choices=ReviewTiming.choices,
        default=ReviewTiming.AFTER_LAST_ATTEMPT,
        help_text=_(
            "When a fellow sees the feedback on the answers they chose, each "
            "question's general feedback and the instructor's comments on "
            "written answers. Feedback on an answer often tells the right "
            "answer: open it no earlier than the right answers."
        ),
    )
    retry_penalties = models.BooleanField(
        _("apply penalties per retry"),
        default=False,
        help_text=_(
            "With more than one attempt allowed, each question's penalty is "
            "taken from its credit once for every earlier attempt."
        ),
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("course"), FieldPanel("module")]),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("grading_method")]),
                FieldRowPanel(
                    [FieldPanel("max_attempts"), FieldPanel("attempt_delay_minutes")]
                ),
                FieldPanel("retry_penalties"),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("time_limit_minutes"),
                FieldRowPanel(
                    [FieldPanel("shuffle_questions"), FieldPanel("shuffle_options")]
                ),
            ],
            heading=_("Rules"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("review_marks"),
                FieldPanel("review_right_answers"),
                FieldPanel("review_feedback"),
            ],
            heading=_("What a fellow sees after an attempt"),
            help_text=_(
                "Each part opens at the time chosen; the score and the pass are "
                "always shown. Instructors always see everything in the attempt "
                "review."
            ),
        ),
        InlinePanel("slots", heading=_("Questions"), label=_("Question slot")),
    ]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        ordering = ["title", "pk"]
        permissions = [
            ("view_item_analysis", _("Can see item analysis")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(pass_mark__gte=0, pass_mark__lte=100),
                name="quiz_pass_mark_percent",
            ),
            models.CheckConstraint(
                condition=models.Q(opens_at__isnull=True)
                | models.Q(closes_at__isnull=True)
                | models.Q(closes_at__gt=models.F("opens_at")),
                name="quiz_closes_after_opening",
            ),
            models.CheckConstraint(
                condition=models.Q(time_limit_minutes__isnull=True)
                | models.Q(time_limit_minutes__gt=0),
                name="quiz_time_limit_positive",
            ),
            *(
                models.CheckConstraint(
                    condition=models.Q(**{f"{name}__in": ReviewTiming.values}),
                    name=f"quiz_{name}_known",
                )
                for name in ("review_marks", "review_right_answers", "review_feedback")
            ),
        ]

    def __str__(self):
        return self.title


class QuizSlot(Orderable):
    """One place in a quiz: a fixed question, or N drawn from a bank by tag."""

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="slots")
    question = models.ForeignKey(
        "assessments.Question",
        verbose_name=_("fixed question"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    bank = models.ForeignKey(
        "assessments.QuestionBank",
        verbose_name=_("or draw from bank"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    tag = models.CharField(
        _("with tag"),
        max_length=100,
        blank=True,
        help_text=_("Leave empty to draw from the whole bank."),
    )
    count = models.PositiveSmallIntegerField(
        _("questions drawn"), default=1, validators=[MinValueValidator(1)]
    )

    panels = [
        FieldPanel("question"),
        FieldRowPanel([FieldPanel("bank"), FieldPanel("tag"), FieldPanel("count")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question slot")
        verbose_name_plural = _("question slots")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(question__isnull=False, bank__isnull=True)
                    | models.Q(question__isnull=True, bank__isnull=False)
                ),
                name="quiz_slot_question_or_bank",
            ),
            models.CheckConstraint(
                condition=models.Q(count__gte=1), name="quiz_slot_count_positive"
            ),
        ]

    def __str__(self):
        if self.question_id:
            return str(self.question)
        return f"{self.count} × {self.bank} {self.tag}".strip()


class Accommodation(models.Model):
    """Extra time or attempts granted to one fellow for one quiz."""

    quiz = models.ForeignKey(
        Quiz,
        verbose_name=_("quiz"),
        on_delete=models.CASCADE,
        related_name="accommodations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("fellow"),
        on_delete=models.CASCADE,
        related_name="quiz_accommodations",
    )
    extra_attempts = models.PositiveSmallIntegerField(_("extra attempts"), default=0)
    extra_time_minutes = models.PositiveIntegerField(
        _("extra time (minutes)"), default=0
    )
    closes_at = models.DateTimeField(
        _("personal closing date"),
        null=True,
        blank=True,
        help_text=_("Replaces the quiz's closing date for this fellow."),
    )
    note = models.CharField(_("note"), max_length=255, blank=True)

    panels = [
        FieldPanel("quiz"),
        FieldPanel("user"),
        FieldRowPanel([FieldPanel("extra_attempts"), FieldPanel("extra_time_minutes")]),
        FieldPanel("closes_at"),
        FieldPanel("note"),
    ]

    class Meta:
        verbose_name = _("accommodation")
        verbose_name_plural = _("accommodations")
        constraints = [
            models.UniqueConstraint(
                fields=["quiz", "user"], name="accommodation_once_per_quiz_and_user"
            )
        ]

    def __str__(self):
        return f"{self.user} — {self.quiz}"
