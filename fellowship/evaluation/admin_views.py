"""The evaluation views in the Wagtail admin: the outcome report for the
Secretariat, the item quality of a course's parallel forms, and the answers
to a course's surveys.

Scope: the report covers the cohorts the person manages
(`cohorts_for_manager`); item quality, the test plans the person may author
(`plans_for_staff`); course answers, the course's staff and the managers of
the cohorts that answered. Outside scope: 404, as for an object that does
not exist.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.models import CoursePage
from courses.selectors import course_keys_for_staff
from fellowship.cohorts.models import Cycle
from fellowship.cohorts.selectors import cohorts_for_manager, user_can_run_programme

from . import charts, exports, selectors, services


def _scoped(queryset, pk):
    found = queryset.filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


class EvaluationView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "list-ul"
    page_title = gettext_lazy("Evaluation")

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("outcomes:index"), "label": _("Evaluation")},
            *self.extra_breadcrumbs(),
        ]

    def extra_breadcrumbs(self):
        return []


class IndexView(EvaluationView):
    template_name = "evaluation/admin/index.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": _("Evaluation")}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        cycles = []
        if user_can_run_programme(user=user):
            cycles = list(
                Cycle.objects.filter(
                    pk__in=cohorts_for_manager(user=user).values("cycle_id")
                ).order_by("-starts_on")
            )
        context["cycles"] = cycles
        context["plans"] = list(selectors.plans_for_staff(user=user))
        return context


class CycleMixin:
    def dispatch(self, request, *args, **kwargs):
        if not user_can_run_programme(user=request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_cycle(self):
        if not hasattr(self, "_cycle"):
            cohorts = cohorts_for_manager(user=self.request.user)
            self._cycle = _scoped(
                Cycle.objects.filter(pk__in=cohorts.values("cycle_id")),
                self.kwargs["pk"],
            )
        return self._cycle

    def get_report(self):
        return selectors.outcome_report(
            cycle=self.get_cycle(), cohorts=cohorts_for_manager(user=self.request.user)
        )


class ReportView(CycleMixin, EvaluationView):
    template_name = "evaluation/admin/report.html"
    page_title = gettext_lazy("Programme outcomes")

    def get_page_subtitle(self):
        return self.get_cycle().name

    def extra_breadcrumbs(self):
        return [{"url": "", "label": self.get_cycle().name}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        report = self.get_report()
        participation = report.participation
        region = next(
            (s for s in participation.sections if s.name == "regional_group"), None
        )
        context.update(
            {
                "report": report,
                "tables": exports.report_tables(report),
                "region_bars": charts.share_bars(region, participation.total.accepted)
                if region
                else [],
                "gain_charts": [
                    (g, charts.objective_bars(g), f"gain-{i}")
                    for i, g in enumerate(report.gains)
                ],
                "reaction_charts": [
                    (s, charts.reaction_bars(s), f"reaction-{s.kind}")
                    for s in report.reaction
                ],
            }
        )
        return context


class ReportExportView(CycleMixin, EvaluationView):
    def get(self, request, *args, **kwargs):
        if kwargs["fmt"] not in ("xlsx", "pdf"):
            raise Http404
        return exports.report_response(report=self.get_report(), fmt=kwargs["fmt"])


class ItemQualityView(EvaluationView):
    """Item quality by objective; a POST assembles the two parallel forms
    from the banks (with the permission to change the plan)."""

    template_name = "evaluation/admin/item_quality.html"
    page_title = gettext_lazy("Item quality of the pre- and post-test")

    def get_plan(self):
        if not hasattr(self, "_plan"):
            self._plan = _scoped(
                selectors.plans_for_staff(user=self.request.user), self.kwargs["pk"]
            )
        return self._plan

    def get_page_subtitle(self):
        return self.get_plan().course.title

    def extra_breadcrumbs(self):
        return [{"url": "", "label": self.get_plan().course.title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        plan = self.get_plan()
        rows = selectors.item_quality(plan=plan)
        context.update(
            {
                "plan": plan,
                "rows": rows,
                "flagged": [row for row in rows if row.flagged],
                "can_build": self.request.user.has_perm("evaluation.change_testplan"),
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        plan = self.get_plan()
        if not request.user.has_perm("evaluation.change_testplan"):
            raise PermissionDenied
        try:
            per_objective = int(request.POST.get("per_objective", ""))
        except ValueError:
            per_objective = 0
        try:
            services.parallel_forms_build(plan=plan, per_objective=per_objective)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The pre-test and the post-test are built."))
        return redirect("outcomes:item_quality", pk=plan.pk)


class CourseAnswersView(EvaluationView):
    """Answers to a course's end-of-course survey: names only for managers,
    and for instructors when the survey is not anonymous to them."""

    template_name = "evaluation/admin/course_answers.html"
    page_title = gettext_lazy("Course survey answers")

    def get_course(self):
        if not hasattr(self, "_course"):
            user = self.request.user
            courses = CoursePage.objects.all()
            keys = course_keys_for_staff(user=user)
            if keys is not None:
                courses = courses.filter(translation_key__in=keys)
            self._course = _scoped(courses, self.kwargs["pk"])
        return self._course

    def get_page_subtitle(self):
        return self.get_course().title

    def extra_breadcrumbs(self):
        return [{"url": "", "label": self.get_course().title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["course"] = self.get_course()
        context["responses"] = selectors.course_survey_answers(
            user=self.request.user, course=self.get_course()
        )
        return context
