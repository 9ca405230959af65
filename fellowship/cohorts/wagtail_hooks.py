"""The programme in the Wagtail admin: dashboards, selection, reports, set-up.

One "Programme" menu groups the managers' views (scoped to the cohorts each
manager is assigned to) and the set-up screens for cycles, cohorts and calls
(model permissions, and the same scoping for cohorts and calls).
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.views.generic.models import DeleteView, EditView, IndexView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from . import admin_views
from .models import Call, Cohort, Cycle
from .selectors import cohorts_for_manager, user_can_run_programme


class ProgrammeMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_run_programme(user=request.user)


class ProgrammeViewSet(ViewSet):
    name = "programme"
    url_prefix = "programme"
    icon = "group"
    menu_label = _("Dashboards and reports")
    menu_item_class = ProgrammeMenuItem

    def get_urlpatterns(self):
        return [
            path("", admin_views.IndexView.as_view(), name="index"),
            path(
                "cohorts/<int:pk>/",
                admin_views.DashboardView.as_view(),
                name="dashboard",
            ),
            path(
                "cohorts/<int:pk>/export.<str:fmt>",
                admin_views.DashboardExportView.as_view(),
                name="dashboard_export",
            ),
            path(
                "cohorts/<int:pk>/selection/",
                admin_views.SelectionView.as_view(),
                name="selection",
            ),
            path(
                "cohorts/<int:pk>/selection/publish/",
                admin_views.PublishView.as_view(),
                name="publish",
            ),
            path(
                "cohorts/<int:pk>/message/",
                admin_views.MessageView.as_view(),
                name="message",
            ),
            path(
                "cohorts/<int:pk>/sessions/",
                admin_views.SessionsView.as_view(),
                name="sessions",
            ),
            path(
                "applications/<int:pk>/",
                admin_views.ApplicationView.as_view(),
                name="application",
            ),
            path(
                "memberships/<int:pk>/",
                admin_views.MembershipView.as_view(),
                name="membership",
            ),
            path(
                "sessions/<int:pk>/attendance/",
                admin_views.AttendanceView.as_view(),
                name="attendance",
            ),
            path(
                "cycles/<int:pk>/report/",
                admin_views.CycleReportView.as_view(),
                name="report",
            ),
            path(
                "cycles/<int:pk>/report.<str:fmt>",
                admin_views.CycleReportExportView.as_view(),
                name="report_export",
            ),
        ]


def _scoped_views(cohort_lookup: str):
    """Index, edit and delete views limited to the cohorts a person manages."""

    def scope(queryset, request):
        managed = cohorts_for_manager(user=request.user).values("pk")
        return queryset.filter(**{f"{cohort_lookup}__in": managed})

    class ScopedIndexView(IndexView):
        def get_base_queryset(self):
            return scope(super().get_base_queryset(), self.request)

    class ScopedEditView(EditView):
        def get_queryset(self):
            return scope(self.model._default_manager.all(), self.request)

    class ScopedDeleteView(DeleteView):
        def get_queryset(self):
            return scope(self.model._default_manager.all(), self.request)

    return ScopedIndexView, ScopedEditView, ScopedDeleteView


_CohortIndex, _CohortEdit, _CohortDelete = _scoped_views("pk")
_CallIndex, _CallEdit, _CallDelete = _scoped_views("cohort")


class CycleViewSet(ModelViewSet):
    model = Cycle
    icon = "date"
    menu_label = _("Cycles")
    list_display = ["name", "starts_on", "ends_on"]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("description"),
    ]


class CohortViewSet(ModelViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    list_display = ["name", "cycle", "status", "online_starts_on", "capacity"]
    list_filter = ["status", "cycle", "region_focus", "language"]
    index_view_class = _CohortIndex
    edit_view_class = _CohortEdit
    delete_view_class = _CohortDelete
    panels = [
        FieldPanel("cycle"),
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldRowPanel(
            [FieldPanel("region_focus"), FieldPanel("language"), FieldPanel("status")]
        ),
        FieldPanel("capacity"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("online_starts_on"), FieldPanel("online_ends_on")]
                )
            ],
            heading=_("Online phase"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("in_person_starts_on"), FieldPanel("in_person_ends_on")]
                ),
                FieldPanel("venue"),
            ],
            heading=_("In-person phase"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("attendance_min_percent"),
                FieldPanel("reminder_days_before"),
                FieldPanel("inactivity_days"),
            ],
            heading=_("Rules and reminders"),
        ),
        InlinePanel(
            "cohort_courses",
            heading=_("Courses"),
            label=_("Course"),
            panels=[FieldPanel("course"), FieldPanel("kind"), FieldPanel("due_date")],
        ),
        InlinePanel(
            "staff",
            heading=_("Managers, instructors and mentors"),
            label=_("Staff member"),
            panels=[FieldPanel("user"), FieldPanel("role")],
        ),
        InlinePanel(
            "sessions",
            heading=_("In-person sessions"),
            label=_("Session"),
            panels=[
                FieldPanel("title"),
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("location"),
            ],
        ),
    ]


class CallViewSet(ModelViewSet):
    model = Call
    icon = "mail"
    menu_label = _("Calls for applications")
    list_display = ["cohort", "opens_at", "closes_at", "nomination_limit_per_state"]
    index_view_class = _CallIndex
    edit_view_class = _CallEdit
    delete_view_class = _CallDelete
    panels = [
        FieldPanel("cohort"),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldPanel("nomination_limit_per_state"),
        FieldPanel("introduction"),
        InlinePanel(
            "criteria",
            heading=_("Selection rubric"),
            label=_("Criterion"),
            panels=[
                FieldPanel("name"),
                FieldPanel("weight"),
                FieldPanel("description"),
            ],
        ),
    ]


class ProgrammeGroup(ViewSetGroup):
    menu_label = _("Programme")
    menu_icon = "group"
    menu_order = 250
    items = (ProgrammeViewSet, CohortViewSet, CallViewSet, CycleViewSet)


@hooks.register("register_admin_viewset")
def register_programme():
    return ProgrammeGroup()
