from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from .caching import public_for_anonymous
from .choices import InstrumentKind, ReferenceKind


class HomePage(Page):
    """The site's front page, one per language tree."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = RichTextField(_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    # The catalogue is named by label only: content never imports courses.
    subpage_types = ["content.StandardPage", "courses.CatalogPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def serve(self, request, *args, **kwargs):
        return public_for_anonymous(request, super().serve(request, *args, **kwargs))


class StandardPage(Page):
    """A plain page: about the programme, privacy, accessibility."""

    body = RichTextField(_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]

    parent_page_types = ["content.HomePage", "content.StandardPage"]
    subpage_types = ["content.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    def serve(self, request, *args, **kwargs):
        return public_for_anonymous(request, super().serve(request, *args, **kwargs))


# The reference library: the instruments, their provisions, the MOSAIC
# modules and the glossary that lessons cite.


class Instrument(index.Indexed, models.Model):
    """An international instrument: the ITI, the PoA, the Firearms Protocol…"""

    key = models.CharField(
        _("key"),
        max_length=32,
        unique=True,
        help_text=_("A short stable identifier, such as ITI."),
    )
    title = models.CharField(_("title"), max_length=500)
    short_title = models.CharField(_("short title"), max_length=200, blank=True)
    abbreviation = models.CharField(_("abbreviation"), max_length=32, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=InstrumentKind.choices)
    adopted_on = models.DateField(_("adoption date"), null=True, blank=True)
    document_symbol = models.CharField(
        _("document symbol"),
        max_length=64,
        blank=True,
        help_text=_("The United Nations document symbol, such as A/60/88."),
    )
    summary = models.TextField(_("summary"), blank=True)

    panels = [
        FieldPanel("key"),
        FieldPanel("title"),
        MultiFieldPanel(
            [
                FieldPanel("short_title"),
                FieldPanel("abbreviation"),
                FieldPanel("kind"),
                FieldPanel("adopted_on"),
                FieldPanel("document_symbol"),
            ],
            heading=_("Identification"),
        ),
        FieldPanel("summary"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("short_title"),
        index.AutocompleteField("title"),
        index.FilterField("key"),
        index.SearchField("abbreviation"),
    ]

    class Meta:
        verbose_name = _("instrument")
        verbose_name_plural = _("instruments")
        ordering = ["key"]

    def __str__(self):
        return self.short_title or self.title


class Provision(index.Indexed, models.Model):
    """A paragraph or article of an instrument, cited by lessons."""

    key = models.CharField(
        _("key"),
        max_length=40,
        unique=True,
        help_text=_("Instrument key and reference, such as ITI-8a."),
    )
    instrument = models.ForeignKey(
        Instrument,
        verbose_name=_("instrument"),
        on_delete=models.PROTECT,
        related_name="provisions",
    )
    reference = models.CharField(
        _("reference"), max_length=64, help_text=_("Such as para. 8(a) or art. 7.")
    )
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), blank=True)

    panels = [
        FieldPanel("key"),
        FieldPanel("instrument"),
        FieldPanel("reference"),
        FieldPanel("title"),
        FieldPanel("summary"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("key"),
        index.AutocompleteField("key"),
        index.SearchField("reference"),
        index.FilterField("instrument"),
    ]

    class Meta:
        verbose_name = _("provision")
        verbose_name_plural = _("provisions")
        ordering = ["key"]

    def __str__(self):
        return f"{self.citation} — {self.title}"

    @property
    def citation(self) -> str:
        # Uses the instrument already loaded (select_related by selectors).
        name = self.instrument.abbreviation or self.instrument.short_title
        return f"{name}, {self.reference}"


class MosaicModule(index.Indexed, models.Model):
    """A module of the Modular Small-arms-control Implementation Compendium."""

    number = models.CharField(
        _("number"), max_length=16, unique=True, help_text=_("Such as 05.30.")
    )
    title = models.CharField(_("title"), max_length=255)
    version = models.CharField(_("version"), max_length=32, blank=True)
    published_on = models.DateField(
        _("date"),
        null=True,
        blank=True,
        help_text=_("Leave blank when the date is not known."),
    )

    panels = [
        FieldPanel("number"),
        FieldPanel("title"),
        FieldPanel("version"),
        FieldPanel("published_on"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("number"),
        index.AutocompleteField("number"),
    ]

    class Meta:
        verbose_name = _("MOSAIC module")
        verbose_name_plural = _("MOSAIC modules")
        ordering = ["number"]

    def __str__(self):
        return f"MOSAIC {self.number} — {self.title}"


class GlossaryTerm(index.Indexed, models.Model):
    """A term and its definition, taken from a provision or a MOSAIC module."""

    term = models.CharField(_("term"), max_length=200, unique=True)
    definition = models.TextField(_("definition"))
    source_provision = models.ForeignKey(
        Provision,
        verbose_name=_("source provision"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="glossary_terms",
    )
    source_mosaic_module = models.ForeignKey(
        MosaicModule,
        verbose_name=_("source MOSAIC module"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="glossary_terms",
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("definition"),
        FieldPanel("source_provision"),
        FieldPanel("source_mosaic_module"),
    ]
    search_fields = [
        index.SearchField("term"),
        index.AutocompleteField("term"),
        index.SearchField("definition"),
    ]

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["term"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(source_provision__isnull=True)
                | models.Q(source_mosaic_module__isnull=True),
                name="glossary_term_has_at_most_one_source",
            )
        ]

    def __str__(self):
        return self.term


class ReferenceTranslation(models.Model):
    """The texts of one reference in one language: ``texts`` maps a field of
    the reference (its kind's entry in REFERENCE_TEXT_FIELDS) to its text.

    One table for the four kinds, so a page reads every translation it shows
    in one query (docs/decisions/0029). `object_id` is the reference's id;
    references are never renumbered (ids are not reused).
    """

    kind = models.CharField(_("kind"), max_length=20, choices=ReferenceKind.choices)
    object_id = models.PositiveBigIntegerField(_("reference"))
    language = models.CharField(_("language"), max_length=16)
    texts = models.JSONField(_("texts"), default=dict, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("reference translation")
        verbose_name_plural = _("reference translations")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "language"],
                name="reference_translation_unique",
            )
        ]
        indexes = [models.Index(fields=["language"], name="reference_tr_language")]

    def __str__(self):
        return f"{self.kind} {self.object_id} ({self.language})"


# What each kind translates, and how packages name a reference of that kind.
REFERENCE_TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    ReferenceKind.INSTRUMENT: ("title", "short_title", "summary"),
    ReferenceKind.PROVISION: ("reference", "title", "summary"),
    ReferenceKind.MOSAIC: ("title",),
    ReferenceKind.GLOSSARY: ("term", "definition"),
}
REFERENCE_MODELS = {
    ReferenceKind.INSTRUMENT: Instrument,
    ReferenceKind.PROVISION: Provision,
    ReferenceKind.MOSAIC: MosaicModule,
    ReferenceKind.GLOSSARY: GlossaryTerm,
}
REFERENCE_KEY_FIELDS = {
    ReferenceKind.INSTRUMENT: "key",
    ReferenceKind.PROVISION: "key",
    ReferenceKind.MOSAIC: "number",
    ReferenceKind.GLOSSARY: "term",
}


def reference_kind(reference) -> str:
    """The ReferenceKind of an Instrument, Provision, MosaicModule or term."""
    for kind, model in REFERENCE_MODELS.items():
        if isinstance(reference, model):
            return kind
    raise TypeError(f"not a reference: {reference!r}")
