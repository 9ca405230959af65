from django.db import transaction
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import (
    PackageApproveView,
    PackageChooserViewSet,
    PackageSummaryPanel,
    PackageUpgradeView,
    PackageUploadView,
)
from .choices import PackageStatus
from .models import H5PPackage
from .selectors import user_may_install_libraries
from .services import libraries_unused_delete, package_files_delete


class H5PPackageViewSet(SnippetViewSet):
    model = H5PPackage
    url_namespace = "h5p_packages"
    icon = "code"
    menu_label = _("H5P packages")
    menu_order = 250
    add_to_admin_menu = True
    add_view_class = PackageUploadView
    chooser_viewset_class = PackageChooserViewSet
    copy_view_enabled = False
    list_display = [
        "title",
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("main_library", label=_("Main library")),
        Column("created_at", label=_("Uploaded")),
    ]
    list_filter = ["status"]
    search_fields = ["title", "main_library"]
    panels = [
        FieldPanel("title"),
        PackageSummaryPanel(
            approve_url_name="h5p_packages:approve",
            upgrade_url_name="h5p_packages:upgrade",
            heading=_("Package details"),
        ),
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("approve/<int:pk>/", self.approve_view, name="approve"),
            path("upgrade/<int:pk>/", self.upgrade_view, name="upgrade"),
        ]

    @property
    def upgrade_view(self):
        return self.construct_view(
            PackageUpgradeView,
            edit_url_name=self.get_url_name("edit"),
            index_url_name=self.get_url_name("list"),
        )

    @property
    def approve_view(self):
        return self.construct_view(
            PackageApproveView,
            edit_url_name=self.get_url_name("edit"),
            index_url_name=self.get_url_name("list"),
        )


h5p_package_viewset = H5PPackageViewSet()
register_snippet(h5p_package_viewset)


@hooks.register("register_snippet_listing_buttons")
def approve_listing_button(snippet, user, next_url=None):
    if (
        isinstance(snippet, H5PPackage)
        and snippet.status == PackageStatus.PENDING_APPROVAL
        and user_may_install_libraries(user=user)
    ):
        yield Button(
            _("Approve"),
            url=reverse(h5p_package_viewset.get_url_name("approve"), args=[snippet.pk]),
            icon_name="success",
            priority=15,
        )


@hooks.register("after_delete_snippet")
def remove_deleted_package_files(request, instances):
    for instance in instances:
        if isinstance(instance, H5PPackage):
            content_hash = instance.content_hash
            transaction.on_commit(
                lambda content_hash=content_hash: package_files_delete(
                    content_hash=content_hash
                )
            )
    # Library files are shared: removed once the last package using them goes.
    transaction.on_commit(libraries_unused_delete)


@hooks.register("register_log_actions")
def register_h5p_log_actions(actions):
    actions.register_action(
        "h5p.approve", _("Approve H5P package"), _("H5P package approved")
    )
    actions.register_action(
        "h5p.upgrade",
        _("Move H5P package to a newer version"),
        _("H5P package moved to a newer library version"),
    )
