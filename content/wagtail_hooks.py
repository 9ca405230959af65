"""Admin wiring for the reference library: one menu group of snippets; and,
for the whole admin, its own stylesheet and a tags widget with a name."""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_widgets import tag_field_override
from .models import GlossaryTerm, Instrument, MosaicModule, Provision

register_form_field_override(TaggableManager, override=tag_field_override)


@hooks.register("insert_global_admin_css")
def admin_stylesheet():
    """static/css/admin.css: the project's corrections to the admin's styles
    (a file, as the Content-Security-Policy allows no inline style)."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


class InstrumentViewSet(SnippetViewSet):
    model = Instrument
    icon = "doc-full-inverse"
    list_display = ["key", "title", "kind", "adopted_on", "document_symbol"]
    list_filter = ["kind"]
    search_fields = ["title", "short_title", "abbreviation", "key"]
    ordering = ["key"]


class ProvisionViewSet(SnippetViewSet):
    model = Provision
    icon = "list-ul"
    list_display = ["key", "instrument", "reference", "title"]
    list_filter = ["instrument"]
    search_fields = ["key", "reference", "title"]
    ordering = ["key"]


class MosaicModuleViewSet(SnippetViewSet):
    model = MosaicModule
    icon = "folder-open-1"
    menu_label = _("MOSAIC modules")
    list_display = ["number", "title", "version", "published_on"]
    search_fields = ["number", "title"]
    ordering = ["number"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "bold"
    list_display = ["term", "source_provision", "source_mosaic_module"]
    search_fields = ["term", "definition"]
    ordering = ["term"]


class ReferenceLibraryGroup(SnippetViewSetGroup):
    menu_label = _("Reference library")
    menu_icon = "book"
    menu_order = 300
    items = (
        InstrumentViewSet,
        ProvisionViewSet,
        MosaicModuleViewSet,
        GlossaryTermViewSet,
    )


register_snippet(ReferenceLibraryGroup)
