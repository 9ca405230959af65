from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .models import Accommodation, Question, QuestionBank, Quiz


class QuestionBankViewSet(SnippetViewSet):
    model = QuestionBank
    icon = "folder-open-inverse"
    menu_label = _("Question banks")
    list_display = ["title", "course", "module"]
    list_filter = ["course"]
    search_fields = ["title"]


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    list_display = ["title", "bank", "type", "points"]
    list_filter = ["bank", "type"]


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Quizzes")
    list_display = ["title", "course", "pass_mark", "max_attempts"]
    list_filter = ["course"]


class AccommodationViewSet(SnippetViewSet):
    model = Accommodation
    icon = "user"
    menu_label = _("Accommodations")
    list_display = ["user", "quiz", "extra_attempts", "extra_time_minutes"]
    list_filter = ["quiz"]


class AssessmentsGroup(SnippetViewSetGroup):
    items = (QuestionBankViewSet, QuestionViewSet, QuizViewSet, AccommodationViewSet)
    menu_icon = "tasks"
    menu_label = _("Assessments")
    menu_name = "assessments"


register_snippet(AssessmentsGroup)

admin_urlpatterns = [
    path("", admin_views.ToolsView.as_view(), name="tools"),
    path(
        "banks/<int:bank_id>/import/",
        admin_views.GiftImportView.as_view(),
        name="gift_import",
    ),
    path(
        "banks/<int:bank_id>/export/",
        admin_views.GiftExportView.as_view(),
        name="gift_export",
    ),
    path("grading/", admin_views.GradingQueueView.as_view(), name="grading_queue"),
    path(
        "grading/<int:answer_id>/",
        admin_views.GradeAnswerView.as_view(),
        name="grade_answer",
    ),
    path(
        "quizzes/<int:quiz_id>/attempts/",
        admin_views.QuizAttemptsView.as_view(),
        name="quiz_attempts",
    ),
    path(
        "quizzes/<int:quiz_id>/analysis/",
        admin_views.ItemAnalysisView.as_view(),
        name="item_analysis",
    ),
    path(
        "attempts/<int:attempt_id>/",
        admin_views.AttemptReviewView.as_view(),
        name="attempt_review",
    ),
    path(
        "questions/<int:question_id>/regrade/",
        admin_views.QuestionRegradeView.as_view(),
        name="question_regrade",
    ),
]


@hooks.register("register_admin_urls")
def register_assessments_admin_urls():
    return [
        path(
            "assessments-tools/",
            include(
                (admin_urlpatterns, "assessments_admin"), namespace="assessments_admin"
            ),
        )
    ]


class PermittedMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def register_assessment_tools_menu_item():
    return PermittedMenuItem(
        _("Assessment tools"),
        reverse("assessments_admin:tools"),
        icon_name="tasks",
        order=310,
        permission="assessments.view_quiz",
    )


@hooks.register("register_admin_menu_item")
def register_grading_queue_menu_item():
    return PermittedMenuItem(
        _("Grading queue"),
        reverse("assessments_admin:grading_queue"),
        icon_name="edit",
        order=311,
        permission="assessments.grade_attempt",
    )
