"""Parallel forms assembled from the banks by objective tag and difficulty."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from courses.choices import StaffRole
from courses.services import course_staff_add
from fellowship.assessments.models import QuestionBank
from fellowship.assessments.services import attempt_start, question_create
from fellowship.cohorts.services import membership_create
from fellowship.evaluation.services import parallel_forms_build
from tests.factories import activate_totp, user_with_role


@pytest.fixture
def bank_questions(course, objectives):
    """Four questions per objective, worth 1, 1, 2 and 2 points."""
    bank = QuestionBank.objects.create(title="Bank", course=course)
    made = {}
    for objective in objectives:
        made[objective.key] = [
            question_create(
                bank=bank,
                type="true_false",
                title=f"{objective.key} {n}",
                stem="<p>S</p>",
                definition={"answer": True},
                points=points,
                tags=[objective.tag],
            ).pk
            for n, points in enumerate((1, 1, 2, 2))
        ]
    return made


def _paper(quiz):
    return list(quiz.slots.order_by("sort_order").values_list("question_id", flat=True))


def test_forms_share_no_question_and_match_in_difficulty(
    plan, objectives, bank_questions
):
    parallel_forms_build(plan=plan, per_objective=2)
    first, second = (bank_questions[o.key] for o in objectives)
    # Pairs of neighbours dealt A-B then B-A: (q0, q1) then (q3, q2).
    assert _paper(plan.pre_quiz) == [first[0], first[3], second[0], second[3]]
    assert _paper(plan.post_quiz) == [first[1], first[2], second[1], second[2]]
    assert not set(_paper(plan.pre_quiz)) & set(_paper(plan.post_quiz))


def test_too_few_questions_is_refused_and_changes_nothing(
    plan, objectives, bank_questions
):
    with pytest.raises(ValidationError, match="tag more questions"):
        parallel_forms_build(plan=plan, per_objective=3)
    assert _paper(plan.pre_quiz) == [] and _paper(plan.post_quiz) == []


def test_a_form_already_taken_is_not_rebuilt(
    plan, bank_questions, make_cohort, make_fellow
):
    parallel_forms_build(plan=plan, per_objective=1)
    before = _paper(plan.pre_quiz)
    user = make_fellow()
    membership_create(cohort=make_cohort(), user=user)
    attempt_start(user=user, quiz=plan.pre_quiz)
    with pytest.raises(ValidationError, match="already taken"):
        parallel_forms_build(plan=plan, per_objective=2)
    assert _paper(plan.pre_quiz) == before


def test_course_staff_build_the_forms_in_the_admin(
    client, plan, course, bank_questions
):
    instructor = user_with_role("Instructor")
    course_staff_add(course=course, user=instructor, role=StaffRole.INSTRUCTOR)
    activate_totp(instructor)
    client.force_login(instructor)
    url = reverse("outcomes:item_quality", kwargs={"pk": plan.pk})
    response = client.post(url, {"per_objective": "x"}, follow=True)
    assert "between 1 and 20" in response.content.decode()
    assert _paper(plan.pre_quiz) == []
    response = client.post(url, {"per_objective": "2"}, follow=True)
    assert "are built" in response.content.decode()
    assert len(_paper(plan.pre_quiz)) == 4

    stranger = user_with_role("Instructor")
    activate_totp(stranger)
    client.force_login(stranger)
    assert client.post(url, {"per_objective": "1"}).status_code == 404
