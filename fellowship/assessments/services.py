"""Writes for assessments: banks and questions, attempts, grading, results.

The server decides everything: when an attempt may start, which answers
arrive in time, what each is worth and what counts across attempts.
"""

from __future__ import annotations

import datetime
import functools
import logging
import random
import secrets
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from fellowship.accounts.services import notification_post
from fellowship.bulk_update import bulk_update_rows

from .choices import (
    AnswerState,
    AssessmentErrorCode,
    AttemptState,
    GradingMethod,
    QuestionType,
)
from .grading import ResponseError, grader_for
from .models import (
    Accommodation,
    Attempt,
    AttemptAnswer,
    Question,
    QuestionBank,
    QuestionCategory,
    QuestionTranslation,
    Quiz,
    QuizResult,
    QuizSlot,
    QuizTranslation,
)
from .results import result_changed
from .selectors import lessons_for_results, question_translations, quiz_rules
from .translations import (
    accepted_definition,
    content_language,
    question_sources,
    quiz_sources,
    source_language,
)

logger = logging.getLogger(__name__)

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
# The notification kind of released essay grades (e-mailed per preference).
GRADES_RELEASED = "grades_released"


class AssessmentError(Exception):
    """A refused request; `code` says why, `str()` says it to a person."""

    def __init__(self, code: AssessmentErrorCode, message: str | None = None):
        self.code = AssessmentErrorCode(code)
        super().__init__(message or str(self.code.label))


# Banks and questions.


def question_create(
    *,
    bank: QuestionBank,
    type: str,
    title: str,
    stem: str,
    definition: dict,
    points: Decimal | int | str = 1,
    penalty: Decimal | int | str = 0,
    general_feedback: str = "",
    learning_objective: str = "",
    provision=None,
    mosaic_module=None,
    tags: list[str] | None = None,
    category: QuestionCategory | None = None,
) -> Question:
    """Create a question whose definition its type's grader accepts."""
    question = Question(
        bank=bank,
        category=category,
        type=type,
        title=title[:255],
        stem=stem,
        definition=definition,
        points=Decimal(str(points)),
        penalty=Decimal(str(penalty)),
        general_feedback=general_feedback,
        learning_objective=learning_objective,
        provision=provision,
        mosaic_module=mosaic_module,
    )
    question.full_clean()
    with transaction.atomic():
        question.save()
        if tags:
            question.tags.add(*tags)
    return question


# Moodle's context prefix of a category path, and its implicit top category.
_CATEGORY_CONTEXTS = {"$course$", "$system$", "$module$", "$coursecategory$"}


def question_category_for_path(
    *, bank: QuestionBank, path: str, info: str = ""
) -> QuestionCategory | None:
    """The bank's category at a Moodle path ("$course$/top/A/B"), created as
    needed; None for the bank's top. `info` describes the last one."""
    names = [name.strip() for name in path.split("/") if name.strip()]
    if names and names[0] in _CATEGORY_CONTEXTS:
        names = names[1:]
    if names and names[0].casefold() == "top":
        names = names[1:]
    category = None
    for name in names:
        category, _created = QuestionCategory.objects.get_or_create(
            bank=bank, parent=category, name=name[:255]
        )
    if category is not None and info and category.info != info:
        category.info = info
        category.save(update_fields=["info"])
    return category


def question_bank_import(
    *, bank: QuestionBank, text: str, format: str = "gift", import_valid: bool
):
    """Import a GIFT or Moodle XML text into a bank: the one door in.

    `format` is "gift" or "moodle_xml". Every question is read and validated
    before anything is written. With `import_valid`, the valid questions are
    created and the others reported; without it, any problem means nothing
    is created. Returns a report with `created` (the questions), `problems`
    (line and reason of each refused question) and `imported`. Used by the
    admin's import page and by the curriculum package importer.
    """
    if format == "gift":
        from .gift import gift_import_report

        return gift_import_report(bank=bank, source=text, import_valid=import_valid)
    if format == "moodle_xml":
        from .moodle_xml import moodle_xml_import

        return moodle_xml_import(bank=bank, source=text, import_valid=import_valid)
    raise ValueError(f"Unknown question format {format!r}")


def question_bank_export(*, bank: QuestionBank, format: str = "gift") -> str:
    """A bank's questions as GIFT or Moodle XML text, for Moodle or a package.

    GIFT cannot hold every question (no ordering, no rubric): for a lossless
    copy use "moodle_xml".
    """
    from .selectors import bank_questions

    questions = bank_questions(bank=bank)
    if format == "gift":
        from .gift import gift_export

        return gift_export(questions=questions)[0]
    if format == "moodle_xml":
        from .moodle_xml import moodle_xml_export

        return moodle_xml_export(bank=bank, questions=questions)
    raise ValueError(f"Unknown question format {format!r}")


# Starting an attempt.


def _is_enrolled(*, user, quiz: Quiz) -> bool:
    from courses.selectors import course_state, page_source

    course = page_source(page=quiz.course)
    return course_state(user=user, course=course).is_enrolled


def attempt_layout(*, quiz: Quiz, seed: int) -> list[Question]:
    """The questions of an attempt, drawn and ordered by its seed.

    The same seed over the same banks always gives the same questions in
    the same order, so every attempt can be reproduced.
    """
    rng = random.Random(seed)  # noqa: S311 - reproducible, not secret
    slots = list(quiz.slots.select_related("question").order_by("sort_order", "pk"))
    fixed = {slot.question_id for slot in slots if slot.question_id}
    chosen: list[int] = []
    for slot in slots:
        if slot.question_id:
            chosen.append(slot.question_id)
            continue
        pool = Question.objects.filter(bank_id=slot.bank_id)
        if slot.tag:
            pool = pool.filter(tags__name__iexact=slot.tag)
        pool_ids = sorted(
            set(pool.exclude(pk__in=fixed | set(chosen)).values_list("pk", flat=True))
        )
        if len(pool_ids) < slot.count:
            raise AssessmentError(AssessmentErrorCode.NOT_ENOUGH_QUESTIONS)
        chosen.extend(rng.sample(pool_ids, slot.count))
    if quiz.shuffle_questions:
        rng.shuffle(chosen)
    questions = Question.objects.in_bulk(chosen)
    return [questions[pk] for pk in chosen]


def _check_can_start(*, user, quiz: Quiz, now: datetime.datetime) -> None:
    rules = quiz_rules(quiz=quiz, user=user)
    if rules.opens_at and now < rules.opens_at:
        raise AssessmentError(AssessmentErrorCode.NOT_OPEN_YET)
    if rules.closes_at and now >= rules.closes_at:
        raise AssessmentError(AssessmentErrorCode.CLOSED)
    finished = Attempt.objects.filter(quiz=quiz, user=user).exclude(
        state=AttemptState.IN_PROGRESS
    )
    if rules.max_attempts is not None and finished.count() >= rules.max_attempts:
        raise AssessmentError(AssessmentErrorCode.NO_ATTEMPTS_LEFT)
    if rules.attempt_delay:
        last = finished.order_by("-submitted_at").values_list(
            "submitted_at", flat=True
        )[:1]
        if last and now < last[0] + rules.attempt_delay:
            raise AssessmentError(AssessmentErrorCode.TOO_SOON)
    if not _is_enrolled(user=user, quiz=quiz):
        raise AssessmentError(AssessmentErrorCode.NOT_ENROLLED)


def attempt_start(
    *, user, quiz: Quiz, lesson=None, prepared_offline: bool = False
) -> Attempt:
    """Start an attempt, or resume the one in progress.

    `prepared_offline`: started by a module's download rather than by the
    fellow (see `quiz_attempts_prepare`).

    Refused (AssessmentError) outside the quiz's dates, beyond the attempt
    limit or the delay between attempts, and for anyone not enrolled in
    the quiz's course. Accommodations extend time and attempts.
    """
    overdue = Attempt.objects.filter(
        quiz=quiz, user=user, state=AttemptState.IN_PROGRESS
    ).first()
    if overdue is not None and not attempt_expire_if_overdue(attempt=overdue):
        if not overdue.language:
            # Started before attempts kept their language.
            overdue.language = content_language()
            overdue.save(update_fields=["language"])
        return overdue
    now = timezone.now()
    _check_can_start(user=user, quiz=quiz, now=now)
    seed = secrets.randbits(62)
    questions = attempt_layout(quiz=quiz, seed=seed)
    if not questions:
        raise AssessmentError(AssessmentErrorCode.NO_QUESTIONS)
    rules = quiz_rules(quiz=quiz, user=user)
    deadline = now + rules.time_limit if rules.time_limit else None
    if rules.closes_at and (deadline is None or rules.closes_at < deadline):
        deadline = rules.closes_at
    try:
        with transaction.atomic():
            number = Attempt.objects.filter(quiz=quiz, user=user).count() + 1
            attempt = Attempt.objects.create(
                quiz=quiz,
                user=user,
                number=number,
                lesson=lesson,
                seed=seed,
                started_at=now,
                deadline=deadline,
                language=content_language(),
                prepared_offline=prepared_offline,
            )
            AttemptAnswer.objects.bulk_create(
                [
                    AttemptAnswer(
                        attempt=attempt,
                        question=question,
                        position=position,
                        max_points=question.points,
                    )
                    for position, question in enumerate(questions, start=1)
                ]
            )
    except IntegrityError:
        # Two starts at once (a double click): the other one won; resume it.
        existing = Attempt.objects.filter(
            quiz=quiz, user=user, state=AttemptState.IN_PROGRESS
        ).first()
        if existing is None:
            raise
        return existing
    return attempt


def quiz_attempts_prepare(*, user, lessons: list) -> list[str]:
    """Open an attempt at each quiz of these lessons that has no time limit
    and that the fellow may start now, so that a module's download can take
    it offline (courses.offline's preparer registry); return the addresses
    of every attempt in progress at those quizzes (its page and its
    confirmation step).

    A timed quiz is never started here: its clock starts when the fellow
    starts it, online. An attempt already in progress is kept as it is;
    asking again opens nothing new. Each attempt's questions are drawn by
    the server and reach the device without their keys, as online.
    """
    quiz_lessons: dict[int, Any] = {}
    for lesson in lessons:
        for block in lesson.body.raw_data:
            value = block.get("value") or {}
            if block.get("type") == "quiz" and isinstance(value.get("quiz"), int):
                quiz_lessons.setdefault(value["quiz"], lesson)
    if not quiz_lessons:
        return []
    quizzes = Quiz.objects.in_bulk(list(quiz_lessons))
    in_progress = {
        attempt.quiz_id: attempt
        for attempt in Attempt.objects.filter(
            user=user, quiz_id__in=list(quizzes), state=AttemptState.IN_PROGRESS
        )
    }
    urls = []
    for quiz_id, lesson in quiz_lessons.items():
        quiz = quizzes.get(quiz_id)
        if quiz is None:
            continue
        attempt = in_progress.get(quiz_id)
        if attempt is None and not quiz_rules(quiz=quiz, user=user).time_limit:
            try:
                attempt = attempt_start(
                    user=user, quiz=quiz, lesson=lesson, prepared_offline=True
                )
            except AssessmentError:
                # Not open, no attempt left, too soon, not enrolled: as online.
                attempt = None
        if attempt is None or attempt.state != AttemptState.IN_PROGRESS:
            continue
        page = reverse("assessments:attempt_take", args=[attempt.public_id])
        urls += [page, reverse("assessments:attempt_confirm", args=[attempt.public_id])]
    return urls


# Saving answers.


def _locked_attempt(attempt: Attempt) -> Attempt:
    # Only the attempt's row is locked (`of`): locking the joined quiz row
    # too would queue every fellow saving or submitting the same quiz
    # behind one another.
    return (
        Attempt.objects.select_for_update(of=("self",))
        .select_related("quiz", "user")
        .get(pk=attempt.pk)
    )


def _deadline_passed(attempt: Attempt, now: datetime.datetime) -> bool:
    return attempt.deadline is not None and now > attempt.deadline


def attempt_save_responses(
    *, attempt: Attempt, responses: dict[int, Any]
) -> dict[int, str]:
    """Save responses by answer id; returns the errors by answer id.

    Valid responses are saved even when others are refused, so a fellow
    loses nothing. Nothing is saved after the deadline: the attempt is then
    submitted with what was saved in time, and DEADLINE_PASSED is raised.
    """
    now = timezone.now()
    expired = False
    errors: dict[int, str] = {}
    with transaction.atomic():
        attempt = _locked_attempt(attempt)
        if attempt.state != AttemptState.IN_PROGRESS:
            raise AssessmentError(AssessmentErrorCode.NOT_IN_PROGRESS)
        if _deadline_passed(attempt, now):
            expired = True
        else:
            answers = {
                answer.pk: answer
                for answer in attempt.answers.select_related("question").filter(
                    pk__in=list(responses)
                )
            }
            changed = []
            for answer_id, raw in responses.items():
                answer = answers.get(answer_id)
                if answer is None:
                    raise AssessmentError(AssessmentErrorCode.UNKNOWN_QUESTION)
                grader = grader_for(answer.question.type)
                try:
                    response = grader.clean_response(answer.question.definition, raw)
                except ResponseError as error:
                    errors[answer_id] = " ".join(error.messages)
                    continue
                answer.response = response
                answer.saved_at = now
                answer.state = (
                    AnswerState.UNANSWERED
                    if grader.is_blank(response)
                    else AnswerState.SAVED
                )
                changed.append(answer)
            AttemptAnswer.objects.bulk_update(
                changed, ["response", "saved_at", "state"]
            )
    if expired:
        attempt_submit(attempt=attempt)
        raise AssessmentError(AssessmentErrorCode.DEADLINE_PASSED)
    return errors


def attempt_save_answer(*, attempt: Attempt, answer: AttemptAnswer, raw: Any) -> str:
    """Autosave one answer of `attempt` (loaded with its question); returns
    the error shown to the fellow, or "" when saved.

    The lean path of `attempt_save_responses` for one answer: one UPDATE
    that locks the attempt row while it is in progress and before its
    deadline, and writes the answer scoped to the attempt. A submission
    holding the lock goes first; the answer is then left as graded.
    """
    if answer.attempt_id != attempt.pk:
        raise AssessmentError(AssessmentErrorCode.UNKNOWN_QUESTION)
    now = timezone.now()
    grader = grader_for(answer.question.type)
    try:
        response = grader.clean_response(answer.question.definition, raw)
    except ResponseError as error:
        return " ".join(error.messages)
    fields = {
        name: AttemptAnswer._meta.get_field(name)
        for name in ("response", "saved_at", "state")
    }
    values = {
        "response": response,
        "saved_at": now,
        "state": AnswerState.UNANSWERED
        if grader.is_blank(response)
        else AnswerState.SAVED,
    }
    params = [
        *(
            fields[name].get_db_prep_save(values[name], connection)
            for name in ("response", "saved_at", "state")
        ),
        answer.pk,
        attempt.pk,
        AttemptState.IN_PROGRESS.value,
        Attempt._meta.get_field("deadline").get_db_prep_save(now, connection),
    ]
    with connection.cursor() as cursor:
        cursor.execute(_answer_save_sql(connection.vendor), params)
        saved = cursor.rowcount == 1
    if saved:
        return ""
    state, deadline = (
        Attempt.objects.filter(pk=attempt.pk).values_list("state", "deadline").get()
    )
    if state == AttemptState.IN_PROGRESS and deadline is not None and now > deadline:
        attempt_submit(attempt=attempt)
        raise AssessmentError(AssessmentErrorCode.DEADLINE_PASSED)
    raise AssessmentError(AssessmentErrorCode.NOT_IN_PROGRESS)


@functools.cache
def _answer_save_sql(vendor: str) -> str:
    """The autosave's UPDATE, from the models' names only (every value is
    a parameter); the attempt's row is locked where the database can."""
    quote = connection.ops.quote_name
    answer, attempt = AttemptAnswer._meta, Attempt._meta

    def column(meta, name: str) -> str:
        return quote(meta.get_field(name).column)

    lock = " FOR UPDATE" if vendor == "postgresql" else ""
    return (
        f"UPDATE {quote(answer.db_table)} SET {column(answer, 'response')} = %s, "  # noqa: S608
        f"{column(answer, 'saved_at')} = %s, {column(answer, 'state')} = %s "
        f"WHERE {column(answer, 'id')} = %s AND {column(answer, 'attempt')} IN "
        f"(SELECT {column(attempt, 'id')} FROM {quote(attempt.db_table)} "
        f"WHERE {column(attempt, 'id')} = %s AND {column(attempt, 'state')} = %s "
        f"AND ({column(attempt, 'deadline')} IS NULL "
        f"OR {column(attempt, 'deadline')} >= %s){lock})"
    )


# Submitting and grading.


def _quantize(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def retry_penalty(*, quiz: Quiz, attempt_number: int, question: Question) -> Decimal:
    """The fraction taken from a question's credit in this attempt: its
    penalty once per earlier attempt, where the quiz applies penalties and
    allows retries (Moodle's penalty for each incorrect try)."""
    if not quiz.retry_penalties or quiz.max_attempts == 1 or attempt_number <= 1:
        return Decimal(0)
    return question.penalty / HUNDRED * (attempt_number - 1)


def _grade_automatic(
    answer: AttemptAnswer, translation: QuestionTranslation | None = None
) -> None:
    """Grade one answer; a short answer is also accepted when it matches the
    question's `translation` into the attempt's language."""
    grader = grader_for(answer.question.type)
    if not grader.auto_graded:
        if grader.is_blank(answer.response):
            # Nothing to read: an empty essay scores nothing, no grader needed.
            answer.fraction = Decimal(0)
            answer.score = Decimal(0)
            answer.state = AnswerState.GRADED
        else:
            answer.state = AnswerState.AWAITING_GRADING
        return
    grade = grader.grade(answer.question.definition, answer.response)
    translated = accepted_definition(answer.question, translation)
    if translated is not None:
        grade = max(
            grade, grader.grade(translated, answer.response), key=lambda g: g.fraction
        )
    fraction = Decimal(str(grade.fraction))
    if fraction > 0:
        # The answers are read through their attempt, which Django caches
        # on each: no query per answer.
        attempt = answer.attempt
        penalty = retry_penalty(
            quiz=attempt.quiz, attempt_number=attempt.number, question=answer.question
        )
        fraction = max(Decimal(0), fraction - penalty)
    answer.fraction = fraction.quantize(Decimal("0.00001"))
    answer.score = _quantize(answer.max_points * answer.fraction)
    answer.state = AnswerState.GRADED


def _attempt_total(attempt: Attempt, answers: list[AttemptAnswer]) -> None:
    """Totals, percent and pass: only once no answer awaits a grader."""
    attempt.max_score = sum((a.max_points for a in answers), Decimal(0))
    if any(a.state == AnswerState.AWAITING_GRADING for a in answers):
        attempt.state = AttemptState.AWAITING_GRADING
        attempt.score = attempt.percent = attempt.passed = attempt.graded_at = None
        return
    attempt.state = AttemptState.GRADED
    attempt.score = sum((a.score or Decimal(0) for a in answers), Decimal(0))
    attempt.percent = (
        _quantize(attempt.score * 100 / attempt.max_score)
        if attempt.max_score
        else Decimal(0)
    )
    attempt.passed = attempt.percent >= attempt.quiz.pass_mark
    attempt.graded_at = timezone.now()


def _save_attempt_totals(attempt: Attempt) -> None:
    attempt.save(
        update_fields=[
            "state",
            "submitted_at",
            "graded_at",
            "score",
            "max_score",
            "percent",
            "passed",
        ]
    )


def _short_text_translations(
    attempt: Attempt, answers: list[AttemptAnswer]
) -> dict[int, QuestionTranslation]:
    """The translations into the attempt's language of its short-text
    questions, whose translated answers are accepted too (one query)."""
    ids = [a.question_id for a in answers if a.question.type == QuestionType.SHORT_TEXT]
    if not ids or not attempt.language:
        return {}
    return question_translations(question_ids=ids, language=attempt.language)


def attempt_submit(*, attempt: Attempt) -> Attempt:
    """Submit and grade an attempt, once.

    Idempotent: the attempt row is locked and its state checked, so a
    double click, a retry after a dropped connection or two requests at the
    same moment grade it once; later calls return it as it is. After the
    deadline, the submission time is the deadline and only what was saved
    before it counts (saving refuses anything later).
    """
    now = timezone.now()
    with transaction.atomic():
        attempt = _locked_attempt(attempt)
        if attempt.state != AttemptState.IN_PROGRESS:
            return attempt
        answers = list(attempt.answers.select_related("question").order_by("position"))
        translations = _short_text_translations(attempt, answers)
        for answer in answers:
            _grade_automatic(answer, translations.get(answer.question_id))
        bulk_update_rows(answers, ["fraction", "score", "state"])
        attempt.submitted_at = (
            min(now, attempt.deadline) if attempt.deadline is not None else now
        )
        _attempt_total(attempt, answers)
        _save_attempt_totals(attempt)
        _results_changed(quiz=attempt.quiz, user=attempt.user)
    return attempt


def attempt_expire_if_overdue(*, attempt: Attempt) -> bool:
    """Submit an attempt whose time is over; True when it was (or is) closed."""
    if attempt.state != AttemptState.IN_PROGRESS:
        return True
    if not _deadline_passed(attempt, timezone.now()):
        return False
    attempt_submit(attempt=attempt)
    return True


def attempts_expire_overdue() -> int:
    """Submit every attempt past its deadline (for a periodic task)."""
    overdue = Attempt.objects.filter(
        state=AttemptState.IN_PROGRESS, deadline__lt=timezone.now()
    ).select_related("quiz")
    count = 0
    for attempt in overdue:
        attempt_submit(attempt=attempt)
        count += 1
    return count


def answer_grade(
    *, answer: AttemptAnswer, grader, scores: dict[str, Any], feedback: str = ""
) -> AttemptAnswer:
    """A grader scores an essay against its rubric (again, to correct it)."""
    with transaction.atomic():
        attempt = _locked_attempt(answer.attempt)
        answer = (
            AttemptAnswer.objects.select_for_update()
            .select_related("question")
            .get(pk=answer.pk, attempt=attempt)
        )
        essay = grader_for(answer.question.type)
        if essay.auto_graded:
            raise AssessmentError(AssessmentErrorCode.NOT_MANUALLY_GRADED)
        if attempt.state == AttemptState.IN_PROGRESS:
            raise AssessmentError(AssessmentErrorCode.NOT_IN_PROGRESS)
        try:
            fraction = essay.manual_fraction(
                answer.question.definition, scores, points=answer.max_points
            )
        except ValidationError as error:
            raise AssessmentError(
                AssessmentErrorCode.INVALID_GRADE, " ".join(error.messages)
            ) from error
        criteria = essay.criteria(answer.question.definition, points=answer.max_points)
        answer.rubric_scores = {
            c["id"]: str(essay.criterion_score(c, scores.get(c["id"])))
            for c in criteria
        }
        # The level picked for each levelled criterion, with its text as it
        # read when graded.
        answer.rubric_levels = {
            c["id"]: {"id": level["id"], "label": level["label"]}
            for c in criteria
            if (level := essay.chosen_level(c, scores.get(c["id"])))
        }
        answer.fraction = Decimal(str(fraction)).quantize(Decimal("0.00001"))
        answer.score = _quantize(answer.max_points * answer.fraction)
        answer.grader_feedback = feedback.strip()[:10_000]
        answer.graded_by = grader
        answer.graded_at = timezone.now()
        answer.state = AnswerState.GRADED
        answer.save()
        answers = list(attempt.answers.order_by("position"))
        _attempt_total(attempt, answers)
        _save_attempt_totals(attempt)
        _results_changed(quiz=attempt.quiz, user=attempt.user)
        if attempt.state == AttemptState.GRADED:
            _grades_released_post(attempt)
    return answer


def _grades_released_post(attempt: Attempt) -> None:
    """Tell the fellow, once per attempt, that its last essay has a grade."""
    user = attempt.user
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        url = reverse(
            "assessments:attempt_result", kwargs={"public_id": attempt.public_id}
        )
    notification_post(
        user=user,
        kind=GRADES_RELEASED,
        message=gettext_noop("Your answers in “%(quiz)s” have been graded."),
        params={"quiz": attempt.quiz.title},
        url=url,
        dedupe_key=f"attempt:{attempt.pk}",
        email=True,
    )


def question_regrade(*, question: Question) -> int:
    """Grade every submitted answer to a question again (after a key
    correction); returns how many scores changed. Essays keep their grades."""
    grader = grader_for(question.type)
    if not grader.auto_graded:
        return 0
    changed = 0
    translations = {
        t.language: t for t in QuestionTranslation.objects.filter(question=question)
    }
    with transaction.atomic():
        attempt_ids = list(
            AttemptAnswer.objects.filter(question=question)
            .exclude(attempt__state=AttemptState.IN_PROGRESS)
            .values_list("attempt_id", flat=True)
        )
        attempts = list(
            Attempt.objects.select_for_update()
            .select_related("quiz", "user")
            .filter(pk__in=attempt_ids)
            .order_by("pk")
        )
        touched: dict[tuple[int, int], Attempt] = {}
        for attempt in attempts:
            answers = list(
                attempt.answers.select_related("question").order_by("position")
            )
            for answer in answers:
                if answer.question_id != question.pk:
                    continue
                before = answer.score
                _grade_automatic(answer, translations.get(attempt.language))
                if answer.score != before:
                    changed += 1
                    answer.save(update_fields=["fraction", "score", "state"])
                    touched[(attempt.quiz_id, attempt.user_id)] = attempt
            submitted_at = attempt.submitted_at
            _attempt_total(attempt, answers)
            attempt.submitted_at = submitted_at
            _save_attempt_totals(attempt)
        for attempt in touched.values():
            _results_changed(quiz=attempt.quiz, user=attempt.user)
    return changed


# Results across attempts.


def _aggregate(method: str, percents: list[Decimal]) -> Decimal | None:
    if not percents:
        return None
    if method == GradingMethod.LAST:
        return percents[-1]
    if method == GradingMethod.FIRST:
        return percents[0]
    if method == GradingMethod.AVERAGE:
        return _quantize(sum(percents, Decimal(0)) / len(percents))
    return max(percents)


def quiz_result_refresh(*, quiz: Quiz, user) -> QuizResult:
    """Recompute a fellow's standing by the quiz's grading method."""
    attempts = list(
        Attempt.objects.filter(quiz=quiz, user=user)
        .exclude(state=AttemptState.IN_PROGRESS)
        .order_by("number")
        .values_list("state", "percent")
    )
    percents = [percent for state, percent in attempts if state == AttemptState.GRADED]
    percent = _aggregate(quiz.grading_method, percents)
    passed = percent is not None and percent >= quiz.pass_mark
    now = timezone.now()
    result, created = QuizResult.objects.select_for_update().get_or_create(
        quiz=quiz,
        user=user,
        defaults={
            "attempts_submitted": len(attempts),
            "percent": percent,
            "passed": passed,
            "passed_at": now if passed else None,
        },
    )
    if created:
        # A first result is written whole by its INSERT: no UPDATE after it.
        return result
    result.attempts_submitted = len(attempts)
    result.percent = percent
    if passed and not result.passed:
        result.passed_at = now
    if not passed:
        result.passed_at = None
    result.passed = passed
    result.save()
    return result


def _results_changed(*, quiz: Quiz, user) -> None:
    quiz_result_refresh(quiz=quiz, user=user)
    result_changed(quiz=quiz, user=user)
    _notify_progress(quiz=quiz, user=user)


def _notify_progress(*, quiz: Quiz, user) -> None:
    """Tell courses that a graded requirement may have changed."""
    from courses.services import LessonLocked, lesson_requirements_changed

    for lesson in lessons_for_results(quiz=quiz, user=user):
        try:
            lesson_requirements_changed(user=user, lesson=lesson)
        except LessonLocked:
            logger.info("Lesson %s is no longer in a course; skipped.", lesson.pk)


# Accommodations.


@transaction.atomic
def accommodation_set(
    *,
    quiz: Quiz,
    user,
    extra_attempts: int = 0,
    extra_time_minutes: int = 0,
    closes_at: datetime.datetime | None = None,
    note: str = "",
) -> Accommodation:
    accommodation, _created = Accommodation.objects.update_or_create(
        quiz=quiz,
        user=user,
        defaults={
            "extra_attempts": extra_attempts,
            "extra_time_minutes": extra_time_minutes,
            "closes_at": closes_at,
            "note": note,
        },
    )
    return accommodation


# Fixed papers (pre- and post-tests assembled by evaluation).


@transaction.atomic
def quiz_fixed_questions_set(*, quiz: Quiz, question_ids: list[int]) -> Quiz:
    """Make the quiz's paper exactly these questions, in this order.

    Refused once anyone has started the quiz: their attempts were drawn
    from the paper as it was.
    """
    quiz = Quiz.objects.select_for_update().get(pk=quiz.pk)
    if Attempt.objects.filter(quiz=quiz).exists():
        raise ValidationError(
            _("Fellows have already taken this quiz: its questions stay as they are.")
        )
    found = set(
        Question.objects.filter(
            pk__in=question_ids,
            bank__course__translation_key=quiz.course.translation_key,
        ).values_list("pk", flat=True)
    )
    if found != set(question_ids):
        raise ValidationError(_("Choose questions from this course's banks."))
    QuizSlot.objects.filter(quiz=quiz).delete()
    QuizSlot.objects.bulk_create(
        [
            QuizSlot(quiz=quiz, question_id=question_id, sort_order=order)
            for order, question_id in enumerate(question_ids)
        ]
    )
    return quiz


# Translations of questions and quizzes.


def _check_translation_language(language: str) -> None:
    codes = {code for code, _name in settings.LANGUAGES}
    if language not in codes or language == source_language():
        raise ValidationError(
            _("%(language)s is not a language questions are translated into.")
            % {"language": language}
        )


def _translation_set(model, owner: dict, sources, language, texts) -> Any:
    """Store the non-empty `texts` (FIELD -> text) of one object in one
    language, each with the source text it translates; an empty set of
    texts removes the translation. A FIELD the object lacks is refused."""
    _check_translation_language(language)
    unknown = sorted(set(texts) - set(sources))
    if unknown:
        raise ValidationError(
            _("No text to translate at %(fields)s.") % {"fields": ", ".join(unknown)}
        )
    kept = {
        name: text.strip()
        for name, text in texts.items()
        if isinstance(text, str) and text.strip()
    }
    if not kept:
        model.objects.filter(language=language, **owner).delete()
        return None
    translation, _created = model.objects.update_or_create(
        language=language,
        **owner,
        defaults={
            "texts": kept,
            "sources": {name: sources[name] for name in kept},
        },
    )
    return translation


def question_translation_set(
    *, question: Question, language: str, texts: dict[str, str]
) -> QuestionTranslation | None:
    """Set a question's translation into `language` (texts only: its key,
    credits and numbers stay the source's)."""
    return _translation_set(
        QuestionTranslation,
        {"question": question},
        question_sources(question),
        language,
        texts,
    )


def quiz_translation_set(
    *, quiz: Quiz, language: str, texts: dict[str, str]
) -> QuizTranslation | None:
    """Set a quiz's translated title (and introduction)."""
    return _translation_set(
        QuizTranslation, {"quiz": quiz}, quiz_sources(quiz), language, texts
    )
