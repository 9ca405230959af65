"""The pre-test gate, and scores kept per objective from real attempts."""

from decimal import Decimal

import pytest

from courses.selectors import LockReason, course_state
from courses.services import LessonLocked, lesson_open
from fellowship.assessments.models import QuestionBank, QuizSlot
from fellowship.assessments.services import (
    attempt_save_responses,
    attempt_start,
    attempt_submit,
    question_create,
)
from fellowship.cohorts.services import membership_create
from fellowship.evaluation.choices import Phase
from fellowship.evaluation.models import ObjectiveScore


def _true_false(bank, title, answer, tags):
    return question_create(
        bank=bank,
        type="true_false",
        title=title,
        stem=f"<p>{title}</p>",
        definition={"answer": answer},
        tags=tags,
    )


@pytest.fixture
def forms(course, objectives, plan):
    """Two questions per objective in each form (all answer True), and one
    untagged question in the pre-test that counts for no objective."""
    bank = QuestionBank.objects.create(title="Bank", course=course)
    for quiz, form in ((plan.pre_quiz, "pre"), (plan.post_quiz, "post")):
        order = 0
        for objective in objectives:
            for n in range(2):
                question = _true_false(
                    bank, f"{form} {objective.key} {n}", True, [objective.tag]
                )
                QuizSlot.objects.create(quiz=quiz, question=question, sort_order=order)
                order += 1
        if form == "pre":
            extra = _true_false(bank, "untagged", True, ["general"])
            QuizSlot.objects.create(quiz=quiz, question=extra, sort_order=order)
    return plan


@pytest.fixture
def member(make_cohort, make_fellow):
    cohort = make_cohort()
    user = make_fellow()
    membership_create(cohort=cohort, user=user)
    return user


def _take(user, quiz, right: int):
    """Answer the first `right` questions True (right), the rest False."""
    attempt = attempt_start(user=user, quiz=quiz)
    answers = list(attempt.answers.order_by("position"))
    attempt_save_responses(
        attempt=attempt,
        responses={a.pk: index < right for index, a in enumerate(answers)},
    )
    return attempt_submit(attempt=attempt)


def test_lessons_wait_for_the_pre_test(forms, member, curriculum, course):
    state = course_state(user=member, course=course)
    assert state.lock_reason == LockReason.GATE
    assert f"/quiz/{forms.pre_quiz_id}/" in state.gate.url
    with pytest.raises(LessonLocked):
        lesson_open(user=member, lesson=curriculum["a"].lessons_for_test[0])

    _take(member, forms.pre_quiz, right=1)

    assert course_state(user=member, course=course).lock_reason is None
    lesson_open(user=member, lesson=curriculum["a"].lessons_for_test[0])


def test_a_course_without_a_gate_stays_open(forms, member, curriculum, course):
    forms.locks_lessons = False
    forms.save()
    assert course_state(user=member, course=course).lock_reason is None
    # Course B has no pre-test at all.
    assert course_state(user=member, course=curriculum["b"]).lock_reason is None


def test_graded_attempts_are_kept_per_objective(forms, member, course, objectives):
    first, second = objectives
    # Pre-test: right on the first of objective 1's questions only.
    _take(member, forms.pre_quiz, right=1)
    # Post-test: right on objective 1's two and objective 2's first.
    _take(member, forms.post_quiz, right=3)
    kept = {
        (s.objective_key, s.phase): (s.score, s.max_score)
        for s in ObjectiveScore.objects.filter(user=member, course=course)
    }
    assert kept == {
        (first.key, Phase.PRE): (Decimal(1), Decimal(2)),
        (second.key, Phase.PRE): (Decimal(0), Decimal(2)),
        (first.key, Phase.POST): (Decimal(2), Decimal(2)),
        (second.key, Phase.POST): (Decimal(1), Decimal(2)),
    }


def test_a_second_attempt_changes_nothing(forms, member, course, objectives):
    forms.pre_quiz.max_attempts = 2
    forms.pre_quiz.save()
    _take(member, forms.pre_quiz, right=0)
    _take(member, forms.pre_quiz, right=5)
    scores = ObjectiveScore.objects.filter(
        user=member, course=course, phase=Phase.PRE
    ).values_list("score", flat=True)
    assert list(scores) == [Decimal(0), Decimal(0)]


def test_other_quizzes_keep_no_objective_scores(member, course, objectives, forms):
    from fellowship.assessments.models import Quiz

    other = Quiz.objects.create(title="Module quiz", course=course)
    for slot in forms.pre_quiz.slots.all():
        QuizSlot.objects.create(quiz=other, question=slot.question)
    _take(member, other, right=5)
    assert not ObjectiveScore.objects.filter(user=member).exists()


def test_after_the_post_test_the_fellow_is_pointed_to_gain_and_survey(
    forms, member, course
):
    from fellowship.accounts.models import UserNotification
    from fellowship.evaluation.models import Survey

    Survey.objects.create(kind="course_end", title_en="Course end")
    _take(member, forms.pre_quiz, right=1)
    assert not UserNotification.objects.filter(user=member).exists()
    _take(member, forms.post_quiz, right=2)
    notes = {n.kind: n.url for n in UserNotification.objects.filter(user=member)}
    assert notes["evaluation_gain"] == f"/en/evaluation/courses/{course.pk}/gain/"
    assert notes["evaluation_survey"].endswith(f"/courses/{course.pk}/survey/")
