"""Item analysis against a hand-computed example."""

import pytest

from fellowship.assessments.selectors import item_analysis
from fellowship.assessments.services import (
    attempt_save_responses,
    attempt_start,
    attempt_submit,
)
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db

# Item scores (A, B, C) of four fellows; every item is worth one point.
#   fellow 1: 1 1 1   total 3
#   fellow 2: 1 1 0   total 2
#   fellow 3: 1 0 0   total 1
#   fellow 4: 0 0 1   total 1
# Facility = mean item score: A 0.75, B 0.5, C 0.5.
# Discrimination = Pearson r between the item score and the rest of the test
# (total - item):
#   A: x = 1 1 1 0, rest = 2 1 0 1 -> covariance 0 -> r = 0
#   B: x = 1 1 0 0, rest = 2 1 1 1 -> r = 0.5 / (1 * sqrt(0.75)) = 0.57735
#   C: x = 1 0 0 1, rest = 2 2 1 0 -> r = -0.5 / (1 * sqrt(2.75)) = -0.30151
PATTERNS = [(1, 1, 1), (1, 1, 0), (1, 0, 0), (0, 0, 1)]


def test_item_analysis_matches_the_hand_computed_example(
    make_question, make_quiz, enrol
):
    questions = [make_question(title=name) for name in "ABC"]
    quiz = make_quiz(questions, max_attempts=0)
    for pattern in PATTERNS:
        fellow = user_with_role("Fellow")
        enrol(fellow)
        attempt = attempt_start(user=fellow, quiz=quiz)
        responses = {}
        for question, right in zip(questions, pattern, strict=True):
            text = "Individual use" if right else "Crew use"
            option = next(
                o["id"] for o in question.definition["options"] if o["text"] == text
            )
            responses[attempt.answers.get(question=question).pk] = option
        attempt_save_responses(attempt=attempt, responses=responses)
        attempt_submit(attempt=attempt)

    items = {item.title: item for item in item_analysis(quiz=quiz)}
    assert items["A"].facility == pytest.approx(0.75)
    assert items["B"].facility == pytest.approx(0.5)
    assert items["C"].facility == pytest.approx(0.5)
    assert items["A"].discrimination == pytest.approx(0.0)
    assert items["B"].discrimination == pytest.approx(0.57735, abs=1e-5)
    assert items["C"].discrimination == pytest.approx(-0.30151, abs=1e-5)
    assert {item.responses for item in items.values()} == {4}


def test_item_analysis_without_variance_has_no_discrimination(
    make_question, make_quiz, enrolled
):
    question = make_question()
    quiz = make_quiz([question])
    attempt_submit(attempt=attempt_start(user=enrolled, quiz=quiz))
    (item,) = item_analysis(quiz=quiz)
    assert item.facility == 0
    assert item.discrimination is None
