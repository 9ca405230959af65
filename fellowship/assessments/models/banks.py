from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from ..choices import QuestionType
from ..grading import grader_for


class QuestionBank(models.Model):
    """The questions of one course, or of one module of it."""

    title = models.CharField(_("title"), max_length=255)
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="question_banks",
    )
    module = models.ForeignKey(
        "courses.ModulePage",
        verbose_name=_("module"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="question_banks",
    )
    description = models.TextField(_("description"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("course"),
        FieldPanel("module"),
        FieldPanel("description"),
    ]

    class Meta:
        verbose_name = _("question bank")
        verbose_name_plural = _("question banks")
        ordering = ["title"]

    def __str__(self):
        return self.title


class QuestionCategory(models.Model):
    """A folder of a bank's questions; nested, as Moodle's `$course$/A/B`."""

    bank = models.ForeignKey(
        QuestionBank,
        verbose_name=_("question bank"),
        on_delete=models.CASCADE,
        related_name="categories",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent category"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
    )
    name = models.CharField(_("name"), max_length=255)
    info = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")
        ordering = ["bank", "name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["bank", "parent", "name"],
                name="question_category_unique_name",
                nulls_distinct=False,
            ),
        ]

    def __str__(self):
        # The name alone: listings show it without walking up the parents.
        return self.name

    @property
    def path(self) -> str:
        """The names from the top, joined with "/" (parents are few)."""
        names, category = [], self
        while category is not None:
            names.append(category.name)
            category = category.parent
        return "/".join(reversed(names))


class TaggedQuestion(TaggedItemBase):
    content_object = ParentalKey(
        "assessments.Question", on_delete=models.CASCADE, related_name="tagged_items"
    )


def _blank_rich_text(value: str) -> bool:
    value = value or ""
    return not strip_tags(value).strip() and "<embed" not in value


class Question(index.Indexed, ClusterableModel):
    """A question: its type's grader validates and grades its `definition`."""

    bank = models.ForeignKey(
        QuestionBank,
        verbose_name=_("question bank"),
        on_delete=models.CASCADE,
        related_name="questions",
    )
    type = models.CharField(_("type"), max_length=32, choices=QuestionType.choices)
    title = models.CharField(
        _("title"), max_length=255, help_text=_("A short name for lists and reports.")
    )
    # Every type but cloze needs it; a cloze question's text is in its
    # definition, and the stem is then an optional introduction.
    stem = RichTextField(
        _("question"),
        blank=True,
        help_text=_(
            "For embedded answers (cloze), an optional introduction: the text "
            "with its gaps is written under “Answers”."
        ),
    )
    # Written by the admin's answer rows and the importers, checked by the
    # type's grader; never shown as JSON.
    definition = models.JSONField(_("answers"), default=dict)
    general_feedback = RichTextField(_("general feedback"), blank=True)
    category = models.ForeignKey(
        QuestionCategory,
        verbose_name=_("category"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions",
    )
    points = models.DecimalField(
        _("default mark"), max_digits=6, decimal_places=2, default=1
    )
    penalty = models.DecimalField(
        _("penalty per retry (%)"),
        max_digits=5,
        decimal_places=2,
        default=0,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_(
            "Taken from the question's credit for each earlier attempt, in "
            "quizzes that apply penalties (Moodle's penalty for each incorrect "
            "try). Never below zero; essays are not penalised."
        ),
    )
    learning_objective = models.CharField(
        _("learning objective"), max_length=255, blank=True
    )
    mosaic_module = models.ForeignKey(
        "content.MosaicModule",
        verbose_name=_("MOSAIC module"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    provision = models.ForeignKey(
        "content.Provision",
        verbose_name=_("instrument provision"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    tags = TaggableManager(through=TaggedQuestion, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("bank"), FieldPanel("type")]),
        FieldPanel("title"),
        FieldPanel("category"),
        FieldPanel("stem"),
        # The answers panel (no JSON) is added by the admin's viewset.
        FieldPanel("general_feedback"),
        FieldRowPanel([FieldPanel("points"), FieldPanel("penalty")]),
        MultiFieldPanel(
            [
                FieldPanel("learning_objective"),
                FieldPanel("mosaic_module"),
                FieldPanel("provision"),
                FieldPanel("tags"),
            ],
            heading=_("What it tests"),
        ),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("stem"),
        index.AutocompleteField("title"),
        index.FilterField("bank"),
        index.FilterField("type"),
    ]

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["bank", "title", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(points__gt=0), name="question_points_positive"
            ),
            models.CheckConstraint(
                condition=models.Q(penalty__gte=0, penalty__lte=100),
                name="question_penalty_percent",
            ),
            models.CheckConstraint(
                condition=models.Q(type__in=QuestionType.values),
                name="question_type_known",
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def grader(self):
        return grader_for(self.type)

    def clean(self):
        # Validation only: the grader normalises the definition it accepts.
        super().clean()
        if self.category_id and self.category.bank_id != self.bank_id:
            raise ValidationError(
                {"category": _("Choose a category of the question's bank.")}
            )
        if self.type not in QuestionType.values:
            return
        if _blank_rich_text(self.stem):
            # The editor left empty still posts an empty paragraph.
            self.stem = ""
            if self.type != QuestionType.CLOZE:
                raise ValidationError({"stem": _("Write the question.")})
        try:
            self.definition = self.grader.clean_definition(self.definition)
        except ValidationError as error:
            raise ValidationError({"definition": error.messages}) from error
