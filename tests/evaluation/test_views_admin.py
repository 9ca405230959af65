"""Admin views for staff: item quality of the parallel forms, and survey
answers shown anonymously to instructors when the survey says so."""

from decimal import Decimal

import pytest
from django.urls import reverse

from courses.choices import StaffRole as CourseStaffRole
from courses.services import course_staff_add
from fellowship.assessments.models import Attempt, QuestionBank, QuizSlot
from fellowship.assessments.services import (
    attempt_save_responses,
    attempt_start,
    attempt_submit,
    question_create,
)
from fellowship.cohorts.services import membership_create
from fellowship.evaluation.choices import ItemKind, SurveyKind
from fellowship.evaluation.models import Survey, SurveyItem
from fellowship.evaluation.selectors import item_quality
from fellowship.evaluation.services import survey_submit
from tests.factories import activate_totp, user_with_role


def _login(client, user):
    activate_totp(user)
    client.force_login(user)
    return client


@pytest.fixture
def staff_instructor(course):
    user = user_with_role("Instructor", full_name="Ina Instructor")
    course_staff_add(course=course, user=user, role=CourseStaffRole.INSTRUCTOR)
    return user


@pytest.fixture
def forms(course, objectives, plan):
    """Objective 1: one question per form. Objective 2: only in the pre-test."""
    bank = QuestionBank.objects.create(title="Bank", course=course)
    first, second = objectives
    for quiz, title, tag in (
        (plan.pre_quiz, "pre 1", first.tag),
        (plan.post_quiz, "post 1", first.tag),
        (plan.pre_quiz, "pre 2", second.tag),
    ):
        question = question_create(
            bank=bank,
            type="true_false",
            title=title,
            stem="<p>S</p>",
            definition={"answer": True},
            tags=[tag],
        )
        QuizSlot.objects.create(quiz=quiz, question=question)
    return plan


def _take(user, quiz, answer):
    attempt = attempt_start(user=user, quiz=quiz)
    attempt_save_responses(
        attempt=attempt, responses={a.pk: answer for a in attempt.answers.all()}
    )
    attempt_submit(attempt=attempt)


def test_item_quality_flags_forms_of_unequal_difficulty(
    forms, make_cohort, make_fellow, objectives
):
    cohort = make_cohort()
    # Everyone gets "pre 1" right and "post 1" wrong: facility 1 against 0.
    for _ in range(3):
        user = make_fellow()
        membership_create(cohort=cohort, user=user)
        _take(user, forms.pre_quiz, True)
        _take(user, forms.post_quiz, False)
    assert Attempt.objects.filter(state="graded").count() == 6
    first, second = item_quality(plan=forms)
    assert (first.pre_facility, first.post_facility) == (1.0, 0.0)
    assert first.flagged
    assert second.post == [] and second.flagged  # no post-test question


def test_item_quality_within_the_margin_is_not_flagged(forms, make_cohort, make_fellow):
    cohort = make_cohort()
    user = make_fellow()
    membership_create(cohort=cohort, user=user)
    _take(user, forms.pre_quiz, True)
    _take(user, forms.post_quiz, True)
    first, _second = item_quality(plan=forms)
    assert first.difference == 0 and not first.flagged
    forms.difficulty_margin = Decimal("0.00")
    assert not item_quality(plan=forms)[0].flagged


def test_item_quality_page_for_course_staff_only(client, forms, staff_instructor):
    url = reverse("outcomes:item_quality", kwargs={"pk": forms.pk})
    page = _login(client, staff_instructor).get(url)
    assert page.status_code == 200
    assert "flagged" in page.content.decode()
    assert forms.course.objectives[0].id.replace("-", "")[:8] in page.content.decode()
    off = user_with_role("Instructor")
    assert _login(client, off).get(url).status_code == 404


@pytest.fixture
def answered(make_cohort, make_fellow, course, manager):
    survey = Survey.objects.create(kind=SurveyKind.COURSE_END, title_en="End")
    SurveyItem.objects.create(
        survey=survey, key="useful", kind=ItemKind.LIKERT, text_en="Useful"
    )
    cohort = make_cohort(managers=[manager])
    user = user_with_role("Fellow", full_name="Fatima Fellow")
    membership_create(cohort=cohort, user=user)
    survey_submit(
        survey=survey,
        respondent=user,
        cohort=cohort,
        course=course,
        answers={"useful": "5"},
    )
    return survey


def test_answers_are_anonymous_to_instructors_when_the_survey_says_so(
    client, answered, course, staff_instructor
):
    url = reverse("outcomes:course_answers", kwargs={"pk": course.pk})
    page = _login(client, staff_instructor).get(url).content.decode()
    assert "Useful" in page and "Anonymous" in page
    assert "Fatima Fellow" not in page
    answered.anonymous_to_instructors = False
    answered.save()
    assert "Fatima Fellow" in client.get(url).content.decode()


def test_managers_see_their_cohorts_answers_with_names(
    client, answered, course, manager
):
    url = reverse("outcomes:course_answers", kwargs={"pk": course.pk})
    assert "Fatima Fellow" in _login(client, manager).get(url).content.decode()
    other = user_with_role("Programme manager")
    page = _login(client, other).get(url).content.decode()
    assert "Fatima Fellow" not in page and "No answers yet." in page


def test_course_answers_404_for_instructors_off_the_course(client, answered, course):
    url = reverse("outcomes:course_answers", kwargs={"pk": course.pk})
    off = user_with_role("Instructor")
    assert _login(client, off).get(url).status_code == 404


def test_course_answers_queries_do_not_grow(
    client, answered, course, manager, make_fellow, django_assert_max_num_queries
):
    from fellowship.cohorts.models import Cohort

    url = reverse("outcomes:course_answers", kwargs={"pk": course.pk})
    _login(client, manager)
    client.get(url)
    cohort = Cohort.objects.get(name="Cohort A")

    def count():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    small = count()
    for _ in range(3):
        user = make_fellow()
        membership_create(cohort=cohort, user=user)
        survey_submit(
            survey=answered,
            respondent=user,
            cohort=cohort,
            course=course,
            answers={"useful": "3"},
        )
    with django_assert_max_num_queries(small):
        assert client.get(url).status_code == 200
