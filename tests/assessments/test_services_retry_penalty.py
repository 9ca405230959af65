"""Penalty per retry: where a quiz applies penalties and allows retries, each
question's penalty is taken from its credit once per earlier attempt, by the
server, never below zero; essays and single-attempt quizzes are untouched."""

from decimal import Decimal

import pytest

from fellowship.assessments.choices import QuestionType
from fellowship.assessments.models import Question
from fellowship.assessments.moodle_xml import moodle_xml_export, moodle_xml_parse
from fellowship.assessments.services import (
    attempt_save_responses,
    attempt_start,
    attempt_submit,
    question_regrade,
)

pytestmark = pytest.mark.django_db

MULTI = {
    "scoring": "partial",
    "options": [
        {"text": "Mortars", "correct": True},
        {"text": "Heavy machine guns", "correct": True},
        {"text": "Revolvers", "correct": False},
    ],
}


def _take(user, quiz, answer_with):
    attempt = attempt_start(user=user, quiz=quiz)
    answer = attempt.answers.get()
    response = answer_with(answer.question)
    if response is not None:
        attempt_save_responses(attempt=attempt, responses={answer.pk: response})
    attempt_submit(attempt=attempt)
    answer.refresh_from_db()
    return answer


def _right(question):
    return next(o["id"] for o in question.definition["options"] if o["correct"])


def test_each_retry_takes_the_penalty_off_the_credit(
    enrolled, make_question, make_quiz
):
    question = make_question(points=2, penalty="25")
    quiz = make_quiz([question], max_attempts=0, retry_penalties=True)
    scores = [_take(enrolled, quiz, _right) for _ in range(5)]
    assert [a.fraction for a in scores] == [
        Decimal("1.00000"),
        Decimal("0.75000"),
        Decimal("0.50000"),
        Decimal("0.25000"),
        Decimal("0.00000"),
    ]
    assert [a.score for a in scores] == [
        Decimal("2.00"),
        Decimal("1.50"),
        Decimal("1.00"),
        Decimal("0.50"),
        Decimal("0.00"),
    ]


def test_partial_credit_is_penalised_never_below_zero(
    enrolled, make_question, make_quiz
):
    question = make_question(
        QuestionType.MULTIPLE_RESPONSE, definition=MULTI, penalty="40"
    )
    quiz = make_quiz([question], max_attempts=3, retry_penalties=True)

    def one_right(q):
        return [q.definition["options"][0]["id"]]

    first = _take(enrolled, quiz, one_right)
    second = _take(enrolled, quiz, one_right)
    third = _take(enrolled, quiz, one_right)
    assert first.fraction == Decimal("0.50000")
    assert second.fraction == Decimal("0.10000")
    assert third.fraction == Decimal("0.00000")


def test_no_penalty_without_the_quiz_rule_or_retries(
    enrolled, make_question, make_quiz
):
    question = make_question(penalty="50")
    plain = make_quiz([question], max_attempts=0, title="No penalties")
    assert [_take(enrolled, plain, _right).fraction for _ in range(2)] == [
        Decimal("1.00000"),
        Decimal("1.00000"),
    ]
    once = make_quiz([question], max_attempts=1, retry_penalties=True, title="Once")
    assert _take(enrolled, once, _right).fraction == Decimal("1.00000")


def test_a_wrong_answer_stays_at_zero_and_regrade_keeps_the_penalty(
    enrolled, make_question, make_quiz
):
    question = make_question(penalty="50")
    quiz = make_quiz([question], max_attempts=0, retry_penalties=True)
    wrong = next(o["id"] for o in question.definition["options"] if not o["correct"])
    first = _take(enrolled, quiz, lambda q: wrong)
    second = _take(enrolled, quiz, lambda q: wrong)
    assert first.fraction == second.fraction == Decimal("0.00000")
    # The key is corrected: the second attempt is regraded with its penalty.
    for option in question.definition["options"]:
        option["correct"] = option["id"] == wrong
    question.save()
    question_regrade(question=question)
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.fraction == Decimal("1.00000")
    assert second.fraction == Decimal("0.50000")


def test_penalty_out_of_range_is_refused(make_question):
    with pytest.raises(Exception, match="100"):
        make_question(penalty="150")
    assert not Question.objects.exists()


def test_moodle_xml_carries_the_penalty(make_question, bank):
    question = make_question(penalty="33.33")
    text = moodle_xml_export(bank=bank, questions=[question])
    assert "<penalty>0.3333000</penalty>" in text
    parsed, problems = moodle_xml_parse(text)
    assert problems == []
    assert parsed[0].penalty == Decimal("33.33")
    bad, problems = moodle_xml_parse(text.replace("0.3333000", "2"))
    assert bad == []
    assert "penalty" in problems[0].detail.lower()
