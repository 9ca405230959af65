from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class GradingPolicy(blocks.ChoiceBlock):
    choices = [
        ("best", _("Best attempt")),
        ("last", _("Last attempt")),
        ("first", _("First attempt")),
        ("average", _("Average of attempts")),
    ]


class H5PActivityBlock(blocks.StructBlock):
    """Plays an imported H5P package inside a lesson."""

    package = SnippetChooserBlock("h5p.H5PPackage", label=_("H5P package"))
    grading_policy = blocks.ChoiceBlock(
        choices=GradingPolicy.choices,
        default="best",
        label=_("Result kept"),
    )
    required = blocks.BooleanBlock(
        required=False,
        default=True,
        label=_("Required to complete the lesson"),
    )

    class Meta:
        icon = "code"
        label = _("H5P activity")
        template = "blocks/h5p_activity.html"
        description = _("An interactive H5P activity from the package library")
