"""Instructor views inside the Wagtail admin: GIFT import and export, the
grading queue, attempt review, regrading and item analysis.

Each view checks a model permission (see the decision record for the list
the roles need), then finds its object through the staff-scope selector of
its model, so an object of a course that is not the person's answers 404,
and calls a selector or a service.
"""

from __future__ import annotations

import random

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .choices import AnswerState
from .forms import EssayGradeForm, GiftImportForm
from .gift import gift_export
from .grading import ResponseError, grader_for
from .moodle_xml import MoodleXmlError
from .selectors import (
    PublicQuestion,
    ReviewVisibility,
    answers_for_grading,
    attempt_answers,
    attempt_review,
    attempts_for_grading,
    bank_questions,
    course_question_banks,
    grading_queue,
    item_analysis,
    preview_grade,
    question_banks_for_staff,
    question_translations,
    questions_for_staff,
    quiz_attempts,
    quizzes_for_grading,
    quizzes_for_staff,
)
from .services import (
    AssessmentError,
    answer_grade,
    question_bank_export,
    question_bank_import,
    question_regrade,
)
from .translations import content_language, localise_question


class ScopedMixin(PermissionRequiredMixin):
    """The model permission first (403), then the object in the person's
    scope (404), before the view runs."""

    raise_exception = True

    def dispatch(self, request, *args, **kwargs):
        if not self.has_permission():
            return self.handle_no_permission()
        self.load(**kwargs)
        return super().dispatch(request, *args, **kwargs)

    def load(self, **kwargs) -> None:
        """Find the view's objects through the scope selectors."""


class AdminView(ScopedMixin, WagtailAdminTemplateMixin):
    header_icon = "tasks"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("assessments_admin:tools"), "label": _("Assessments")},
            {"url": "", "label": self.get_page_title()},
        ]


class ToolsView(AdminView, TemplateView):
    permission_required = "assessments.view_quiz"
    page_title = gettext_lazy("Assessment tools")
    template_name = "assessments/admin/tools.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["banks"] = (
            question_banks_for_staff(user=user)
            .select_related("course")
            .annotate(question_count=Count("questions"))
        )
        context["quizzes"] = (
            quizzes_for_staff(user=user)
            .select_related("course")
            .annotate(
                awaiting=Count(
                    "attempts__answers",
                    filter=Q(attempts__answers__state=AnswerState.AWAITING_GRADING),
                )
            )
        )
        return context


class CourseBanksView(AdminView, TemplateView):
    """The question banks of one course and their categories, for the
    course's staff."""

    permission_required = "assessments.view_questionbank"
    page_title = gettext_lazy("Question banks")
    template_name = "assessments/admin/course_banks.html"

    def load(self, **kwargs):
        from courses.selectors import courses_for_staff

        self.course = get_object_or_404(
            courses_for_staff(user=self.request.user), pk=kwargs["course_id"]
        )

    def get_page_subtitle(self):
        return self.course.title

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            course=self.course,
            banks=course_question_banks(user=self.request.user, course=self.course),
            **kwargs,
        )


class GiftImportView(AdminView, FormView):
    permission_required = "assessments.add_question"
    page_title = gettext_lazy("Import questions")
    template_name = "assessments/admin/gift_import.html"
    form_class = GiftImportForm

    def load(self, **kwargs):
        self.bank = get_object_or_404(
            question_banks_for_staff(user=self.request.user), pk=kwargs["bank_id"]
        )

    def get_page_subtitle(self):
        return str(self.bank)

    def get_context_data(self, **kwargs):
        return super().get_context_data(bank=self.bank, **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            report = question_bank_import(
                bank=self.bank,
                text=data["source"],
                format=data["format"],
                import_valid=data["import_valid"],
            )
        except MoodleXmlError as error:
            form.add_error("file" if data.get("file") else "text", str(error))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        if report.imported and not report.problems:
            messages.success(
                self.request,
                ngettext(
                    "%(count)d question imported into %(bank)s.",
                    "%(count)d questions imported into %(bank)s.",
                    len(report.created),
                )
                % {"count": len(report.created), "bank": self.bank},
            )
            return redirect("assessments_admin:tools")
        return self.render_to_response(
            self.get_context_data(form=form, report=report),
            status=200 if report.imported else 400,
        )


class GiftExportView(ScopedMixin, View):
    permission_required = "assessments.view_question"

    def load(self, **kwargs):
        self.bank = get_object_or_404(
            question_banks_for_staff(user=self.request.user), pk=kwargs["bank_id"]
        )

    def get(self, request, bank_id):
        bank = self.bank
        filename = slugify(bank.title) or f"bank-{bank.pk}"
        if request.GET.get("format") == "moodle_xml":
            response = HttpResponse(
                question_bank_export(bank=bank, format="moodle_xml"),
                content_type="application/xml; charset=utf-8",
            )
            response["Content-Disposition"] = f'attachment; filename="{filename}.xml"'
            return response
        text, notes = gift_export(questions=bank_questions(bank=bank))
        if notes:
            text = "".join(f"// {note}\n" for note in notes) + "\n" + text
        response = HttpResponse(text, content_type="text/plain; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}.gift.txt"'
        return response


class GradingQueueView(AdminView, TemplateView):
    permission_required = "assessments.grade_attempt"
    page_title = gettext_lazy("Grading queue")
    template_name = "assessments/admin/grading_queue.html"

    def load(self, **kwargs):
        quiz_id = self.request.GET.get("quiz", "")
        self.quiz = (
            get_object_or_404(quizzes_for_grading(user=self.request.user), pk=quiz_id)
            if quiz_id.isdigit()
            else None
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            answers=grading_queue(user=self.request.user, quiz=self.quiz),
            quiz=self.quiz,
            **kwargs,
        )


class GradeAnswerView(AdminView, FormView):
    permission_required = "assessments.grade_attempt"
    page_title = gettext_lazy("Grade an answer")
    template_name = "assessments/admin/grade_answer.html"
    form_class = EssayGradeForm

    def load(self, **kwargs):
        self.answer = get_object_or_404(
            answers_for_grading(user=self.request.user).select_related(
                "attempt", "attempt__quiz", "attempt__user", "question"
            ),
            pk=kwargs["answer_id"],
        )

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        grader = grader_for(self.answer.question.type)
        criteria = (
            grader.criteria(
                self.answer.question.definition, points=self.answer.max_points
            )
            if not grader.auto_graded
            else []
        )
        kwargs["criteria"] = criteria
        kwargs["initial"] = {
            **{f"criterion_{k}": v for k, v in self.answer.rubric_scores.items()},
            **{
                f"criterion_{k}": level["id"]
                for k, level in self.answer.rubric_levels.items()
            },
            "feedback": self.answer.grader_feedback,
        }
        return kwargs

    def _next_answer(self):
        """The oldest other answer waiting for a grader, in the person's scope."""
        return grading_queue(user=self.request.user).exclude(pk=self.answer.pk).first()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            answer=self.answer, next_answer=self._next_answer(), **kwargs
        )

    def form_valid(self, form):
        try:
            answer_grade(
                answer=self.answer,
                grader=self.request.user,
                scores=form.scores(),
                feedback=form.cleaned_data["feedback"],
            )
        except AssessmentError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(self.request, _("The grade is saved."))
        if self.request.POST.get("next"):
            following = self._next_answer()
            if following is not None:
                return redirect("assessments_admin:grade_answer", following.pk)
            messages.info(self.request, _("No answer is waiting for a grader."))
        return redirect("assessments_admin:grading_queue")


class QuizAttemptsView(AdminView, TemplateView):
    permission_required = "assessments.view_attempt"
    page_title = gettext_lazy("Attempts")
    template_name = "assessments/admin/quiz_attempts.html"

    def load(self, **kwargs):
        self.quiz = get_object_or_404(
            quizzes_for_grading(user=self.request.user), pk=kwargs["quiz_id"]
        )
        self.page_subtitle = str(self.quiz)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            quiz=self.quiz, attempts=quiz_attempts(quiz=self.quiz), **kwargs
        )


class AttemptReviewView(AdminView, TemplateView):
    permission_required = "assessments.view_attempt"
    page_title = gettext_lazy("Attempt review")
    template_name = "assessments/admin/attempt_review.html"

    def load(self, **kwargs):
        self.attempt = get_object_or_404(
            attempts_for_grading(user=self.request.user).select_related("quiz", "user"),
            pk=kwargs["attempt_id"],
        )

    def get_context_data(self, **kwargs):
        attempt = self.attempt
        answers = attempt_answers(attempt=attempt)
        return super().get_context_data(
            attempt=attempt,
            reviewed=attempt_review(
                attempt=attempt,
                visibility=ReviewVisibility.everything(),
                answers=answers,
            ),
            **kwargs,
        )


class QuestionRegradeView(AdminView, TemplateView):
    permission_required = "assessments.grade_attempt"
    page_title = gettext_lazy("Regrade a question")
    template_name = "assessments/admin/question_regrade.html"

    def load(self, **kwargs):
        self.question = get_object_or_404(
            questions_for_staff(user=self.request.user), pk=kwargs["question_id"]
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            question=self.question,
            answered=self.question.answers.exclude(
                attempt__state="in_progress"
            ).count(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        changed = question_regrade(question=self.question)
        messages.success(
            request,
            ngettext(
                "Regraded: %(count)d score changed.",
                "Regraded: %(count)d scores changed.",
                changed,
            )
            % {"count": changed},
        )
        return redirect("assessments_admin:tools")


class ItemAnalysisView(AdminView, TemplateView):
    permission_required = "assessments.view_item_analysis"
    page_title = gettext_lazy("Item analysis")
    template_name = "assessments/admin/item_analysis.html"

    def load(self, **kwargs):
        self.quiz = get_object_or_404(
            quizzes_for_staff(user=self.request.user), pk=kwargs["quiz_id"]
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            quiz=self.quiz, items=item_analysis(quiz=self.quiz), **kwargs
        )


class QuestionPreviewView(AdminView, TemplateView):
    """The question as a fellow sees it; answer it to see the grade and the
    feedback. Nothing is saved."""

    permission_required = "assessments.view_question"
    page_title = gettext_lazy("Preview as a fellow")
    template_name = "assessments/admin/question_preview.html"
    field_name = "answer-preview"

    def load(self, **kwargs):
        self.question = get_object_or_404(
            questions_for_staff(user=self.request.user), pk=kwargs["question_id"]
        )
        self.page_subtitle = self.question.title
        # In the admin's language, or the one asked for (?language=fr).
        codes = {code for code, _name in settings.LANGUAGES}
        asked = self.request.GET.get("language", "")
        self.language = content_language(asked if asked in codes else None)
        translation = question_translations(
            question_ids=[self.question.pk], language=self.language
        ).get(self.question.pk)
        self.shown = localise_question(self.question, translation, self.language)

    def _public(self, response):
        question = self.question
        shown = self.shown
        grader = grader_for(question.type)
        # A fixed order per question, so the answer posted matches the view.
        rng = random.Random(f"preview:{question.pk}")  # noqa: S311 - not secret
        return PublicQuestion(
            answer_id=0,
            position=1,
            type=question.type,
            title=question.title,
            stem=shown.stem,
            points=question.points,
            view=grader.with_response(
                grader.public_view(shown.definition, rng=rng), response
            ),
            response=response,
            template=grader.template,
            field_name=self.field_name,
            fallback=shown.fallback,
        )

    def get_context_data(self, response=None, **kwargs):
        return super().get_context_data(
            question=self.question,
            q=self._public(response),
            general_feedback=self.shown.general_feedback,
            language=self.language,
            languages=settings.LANGUAGES,
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        grader = grader_for(self.question.type)
        response = grader.response_from_form(request.POST, self.field_name)
        try:
            response = grader.clean_response(self.question.definition, response)
        except ResponseError as error:
            return self.render_to_response(
                self.get_context_data(error=" ".join(error.messages)), status=400
            )
        grade = (
            preview_grade(self.question, self.shown, response)
            if grader.auto_graded
            else None
        )
        percent = f"{grade.fraction * 100:.2f}".rstrip("0").rstrip(".") if grade else ""
        return self.render_to_response(
            self.get_context_data(
                response=response, grade=grade, percent=percent, answered=True
            )
        )
