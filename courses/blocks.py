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


class ExerciseBlock(blocks.StructBlock):
    """A practical task; its model answer is shown once the fellow has
    submitted their own answer, and only to them."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    minutes = blocks.IntegerBlock(
        label=_("Minutes"),
        min_value=1,
        max_value=600,
        help_text=_("The time the exercise takes."),
    )
    task = RichTextBlock(label=_("Task"))
    model_answer = RichTextBlock(
        label=_("Model answer"),
        help_text=_("Shown to the fellow once they have submitted their answer."),
    )

    class Meta:
        icon = "clipboard-list"
        label = _("Exercise")
        template = "blocks/exercise.html"
        preview_value = {
            "title": "Draft a tracing request",
            "minutes": 15,
            "task": "<p>Draft the request for the rifle described above.</p>",
            "model_answer": "<ul><li>The marking, as read.</li></ul>",
        }
        description = _(
            "A practical task; the model answer is shown once the fellow "
            "has submitted their own"
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
    exercise = ExerciseBlock()
    h5p = H5PActivityBlock()
    quiz = QuizBlock()

    class Meta:
        block_counts = {}
