"""Fellow-facing views: thin, each parses, calls a selector or service, renders.

Every attempt URL answers 404 to anyone but the attempt's owner, and no view
hands a template or a JSON response anything but the public view of a
question; a finished attempt's review holds only what
`attempt_review_visibility` allows.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses.offline.writes import takes_write_once

from .choices import AnswerState, AssessmentErrorCode, AttemptState
from .grading import grader_for
from .models import Attempt, Quiz
from .selectors import (
    attempt_answers,
    attempt_for_user,
    attempt_public_questions,
    attempt_review,
    attempt_review_visibility,
    own_answer,
    quiz_status,
    quiz_texts,
)
from .services import (
    AssessmentError,
    attempt_expire_if_overdue,
    attempt_save_answer,
    attempt_save_responses,
    attempt_start,
    attempt_submit,
)


def _own_attempt(request: HttpRequest, public_id) -> Attempt:
    attempt = attempt_for_user(public_id=public_id, user=request.user)
    if attempt is None:
        raise Http404
    return attempt


def _result_url(attempt: Attempt) -> str:
    return reverse("assessments:attempt_result", args=[attempt.public_id])


def _lesson_embedding(quiz: Quiz, lesson_id: str | None):
    """The lesson a start came from, when it really holds this quiz."""
    if not lesson_id or not lesson_id.isdigit():
        return None
    from courses.models import LessonPage

    lesson = LessonPage.objects.filter(pk=int(lesson_id)).first()
    if lesson is None:
        return None
    for block in lesson.body:
        quiz_value = block.value.get("quiz") if block.block_type == "quiz" else None
        if quiz_value is not None and quiz_value.pk == quiz.pk:
            return lesson
    return None


@login_required
@require_GET
def quiz_detail(request: HttpRequest, quiz_id: int) -> HttpResponse:
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    status = quiz_status(quiz=quiz, user=request.user)
    return render(
        request,
        "assessments/quiz.html",
        {
            "quiz": quiz,
            "quiz_texts": quiz_texts(quiz=quiz),
            "status": status,
            "lesson_id": request.GET.get("lesson", ""),
        },
    )


@login_required
@require_POST
def quiz_start(request: HttpRequest, quiz_id: int) -> HttpResponse:
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    lesson = _lesson_embedding(quiz, request.POST.get("lesson"))
    try:
        attempt = attempt_start(user=request.user, quiz=quiz, lesson=lesson)
    except AssessmentError as error:
        messages.error(request, str(error))
        return redirect("assessments:quiz_detail", quiz_id=quiz.pk)
    return redirect("assessments:attempt_take", public_id=attempt.public_id)


def _responses_from(request: HttpRequest, answers) -> dict:
    return {
        answer.pk: grader_for(answer.question.type).response_from_form(
            request.POST, f"answer-{answer.pk}"
        )
        for answer in answers
    }


@login_required
@require_http_methods(["GET", "POST"])
@takes_write_once
def attempt_take(request: HttpRequest, public_id) -> HttpResponse:
    attempt = _own_attempt(request, public_id)
    if attempt_expire_if_overdue(attempt=attempt):
        if attempt.state == AttemptState.IN_PROGRESS:
            # Time ran out while away: it has just been submitted.
            messages.warning(request, AssessmentErrorCode.DEADLINE_PASSED.label)
        return redirect(_result_url(attempt))
    answers = attempt_answers(attempt=attempt)
    errors: dict[int, str] = {}
    if request.method == "POST":
        try:
            errors = attempt_save_responses(
                attempt=attempt, responses=_responses_from(request, answers)
            )
        except AssessmentError as error:
            messages.warning(request, str(error))
            return redirect(_result_url(attempt))
        action = request.POST.get("action")
        if not errors and action == "submit":
            # Submitting cannot be undone: the fellow confirms it first.
            return redirect("assessments:attempt_confirm", public_id=attempt.public_id)
        if not errors and action == "timeout":
            # The page's clock reached the deadline: no time left to confirm.
            attempt_submit(attempt=attempt)
            return redirect(_result_url(attempt))
        if not errors:
            messages.success(request, gettext("Your answers are saved."))
            return redirect("assessments:attempt_take", public_id=attempt.public_id)
        answers = attempt_answers(attempt=attempt)
    questions = attempt_public_questions(attempt=attempt, answers=answers)
    for question in questions:
        question.error = errors.get(question.answer_id, "")
    remaining = (
        max(0, int((attempt.deadline - timezone.now()).total_seconds()))
        if attempt.deadline
        else None
    )
    return render(
        request,
        "assessments/attempt.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "quiz_texts": quiz_texts(quiz=attempt.quiz),
            "questions": questions,
            "errors": errors,
            "remaining_seconds": remaining,
        },
        status=400 if errors else 200,
    )


@login_required
@require_GET
def attempt_confirm(request: HttpRequest, public_id) -> HttpResponse:
    """The step before the irreversible submit: how many questions are
    answered, with Submit and Back to the questions."""
    attempt = _own_attempt(request, public_id)
    if attempt_expire_if_overdue(attempt=attempt):
        if attempt.state == AttemptState.IN_PROGRESS:
            messages.warning(request, AssessmentErrorCode.DEADLINE_PASSED.label)
        return redirect(_result_url(attempt))
    answers = attempt_answers(attempt=attempt)
    return render(
        request,
        "assessments/attempt_confirm.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "quiz_texts": quiz_texts(quiz=attempt.quiz),
            "answered": sum(
                1 for answer in answers if answer.state != AnswerState.UNANSWERED
            ),
            "total": len(answers),
        },
    )


def _refusal(message: str, status: int, **extra) -> JsonResponse:
    """An autosave refused: `message` is what the page shows the fellow."""
    return JsonResponse({"error": message, "message": message, **extra}, status=status)


@login_required
@require_POST
@takes_write_once
def attempt_autosave(request: HttpRequest, public_id) -> JsonResponse:
    """Save one question's answer (the small script posts each change)."""
    answer_id = request.POST.get("answer", "")
    answer = (
        own_answer(public_id=public_id, answer_id=int(answer_id), user=request.user)
        if answer_id.isdigit() and len(answer_id) < 19
        else None
    )
    if answer is not None:
        attempt = answer.attempt
    else:
        # Someone else's attempt answers 404; one's own, 400 for the answer.
        _own_attempt(request, public_id)
        return _refusal(
            str(AssessmentErrorCode.UNKNOWN_QUESTION.label),
            400,
            code=AssessmentErrorCode.UNKNOWN_QUESTION,
        )
    raw = grader_for(answer.question.type).response_from_form(
        request.POST, f"answer-{answer.pk}"
    )
    try:
        error = attempt_save_answer(attempt=attempt, answer=answer, raw=raw)
    except AssessmentError as refused:
        return _refusal(
            str(refused), 409, code=refused.code, redirect=_result_url(attempt)
        )
    if error:
        return _refusal(error, 400, code="invalid_answer")
    return JsonResponse({"saved": True, "saved_at": timezone.now().isoformat()})


@login_required
@require_POST
@takes_write_once
def attempt_submit_view(request: HttpRequest, public_id) -> HttpResponse:
    """Submit without saving (the answers are already saved); idempotent."""
    attempt = _own_attempt(request, public_id)
    attempt_submit(attempt=attempt)
    return redirect(_result_url(attempt))


@login_required
@require_GET
def attempt_result(request: HttpRequest, public_id) -> HttpResponse:
    attempt = _own_attempt(request, public_id)
    was_in_progress = attempt.state == AttemptState.IN_PROGRESS
    if not attempt_expire_if_overdue(attempt=attempt):
        return redirect("assessments:attempt_take", public_id=attempt.public_id)
    if was_in_progress:
        # Submitted just now, as its time ran out: read it as graded.
        attempt.refresh_from_db()
    visibility = attempt_review_visibility(attempt=attempt)
    course, following = _lesson_links(attempt)
    return render(
        request,
        "assessments/attempt_result.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "quiz_texts": quiz_texts(quiz=attempt.quiz),
            "visibility": visibility,
            "reviewed": attempt_review(attempt=attempt, visibility=visibility),
            "course": course,
            "next_lesson": following,
        },
    )


def _lesson_links(attempt: Attempt):
    """The course and the next lesson after the lesson the attempt came from."""
    if attempt.lesson_id is None:
        return None, None
    from courses.selectors import lesson_following

    return lesson_following(lesson=attempt.lesson)
