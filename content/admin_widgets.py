"""Admin widgets with accessible names: the rich text editor and tags.

Draftail's editable area is a text box of its own, outside the hidden input
that the field's label points at, so a screen reader announced an unnamed
field. Each editor now carries a name: the field's label where the admin
renders one for it (a panel), and "Rich text" inside a StreamField, where
the block's heading is drawn by the admin's JavaScript.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.translation import gettext
from wagtail.admin.forms.tags import TagField
from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.admin.rich_text.editors.draftail import DraftailRichTextAreaAdapter
from wagtail.admin.telepath import register
from wagtail.admin.widgets import AdminTagWidget


def _named(options: dict, *, labelled_by: str = "") -> dict:
    named = {**options, "ariaLabel": gettext("Rich text")}
    if labelled_by:
        named["ariaLabelledBy"] = labelled_by
    return named


class NamedDraftailRichTextArea(DraftailRichTextArea):
    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        field_id = context["widget"]["attrs"].get("id", "")
        # The panel's label carries the id "<field id>-label".
        context["widget"]["attrs"]["data-w-init-detail-value"] = json.dumps(
            _named(self.options, labelled_by=f"{field_id}-label" if field_id else ""),
            cls=DjangoJSONEncoder,
        )
        return context


class NamedDraftailRichTextAreaAdapter(DraftailRichTextAreaAdapter):
    def js_args(self, widget):
        return [_named(widget.options)]


register(NamedDraftailRichTextAreaAdapter(), NamedDraftailRichTextArea)


class NamedTagWidget(AdminTagWidget):
    """The tags field's text box, which the admin's tag-it script draws next
    to the hidden input the label points at, with a placeholder that names it
    ("Add a tag")."""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget_attrs = context["widget"]["attrs"]
        options = json.loads(widget_attrs.get("data-w-tag-options-value", "{}"))
        options["placeholderText"] = gettext("Add a tag")
        widget_attrs["data-w-tag-options-value"] = json.dumps(options)
        return context


def tag_field_override(db_field) -> dict:
    return {
        "form_class": TagField,
        "tag_model": db_field.related_model,
        "widget": NamedTagWidget,
    }
