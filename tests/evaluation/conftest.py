"""Evaluation test data: the programme fixtures of tests/cohorts, a course
with learning objectives and its pre- and post-test."""

import pytest

from courses.models import CoursePage
from fellowship.assessments.models import Quiz
from fellowship.evaluation.models import TestPlan
from fellowship.evaluation.objectives import course_objectives
from tests.cohorts import conftest as programme

# The programme's fixtures, shared with tests/cohorts.
curriculum = programme.curriculum
make_cohort = programme.make_cohort
make_fellow = programme.make_fellow
today = programme.today

OBJECTIVES = (
    "Identify small arms and light weapons by their markings",
    "Explain the obligations of the International Tracing Instrument",
)


@pytest.fixture
def course(curriculum):
    """Course A with two learning objectives, read back with their block ids."""
    page = curriculum["a"]
    page.objectives = [("objective", text) for text in OBJECTIVES]
    page.save_revision().publish()
    return CoursePage.objects.get(pk=page.pk)


@pytest.fixture
def objectives(course):
    return course_objectives(course=course)


@pytest.fixture
def plan(course):
    pre = Quiz.objects.create(title="Pre-test", course=course, shuffle_questions=False)
    post = Quiz.objects.create(
        title="Post-test", course=course, shuffle_questions=False
    )
    return TestPlan.objects.create(course=course, pre_quiz=pre, post_quiz=post)
