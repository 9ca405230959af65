"""The course and lesson pages tell a fellow to take the pre-test first."""

import pytest

from courses.services import enrolment_create
from fellowship.assessments.models import Quiz
from fellowship.evaluation.models import TestPlan
from tests.factories_courses import CatalogPageFactory, course_with_lessons


@pytest.fixture
def gated(site):
    catalog = CatalogPageFactory(parent=site.root_page.specific)
    course, lessons = course_with_lessons(catalog=catalog, modules=1, lessons=2)
    pre = Quiz.objects.create(title="Pre-test", course=course)
    post = Quiz.objects.create(title="Post-test", course=course)
    plan = TestPlan.objects.create(course=course, pre_quiz=pre, post_quiz=post)
    return course, lessons, plan


def test_course_and_lesson_pages_point_to_the_pre_test(client, fellow, gated):
    course, lessons, plan = gated
    enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    link = f"/quiz/{plan.pre_quiz_id}/"
    page = client.get(course.url).content.decode()
    assert "The lessons open once you have taken the pre-test." in page
    assert link in page
    response = client.get(lessons[0].url)
    assert response.status_code == 403
    assert "Take the pre-test" in response.content.decode()
    assert link in response.content.decode()


def test_without_a_plan_the_lessons_open(client, fellow, gated):
    course, lessons, plan = gated
    plan.delete()
    enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    assert client.get(lessons[0].url).status_code == 200
