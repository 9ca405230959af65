import django_filters
from django import forms
from django.contrib.admin.utils import unquote
from django.db.models import Q
from django.forms import ModelChoiceField
from django.http import Http404
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views, translation_views
from .choices import QuestionType
from .models import Accommodation, Question, QuestionBank, QuestionCategory, Quiz
from .question_forms import QuestionAdminForm, answers_panel
from .selectors import (
    accommodations_for_staff,
    question_banks_for_staff,
    question_facilities,
    question_usage,
    questions_for_staff,
    quizzes_for_staff,
)

# Every admin view of these models reads through its one scope selector:
# an object outside the person's courses answers 404, and listings,
# choosers, filters and form choices show only what is in scope.
SCOPES = {
    QuestionBank: question_banks_for_staff,
    Question: questions_for_staff,
    Quiz: quizzes_for_staff,
    Accommodation: accommodations_for_staff,
}


def _scoped(model, user):
    return SCOPES[model](user=user)


def _courses_in_scope(request):
    from courses.selectors import courses_for_staff

    return courses_for_staff(user=request.user)


def _in_scope(queryset, user):
    """`queryset` narrowed to the person's scope, when its model has one."""
    from courses.models import CoursePage
    from courses.selectors import course_keys_for_staff

    model = queryset.model
    if model in SCOPES:
        return queryset.filter(pk__in=_scoped(model, user).values("pk"))
    if issubclass(model, CoursePage):
        keys = course_keys_for_staff(user=user)
        return queryset if keys is None else queryset.filter(translation_key__in=keys)
    return queryset


def _restrict_choices(form, user) -> None:
    """A course, bank, question or quiz can be chosen only from the scope."""
    forms = [form]
    for formset in getattr(form, "formsets", {}).values():
        forms.extend(formset.forms)
    for each in forms:
        for field in each.fields.values():
            if isinstance(field, ModelChoiceField):
                field.queryset = _in_scope(field.queryset, user)


class ScopedObjectMixin:
    """Answers 404 for an object outside the person's scope, before Wagtail
    loads it or checks model permissions."""

    def setup(self, request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None and (
            not _scoped(self.model, request.user).filter(pk=unquote(str(pk))).exists()
        ):
            raise Http404
        super().setup(request, *args, **kwargs)


class ScopedFormMixin:
    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        _restrict_choices(form, self.request.user)
        return form


class ScopedIndexView(snippet_views.IndexView):
    def get_base_queryset(self):
        queryset = _in_scope(super().get_base_queryset(), self.request.user)
        # The related objects shown in columns come with the rows.
        related = [
            name
            for name in self.list_display
            if isinstance(name, str)
            and getattr(
                self.model._meta._forward_fields_map.get(name), "many_to_one", False
            )
        ]
        return queryset.select_related(*related)


class ScopedCreateView(ScopedFormMixin, snippet_views.CreateView):
    pass


class ScopedCopyView(ScopedObjectMixin, ScopedFormMixin, snippet_views.CopyView):
    pass


class ScopedEditView(ScopedObjectMixin, ScopedFormMixin, snippet_views.EditView):
    pass


class ScopedDeleteView(ScopedObjectMixin, snippet_views.DeleteView):
    pass


class ScopedUsageView(ScopedObjectMixin, snippet_views.UsageView):
    pass


class ScopedHistoryView(ScopedObjectMixin, snippet_views.HistoryView):
    pass


class ScopedInspectView(ScopedObjectMixin, snippet_views.InspectView):
    pass


class ScopedChooseView(snippet_chooser.ChooseView):
    def get_object_list(self):
        return _scoped(self.model_class, self.request.user)


class ScopedChooseResultsView(snippet_chooser.ChooseResultsView):
    def get_object_list(self):
        return _scoped(self.model_class, self.request.user)


class ScopedChosenView(snippet_chooser.SnippetChosenView):
    def get_object(self, pk):
        return _scoped(self.model_class, self.request.user).get(pk=pk)


class ScopedChosenMultipleView(snippet_chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return _scoped(self.model_class, self.request.user).filter(pk__in=pks)


class ScopedChooserViewSet(snippet_chooser.SnippetChooserViewSet):
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView


def _category_paths(categories) -> dict[int, str]:
    """Each category's names from the top, joined with "/"."""
    by_pk = {category.pk: category for category in categories}
    paths = {}
    for category in categories:
        names, current, seen = [], category, set()
        while current is not None and current.pk not in seen:
            seen.add(current.pk)
            names.append(current.name)
            current = by_pk.get(current.parent_id)
        paths[category.pk] = "/".join(reversed(names))
    return paths


class QuestionChooserFilterForm(BaseFilterForm):
    """The quiz editor's question chooser: search the text, filter by bank,
    category, type and tag, each list drawn from the person's scope."""

    q = forms.CharField(
        label=_("Search term"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Search the question text")}),
    )
    bank = forms.ModelChoiceField(
        queryset=QuestionBank.objects.none(),
        label=_("Question bank"),
        required=False,
        empty_label=_("All banks"),
    )
    category = forms.ModelChoiceField(
        queryset=QuestionCategory.objects.none(),
        label=_("Category"),
        required=False,
        empty_label=_("All categories"),
    )
    type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[("", _("All types")), *QuestionType.choices],
    )
    tag = forms.CharField(label=_("Tag"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bank"].queryset = question_banks_for_staff(user=user)
        categories = list(
            QuestionCategory.objects.filter(
                bank__in=question_banks_for_staff(user=user)
            ).select_related("bank")
        )
        # Each category by its full path, as Moodle shows `$course$/A/B`,
        # from the one query above (no query per parent).
        self.category_paths = _category_paths(categories)
        self.fields["category"].queryset = QuestionCategory.objects.filter(
            pk__in=[c.pk for c in categories]
        ).select_related("bank")
        self.fields["category"].label_from_instance = lambda category: (
            f"{category.bank} › {self.category_paths.get(category.pk, category.name)}"
        )
        for name in ("bank", "category", "type"):
            self.fields[name].widget.attrs["data-chooser-modal-search-filter"] = True

    def filter(self, objects):
        data = self.cleaned_data
        if data.get("bank"):
            objects = objects.filter(bank=data["bank"])
        if data.get("category"):
            objects = objects.filter(category=data["category"])
        if data.get("type"):
            objects = objects.filter(type=data["type"])
        if data.get("tag"):
            objects = objects.filter(
                pk__in=Question.objects.filter(
                    tagged_items__tag__name__iexact=data["tag"].strip()
                ).values("pk")
            )
        query = (data.get("q") or "").strip()
        if query:
            objects = objects.filter(
                Q(title__icontains=query) | Q(stem__icontains=query)
            )
            self.is_searching = True
            self.search_query = query
        return objects


class QuestionChooseMixin:
    """Question rows with their bank, category, type, the quizzes using
    them and their facility; a constant number of queries per page."""

    filter_form_class = QuestionChooserFilterForm
    ordering = ["title", "pk"]

    def get_filter_form(self):
        return self.filter_form_class(self.request.GET, user=self.request.user)

    def get_object_list(self):
        return _scoped(self.model_class, self.request.user).select_related(
            "bank", "category"
        )

    def get_results_page(self, request):
        page = super().get_results_page(request)
        ids = [question.pk for question in page.object_list]
        usage = question_usage(question_ids=ids, user=request.user)
        facilities = question_facilities(question_ids=ids)
        for question in page.object_list:
            question.usage = ", ".join(usage.get(question.pk, [])) or "—"
            facility = facilities.get(question.pk)
            question.facility = "—" if facility is None else f"{facility:.0%}"
        return page

    @property
    def columns(self):
        return [
            *super().columns,
            Column("bank", label=_("Bank"), accessor="bank"),
            Column("category", label=_("Category"), accessor="category"),
            Column("type", label=_("Type"), accessor="get_type_display"),
            Column("usage", label=_("Used in quizzes"), accessor="usage"),
            Column("facility", label=_("Facility"), accessor="facility"),
        ]


class QuestionChooseView(QuestionChooseMixin, ScopedChooseView):
    pass


class QuestionChooseResultsView(QuestionChooseMixin, ScopedChooseResultsView):
    pass


class QuestionChooserViewSet(ScopedChooserViewSet):
    choose_view_class = QuestionChooseView
    choose_results_view_class = QuestionChooseResultsView


class ScopedSnippetViewSet(SnippetViewSet):
    index_view_class = ScopedIndexView
    add_view_class = ScopedCreateView
    copy_view_class = ScopedCopyView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    usage_view_class = ScopedUsageView
    history_view_class = ScopedHistoryView
    inspect_view_class = ScopedInspectView
    chooser_viewset_class = ScopedChooserViewSet
    # The scope filters across relations that the search index does not
    # hold: search with the database instead.
    search_backend_name = None


def _banks_in_scope(request):
    return question_banks_for_staff(user=request.user)


def _quizzes_in_scope(request):
    return quizzes_for_staff(user=request.user)


class QuestionBankFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(
        queryset=_courses_in_scope, label=_("course")
    )

    class Meta:
        model = QuestionBank
        fields = ["course"]


def _categories_in_scope(request):
    return QuestionCategory.objects.filter(
        bank__in=question_banks_for_staff(user=request.user)
    ).order_by("bank__title", "name")


class QuestionFilterSet(WagtailFilterSet):
    bank = django_filters.ModelChoiceFilter(
        queryset=_banks_in_scope, label=_("question bank")
    )
    category = django_filters.ModelChoiceFilter(
        queryset=_categories_in_scope, label=_("category")
    )
    type = django_filters.ChoiceFilter(choices=QuestionType.choices, label=_("type"))
    tag = django_filters.CharFilter(
        field_name="tags__name", lookup_expr="iexact", label=_("tag"), distinct=True
    )

    class Meta:
        model = Question
        fields = ["bank", "category", "type", "tag"]


class QuizFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(
        queryset=_courses_in_scope, label=_("course")
    )

    class Meta:
        model = Quiz
        fields = ["course"]


class AccommodationFilterSet(WagtailFilterSet):
    quiz = django_filters.ModelChoiceFilter(queryset=_quizzes_in_scope, label=_("quiz"))

    class Meta:
        model = Accommodation
        fields = ["quiz"]


class QuestionBankViewSet(ScopedSnippetViewSet):
    model = QuestionBank
    icon = "folder-open-inverse"
    menu_label = _("Question banks")
    list_display = ["title", "course", "module"]
    filterset_class = QuestionBankFilterSet
    search_fields = ["title"]


class QuestionViewSet(ScopedSnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    list_display = ["title", "bank", "category", "type", "points"]
    filterset_class = QuestionFilterSet
    chooser_viewset_class = QuestionChooserViewSet
    search_fields = ["title", "stem"]

    @property
    def edit_handler(self):
        panels = list(Question.panels)
        # The answers come right after the question's text.
        stem = next(
            index
            for index, panel in enumerate(panels)
            if getattr(panel, "field_name", "") == "stem"
        )
        panels.insert(stem + 1, answers_panel)
        return ObjectList(panels, base_form_class=QuestionAdminForm)


class QuizViewSet(ScopedSnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Quizzes")
    list_display = ["title", "course", "pass_mark", "max_attempts"]
    filterset_class = QuizFilterSet
    search_fields = ["title"]


class AccommodationViewSet(ScopedSnippetViewSet):
    model = Accommodation
    icon = "user"
    menu_label = _("Accommodations")
    list_display = ["user", "quiz", "extra_attempts", "extra_time_minutes"]
    filterset_class = AccommodationFilterSet
    search_fields = ["user__full_name", "user__email", "quiz__title"]


class AssessmentsGroup(SnippetViewSetGroup):
    items = (QuestionBankViewSet, QuestionViewSet, QuizViewSet, AccommodationViewSet)
    menu_icon = "tasks"
    menu_label = _("Assessments")
    menu_name = "assessments"


register_snippet(AssessmentsGroup)

admin_urlpatterns = [
    path("", admin_views.ToolsView.as_view(), name="tools"),
    path(
        "courses/<int:course_id>/banks/",
        admin_views.CourseBanksView.as_view(),
        name="course_banks",
    ),
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
    path(
        "questions/<int:question_id>/translations/",
        translation_views.QuestionTranslationsView.as_view(),
        name="question_translations",
    ),
    path(
        "questions/<int:question_id>/translations/<str:language>/",
        translation_views.QuestionTranslationsView.as_view(),
        name="question_translations",
    ),
    path(
        "quizzes/<int:quiz_id>/translations/",
        translation_views.QuizTranslationsView.as_view(),
        name="quiz_translations",
    ),
    path(
        "quizzes/<int:quiz_id>/translations/<str:language>/",
        translation_views.QuizTranslationsView.as_view(),
        name="quiz_translations",
    ),
    path(
        "questions/<int:question_id>/preview/",
        admin_views.QuestionPreviewView.as_view(),
        name="question_preview",
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
