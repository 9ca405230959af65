"""Evaluation in the Wagtail admin: one "Evaluation" menu with the outcome
report, the pre- and post-tests of courses (scoped to each course's staff)
and the programme's surveys (managers)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import HelpPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from courses.models import CoursePage
from fellowship.accounts.admin_scope import ScopedViewSetMixin
from fellowship.assessments.selectors import quizzes_for_staff

from . import admin_views, selectors
from .models import Survey, TestPlan


class EvaluationMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return user.has_perm("evaluation.view_testplan") or user.has_perm(
            "evaluation.view_survey"
        )


class OutcomesViewSet(ViewSet):
    name = "outcomes"
    url_prefix = "outcomes"
    icon = "list-ul"
    menu_label = _("Outcomes and item quality")
    menu_item_class = EvaluationMenuItem

    def get_urlpatterns(self):
        return [
            path("", admin_views.IndexView.as_view(), name="index"),
            path(
                "cycles/<int:pk>/report/",
                admin_views.ReportView.as_view(),
                name="report",
            ),
            path(
                "cycles/<int:pk>/report.<str:fmt>",
                admin_views.ReportExportView.as_view(),
                name="report_export",
            ),
            path(
                "plans/<int:pk>/items/",
                admin_views.ItemQualityView.as_view(),
                name="item_quality",
            ),
            path(
                "courses/<int:pk>/answers/",
                admin_views.CourseAnswersView.as_view(),
                name="course_answers",
            ),
        ]


class TestPlanForm(WagtailAdminModelForm):
    """Offers only the courses and quizzes the person may author."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is None:
            return
        quizzes = quizzes_for_staff(user=self.for_user)
        self.fields["pre_quiz"].queryset = quizzes
        self.fields["post_quiz"].queryset = quizzes
        self.fields["course"].queryset = CoursePage.objects.filter(
            pk__in=quizzes.values("course_id")
        )


class TestPlanViewSet(ScopedViewSetMixin, ModelViewSet):
    __test__ = False

    model = TestPlan
    icon = "tasks"
    menu_label = _("Pre- and post-tests")
    list_display = ["course", "pre_quiz", "post_quiz", "locks_lessons"]
    copy_view_enabled = False

    def scope(self, user):
        return selectors.plans_for_staff(user=user)

    @property
    def edit_handler(self):
        return ObjectList(
            [
                HelpPanel(
                    content=str(
                        _(
                            "Choose two quizzes of the course. Tag each bank "
                            "question with its objective's tag (listed on the "
                            "item quality page), then build both forms there, "
                            "or choose their questions in the quiz admin. "
                            "Scores are kept per objective from each fellow's "
                            "first graded attempt."
                        )
                    )
                ),
                *TestPlan.panels,
            ],
            base_form_class=TestPlanForm,
        )


class SurveyViewSet(ModelViewSet):
    model = Survey
    icon = "form"
    menu_label = _("Surveys")
    list_display = ["title", "kind", "anonymous_to_instructors", "is_active"]
    copy_view_enabled = False


class EvaluationGroup(ViewSetGroup):
    menu_label = _("Evaluation")
    menu_icon = "list-ul"
    menu_order = 260
    items = (OutcomesViewSet, TestPlanViewSet, SurveyViewSet)


@hooks.register("register_admin_viewset")
def register_evaluation():
    return EvaluationGroup()
