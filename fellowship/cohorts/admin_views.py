"""The managers' views in the Wagtail admin: dashboard, selection, report.

Every view asks `selectors.user_can_run_programme` (Wagtail's refusal, a
redirect to the admin home, otherwise) and finds its cohort through
`selectors.cohorts_for_manager`: a cohort the person does not manage answers
404, exactly like one that does not exist, so scoping lives in one place.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from fellowship.accounts.choices import AgencyType, Gender
from fellowship.accounts.data.un_states import state_choices, state_name
from fellowship.accounts.regions import RegionalGroup
from fellowship.gc_pause import cycle_collector_paused

from . import selectors, services
from .choices import ApplicationStatus, MembershipStatus
from .exports import (
    dashboard_sheets,
    export_response,
    report_flat_sheet,
    report_sheets,
)
from .forms import (
    AttendanceForm,
    ConfirmForm,
    DecisionForm,
    FellowMessageForm,
    FocalPointAssignForm,
    MembershipStatusForm,
    ScoreForm,
)
from .models import Application, Attendance, Cycle, Membership, Session


def _scoped(scoped, pk):
    """The object from the person's scope; 404 outside it, as if absent."""
    found = scoped.filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


class ProgrammeView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "group"
    page_title = gettext_lazy("Programme")

    def dispatch(self, request, *args, **kwargs):
        # Wagtail turns PermissionDenied into its refusal (a redirect to the
        # admin home with a message), as for every other admin view.
        if not selectors.user_can_run_programme(user=request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def managed_cohorts(self):
        return selectors.cohorts_for_manager(user=self.request.user)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("programme:index"), "label": _("Programme")},
            *self.extra_breadcrumbs(),
        ]

    def extra_breadcrumbs(self):
        return []


class IndexView(ProgrammeView):
    template_name = "cohorts/admin/index.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": _("Programme")}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cohorts = list(
            self.managed_cohorts()
            .select_related("call")
            .order_by("-cycle__starts_on", "online_starts_on", "name")
        )
        cycles = {}
        for cohort in cohorts:
            cycles.setdefault(cohort.cycle, []).append(cohort)
        context["cycles"] = list(cycles.items())
        return context


def _filters_from(request) -> selectors.DashboardFilters:
    status = request.GET.get("status", MembershipStatus.ACTIVE)
    return selectors.DashboardFilters(
        status=status if status in MembershipStatus.values else "",
        country=request.GET.get("country", "")[:2].upper(),
        region=request.GET.get("region", "")
        if request.GET.get("region") in RegionalGroup.values
        else "",
        gender=request.GET.get("gender", "")
        if request.GET.get("gender") in Gender.values
        else "",
        agency=request.GET.get("agency", "")
        if request.GET.get("agency") in AgencyType.values
        else "",
        at_risk=request.GET.get("at_risk") == "1",
    )


class CohortMixin:
    def get_cohort(self):
        if not hasattr(self, "_cohort"):
            self._cohort = _scoped(self.managed_cohorts(), self.kwargs["pk"])
        return self._cohort

    def get_page_subtitle(self):
        return self.get_cohort().name


class DashboardView(CohortMixin, ProgrammeView):
    template_name = "cohorts/admin/dashboard.html"
    page_title = gettext_lazy("Cohort dashboard")

    def extra_breadcrumbs(self):
        return [{"url": "", "label": self.get_cohort().name}]

    def get(self, request, *args, **kwargs):
        # Every fellow's row is built and the page rendered with the cycle
        # collector paused (fellowship/gc_pause.py), then the rows are let
        # go: Django's template context is a reference cycle (each
        # ContextDict refers back to its Context), so what it holds would
        # otherwise wait for a collection, thousands of rows at a time.
        with cycle_collector_paused():
            response = super().get(request, *args, **kwargs)
            response.render()
            context = response.context_data
            selectors.dashboard_release(
                dashboard=context["dashboard"], page=context["page_obj"]
            )
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cohort = self.get_cohort()
        filters = _filters_from(self.request)
        dashboard = selectors.cohort_dashboard(cohort=cohort, filters=filters)
        page = selectors.dashboard_page(
            dashboard=dashboard, number=self.request.GET.get("page")
        )
        without_page = self.request.GET.copy()
        without_page.pop("page", None)
        context.update(
            {
                "cohort": cohort,
                "dashboard": dashboard,
                "page_obj": page,
                # The fellows at risk on this page of the table (they come
                # first); the form can also write to every one of them.
                "risk_rows": [row for row in page.object_list if row.at_risk],
                "page_query": without_page.urlencode(),
                "message_form": FellowMessageForm(prefix="message"),
                "filters": filters,
                "query": self.request.GET.urlencode(),
                "statuses": MembershipStatus.choices,
                "regions": RegionalGroup.choices,
                "genders": Gender.choices,
                "agencies": AgencyType.choices,
                "countries": _states_among(
                    cohort.memberships.order_by()
                    .values_list("country", flat=True)
                    .distinct()
                ),
            }
        )
        return context


def _states_among(codes) -> list[tuple[str, str]]:
    """The States among these codes, named and sorted as in the active language."""
    present = {str(code) for code in codes if code}
    return [(code, name) for code, name in state_choices() if code in present]


EXPORT_FORMATS = ("csv", "xlsx")


class DashboardExportView(CohortMixin, ProgrammeView):
    def get(self, request, *args, **kwargs):
        if kwargs["fmt"] not in EXPORT_FORMATS:
            raise Http404
        cohort = self.get_cohort()
        dashboard = selectors.cohort_dashboard(
            cohort=cohort, filters=_filters_from(request)
        )
        stamp = timezone.localdate().isoformat()
        return export_response(
            fmt=kwargs["fmt"],
            filename=f"{cohort.slug}-progress-{stamp}",
            sheets=dashboard_sheets(dashboard),
            stream=True,
        )


class SelectionView(CohortMixin, ProgrammeView):
    template_name = "cohorts/admin/selection.html"
    page_title = gettext_lazy("Selection")

    def extra_breadcrumbs(self):
        return [
            {
                "url": reverse("programme:dashboard", args=[self.get_cohort().pk]),
                "label": self.get_cohort().name,
            },
            {"url": "", "label": _("Selection")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cohort = self.get_cohort()
        call = getattr(cohort, "call", None)
        status = self.request.GET.get("status", "")
        if status not in ApplicationStatus.values:
            status = ""
        applications = []
        if call is not None:
            applications = [
                (
                    application,
                    selectors.weighted_percent(application),
                    selectors.application_outside_focus(
                        application=application, cohort=cohort
                    ),
                )
                for application in selectors.call_applications(call=call, status=status)
            ]
        context.update(
            {
                "cohort": cohort,
                "call": call,
                "applications": applications,
                "drafts": selectors.call_drafts_count(call=call) if call else 0,
                "call_closed": selectors.call_is_closed(call=call) if call else False,
                "publications": list(selectors.selection_publications(call=call))
                if call
                else [],
                "indicators": selectors.selection_indicators(call=call)
                if call
                else None,
                "status": status,
                "statuses": ApplicationStatus.choices,
            }
        )
        return context


class PublishView(CohortMixin, ProgrammeView):
    """Publish the call's draft decisions (POST only)."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        cohort = self.get_cohort()
        call = getattr(cohort, "call", None)
        if call is None:
            raise Http404
        try:
            publication = services.decisions_publish(call=call, actor=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _(
                    "Decisions published: %(accepted)s accepted, %(waitlisted)s "
                    "waitlisted, %(rejected)s not selected. Each candidate is told "
                    "by e-mail."
                )
                % {
                    "accepted": publication.accepted,
                    "waitlisted": publication.waitlisted,
                    "rejected": publication.rejected,
                },
            )
        return redirect("programme:selection", pk=cohort.pk)


class MessageView(CohortMixin, ProgrammeView):
    """Write to the fellows ticked on the dashboard (POST only), or to every
    fellow at risk under the filters in the form's query string."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        cohort = self.get_cohort()
        form = FellowMessageForm(request.POST, prefix="message")
        ids = request.POST.getlist("fellows")
        if request.POST.get("all_at_risk") == "1":
            # Every fellow at risk under the dashboard's filters (carried in
            # the form's address), worked out now rather than sent by the page.
            dashboard = selectors.cohort_dashboard(
                cohort=cohort, filters=_filters_from(request)
            )
            ids += [row.membership.pk for row in dashboard.at_risk]
        try:
            if not form.is_valid():
                raise ValidationError(
                    _("Write a subject and a message, then send them again.")
                )
            sent = services.fellows_message(
                cohort=cohort,
                sender=request.user,
                membership_ids=ids,
                subject=form.cleaned_data["subject"],
                body=form.cleaned_data["body"],
            )
        except PermissionDenied as refused:
            # A fellow outside this cohort is outside the manager's scope.
            raise Http404 from refused
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                ngettext(
                    "Message sent to %(n)s fellow.",
                    "Message sent to %(n)s fellows.",
                    len(sent),
                )
                % {"n": len(sent)},
            )
        return redirect("programme:dashboard", pk=cohort.pk)


class ApplicationView(ProgrammeView):
    template_name = "cohorts/admin/application.html"
    page_title = gettext_lazy("Application")

    def get_application(self):
        if not hasattr(self, "_application"):
            self._application = _scoped(
                Application.objects.select_related(
                    "applicant", "call__cohort", "nomination__focal_point"
                ).filter(call__cohort__in=self.managed_cohorts()),
                self.kwargs["pk"],
            )
        return self._application

    def get_page_subtitle(self):
        return self.get_application().applicant.full_name

    def extra_breadcrumbs(self):
        cohort = self.get_application().call.cohort
        return [
            {
                "url": reverse("programme:selection", args=[cohort.pk]),
                "label": cohort.name,
            },
            {"url": "", "label": self.get_page_subtitle()},
        ]

    def _score_form(self, data=None):
        application = self.get_application()
        return ScoreForm(
            data,
            criteria=selectors.rubric_of(call=application.call),
            initial_scores=selectors.scores_by(
                application=application, reviewer=self.request.user
            ),
            prefix="score",
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.get_application()
        scored = selectors.call_applications(call=application.call).get(
            pk=application.pk
        )
        context.update(
            {
                "application": application,
                "weighted": selectors.weighted_percent(scored),
                "reviewers": scored.reviewers,
                "score_form": kwargs.get("score_form") or self._score_form(),
                "decision_form": DecisionForm(
                    prefix="decision",
                    initial={"decision": application.draft_decision or None},
                ),
                "outside_focus": selectors.application_outside_focus(
                    application=application, cohort=application.call.cohort
                ),
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        application = self.get_application()
        try:
            if "undo" in request.POST:
                services.decision_undo(application=application, actor=request.user)
                messages.success(request, _("The draft decision has been undone."))
            elif "decide" in request.POST:
                form = DecisionForm(request.POST, prefix="decision")
                if not form.is_valid():
                    raise ValidationError(_("Choose accept, waitlist or reject."))
                services.decision_draft(
                    application=application,
                    decision=form.cleaned_data["decision"],
                    actor=request.user,
                )
                messages.success(
                    request,
                    _(
                        "Draft decision saved. The candidate is told when the "
                        "decisions are published."
                    ),
                )
            else:
                form = self._score_form(request.POST)
                if not form.is_valid():
                    return self.render_to_response(
                        self.get_context_data(score_form=form)
                    )
                services.application_score(
                    application=application,
                    reviewer=request.user,
                    scores=form.scores(),
                    comment=form.cleaned_data["comment"],
                )
                messages.success(request, _("Scores saved."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect("programme:application", pk=application.pk)


class MembershipView(ProgrammeView):
    template_name = "cohorts/admin/membership.html"
    page_title = gettext_lazy("Fellow")

    def get_membership(self):
        if not hasattr(self, "_membership"):
            self._membership = _scoped(
                Membership.objects.select_related("user", "cohort").filter(
                    cohort__in=self.managed_cohorts()
                ),
                self.kwargs["pk"],
            )
        return self._membership

    def get_page_subtitle(self):
        return self.get_membership().user.full_name

    def extra_breadcrumbs(self):
        cohort = self.get_membership().cohort
        return [
            {
                "url": reverse("programme:dashboard", args=[cohort.pk]),
                "label": cohort.name,
            },
            {"url": "", "label": self.get_page_subtitle()},
        ]

    def _form(self, data=None):
        membership = self.get_membership()
        return MembershipStatusForm(
            data, cohorts=self.managed_cohorts().exclude(pk=membership.cohort_id)
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        membership = self.get_membership()
        context.update(
            {
                "membership": membership,
                "events": membership.events.select_related("actor", "to_cohort"),
                "form": kwargs.get("form") or self._form(),
                "attendance_met": selectors.cohort_attendance_met(
                    cohort=membership.cohort, user=membership.user
                ),
                "record": selectors.fellow_record(membership=membership),
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        membership = self.get_membership()
        form = self._form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            services.membership_transition(
                membership=membership,
                to_status=form.cleaned_data["to_status"],
                to_cohort=form.cleaned_data["to_cohort"],
                note=form.cleaned_data["note"],
                actor=request.user,
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("Status changed; the change is kept in the history.")
            )
        return redirect("programme:membership", pk=membership.pk)


class SessionsView(CohortMixin, ProgrammeView):
    template_name = "cohorts/admin/sessions.html"
    page_title = gettext_lazy("Sessions and attendance")

    def extra_breadcrumbs(self):
        cohort = self.get_cohort()
        return [
            {
                "url": reverse("programme:dashboard", args=[cohort.pk]),
                "label": cohort.name,
            },
            {"url": "", "label": _("Sessions")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cohort = self.get_cohort()
        context["cohort"] = cohort
        context["sessions"] = cohort.sessions.order_by("starts_at")
        return context


class AttendanceView(ProgrammeView):
    template_name = "cohorts/admin/attendance.html"
    page_title = gettext_lazy("Attendance")

    def get_session(self):
        if not hasattr(self, "_session"):
            self._session = _scoped(
                Session.objects.select_related("cohort").filter(
                    cohort__in=self.managed_cohorts()
                ),
                self.kwargs["pk"],
            )
        return self._session

    def get_page_subtitle(self):
        return self.get_session().title

    def extra_breadcrumbs(self):
        cohort = self.get_session().cohort
        return [
            {
                "url": reverse("programme:sessions", args=[cohort.pk]),
                "label": cohort.name,
            },
            {"url": "", "label": self.get_session().title},
        ]

    def _form(self, data=None):
        session = self.get_session()
        memberships = (
            Membership.objects.filter(cohort=session.cohort)
            .exclude(status=MembershipStatus.WITHDRAWN)
            .select_related("user")
            .order_by("user__full_name")
        )
        initial = dict(
            Attendance.objects.filter(session=session).values_list("user_id", "status")
        )
        return AttendanceForm(data, memberships=memberships, initial_status=initial)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["session"] = self.get_session()
        context["form"] = kwargs.get("form") or self._form()
        return context

    def post(self, request, *args, **kwargs):
        session = self.get_session()
        form = self._form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        users = {
            m.user_id: m.user
            for m in Membership.objects.filter(cohort=session.cohort).select_related(
                "user"
            )
        }
        for user_id, status in form.statuses().items():
            services.attendance_record(
                session=session,
                user=users[user_id],
                status=status,
                recorded_by=request.user,
            )
        messages.success(request, _("Attendance saved."))
        return redirect("programme:attendance", pk=session.pk)


class CycleMixin:
    def get_cycle(self):
        if not hasattr(self, "_cycle"):
            self._cycle = _scoped(
                Cycle.objects.filter(pk__in=self.managed_cohorts().values("cycle_id")),
                self.kwargs["pk"],
            )
        return self._cycle

    def get_report(self):
        return selectors.cycle_report(
            cycle=self.get_cycle(), cohorts=self.managed_cohorts()
        )


class CycleReportView(CycleMixin, ProgrammeView):
    template_name = "cohorts/admin/report.html"
    page_title = gettext_lazy("Programme report")

    def get_page_subtitle(self):
        return self.get_cycle().name

    def extra_breadcrumbs(self):
        return [{"url": "", "label": self.get_cycle().name}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["report"] = self.get_report()
        return context


class CycleReportExportView(CycleMixin, ProgrammeView):
    def get(self, request, *args, **kwargs):
        if kwargs["fmt"] not in EXPORT_FORMATS:
            raise Http404
        report = self.get_report()
        fmt = kwargs["fmt"]
        sheets = report_sheets(report) if fmt == "xlsx" else report_flat_sheet(report)
        return export_response(
            fmt=fmt, filename=f"{report.cycle.slug}-programme-report", sheets=sheets
        )


class FocalPointsView(ProgrammeView):
    """Focal point assignments: the current ones, the ended ones, and a form
    to assign a person to a State."""

    template_name = "cohorts/admin/focal_points.html"
    page_title = gettext_lazy("National focal points")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        assignments = list(
            selectors.focal_point_assignments_for(user=self.request.user).order_by(
                "ended_at", "country", "-assigned_at"
            )
        )
        context.update(
            {
                "current": [a for a in assignments if a.ended_at is None],
                "ended": [a for a in assignments if a.ended_at is not None],
                "form": kwargs.get("form") or FocalPointAssignForm(),
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        form = FocalPointAssignForm(request.POST)
        if form.is_valid():
            person = (
                get_user_model()
                .objects.filter(email__iexact=form.cleaned_data["email"])
                .first()
            )
            if person is None:
                form.add_error("email", _("No account has this e-mail address."))
            else:
                try:
                    services.focal_point_assign(
                        user=person,
                        country=form.cleaned_data["country"],
                        actor=request.user,
                    )
                except ValidationError as error:
                    form.add_error(None, error)
                else:
                    messages.success(
                        request,
                        _("%(name)s now speaks for %(country)s.")
                        % {
                            "name": person.full_name or person.email,
                            "country": state_name(form.cleaned_data["country"]),
                        },
                    )
                    return redirect("programme:focal_points")
        return self.render_to_response(self.get_context_data(form=form), status=200)


class FocalPointEndView(ProgrammeView):
    template_name = "cohorts/admin/focal_point_end.html"
    page_title = gettext_lazy("End a focal point assignment")

    def get_assignment(self):
        if not hasattr(self, "_assignment"):
            self._assignment = _scoped(
                selectors.focal_point_assignments_for(user=self.request.user).filter(
                    ended_at__isnull=True
                ),
                self.kwargs["pk"],
            )
        return self._assignment

    def get_page_subtitle(self):
        return str(self.get_assignment())

    def extra_breadcrumbs(self):
        return [
            {
                "url": reverse("programme:focal_points"),
                "label": _("National focal points"),
            },
            {"url": "", "label": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["assignment"] = self.get_assignment()
        context["form"] = kwargs.get("form") or ConfirmForm()
        return context

    def post(self, request, *args, **kwargs):
        assignment = self.get_assignment()
        form = ConfirmForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            services.focal_point_end(assignment=assignment, actor=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("The assignment has ended; it stays in the history.")
            )
        return redirect("programme:focal_points")
