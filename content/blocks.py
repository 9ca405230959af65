"""StreamField blocks shared by every page that teaches: learner-agnostic."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .choices import CalloutKind

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "hr"]


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/rich_text.html"
        preview_value = (
            "<p>Marking at manufacture gives each weapon a unique identity that "
            "records and tracing requests rely on.</p>"
        )
        description = _("Paragraphs, headings, lists and links")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=300,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"
        preview_value = {
            "alt_text": "A marking stamped on the frame of a pistol",
            "caption": "Marking on the frame",
        }
        description = _("An image with its alternative text and an optional caption")


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    embed = EmbedBlock(
        label=_("Embedded video"),
        required=False,
        help_text=_("The address of a video on a video service."),
    )
    file = DocumentChooserBlock(
        label=_("Uploaded video"),
        required=False,
        help_text=_("Or a video file from the document library."),
    )
    captions = DocumentChooserBlock(
        label=_("Captions track"),
        required=False,
        help_text=_("A WebVTT file with captions for the uploaded video."),
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript"), required=False, features=RICH_TEXT_FEATURES
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video.html"
        preview_value = {
            "title": "Reading a marking",
            "transcript": "<p>The narrator reads each element of the marking.</p>",
        }
        description = _(
            "A video from a video service or the document library, with captions"
        )

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("embed")) == bool(value.get("file")):
            message = _("Give either an embedded video or an uploaded video, not both.")
            raise StructBlockValidationError(
                block_errors={"embed": ValidationError(message)}
            )
        return value


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"), choices=CalloutKind.choices, default=CalloutKind.KEY_POINT
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    body = blocks.RichTextBlock(label=_("Body"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Callout")
        template = "blocks/callout.html"
        preview_value = {
            "kind": "key_point",
            "title": "Key point",
            "body": "<p>A marking is only useful if it is recorded.</p>",
        }
        description = _(
            "A key point, a warning, an exercise or a case study, set apart"
        )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        kind = value.get("kind")
        context["kind_label"] = (
            CalloutKind(kind).label if kind in CalloutKind.values else ""
        )
        return context


class QuotationBlock(blocks.StructBlock):
    provision = SnippetChooserBlock("content.Provision", label=_("Provision"))
    text = blocks.TextBlock(label=_("Quoted text"))
    citation = blocks.CharBlock(label=_("Citation"), max_length=300)

    class Meta:
        icon = "openquote"
        label = _("Quotation from an instrument")
        template = "blocks/quotation.html"
        preview_value = {
            "text": "States will ensure that all marks are on an exposed surface.",
            "citation": "International Tracing Instrument, para. 7",
        }
        description = _("The words of a provision, with its citation")


class DocumentDownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), max_length=200, required=False)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "blocks/document_download.html"
        preview_value = {
            "title": "Record-keeping template",
            "description": "A spreadsheet to adapt to your national register.",
        }
        description = _("A file from the document library to download")


class GlossaryTermBlock(blocks.StructBlock):
    term = SnippetChooserBlock("content.GlossaryTerm", label=_("Term"))

    class Meta:
        icon = "bold"
        label = _("Glossary term")
        template = "blocks/glossary_term.html"
        description = _("A term and its definition from the glossary")

    def get_preview_value(self):
        from .models import GlossaryTerm

        return self.to_python(
            {"term": GlossaryTerm.objects.values_list("pk", flat=True).first()}
        )
