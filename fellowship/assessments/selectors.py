"""Reads for assessments: a fellow's standing, public and review views of an
attempt, the grading queue and item analysis.

Functions that feed a page run a fixed number of queries whatever the number
of questions, attempts or fellows.
"""

from __future__ import annotations

import datetime
import math
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Count, Max, Q, QuerySet
from django.utils import timezone

from .choices import AnswerState, AttemptState, QuestionType, ReviewTiming
from .grading import Grade, grader_for
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
from .translations import (
    LocalisedText,
    content_language,
    localise_question,
    localise_quiz,
    source_language,
)

# Rules as they apply to one fellow.


@dataclass(frozen=True)
class Rules:
    """A quiz's rules for one fellow, accommodations included."""

    max_attempts: int | None  # None: unlimited
    time_limit: datetime.timedelta | None
    opens_at: datetime.datetime | None
    closes_at: datetime.datetime | None
    attempt_delay: datetime.timedelta


def rules_for(*, quiz: Quiz, accommodation: Accommodation | None) -> Rules:
    extra_attempts = accommodation.extra_attempts if accommodation else 0
    extra_minutes = accommodation.extra_time_minutes if accommodation else 0
    personal_close = accommodation.closes_at if accommodation else None
    return Rules(
        max_attempts=quiz.max_attempts + extra_attempts if quiz.max_attempts else None,
        time_limit=(
            datetime.timedelta(minutes=quiz.time_limit_minutes + extra_minutes)
            if quiz.time_limit_minutes
            else None
        ),
        opens_at=quiz.opens_at,
        closes_at=personal_close or quiz.closes_at,
        attempt_delay=datetime.timedelta(minutes=quiz.attempt_delay_minutes),
    )


def accommodation_for(*, quiz: Quiz, user) -> Accommodation | None:
    return Accommodation.objects.filter(quiz=quiz, user=user).first()


def quiz_rules(*, quiz: Quiz, user) -> Rules:
    return rules_for(quiz=quiz, accommodation=accommodation_for(quiz=quiz, user=user))


def quiz_review_opens_at(*, quiz: Quiz) -> datetime.datetime | None:
    """When answers may be shown under "after close": the latest closing date,
    personal extensions included, so no fellow still answering can see them."""
    if not quiz.closes_at:
        return None
    latest = quiz.accommodations.aggregate(latest=Max("closes_at"))["latest"]
    return max(quiz.closes_at, latest) if latest else quiz.closes_at


@dataclass(frozen=True)
class ReviewVisibility:
    """What the review of one finished attempt may show its fellow, now.

    `marks`: their answers and the points of each; `right_answers`: the key;
    `feedback`: per-answer and general feedback and the instructor's
    comments. The `*_timing` fields say when a hidden part opens, for the
    page to tell the fellow; `attempt_running` is true while another attempt
    at the quiz is in progress (right answers and feedback wait for it).
    """

    marks: bool
    right_answers: bool
    feedback: bool
    marks_timing: str = ReviewTiming.NEVER
    right_answers_timing: str = ReviewTiming.NEVER
    feedback_timing: str = ReviewTiming.NEVER
    attempt_running: bool = False
    closes_at: datetime.datetime | None = None

    @property
    def anything(self) -> bool:
        return self.marks or self.right_answers or self.feedback

    @classmethod
    def everything(cls) -> ReviewVisibility:
        """What instructors see in the admin's attempt review."""
        return cls(marks=True, right_answers=True, feedback=True)


REVIEW_NOTHING = ReviewVisibility(marks=False, right_answers=False, feedback=False)


def attempt_review_visibility(
    *, attempt: Attempt, now: datetime.datetime | None = None
) -> ReviewVisibility:
    """The one rule for what a fellow may see of their finished attempt.

    Each part follows the quiz's timing for it: after each attempt; after
    the fellow's last allowed attempt (accommodations' extra attempts count)
    or once the quiz has closed; after the quiz has closed (the latest
    closing date, personal extensions included, so that no one still
    answering can read the key); never. A pass with attempts left opens
    nothing. While the fellow has another attempt in progress, right answers
    and feedback stay hidden whatever the timing. At most three queries.
    """
    if attempt.state == AttemptState.IN_PROGRESS:
        return REVIEW_NOTHING
    now = now or timezone.now()
    quiz = attempt.quiz
    states = list(
        Attempt.objects.filter(quiz_id=quiz.pk, user_id=attempt.user_id).values_list(
            "state", flat=True
        )
    )
    running = AttemptState.IN_PROGRESS in states
    finished = len(states) - states.count(AttemptState.IN_PROGRESS)
    rules = rules_for(
        quiz=quiz,
        accommodation=Accommodation.objects.filter(
            quiz_id=quiz.pk, user_id=attempt.user_id
        ).first(),
    )
    no_attempt_left = rules.max_attempts is not None and finished >= rules.max_attempts
    closes_at = quiz_review_opens_at(quiz=quiz)
    closed = closes_at is not None and now >= closes_at

    def opens(timing: str, *, key: bool) -> bool:
        if key and running:
            return False
        if timing == ReviewTiming.AFTER_EACH_ATTEMPT:
            return True
        if timing == ReviewTiming.AFTER_LAST_ATTEMPT:
            return no_attempt_left or closed
        if timing == ReviewTiming.AFTER_CLOSE:
            return closed
        return False

    return ReviewVisibility(
        marks=opens(quiz.review_marks, key=False),
        right_answers=opens(quiz.review_right_answers, key=True),
        feedback=opens(quiz.review_feedback, key=True),
        marks_timing=quiz.review_marks,
        right_answers_timing=quiz.review_right_answers,
        feedback_timing=quiz.review_feedback,
        attempt_running=running,
        closes_at=closes_at,
    )


# A fellow's standing on a quiz (the quiz card; three queries).


@dataclass
class QuizStatus:
    quiz: Quiz
    rules: Rules
    attempts: list[Attempt]
    result: QuizResult | None
    now: datetime.datetime

    @property
    def in_progress(self) -> Attempt | None:
        return next((a for a in self.attempts if a.is_in_progress), None)

    @property
    def attempts_used(self) -> int:
        return sum(1 for a in self.attempts if not a.is_in_progress)

    @property
    def attempts_left(self) -> int | None:
        if self.rules.max_attempts is None:
            return None
        return max(0, self.rules.max_attempts - self.attempts_used)

    @property
    def is_open(self) -> bool:
        if self.rules.opens_at and self.now < self.rules.opens_at:
            return False
        return not (self.rules.closes_at and self.now >= self.rules.closes_at)

    @property
    def not_yet_open(self) -> bool:
        return bool(self.rules.opens_at and self.now < self.rules.opens_at)

    @property
    def next_attempt_at(self) -> datetime.datetime | None:
        finished = [a.submitted_at for a in self.attempts if a.submitted_at]
        if not finished or not self.rules.attempt_delay:
            return None
        ready = max(finished) + self.rules.attempt_delay
        return ready if ready > self.now else None

    @property
    def can_start(self) -> bool:
        return (
            self.in_progress is None
            and self.is_open
            and self.attempts_left != 0
            and self.next_attempt_at is None
        )

    @property
    def last_finished(self) -> Attempt | None:
        finished = [a for a in self.attempts if not a.is_in_progress]
        return finished[-1] if finished else None


def quiz_status(*, quiz: Quiz, user) -> QuizStatus:
    attempts = list(
        Attempt.objects.filter(quiz=quiz, user=user)
        .only(
            "id",
            "public_id",
            "quiz_id",
            "user_id",
            "number",
            "state",
            "started_at",
            "deadline",
            "submitted_at",
            "percent",
            "passed",
        )
        .order_by("number")
    )
    return QuizStatus(
        quiz=quiz,
        rules=quiz_rules(quiz=quiz, user=user),
        attempts=attempts,
        result=QuizResult.objects.filter(quiz=quiz, user=user).first(),
        now=timezone.now(),
    )


def quiz_passed(*, quiz_id: int, user) -> bool:
    return QuizResult.objects.filter(quiz_id=quiz_id, user=user, passed=True).exists()


def quiz_submitted(*, quiz_id: int, user) -> bool:
    return (
        Attempt.objects.filter(quiz_id=quiz_id, user=user)
        .exclude(state=AttemptState.IN_PROGRESS)
        .exists()
    )


def quiz_results_for(*, user, quiz_ids: list[int]) -> dict[int, QuizResult]:
    """A fellow's results on several quizzes, for certificates and dashboards."""
    return {
        result.quiz_id: result
        for result in QuizResult.objects.filter(user=user, quiz_id__in=quiz_ids)
    }


# Translations: read once per page, never per question.


def question_translations(
    *, question_ids, language: str
) -> dict[int, QuestionTranslation]:
    """The questions' translations into `language`, by question id; no query
    for the source language."""
    if language == source_language():
        return {}
    return {
        translation.question_id: translation
        for translation in QuestionTranslation.objects.filter(
            question_id__in=list(question_ids), language=language
        )
    }


def question_translations_all(*, question: Question) -> dict[str, QuestionTranslation]:
    """A question's translations by language (the admin's Translations page)."""
    return {
        t.language: t for t in QuestionTranslation.objects.filter(question=question)
    }


def quiz_translations_all(*, quiz: Quiz) -> dict[str, QuizTranslation]:
    """A quiz's translations by language (the admin's Translations page)."""
    return {t.language: t for t in QuizTranslation.objects.filter(quiz=quiz)}


def quiz_texts(*, quiz: Quiz, language: str | None = None) -> dict[str, LocalisedText]:
    """The quiz's title and introduction in the reader's language."""
    language = content_language(language)
    translation = None
    if language != source_language():
        translation = QuizTranslation.objects.filter(
            quiz=quiz, language=language
        ).first()
    return localise_quiz(quiz, translation, language)


# An attempt as a fellow sees it.


def attempt_for_user(*, public_id, user) -> Attempt | None:
    """A fellow's own attempt; None for anyone else's (the views answer 404)."""
    if not user.is_authenticated:
        return None
    return (
        Attempt.objects.select_related("quiz")
        .filter(public_id=public_id, user=user)
        .first()
    )


def own_answer(*, public_id, answer_id: int, user) -> AttemptAnswer | None:
    """One answer of a fellow's own attempt, with its question and attempt,
    in one query (the autosave's); None when either is not theirs."""
    if not user.is_authenticated:
        return None
    return (
        AttemptAnswer.objects.select_related("question", "attempt")
        .filter(pk=answer_id, attempt__public_id=public_id, attempt__user=user)
        .first()
    )


def attempt_answers(*, attempt: Attempt) -> list[AttemptAnswer]:
    return list(attempt.answers.select_related("question").order_by("position"))


def option_rng(*, attempt: Attempt, question_id: int) -> random.Random | None:
    """The attempt's reproducible shuffle of one question's options."""
    if not attempt.quiz.shuffle_options:
        return None
    return random.Random(f"{attempt.seed}:{question_id}")  # noqa: S311


@dataclass
class PublicQuestion:
    """What a template may show while the attempt runs: no key, ever."""

    answer_id: int
    position: int
    type: str
    title: str
    stem: str
    points: Decimal
    view: dict
    response: Any
    template: str
    field_name: str
    # True when the question is shown in English in a page of another
    # language (not yet translated).
    fallback: bool = False


def attempt_public_questions(
    *,
    attempt: Attempt,
    answers: list[AttemptAnswer] | None = None,
    language: str | None = None,
) -> list[PublicQuestion]:
    answers = answers if answers is not None else attempt_answers(attempt=attempt)
    language = content_language(language)
    translations = question_translations(
        question_ids=[answer.question_id for answer in answers], language=language
    )
    questions = []
    for answer in answers:
        question = answer.question
        grader = grader_for(question.type)
        shown = localise_question(
            question, translations.get(question.pk), language=language
        )
        questions.append(
            PublicQuestion(
                answer_id=answer.pk,
                position=answer.position,
                type=question.type,
                title=question.title,
                stem=shown.stem,
                points=answer.max_points,
                view=grader.with_response(
                    grader.public_view(
                        shown.definition,
                        rng=option_rng(attempt=attempt, question_id=question.pk),
                    ),
                    answer.response,
                ),
                response=answer.response,
                template=grader.template,
                field_name=f"answer-{answer.pk}",
                fallback=shown.fallback,
            )
        )
    return questions


@dataclass
class ReviewedQuestion:
    """One question of a finished attempt, holding only what may be shown.

    `view` is the grader's review: the fellow's answer when `marks` allow,
    the key beside it only when `right_answers` allow; `score` is None when
    marks are hidden or the answer awaits grading.
    """

    answer_id: int
    question_id: int
    position: int
    type: str
    stem: str
    max_points: Decimal
    view: dict
    marks: bool
    key: bool
    score: Decimal | None = None
    awaiting_grading: bool = False
    feedback: list[str] = field(default_factory=list)
    general_feedback: str = ""
    grader_feedback: str = ""
    # (criterion, level picked or "", points scored, criterion's points)
    rubric_results: list[dict] = field(default_factory=list)
    # Shown in English in a page of another language (not yet translated).
    fallback: bool = False


def _rubric_results(definition: dict, answer: AttemptAnswer) -> list[dict]:
    """Per criterion, what a grader gave: the level picked and the points."""
    if answer.state != AnswerState.GRADED or not answer.rubric_scores:
        return []
    results = []
    for criterion in definition.get("rubric") or []:
        if criterion["id"] not in answer.rubric_scores:
            continue
        level = (answer.rubric_levels or {}).get(criterion["id"]) or {}
        results.append(
            {
                "criterion": criterion["criterion"],
                "level": level.get("label", ""),
                "score": Decimal(answer.rubric_scores[criterion["id"]]),
                "points": Decimal(criterion["points"]),
            }
        )
    return results


def attempt_review(
    *,
    attempt: Attempt,
    visibility: ReviewVisibility,
    answers: list[AttemptAnswer] | None = None,
    language: str | None = None,
) -> list[ReviewedQuestion]:
    """The review of an attempt as `visibility` (attempt_review_visibility, or
    ReviewVisibility.everything() for instructors) allows; nothing else.

    Texts are in the reader's language where translated; the key, the
    marks and which feedback applies always come from the source question.
    """
    if not visibility.anything:
        return []
    answers = answers if answers is not None else attempt_answers(attempt=attempt)
    language = content_language(language)
    translations = question_translations(
        question_ids=[answer.question_id for answer in answers], language=language
    )
    reviewed = []
    for answer in answers:
        question = answer.question
        grader = grader_for(question.type)
        shown = localise_question(
            question, translations.get(question.pk), language=language
        )
        response = answer.response if visibility.marks else None
        item = ReviewedQuestion(
            answer_id=answer.pk,
            question_id=question.pk,
            position=answer.position,
            type=question.type,
            stem=shown.stem,
            max_points=answer.max_points,
            view=grader.review(
                shown.definition,
                response,
                rng=option_rng(attempt=attempt, question_id=question.pk),
                key=visibility.right_answers,
            ),
            marks=visibility.marks,
            key=visibility.right_answers,
            fallback=shown.fallback,
        )
        if visibility.marks:
            item.score = answer.score
            item.awaiting_grading = answer.state == AnswerState.AWAITING_GRADING
        if visibility.feedback:
            if grader.auto_graded:
                item.feedback = _feedback(grader, question, shown, answer.response)
            item.general_feedback = shown.general_feedback
            item.grader_feedback = answer.grader_feedback
            if not grader.auto_graded:
                item.rubric_results = _rubric_results(shown.definition, answer)
        reviewed.append(item)
    return reviewed


def _feedback(grader, question: Question, shown, response) -> list[str]:
    return preview_grade(question, shown, response).feedback


def preview_grade(question: Question, shown, response) -> Grade:
    """The grade of a response as the reader sees it: the source's fraction
    (a translation changes no key) with the feedback in the reader's
    language. A short answer may match a translated answer and not its
    source: then that answer's grade and feedback apply."""
    grader = grader_for(question.type)
    source = grader.grade(question.definition, response)
    if shown.definition is question.definition:
        return source
    translated = grader.grade(shown.definition, response)
    if question.type == QuestionType.SHORT_TEXT:
        return translated if translated.fraction > source.fraction else source
    return Grade(source.fraction, translated.feedback)


# Lessons to tell about a result.


def lessons_for_results(*, quiz: Quiz, user) -> list:
    """The lessons a fellow started this quiz from (the quiz block's lessons)."""
    from courses.models import LessonPage

    lesson_ids = Attempt.objects.filter(
        quiz=quiz, user=user, lesson__isnull=False
    ).values("lesson_id")
    # One query: the attempts' lessons as a subquery, with their locale (a
    # lesson in the source language is then known as such without a query).
    return list(LessonPage.objects.filter(pk__in=lesson_ids).select_related("locale"))


# Staff scope: what each person may see in the admin. Instructors author
# the banks, questions and quizzes of the courses whose staff they are;
# graders and instructors grade those courses' attempts; programme managers
# and site admins work on every course. Every admin view of a model reads
# through its one selector here, so anything outside answers 404. Each is
# one query, built on a subquery of the person's course keys.


def _in_courses(queryset: QuerySet, *, user, field: str, grading: bool) -> QuerySet:
    from courses.selectors import course_keys_for_staff

    keys = course_keys_for_staff(user=user, grading=grading)
    if keys is None:
        return queryset
    return queryset.filter(**{f"{field}__translation_key__in": keys})


def question_banks_for_staff(*, user) -> QuerySet[QuestionBank]:
    """The banks the person may see, edit and export."""
    return _in_courses(
        QuestionBank.objects.all(), user=user, field="course", grading=False
    )


def questions_for_staff(*, user) -> QuerySet[Question]:
    """The questions the person may see, edit, export and regrade."""
    return _in_courses(
        Question.objects.all(), user=user, field="bank__course", grading=False
    )


def quizzes_for_staff(*, user) -> QuerySet[Quiz]:
    """The quizzes the person may author and analyse."""
    return _in_courses(Quiz.objects.all(), user=user, field="course", grading=False)


def quizzes_for_grading(*, user) -> QuerySet[Quiz]:
    """The quizzes whose attempts the person may list and grade."""
    return _in_courses(Quiz.objects.all(), user=user, field="course", grading=True)


def accommodations_for_staff(*, user) -> QuerySet[Accommodation]:
    return _in_courses(
        Accommodation.objects.all(), user=user, field="quiz__course", grading=False
    )


def attempts_for_grading(*, user) -> QuerySet[Attempt]:
    """The attempts the person may review (the quiz's course is theirs)."""
    return _in_courses(
        Attempt.objects.all(), user=user, field="quiz__course", grading=True
    )


def answers_for_grading(*, user) -> QuerySet[AttemptAnswer]:
    """The answers the person may grade."""
    return _in_courses(
        AttemptAnswer.objects.all(),
        user=user,
        field="attempt__quiz__course",
        grading=True,
    )


# Instructors: the grading queue, attempts and item analysis.


def grading_queue(*, user, quiz: Quiz | None = None) -> QuerySet[AttemptAnswer]:
    """Essay answers of the person's courses waiting for a grader, oldest
    first (one query)."""
    queryset = (
        answers_for_grading(user=user)
        .filter(state=AnswerState.AWAITING_GRADING)
        .select_related("attempt", "attempt__quiz", "attempt__user", "question")
    )
    if quiz is not None:
        queryset = queryset.filter(attempt__quiz=quiz)
    return queryset.order_by("attempt__submitted_at", "attempt_id", "position")


def quiz_attempts(*, quiz: Quiz) -> QuerySet[Attempt]:
    return (
        Attempt.objects.filter(quiz=quiz)
        .select_related("user")
        .order_by("user__full_name", "user_id", "number")
    )


def bank_questions(*, bank: QuestionBank) -> QuerySet[Question]:
    return (
        Question.objects.filter(bank=bank)
        .prefetch_related("tags")
        .select_related("provision", "mosaic_module", "category")
        .order_by("pk")
    )


@dataclass
class ItemStatistics:
    question_id: int
    title: str
    type: str
    responses: int
    facility: float | None  # mean score fraction
    discrimination: float | None  # item vs rest-of-test correlation


def _pearson(xs: list[float], ys: list[float]) -> float | None:
    count = len(xs)
    if count < 2:
        return None
    mean_x = sum(xs) / count
    mean_y = sum(ys) / count
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    spread_x = math.sqrt(sum((x - mean_x) ** 2 for x in xs))
    spread_y = math.sqrt(sum((y - mean_y) ** 2 for y in ys))
    if spread_x == 0 or spread_y == 0:
        return None
    return covariance / (spread_x * spread_y)


def item_analysis(*, quiz: Quiz) -> list[ItemStatistics]:
    """Facility and discrimination of each question over graded attempts.

    Facility: the mean fraction of the question's points that fellows
    scored. Discrimination: the Pearson correlation between the score on the
    item and the score on the rest of the attempt (the attempt's score less
    the item's), the corrected point-biserial for right/wrong items. Two
    queries whatever the number of attempts or questions.
    """
    rows = list(
        AttemptAnswer.objects.filter(
            attempt__quiz=quiz, attempt__state=AttemptState.GRADED
        )
        .filter(~Q(score=None))
        .values_list("attempt_id", "question_id", "fraction", "score")
        .order_by("attempt_id", "position")
    )
    totals: dict[int, float] = {}
    for attempt_id, _question_id, _fraction, score in rows:
        totals[attempt_id] = totals.get(attempt_id, 0.0) + float(score)
    by_question: dict[int, list[tuple[float, float]]] = {}
    for attempt_id, question_id, fraction, score in rows:
        by_question.setdefault(question_id, []).append(
            (float(fraction), totals[attempt_id] - float(score))
        )
    questions = Question.objects.filter(pk__in=list(by_question)).only(
        "id", "title", "type"
    )
    statistics = []
    for question in sorted(questions, key=lambda q: q.pk):
        pairs = by_question[question.pk]
        fractions = [fraction for fraction, _rest in pairs]
        rests = [rest for _fraction, rest in pairs]
        statistics.append(
            ItemStatistics(
                question_id=question.pk,
                title=question.title,
                type=QuestionType(question.type).label,
                responses=len(pairs),
                facility=sum(fractions) / len(fractions) if fractions else None,
                discrimination=_pearson(fractions, rests),
            )
        )
    return statistics


# For programme evaluation (pre- and post-tests scored per objective).


def first_graded_answers(*, quiz: Quiz, user) -> list[tuple[int, Decimal, Decimal]]:
    """(question id, score, points) of a fellow's first graded attempt; [] if
    none is graded yet. One query."""
    first = (
        Attempt.objects.filter(quiz=quiz, user=user, state=AttemptState.GRADED)
        .order_by("number")
        .values("pk")[:1]
    )
    return [
        (question_id, score or Decimal(0), points)
        for question_id, score, points in AttemptAnswer.objects.filter(
            attempt_id__in=first
        )
        .order_by("position")
        .values_list("question_id", "score", "max_points")
    ]


def question_tag_names(*, question_ids) -> dict[int, list[str]]:
    """The tag names of each question, by question id. One query."""
    found: dict[int, list[str]] = {}
    for question_id, name in (
        Question.tags.through.objects.filter(content_object_id__in=list(question_ids))
        .order_by("tag__name")
        .values_list("content_object_id", "tag__name")
    ):
        found.setdefault(question_id, []).append(name)
    return found


def quiz_question_ids(*, quiz: Quiz) -> list[int]:
    """The fixed questions of a quiz, in slot order (drawn slots excluded)."""
    return list(
        quiz.slots.exclude(question=None)
        .order_by("sort_order")
        .values_list("question_id", flat=True)
    )


def tagged_questions(*, course, tags) -> dict[str, list[tuple[int, Decimal]]]:
    """(question id, points) of the course's bank questions, by tag, for the
    tags asked; in id order. One query."""
    found: dict[str, list[tuple[int, Decimal]]] = {}
    for question_id, points, tag in (
        Question.objects.filter(
            bank__course__translation_key=course.translation_key,
            tags__name__in=list(tags),
        )
        .order_by("pk")
        .values_list("pk", "points", "tags__name")
    ):
        found.setdefault(tag, []).append((question_id, points))
    return found


def question_facilities(*, question_ids) -> dict[int, float]:
    """Each question's mean score fraction over graded attempts of any quiz,
    for those answered at least once. One query."""
    from django.db.models import Avg

    return {
        question_id: float(mean)
        for question_id, mean in AttemptAnswer.objects.filter(
            question_id__in=list(question_ids),
            attempt__state=AttemptState.GRADED,
            fraction__isnull=False,
        )
        .values("question_id")
        .annotate(mean=Avg("fraction"))
        .values_list("question_id", "mean")
    }


# Finding questions: the quiz editor's chooser and the banks of a course.


def question_usage(*, question_ids, user) -> dict[int, list[str]]:
    """The titles of the quizzes (of the person's scope) that use each
    question, as a fixed question or as one that a slot may draw (its bank,
    with the slot's tag or none). Two queries whatever the number of
    questions or quizzes."""
    questions = list(
        Question.objects.filter(pk__in=list(question_ids))
        .values_list("pk", "bank_id", "tagged_items__tag__name")
        .order_by("pk")
    )
    tags: dict[int, set[str]] = {}
    banks: dict[int, int] = {}
    for question_id, bank_id, tag in questions:
        banks[question_id] = bank_id
        tags.setdefault(question_id, set())
        if tag:
            tags[question_id].add(tag.lower())
    slots = (
        QuizSlot.objects.filter(quiz__in=quizzes_for_staff(user=user))
        .filter(Q(question_id__in=list(banks)) | Q(bank_id__in=set(banks.values())))
        .values_list("question_id", "bank_id", "tag", "quiz__title")
        .order_by("quiz__title", "quiz_id")
    )
    usage: dict[int, list[str]] = {question_id: [] for question_id in banks}
    for fixed_id, bank_id, tag, title in slots:
        for question_id, question_bank in banks.items():
            uses = question_id == fixed_id or (
                bank_id == question_bank
                and (not tag or tag.lower() in tags[question_id])
            )
            if uses and title not in usage[question_id]:
                usage[question_id].append(title)
    return usage


@dataclass
class CategoryRow:
    category: QuestionCategory
    path: str
    depth: int
    question_count: int


@dataclass
class BankRow:
    bank: QuestionBank
    question_count: int
    categories: list[CategoryRow]


def course_question_banks(*, user, course) -> list[BankRow]:
    """The banks of a course in the person's scope, each with its categories
    as a tree (path, depth, questions). Two queries, whatever the number of
    banks or categories."""
    banks = list(
        question_banks_for_staff(user=user)
        .filter(course__translation_key=course.translation_key)
        .annotate(question_count=Count("questions"))
        .order_by("title", "pk")
    )
    categories = list(
        QuestionCategory.objects.filter(bank__in=[bank.pk for bank in banks])
        .annotate(question_count=Count("questions"))
        .order_by("name", "pk")
    )
    by_id = {category.pk: category for category in categories}

    def path(category) -> list[str]:
        names = []
        while category is not None:
            names.append(category.name)
            category = by_id.get(category.parent_id)
        return list(reversed(names))

    rows: dict[int, list[CategoryRow]] = {bank.pk: [] for bank in banks}
    for category in categories:
        names = path(category)
        rows[category.bank_id].append(
            CategoryRow(
                category=category,
                path="/".join(names),
                depth=len(names) - 1,
                question_count=category.question_count,
            )
        )
    return [
        BankRow(
            bank=bank,
            question_count=bank.question_count,
            categories=sorted(rows[bank.pk], key=lambda row: row.path.lower()),
        )
        for bank in banks
    ]
