"""The admin's rich text editors and tags boxes have accessible names."""

import json

from wagtail.admin.panels import ObjectList
from wagtail.admin.telepath import JSContext

from content.admin_widgets import NamedDraftailRichTextArea, NamedTagWidget
from fellowship.assessments.models import Question


def _question_form():
    return ObjectList(Question.panels).bind_to_model(Question).get_form_class()()


def test_rich_text_field_is_named_by_its_label(db):
    form = _question_form()
    widget = form.fields["stem"].widget
    assert isinstance(widget, NamedDraftailRichTextArea)
    html = str(form["stem"])
    options = json.loads(
        html.split('data-w-init-detail-value="')[1].split('"')[0].replace("&quot;", '"')
    )
    assert options["ariaLabelledBy"] == "id_stem-label"
    assert options["ariaLabel"] == "Rich text"


def test_rich_text_block_editor_is_named(db):
    widget = NamedDraftailRichTextArea()
    packed = JSContext().pack(widget)
    assert packed["_args"][0]["ariaLabel"] == "Rich text"


def test_tags_box_has_a_placeholder_that_names_it(db):
    form = _question_form()
    assert isinstance(form.fields["tags"].widget, NamedTagWidget)
    html = str(form["tags"])
    options = json.loads(
        html.split('data-w-tag-options-value="')[1].split('"')[0].replace("&quot;", '"')
    )
    assert options["placeholderText"] == "Add a tag"
    assert options["allowSpaces"] is True
