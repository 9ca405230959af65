"""Admin views: the upload (as the snippet's create view), the approval, the move
to a newer library version, and the chooser's search."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.snippets.views import chooser as chooser_views
from wagtail.snippets.views import snippets as snippet_views

from .choices import PackageStatus
from .forms import PackageUploadForm
from .models import H5PPackage
from .selectors import package_newer_versions, user_may_install_libraries
from .services import (
    PackageUpgradeRefused,
    package_approve,
    package_import,
    package_library_upgrade,
)
from .validation import PackageRefused


class PackageUploadView(snippet_views.CreateView):
    """Upload an .h5p file; the import service validates and stores it."""

    page_title = gettext_lazy("Upload H5P package")
    submit_button_label = gettext_lazy("Upload")
    submit_button_active_label = gettext_lazy("Uploading…")

    def get_panel(self):
        return ObjectList(
            [FieldPanel("package_file"), FieldPanel("package_title")],
            base_form_class=PackageUploadForm,
        ).bind_to_model(self.model)

    def get_form_class(self):
        # The viewset hands every view the edit form; the upload has its own.
        return self.panel.get_form_class()

    def is_valid(self, form):
        if not super().is_valid(form):
            return False
        upload = form.cleaned_data["package_file"]
        try:
            self.import_result = package_import(
                file=upload,
                filename=upload.name,
                title=form.cleaned_data.get("package_title", ""),
                uploaded_by=self.request.user,
            )
        except PackageRefused as refusal:
            form.add_error("package_file", refusal.message)
            self.produced_error_code = refusal.code.value
            self.produced_error_message = _("The package was refused: %(reason)s") % {
                "reason": refusal.message
            }
            return False
        return True

    def save_instance(self):
        result = self.import_result
        if result.created:
            log(
                instance=result.package, action="wagtail.create", user=self.request.user
            )
        return result.package

    def get_success_message(self, instance):
        result = self.import_result
        if not result.created:
            return _("This content was already imported as “%(title)s”.") % {
                "title": instance
            }
        if result.awaiting_approval:
            return _(
                "“%(title)s” was imported. It brings H5P library code that is not "
                "installed yet, so it waits for a programme manager's approval "
                "before fellows can play it."
            ) % {"title": instance}
        return _("“%(title)s” was imported and is ready to use in lessons.") % {
            "title": instance
        }

    def save_action(self):
        for warning in self.import_result.warnings:
            messages.warning(self.request, warning.message)
        return super().save_action()

    def get_success_url(self):
        return reverse(self.edit_url_name, args=(self.object.pk,))


class PackageApproveView(WagtailAdminTemplateMixin, TemplateView):
    """Install the libraries a pending package brings (h5p.install_library)."""

    template_name = "h5p/admin/approve.html"
    page_title = gettext_lazy("Approve H5P package")
    header_icon = "code"
    edit_url_name = None
    index_url_name = None

    def dispatch(self, request, *args, **kwargs):
        self.object = get_object_or_404(H5PPackage, pk=kwargs["pk"])
        if not user_may_install_libraries(user=request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": _("H5P packages")},
            {"url": "", "label": _("Approve")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["package"] = self.object
        context["edit_url"] = reverse(self.edit_url_name, args=(self.object.pk,))
        return context

    def post(self, request, *args, **kwargs):
        try:
            package = package_approve(package=self.object, approved_by=request.user)
        except PackageRefused as refusal:
            messages.error(request, refusal.message)
        else:
            log(instance=package, action="h5p.approve", user=request.user)
            messages.success(
                request,
                _("“%(title)s” is approved and its libraries are installed.")
                % {"title": package},
            )
        return redirect(self.edit_url_name, self.object.pk)


class PackageSearchForm(BaseFilterForm):
    """Search installed packages by title or content type (main library)."""

    q = forms.CharField(
        label=gettext_lazy("Search term"),
        widget=forms.TextInput(
            attrs={"placeholder": gettext_lazy("Title or content type")}
        ),
        required=False,
    )

    def filter(self, objects):
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            objects = objects.filter(
                Q(title__icontains=query) | Q(main_library__icontains=query)
            )
            self.is_searching = True
            self.search_query = query
        return objects


class InstalledPackageChooseView(chooser_views.ChooseView):
    filter_form_class = PackageSearchForm

    def get_object_list(self):
        return super().get_object_list().filter(status=PackageStatus.INSTALLED)


class InstalledPackageChooseResultsView(chooser_views.ChooseResultsView):
    filter_form_class = PackageSearchForm

    def get_object_list(self):
        return super().get_object_list().filter(status=PackageStatus.INSTALLED)


class PackageUpgradeView(WagtailAdminTemplateMixin, TemplateView):
    """Move a package to a newer installed minor version of its main library."""

    template_name = "h5p/admin/upgrade.html"
    page_title = gettext_lazy("Move to a newer version")
    header_icon = "code"
    edit_url_name = None
    index_url_name = None

    def dispatch(self, request, *args, **kwargs):
        self.object = get_object_or_404(
            H5PPackage, pk=kwargs["pk"], status=PackageStatus.INSTALLED
        )
        if not user_may_install_libraries(user=request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["package"] = self.object
        context["versions"] = package_newer_versions(package=self.object)
        context["edit_url"] = reverse(self.edit_url_name, args=(self.object.pk,))
        return context

    def post(self, request, *args, **kwargs):
        try:
            to_minor = int(request.POST.get("minor", ""))
            result = package_library_upgrade(
                package=self.object, to_minor=to_minor, upgraded_by=request.user
            )
        except (ValueError, PackageUpgradeRefused):
            messages.error(
                request,
                _("That version is not installed or not newer; nothing changed."),
            )
        else:
            log(instance=result.package, action="h5p.upgrade", user=request.user)
            messages.success(
                request,
                _("“%(title)s” now uses %(library)s.")
                % {"title": result.package, "library": result.package.main_library},
            )
            for warning in result.warnings:
                messages.warning(request, warning.message)
        return redirect(self.edit_url_name, self.object.pk)


class PackageChooserViewSet(chooser_views.SnippetChooserViewSet):
    """Lessons can only pick packages that fellows can play."""

    choose_view_class = InstalledPackageChooseView
    choose_results_view_class = InstalledPackageChooseResultsView


class PackageSummaryPanel(HelpPanel):
    """Status, libraries and warnings of a package, shown on its edit page."""

    def __init__(self, approve_url_name="", upgrade_url_name="", **kwargs):
        kwargs.setdefault("template", "h5p/admin/package_summary.html")
        super().__init__(**kwargs)
        self.approve_url_name = approve_url_name
        self.upgrade_url_name = upgrade_url_name

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs["approve_url_name"] = self.approve_url_name
        kwargs["upgrade_url_name"] = self.upgrade_url_name
        return kwargs

    class BoundPanel(HelpPanel.BoundPanel):
        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            package = self.instance
            context["package"] = package
            context["may_approve"] = (
                package.pk is not None
                and package.status == PackageStatus.PENDING_APPROVAL
                and user_may_install_libraries(user=self.request.user)
            )
            if context["may_approve"] and self.panel.approve_url_name:
                context["approve_url"] = reverse(
                    self.panel.approve_url_name, args=(package.pk,)
                )
            if package.pk is None:
                return context
            context["libraries"] = package.libraries.order_by(
                "machine_name", "major_version", "minor_version"
            ).only("machine_name", "major_version", "minor_version", "patch_version")
            context["usage_url"] = reverse("h5p_packages:usage", args=(package.pk,))
            if package.status == PackageStatus.INSTALLED:
                context["preview_url"] = (
                    reverse(
                        "h5p:player_frame",
                        kwargs={"content_hash": package.content_hash},
                    )
                    + "#preview"
                )
                if (
                    self.panel.upgrade_url_name
                    and user_may_install_libraries(user=self.request.user)
                    and package_newer_versions(package=package)
                ):
                    context["upgrade_url"] = reverse(
                        self.panel.upgrade_url_name, args=(package.pk,)
                    )
            return context
