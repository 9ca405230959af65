"""Admin wiring for the reference library: one menu group of snippets; and,
for the whole admin, its own stylesheet and a tags widget with a name."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_views import ReferenceTranslationsView
from .admin_widgets import tag_field_override
from .models import GlossaryTerm, Instrument, MosaicModule, Provision

register_form_field_override(TaggableManager, override=tag_field_override)


@hooks.register("insert_global_admin_css")
def admin_stylesheet():
    """static/css/admin.css: the project's corrections to the admin's styles
    (a file, as the Content-Security-Policy allows no inline style)."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


class TranslatedReferenceViewSet(SnippetViewSet):
    """A reference snippet with a translations form per language."""

    def get_urlpatterns(self):
        view = ReferenceTranslationsView.as_view(viewset=self)
        return super().get_urlpatterns() + [
            path("translations/<int:pk>/", view, name="translations"),
            path(
                "translations/<int:pk>/<str:language>/",
                view,
                name="translations_language",
            ),
        ]


class InstrumentViewSet(TranslatedReferenceViewSet):
    model = Instrument
    icon = "doc-full-inverse"
    list_display = ["key", "title", "kind", "adopted_on", "document_symbol"]
    list_filter = ["kind"]
    search_fields = ["title", "short_title", "abbreviation", "key"]
    ordering = ["key"]


class ProvisionViewSet(TranslatedReferenceViewSet):
    model = Provision
    icon = "list-ul"
    list_display = ["key", "instrument", "reference", "title"]
    list_filter = ["instrument"]
    search_fields = ["key", "reference", "title"]
    ordering = ["key"]


class MosaicModuleViewSet(TranslatedReferenceViewSet):
    model = MosaicModule
    icon = "folder-open-1"
    menu_label = _("MOSAIC modules")
    list_display = ["number", "title", "version", "published_on"]
    search_fields = ["number", "title"]
    ordering = ["number"]


class GlossaryTermViewSet(TranslatedReferenceViewSet):
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


@hooks.register("register_snippet_listing_buttons")
def reference_translations_button(snippet, user, next_url=None):
    viewset = getattr(snippet, "snippet_viewset", None)
    if not isinstance(viewset, TranslatedReferenceViewSet):
        return []
    if not viewset.permission_policy.user_has_permission(user, "change"):
        return []
    return [
        Button(
            _("Translations"),
            reverse(viewset.get_url_name("translations"), args=[snippet.pk]),
            icon_name="globe",
            priority=20,
        )
    ]
