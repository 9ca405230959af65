from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from ..blocks import LessonStreamBlock
from ..choices import Level, Track


class ViewRestrictionsInOneQuery:
    """Wagtail's `get_view_restrictions` in one query instead of two.

    The same rule: the restrictions of the page and of every ancestor, an
    alias counting as the page it mirrors. The ancestors' paths come from the
    page's own path, so they need no query of their own. A page served
    from a cached route has them from the route entry: no query at all.
    """

    def get_view_restrictions(self):
        # Put there by the route cache (`courses.routing`), under the content
        # version that any change of a view restriction replaces.
        routed = getattr(self, "_routed_view_restrictions", None)
        if routed is not None:
            return routed
        steplen = Page.steplen
        paths = [self.path[:end] for end in range(steplen, len(self.path) + 1, steplen)]
        chain = Page.objects.filter(path__in=paths)
        return PageViewRestriction.objects.filter(
            models.Q(page__in=chain.filter(alias_of__isnull=True).values("pk"))
            | models.Q(page__in=chain.filter(alias_of__isnull=False).values("alias_of"))
        )


class CatalogPage(ViewRestrictionsInOneQuery, RoutablePageMixin, Page):
    """The catalogue of courses, one per language tree."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["content.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    @path("")
    def index_route(self, request):
        from .. import views

        return views.catalog_page(request, page=self)


class CoursePage(ViewRestrictionsInOneQuery, RoutablePageMixin, Page):
    """A course: one track of the programme, made of modules of lessons."""

    summary = models.TextField(_("summary"))
    objectives = StreamField(
        [
            (
                "objective",
                blocks.CharBlock(label=_("Learning objective"), max_length=300),
            )
        ],
        verbose_name=_("learning objectives"),
        blank=True,
    )
    track = models.CharField(
        _("thematic area"), max_length=32, choices=Track.choices, default=Track.OTHER
    )
    level = models.CharField(
        _("level"), max_length=16, choices=Level.choices, default=Level.INTRODUCTORY
    )
    estimated_hours = models.DecimalField(
        _("estimated hours"), max_digits=5, decimal_places=1, default=1
    )
    prerequisites = ParentalManyToManyField(
        "courses.CoursePage",
        verbose_name=_("prerequisites"),
        blank=True,
        symmetrical=False,
        related_name="required_by",
        help_text=_("Courses a fellow must complete before this one opens."),
    )
    mosaic_modules = ParentalManyToManyField(
        "content.MosaicModule",
        verbose_name=_("MOSAIC modules covered"),
        blank=True,
        related_name="courses",
    )
    provisions = ParentalManyToManyField(
        "content.Provision",
        verbose_name=_("instrument provisions covered"),
        blank=True,
        related_name="courses",
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    requires_sequence = models.BooleanField(
        _("lessons in order"),
        default=False,
        help_text=_("Each lesson opens once the previous one is complete."),
    )
    counts_browser_scores = models.BooleanField(
        _("browser scores count"),
        default=False,
        help_text=_(
            "Whether scores computed in the browser (H5P) may count toward "
            "certification."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("objectives"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [
                FieldPanel("track"),
                FieldPanel("level"),
                FieldPanel("estimated_hours"),
                FieldPanel("prerequisites", widget=forms.CheckboxSelectMultiple),
                FieldPanel("requires_sequence"),
                FieldPanel("counts_browser_scores"),
            ],
            heading=_("Course settings"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("mosaic_modules", widget=forms.CheckboxSelectMultiple),
                FieldPanel("provisions", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Coverage"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.FilterField("track"),
        index.FilterField("level"),
    ]

    parent_page_types = ["courses.CatalogPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    @path("")
    def index_route(self, request):
        from .. import views

        return views.course_page(request, page=self)

    @path("enrol/", name="enrol")
    def enrol_route(self, request):
        from .. import views

        return views.course_enrol(request, page=self)


class ModulePage(ViewRestrictionsInOneQuery, Page):
    """A module of a course: a titled group of lessons."""

    summary = models.TextField(_("summary"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary")]
    search_fields = Page.search_fields + [index.SearchField("summary")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def serve(self, request, *args, **kwargs):
        from .. import views

        return views.module_page(request, page=self)


class LessonPage(ViewRestrictionsInOneQuery, RoutablePageMixin, Page):
    """A lesson: what a fellow reads, watches and does in one sitting."""

    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=15
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"), blank=True)
    provisions = ParentalManyToManyField(
        "content.Provision",
        verbose_name=_("provisions cited"),
        blank=True,
        related_name="lessons",
    )
    mosaic_modules = ParentalManyToManyField(
        "content.MosaicModule",
        verbose_name=_("MOSAIC modules cited"),
        blank=True,
        related_name="lessons",
    )

    content_panels = Page.content_panels + [
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("provisions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("mosaic_modules", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Sources"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("body")]

    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    @path("")
    def index_route(self, request):
        from .. import views

        return views.lesson_page(request, page=self)

    @path("lite/", name="lite")
    def lite_route(self, request):
        from .. import views

        return views.lesson_page(request, page=self, lite=True)

    @path("complete/", name="complete")
    def complete_route(self, request):
        from .. import views

        return views.lesson_complete(request, page=self)

    @path("activity/", name="activity")
    def activity_route(self, request):
        from .. import views

        return views.lesson_activity(request, page=self)

    @path("reflections/<uuid:block_id>/", name="reflection")
    def reflection_route(self, request, block_id):
        from .. import views

        return views.reflection_save(request, page=self, block_id=block_id)

    @path("exercises/<uuid:block_id>/", name="exercise")
    def exercise_route(self, request, block_id):
        from .. import views

        return views.exercise_answer_save(request, page=self, block_id=block_id)
