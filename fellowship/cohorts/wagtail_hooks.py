"""The programme in the Wagtail admin: dashboards, selection, reports, set-up.

One "Programme" menu groups the managers' views (scoped to the cohorts each
manager is assigned to) and the set-up screens for cycles, cohorts and calls
(model permissions, and the same scoping for cohorts and calls).
"""

import django_filters
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.views.generic.models import CreateView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from fellowship.accounts.admin_scope import ScopedViewSetMixin

from . import admin_views, services
from .models import Call, Cohort, Cycle
from .selectors import (
    calls_for_manager,
    cohorts_for_manager,
    cycles_for_manager,
    staff_candidates_for,
    user_can_run_programme,
)


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
            path(
                "focal-points/",
                admin_views.FocalPointsView.as_view(),
                name="focal_points",
            ),
            path(
                "focal-points/<int:pk>/end/",
                admin_views.FocalPointEndView.as_view(),
                name="focal_point_end",
            ),
        ]


class ScopedCohortForm(WagtailAdminModelForm):
    """The cohort form offers only cycles and staff the person may see."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is None:
            return
        self.fields["cycle"].queryset = cycles_for_manager(user=user)
        staff = self.formsets.get("staff")
        if staff is not None:
            candidates = staff_candidates_for(user=user)
            base = staff.form

            class StaffForm(base):
                def __init__(self, *args, **kwargs):
                    super().__init__(*args, **kwargs)
                    self.fields["user"].queryset = candidates

            staff.form = StaffForm


class ScopedCallForm(WagtailAdminModelForm):
    """The call form offers only the cohorts the person manages."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None:
            self.fields["cohort"].queryset = cohorts_for_manager(user=self.for_user)


def _cycles_of(request):
    return cycles_for_manager(user=request.user)


class CohortFilterSet(WagtailFilterSet):
    cycle = django_filters.ModelChoiceFilter(label=_("cycle"), queryset=_cycles_of)

    class Meta:
        model = Cohort
        fields = ["status", "cycle", "region_focus", "language"]


class CohortCreateView(CreateView):
    """A manager who sets up a cohort is made one of its managers, so it does
    not vanish from their scope once saved."""

    def save_instance(self):
        instance = super().save_instance()
        services.cohort_creator_add(cohort=instance, user=self.request.user)
        return instance


class CycleViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Cycle
    icon = "date"
    menu_label = _("Cycles")
    list_display = ["name", "starts_on", "ends_on"]

    def scope(self, user):
        return cycles_for_manager(user=user)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("description"),
    ]


class CohortViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    list_display = ["name", "cycle", "status", "online_starts_on", "capacity"]
    filterset_class = CohortFilterSet
    add_view_class = CohortCreateView

    def scope(self, user):
        return cohorts_for_manager(user=user)

    @property
    def edit_handler(self):
        return ObjectList(self.panels, base_form_class=ScopedCohortForm)

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


class CallViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Call
    icon = "mail"
    menu_label = _("Calls for applications")
    list_display = ["cohort", "opens_at", "closes_at", "nomination_limit_per_state"]

    def scope(self, user):
        return calls_for_manager(user=user)

    @property
    def edit_handler(self):
        return ObjectList(self.panels, base_form_class=ScopedCallForm)

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


class FocalPointsMenuViewSet(ViewSet):
    """The menu entry for focal point assignments (views in ProgrammeViewSet)."""

    name = "focal_points"
    icon = "globe"
    menu_label = _("National focal points")
    menu_item_class = ProgrammeMenuItem

    @property
    def menu_url(self):
        from django.urls import reverse

        return reverse("programme:focal_points")

    def get_urlpatterns(self):
        return []


class ProgrammeGroup(ViewSetGroup):
    menu_label = _("Programme")
    menu_icon = "group"
    menu_order = 250
    items = (
        ProgrammeViewSet,
        FocalPointsMenuViewSet,
        CohortViewSet,
        CallViewSet,
        CycleViewSet,
    )


@hooks.register("register_admin_viewset")
def register_programme():
    return ProgrammeGroup()
