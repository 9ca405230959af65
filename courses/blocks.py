"""The lesson body: shared content blocks, the reflection prompt and the
graded slots (H5P from content.h5p, the quiz named by its label only)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from content.blocks import (
    CalloutBlock,
    DocumentDownloadBlock,
    GlossaryTermBlock,
    ImageBlock,
    QuotationBlock,
    RichTextBlock,
    VideoBlock,
)
from content.h5p.blocks import H5PActivityBlock


class ReflectionBlock(blocks.StructBlock):
    """A question the fellow answers in their own words and keeps privately."""

    prompt = blocks.TextBlock(label=_("Prompt"))

    class Meta:
        icon = "edit"
        label = _("Reflection prompt")
        template = "blocks/reflection.html"
        preview_value = {
            "prompt": "Which records does your agency keep today, and who reads them?"
        }
        description = _(
            "A question the fellow answers in free text; only they see their answer"
        )


class QuizBlock(blocks.StructBlock):
    """A graded quiz from the assessments app, named by its label only."""

    quiz = SnippetChooserBlock("assessments.Quiz", label=_("Quiz"))
    required = blocks.BooleanBlock(
        required=False,
        default=True,
        label=_("Must be passed to complete the lesson"),
    )

    class Meta:
        icon = "tasks"
        label = _("Quiz")
        template = "blocks/quiz.html"
        description = _("A graded quiz from the question bank")


class LessonStreamBlock(blocks.StreamBlock):
    rich_text = RichTextBlock()
    image = ImageBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    quotation = QuotationBlock()
    document = DocumentDownloadBlock()
    glossary_term = GlossaryTermBlock()
    reflection = ReflectionBlock()
    h5p = H5PActivityBlock()
    quiz = QuizBlock()

    class Meta:
        block_counts = {}
