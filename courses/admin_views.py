"""Admin views for instructors (wired in wagtail_hooks)."""

from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import selectors


class CoverageView(WagtailAdminTemplateMixin, TemplateView):
    """Which MOSAIC modules and provisions each course covers, and which none does."""

    page_title = _("Curriculum coverage")
    header_icon = "table"
    template_name = "courses/admin/coverage.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["coverage"] = selectors.coverage_report()
        return context
