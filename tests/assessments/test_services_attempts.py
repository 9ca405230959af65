"""Starting, saving, submitting and grading attempts; results across attempts."""

import datetime
from decimal import Decimal

import pytest
import time_machine

from fellowship.assessments.choices import (
    AnswerState,
    AssessmentErrorCode,
    AttemptState,
    GradingMethod,
    QuestionType,
)
from fellowship.assessments.models import Attempt, QuizResult, QuizSlot
from fellowship.assessments.selectors import attempt_answers, attempt_public_questions
from fellowship.assessments.services import (
    AssessmentError,
    accommodation_set,
    answer_grade,
    attempt_layout,
    attempt_save_responses,
    attempt_start,
    attempt_submit,
    question_regrade,
)

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)


def option_id(question, text):
    return next(o["id"] for o in question.definition["options"] if o["text"] == text)


def answer_for(attempt, question):
    return attempt.answers.get(question=question)


def take(attempt, responses):
    """Save {question: response} and submit."""
    attempt_save_responses(
        attempt=attempt,
        responses={answer_for(attempt, q).pk: r for q, r in responses.items()},
    )
    return attempt_submit(attempt=attempt)


@pytest.fixture
def quiz_one(make_question, make_quiz):
    question = make_question()
    return make_quiz([question], pass_mark=50), question


# Starting.


def test_fellow_not_enrolled_cannot_start(fellow, quiz_one):
    quiz, _question = quiz_one
    with pytest.raises(AssessmentError) as refused:
        attempt_start(user=fellow, quiz=quiz)
    assert refused.value.code == AssessmentErrorCode.NOT_ENROLLED
    assert not Attempt.objects.exists()


def test_withdrawn_fellow_cannot_start(enrolled, quiz_one):
    from courses.models import Enrolment
    from courses.services import enrolment_withdraw

    enrolment_withdraw(enrolment=Enrolment.objects.get(user=enrolled))
    with pytest.raises(AssessmentError) as refused:
        attempt_start(user=enrolled, quiz=quiz_one[0])
    assert refused.value.code == AssessmentErrorCode.NOT_ENROLLED


def test_start_creates_answers_and_resumes_the_open_attempt(enrolled, quiz_one):
    quiz, question = quiz_one
    attempt = attempt_start(user=enrolled, quiz=quiz)
    assert attempt.number == 1
    assert attempt.state == AttemptState.IN_PROGRESS
    assert list(attempt.answers.values_list("question_id", flat=True)) == [question.pk]
    assert attempt_start(user=enrolled, quiz=quiz).pk == attempt.pk
    assert Attempt.objects.count() == 1


def test_quiz_dates_are_enforced(enrolled, quiz_one):
    quiz, _question = quiz_one
    quiz.opens_at = START
    quiz.closes_at = START + datetime.timedelta(days=7)
    quiz.save()
    with time_machine.travel(START - datetime.timedelta(minutes=1), tick=False):
        with pytest.raises(AssessmentError) as refused:
            attempt_start(user=enrolled, quiz=quiz)
        assert refused.value.code == AssessmentErrorCode.NOT_OPEN_YET
    with time_machine.travel(START + datetime.timedelta(days=7), tick=False):
        with pytest.raises(AssessmentError) as refused:
            attempt_start(user=enrolled, quiz=quiz)
        assert refused.value.code == AssessmentErrorCode.CLOSED
    with time_machine.travel(START + datetime.timedelta(days=1), tick=False):
        assert attempt_start(user=enrolled, quiz=quiz).pk


def test_attempt_limit_and_accommodation(enrolled, quiz_one):
    quiz, _question = quiz_one
    quiz.max_attempts = 2
    quiz.save()
    for _ in range(2):
        attempt_submit(attempt=attempt_start(user=enrolled, quiz=quiz))
    with pytest.raises(AssessmentError) as refused:
        attempt_start(user=enrolled, quiz=quiz)
    assert refused.value.code == AssessmentErrorCode.NO_ATTEMPTS_LEFT
    accommodation_set(quiz=quiz, user=enrolled, extra_attempts=1)
    third = attempt_start(user=enrolled, quiz=quiz)
    assert third.number == 3
    attempt_submit(attempt=third)
    with pytest.raises(AssessmentError):
        attempt_start(user=enrolled, quiz=quiz)


def test_accommodation_for_one_fellow_does_not_help_another(
    enrolled, enrol, user_factory, quiz_one
):
    from tests.factories import user_with_role

    quiz, _question = quiz_one
    quiz.max_attempts = 1
    quiz.save()
    other = user_with_role("Fellow")
    enrol(other)
    accommodation_set(quiz=quiz, user=enrolled, extra_attempts=5)
    attempt_submit(attempt=attempt_start(user=other, quiz=quiz))
    with pytest.raises(AssessmentError):
        attempt_start(user=other, quiz=quiz)


def test_delay_between_attempts(enrolled, quiz_one):
    quiz, _question = quiz_one
    quiz.attempt_delay_minutes = 60
    quiz.save()
    with time_machine.travel(START, tick=False):
        attempt_submit(attempt=attempt_start(user=enrolled, quiz=quiz))
    with time_machine.travel(START + datetime.timedelta(minutes=59), tick=False):
        with pytest.raises(AssessmentError) as refused:
            attempt_start(user=enrolled, quiz=quiz)
        assert refused.value.code == AssessmentErrorCode.TOO_SOON
    with time_machine.travel(START + datetime.timedelta(minutes=60), tick=False):
        assert attempt_start(user=enrolled, quiz=quiz).number == 2


def test_quiz_without_questions_cannot_start(enrolled, make_quiz):
    with pytest.raises(AssessmentError) as refused:
        attempt_start(user=enrolled, quiz=make_quiz([]))
    assert refused.value.code == AssessmentErrorCode.NO_QUESTIONS


# The timer.


def test_time_limit_is_enforced_by_the_server(enrolled, make_question, make_quiz):
    first, second = make_question(), make_question()
    quiz = make_quiz([first, second], time_limit_minutes=10)
    with time_machine.travel(START, tick=False):
        attempt = attempt_start(user=enrolled, quiz=quiz)
    assert attempt.deadline == START + datetime.timedelta(minutes=10)
    with time_machine.travel(
        START + datetime.timedelta(minutes=9, seconds=59), tick=False
    ):
        attempt_save_responses(
            attempt=attempt,
            responses={
                answer_for(attempt, first).pk: option_id(first, "Individual use")
            },
        )
    with time_machine.travel(
        START + datetime.timedelta(minutes=10, seconds=1), tick=False
    ):
        with pytest.raises(AssessmentError) as refused:
            attempt_save_responses(
                attempt=attempt,
                responses={
                    answer_for(attempt, second).pk: option_id(second, "Individual use")
                },
            )
    assert refused.value.code == AssessmentErrorCode.DEADLINE_PASSED
    attempt.refresh_from_db()
    # Submitted at the deadline with what was saved before it: one of two right.
    assert attempt.state == AttemptState.GRADED
    assert attempt.submitted_at == attempt.deadline
    assert attempt.percent == Decimal("50.00")
    assert answer_for(attempt, second).response is None


def test_extra_time_accommodation_extends_the_deadline(enrolled, quiz_one):
    quiz, _question = quiz_one
    quiz.time_limit_minutes = 10
    quiz.save()
    accommodation_set(quiz=quiz, user=enrolled, extra_time_minutes=5)
    with time_machine.travel(START, tick=False):
        attempt = attempt_start(user=enrolled, quiz=quiz)
    assert attempt.deadline == START + datetime.timedelta(minutes=15)


def test_deadline_never_passes_the_closing_date(enrolled, quiz_one):
    quiz, _question = quiz_one
    quiz.time_limit_minutes = 60
    quiz.closes_at = START + datetime.timedelta(minutes=20)
    quiz.save()
    with time_machine.travel(START, tick=False):
        attempt = attempt_start(user=enrolled, quiz=quiz)
    assert attempt.deadline == quiz.closes_at


def test_an_abandoned_attempt_is_submitted_when_the_fellow_returns(enrolled, quiz_one):
    quiz, question = quiz_one
    quiz.time_limit_minutes = 5
    quiz.save()
    with time_machine.travel(START, tick=False):
        attempt = attempt_start(user=enrolled, quiz=quiz)
        take_saved = {
            answer_for(attempt, question).pk: option_id(question, "Individual use")
        }
        attempt_save_responses(attempt=attempt, responses=take_saved)
    with time_machine.travel(START + datetime.timedelta(hours=2), tick=False):
        second = attempt_start(user=enrolled, quiz=quiz)
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.GRADED
    assert attempt.passed is True
    assert second.number == 2


# Submitting.


def test_submit_is_idempotent_and_grades_once(enrolled, quiz_one):
    quiz, question = quiz_one
    attempt = attempt_start(user=enrolled, quiz=quiz)
    graded = take(attempt, {question: option_id(question, "Individual use")})
    first_graded_at = graded.graded_at
    again = attempt_submit(attempt=attempt)
    assert again.graded_at == first_graded_at
    assert again.percent == Decimal("100.00")
    result = QuizResult.objects.get(quiz=quiz, user=enrolled)
    assert result.attempts_submitted == 1
    assert result.passed
    with pytest.raises(AssessmentError) as refused:
        attempt_save_responses(
            attempt=attempt, responses={answer_for(attempt, question).pk: ""}
        )
    assert refused.value.code == AssessmentErrorCode.NOT_IN_PROGRESS


def test_invalid_responses_are_refused_while_valid_ones_are_saved(
    enrolled, make_question, make_quiz
):
    choice, number = make_question(), make_question(QuestionType.NUMERIC)
    attempt = attempt_start(user=enrolled, quiz=make_quiz([choice, number]))
    errors = attempt_save_responses(
        attempt=attempt,
        responses={
            answer_for(attempt, choice).pk: "forged-option",
            answer_for(attempt, number).pk: "1899",
        },
    )
    assert list(errors) == [answer_for(attempt, choice).pk]
    assert answer_for(attempt, choice).response is None
    assert answer_for(attempt, number).response == "1899"


def test_answer_of_another_attempt_is_refused(enrolled, enrol, quiz_one):
    from tests.factories import user_with_role

    quiz, question = quiz_one
    other = user_with_role("Fellow")
    enrol(other)
    mine = attempt_start(user=enrolled, quiz=quiz)
    theirs = attempt_start(user=other, quiz=quiz)
    with pytest.raises(AssessmentError) as refused:
        attempt_save_responses(
            attempt=mine, responses={answer_for(theirs, question).pk: "x"}
        )
    assert refused.value.code == AssessmentErrorCode.UNKNOWN_QUESTION


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        (GradingMethod.HIGHEST, Decimal("100.00")),
        (GradingMethod.LAST, Decimal("0.00")),
        (GradingMethod.FIRST, Decimal("50.00")),
        (GradingMethod.AVERAGE, Decimal("50.00")),
    ],
)
def test_grading_method_across_attempts(
    enrolled, make_question, make_quiz, method, expected
):
    first, second = make_question(), make_question()
    quiz = make_quiz(
        [first, second], grading_method=method, max_attempts=0, pass_mark=60
    )
    right = {q: option_id(q, "Individual use") for q in (first, second)}
    wrong = {q: option_id(q, "Crew use") for q in (first, second)}
    take(
        attempt_start(user=enrolled, quiz=quiz),
        {first: right[first], second: wrong[second]},
    )
    take(attempt_start(user=enrolled, quiz=quiz), right)
    take(attempt_start(user=enrolled, quiz=quiz), wrong)
    result = QuizResult.objects.get(quiz=quiz, user=enrolled)
    assert result.percent == expected
    assert result.passed == (expected >= 60)
    assert result.attempts_submitted == 3


# Randomisation.


def test_random_draw_by_tag_is_reproducible_per_attempt(
    enrolled, bank, make_question, make_quiz
):
    tagged = [make_question(tags=["marking"]) for _ in range(6)]
    make_question(tags=["tracing"])
    quiz = make_quiz([], shuffle_questions=True, shuffle_options=True, max_attempts=0)
    QuizSlot.objects.create(quiz=quiz, bank=bank, tag="marking", count=3)
    layouts = {
        tuple(q.pk for q in attempt_layout(quiz=quiz, seed=seed)) for seed in range(20)
    }
    assert len(layouts) > 1
    for layout in layouts:
        assert set(layout) <= {q.pk for q in tagged}
        assert len(layout) == 3
    assert attempt_layout(quiz=quiz, seed=42) == attempt_layout(quiz=quiz, seed=42)

    attempt = attempt_start(user=enrolled, quiz=quiz)
    drawn = list(
        attempt.answers.order_by("position").values_list("question_id", flat=True)
    )
    assert drawn == [q.pk for q in attempt_layout(quiz=quiz, seed=attempt.seed)]
    shown = [
        [o["id"] for o in q.view["options"]]
        for q in attempt_public_questions(attempt=attempt)
    ]
    again = [
        [o["id"] for o in q.view["options"]]
        for q in attempt_public_questions(attempt=Attempt.objects.get(pk=attempt.pk))
    ]
    assert shown == again


def test_draw_refused_when_the_pool_is_too_small(
    enrolled, bank, make_question, make_quiz
):
    make_question(tags=["marking"])
    quiz = make_quiz([])
    QuizSlot.objects.create(quiz=quiz, bank=bank, tag="marking", count=2)
    with pytest.raises(AssessmentError) as refused:
        attempt_start(user=enrolled, quiz=quiz)
    assert refused.value.code == AssessmentErrorCode.NOT_ENOUGH_QUESTIONS


# Essays, regrading.


def test_essay_waits_for_a_grader_then_counts(
    enrolled, instructor, make_question, make_quiz
):
    choice, essay = make_question(), make_question(QuestionType.ESSAY, points=3)
    quiz = make_quiz([choice, essay], pass_mark=50)
    attempt = attempt_start(user=enrolled, quiz=quiz)
    attempt = take(
        attempt,
        {choice: option_id(choice, "Individual use"), essay: "Marking helps tracing."},
    )
    assert attempt.state == AttemptState.AWAITING_GRADING
    assert attempt.percent is None
    assert QuizResult.objects.get(quiz=quiz, user=enrolled).passed is False
    answer = answer_for(attempt, essay)
    assert answer.state == AnswerState.AWAITING_GRADING
    accuracy, clarity = (c["id"] for c in essay.definition["rubric"])
    with pytest.raises(AssessmentError) as refused:
        answer_grade(answer=answer, grader=instructor, scores={accuracy: 5, clarity: 0})
    assert refused.value.code == AssessmentErrorCode.INVALID_GRADE
    answer_grade(
        answer=answer,
        grader=instructor,
        scores={accuracy: 1, clarity: 1},
        feedback="Good",
    )
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.GRADED
    assert attempt.score == Decimal("3.00")
    assert attempt.max_score == Decimal("4.00")
    assert attempt.percent == Decimal("75.00")
    assert QuizResult.objects.get(quiz=quiz, user=enrolled).passed


def test_empty_essay_scores_nothing_without_a_grader(
    enrolled, make_question, make_quiz
):
    essay = make_question(QuestionType.ESSAY)
    attempt = attempt_submit(
        attempt=attempt_start(user=enrolled, quiz=make_quiz([essay]))
    )
    assert attempt.state == AttemptState.GRADED
    assert attempt.percent == Decimal("0.00")


def test_regrade_after_a_key_correction(enrolled, make_question, make_quiz):
    question = make_question()
    quiz = make_quiz([question], pass_mark=100)
    attempt = take(
        attempt_start(user=enrolled, quiz=quiz),
        {question: option_id(question, "Crew use")},
    )
    assert attempt.percent == Decimal("0.00")
    for option in question.definition["options"]:
        option["correct"] = option["text"] == "Crew use"
    question.full_clean()
    question.save()
    assert question_regrade(question=question) == 1
    attempt.refresh_from_db()
    assert attempt.percent == Decimal("100.00")
    assert attempt.passed
    assert QuizResult.objects.get(quiz=quiz, user=enrolled).passed
    assert question_regrade(question=question) == 0


def test_public_questions_hold_no_key(enrolled, make_question, make_quiz):
    questions = [make_question(t) for t in QuestionType]
    attempt = attempt_start(user=enrolled, quiz=make_quiz(questions))
    for public in attempt_public_questions(attempt=attempt):
        text = repr(public.view)
        assert "correct" not in text
        assert "fraction" not in text
        assert "accepted" not in text
    assert len(attempt_answers(attempt=attempt)) == len(QuestionType)


# Progress.


def test_passing_a_required_quiz_completes_the_lesson(enrolled, quiz_one, make_lesson):
    from courses.choices import LessonStatus
    from courses.models import LessonProgress

    quiz, question = quiz_one
    lesson = make_lesson(quiz, required=True)
    failed = take(
        attempt_start(user=enrolled, quiz=quiz, lesson=lesson),
        {question: option_id(question, "Crew use")},
    )
    assert failed.passed is False
    progress = LessonProgress.objects.filter(user=enrolled, lesson=lesson).first()
    assert progress is None or progress.status != LessonStatus.COMPLETED
    take(
        attempt_start(user=enrolled, quiz=quiz, lesson=lesson),
        {question: option_id(question, "Individual use")},
    )
    progress = LessonProgress.objects.get(user=enrolled, lesson=lesson)
    assert progress.status == LessonStatus.COMPLETED


def test_submitting_an_optional_quiz_completes_the_lesson(
    enrolled, quiz_one, make_lesson
):
    from courses.choices import LessonStatus
    from courses.models import LessonProgress

    quiz, question = quiz_one
    lesson = make_lesson(quiz, required=False)
    take(
        attempt_start(user=enrolled, quiz=quiz, lesson=lesson),
        {question: option_id(question, "Crew use")},
    )
    progress = LessonProgress.objects.get(user=enrolled, lesson=lesson)
    assert progress.status == LessonStatus.COMPLETED


def test_completion_checker_is_registered(enrolled, quiz_one, make_lesson):
    from courses.completion import registered_block_types, requirements_met

    quiz, _question = quiz_one
    lesson = make_lesson(quiz, required=True)
    assert "quiz" in registered_block_types()
    assert requirements_met(user=enrolled, lesson=lesson) is False
    QuizResult.objects.create(quiz=quiz, user=enrolled, passed=True, percent=100)
    assert requirements_met(user=enrolled, lesson=lesson) is True
