import datetime

import pytest

from courses.xapi.choices import GradingPolicy
from courses.xapi.grading import Attempt, grade
from courses.xapi.models import ActivityResult
from courses.xapi.selectors import activity_target
from courses.xapi.services import statements_record
from tests.xapi.conftest import make_statement
from tests.xapi.lessons import h5p_lesson

START = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
# (raw out of 4, success as H5P reports it: at its pass mark of 3/4)
SEQUENCE = [(2, False), (4, True), (1, False), (3, True)]


def attempts(sequence=SEQUENCE):
    return [
        Attempt(
            score=raw / 4, success=success, at=START + datetime.timedelta(minutes=i)
        )
        for i, (raw, success) in enumerate(sequence)
    ]


@pytest.mark.parametrize(
    ("policy", "score", "passed"),
    [
        (GradingPolicy.BEST, 1.0, True),
        (GradingPolicy.FIRST, 0.5, False),
        (GradingPolicy.LAST, 0.75, True),
        # mean 0.625 is below the lowest successful score (0.75)
        (GradingPolicy.AVERAGE, 0.625, False),
    ],
)
def test_policies_on_a_known_sequence(policy, score, passed):
    outcome = grade(policy=policy, attempts=attempts())
    assert outcome.score == pytest.approx(score)
    assert outcome.passed is passed
    assert outcome.attempts == 4
    assert outcome.first_at == START
    assert outcome.last_at == START + datetime.timedelta(minutes=3)


def test_average_passes_when_the_mean_reaches_the_pass_mark():
    outcome = grade(
        policy=GradingPolicy.AVERAGE,
        attempts=attempts([(3, True), (4, True), (2, False)]),
    )
    assert outcome.score == pytest.approx(0.75)
    assert outcome.passed


def test_no_attempt_no_score():
    outcome = grade(policy=GradingPolicy.BEST, attempts=[])
    assert (outcome.score, outcome.passed, outcome.attempts) == (None, False, 0)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("policy", "score", "passed"),
    [
        ("best", 1.0, True),
        ("first", 0.5, False),
        ("last", 0.75, True),
        ("average", 0.625, False),
    ],
)
def test_result_follows_the_block_policy(
    site, true_false, fellow, policy, score, passed
):
    from courses.services import enrolment_create
    from courses.xapi.activities import activity_iri

    built = h5p_lesson(site=site, package=true_false, grading_policy=policy)
    enrolment_create(user=fellow, course=built.course)
    iri = activity_iri(lesson_id=built.lesson.pk, block_id=built.block_id)
    for raw, success in SEQUENCE:
        statements_record(
            user=fellow, statements=make_statement(iri, raw=raw, max=4, success=success)
        )
    result = ActivityResult.objects.get(user=fellow)
    assert result.grading_policy == policy
    assert result.score == pytest.approx(score)
    assert result.passed is passed
    assert result.attempts == 4
    assert result.completed
    assert activity_target(user=fellow, iri=iri).grading_policy == policy


@pytest.mark.django_db
@pytest.mark.parametrize("policy", ["best", "first", "last", "average"])
def test_stored_result_is_the_policy_over_every_attempt_in_order(
    site, true_false, fellow, policy
):
    """The result is summed by the database; it equals the policy applied
    to the attempts one by one, in the order the server stored them, with
    interactions and other fellows' attempts in between left out."""
    import random

    from courses.services import enrolment_create
    from courses.xapi.activities import activity_iri
    from courses.xapi.models import Statement
    from tests.factories import user_with_role

    built = h5p_lesson(site=site, package=true_false, grading_policy=policy)
    other = user_with_role("Fellow")
    for person in (fellow, other):
        enrolment_create(user=person, course=built.course)
    iri = activity_iri(lesson_id=built.lesson.pk, block_id=built.block_id)
    chance = random.Random(f"grading-{policy}")
    for _round in range(12):
        raw = chance.randint(0, 4)
        statements_record(
            user=fellow,
            statements=[
                make_statement(iri, raw=raw, max=4, success=raw >= 3),
                make_statement(
                    f"{iri}?subContentId=part-{_round}", raw=4, max=4, success=True
                ),
            ],
        )
        statements_record(
            user=other, statements=make_statement(iri, raw=4, max=4, success=True)
        )
    stored = Statement.objects.filter(user=fellow, is_attempt=True).order_by("pk")
    expected = grade(
        policy=policy,
        attempts=[
            Attempt(score=row.score, success=row.success, at=row.stored)
            for row in stored
        ],
    )
    result = ActivityResult.objects.get(user=fellow)
    assert result.attempts == expected.attempts == 12
    assert result.score == pytest.approx(expected.score)
    assert result.passed is expected.passed
    assert (result.first_attempt_at, result.last_attempt_at) == (
        expected.first_at,
        expected.last_at,
    )
    assert ActivityResult.objects.get(user=other).score == 1.0


@pytest.mark.django_db
def test_a_completion_without_a_score_completes_and_counts_no_attempt(
    site, true_false, fellow
):
    from courses.services import enrolment_create
    from courses.xapi.activities import activity_iri

    built = h5p_lesson(site=site, package=true_false, required=False)
    enrolment_create(user=fellow, course=built.course)
    iri = activity_iri(lesson_id=built.lesson.pk, block_id=built.block_id)
    statement = make_statement(iri, verb="http://adlnet.gov/expapi/verbs/completed")
    del statement["result"]["score"]
    del statement["result"]["success"]
    statements_record(user=fellow, statements=statement)
    result = ActivityResult.objects.get(user=fellow)
    assert (result.completed, result.attempts, result.score, result.passed) == (
        True,
        0,
        None,
        False,
    )
