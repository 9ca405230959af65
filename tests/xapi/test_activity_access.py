"""Who may report on an activity, through the cached activity lookup: the
lesson's course decides (enrolment, pre-test gate, prerequisites, order of
lessons), for each fellow and each request."""

import json
import uuid

import pytest
from django.test import Client

from courses.models import CoursePage, LessonPage
from courses.services import enrolment_create
from courses.xapi.activities import activity_iri
from courses.xapi.models import Statement
from fellowship.assessments.models import Quiz
from fellowship.evaluation.models import TestPlan
from tests.xapi.conftest import make_statement
from tests.xapi.lessons import h5p_lesson

pytestmark = pytest.mark.django_db


def interaction(iri):
    return {
        "id": str(uuid.uuid4()),
        "verb": {"id": "http://adlnet.gov/expapi/verbs/interacted"},
        "object": {"objectType": "Activity", "id": f"{iri}?subContentId=part"},
    }


def post(client, iri):
    return client.post(
        "/xapi/statements",
        data=json.dumps(interaction(iri)),
        content_type="application/json",
    )


@pytest.fixture
def activity(site, true_false):
    return h5p_lesson(site=site, package=true_false)


@pytest.fixture
def iri(activity):
    return activity_iri(lesson_id=activity.lesson.pk, block_id=activity.block_id)


@pytest.fixture
def player(client, fellow, activity):
    enrolment_create(user=fellow, course=activity.course)
    client.force_login(fellow)
    return client


def test_locking_pre_test_closes_the_activity_until_it_is_taken(
    player, fellow, activity, iri
):
    assert post(player, iri).status_code == 200
    pre = Quiz.objects.create(title="Pre-test", course=activity.course)
    post_quiz = Quiz.objects.create(title="Post-test", course=activity.course)
    TestPlan.objects.create(
        course=activity.course, pre_quiz=pre, post_quiz=post_quiz, locks_lessons=True
    )
    assert post(player, iri).status_code == 403
    assert Statement.objects.count() == 1


def test_missing_prerequisite_closes_the_activity(player, site, activity, iri):
    assert post(player, iri).status_code == 200
    course = CoursePage.objects.get(pk=activity.course.pk)
    first = h5p_lesson(site=site, package=activity_package(activity), slug="first")
    course.prerequisites.add(CoursePage.objects.get(pk=first.course.pk))
    course.save_revision().publish()
    response = post(player, iri)
    assert response.status_code == 403
    assert response.json()["error"] == "forbidden_activity"
    assert Statement.objects.count() == 1


def activity_package(activity):
    lesson = LessonPage.objects.get(pk=activity.lesson.pk)
    return next(block.value["package"] for block in lesson.body)


def test_activity_in_a_later_lesson_opens_in_order(site, true_false, fellow):
    """In a course that asks for its lessons in order, the second lesson's
    activity takes statements only once the first lesson is completed."""
    built = h5p_lesson(site=site, package=true_false, slug="ordered")
    course = CoursePage.objects.get(pk=built.course.pk)
    later = LessonPage(
        title="Tracing in practice",
        slug="tracing",
        body=[
            ("h5p", {"package": true_false, "grading_policy": "best", "required": True})
        ],
    )
    built.module.add_child(instance=later)
    later = LessonPage.objects.get(pk=later.pk)
    course.requires_sequence = True
    course.save_revision().publish()
    enrolment_create(user=fellow, course=course)
    client = Client()
    client.force_login(fellow)
    later_iri = activity_iri(lesson_id=later.pk, block_id=later.body[0].id)
    first_iri = activity_iri(lesson_id=built.lesson.pk, block_id=built.block_id)
    assert post(client, first_iri).status_code == 200
    assert post(client, later_iri).status_code == 403
    # A passed attempt completes the first lesson (its activity is required).
    answered = client.post(
        "/xapi/statements",
        data=json.dumps(make_statement(first_iri, raw=1)),
        content_type="application/json",
    )
    assert answered.status_code == 200
    assert post(client, later_iri).status_code == 200
    assert Statement.objects.filter(lesson=later).count() == 1
