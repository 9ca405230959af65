"""Exercises: the fellow submits an answer, then sees the model answer."""

import pytest

from courses import services
from courses.models import ExerciseAnswer
from tests.factories import user_with_role
from tests.factories_courses import LessonPageFactory

pytestmark = pytest.mark.django_db

EXERCISE_ID = "3d0c6a43-9a55-4b6e-8f1e-5f0f6c1c2a77"
TASK = "Draft the tracing request for the rifle above."
MODEL = "Name the marking exactly as read."


def _exercise_lesson(module):
    return LessonPageFactory(
        parent=module,
        body=[
            {
                "type": "exercise",
                "id": EXERCISE_ID,
                "value": {
                    "title": "Draft a tracing request",
                    "minutes": 15,
                    "task": f"<p>{TASK}</p>",
                    "model_answer": f"<p>{MODEL}</p>",
                },
            }
        ],
    )


@pytest.fixture
def exercise_lesson(course, lessons):
    return _exercise_lesson(lessons[0].get_parent())


def test_exercise_shows_the_model_answer_only_after_submitting(
    client, fellow, course, exercise_lesson
):
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    before = client.get(exercise_lesson.url).content.decode()
    assert TASK in before
    assert "About 15 minutes" in before
    assert MODEL not in before
    assert "Submit and see the model answer" in before

    url = f"{exercise_lesson.url}exercises/{EXERCISE_ID}/"
    response = client.post(url, {"text": "The marking, the make, the model."})
    assert response.status_code == 302
    after = client.get(exercise_lesson.url).content.decode()
    assert "The marking, the make, the model." in after
    assert MODEL in after
    assert "Submit again" in after

    client.post(url, {"text": "A better answer."})
    assert ExerciseAnswer.objects.get(user=fellow).text == "A better answer."


def test_exercise_answer_and_model_answer_stay_with_their_author(
    client, fellow, course, exercise_lesson
):
    other = user_with_role("Fellow")
    for person in (fellow, other):
        services.enrolment_create(user=person, course=course)
    client.force_login(fellow)
    url = f"{exercise_lesson.url}exercises/{EXERCISE_ID}/"
    client.post(url, {"text": "My own answer."})

    client.force_login(other)
    page = client.get(exercise_lesson.url).content.decode()
    assert "My own answer." not in page
    assert MODEL not in page


def test_exercise_refuses_outsiders_unknown_exercises_and_bad_answers(
    client, fellow, course, exercise_lesson
):
    url = f"{exercise_lesson.url}exercises/{EXERCISE_ID}/"
    assert client.post(url, {"text": "Anonymous."}).status_code == 302
    client.force_login(fellow)
    client.post(url, {"text": "Not enrolled."})
    assert not ExerciseAnswer.objects.exists()

    services.enrolment_create(user=fellow, course=course)
    assert client.get(url).status_code == 405
    wrong = f"{exercise_lesson.url}exercises/00000000-0000-0000-0000-000000000000/"
    assert client.post(wrong, {"text": "Nowhere."}).status_code == 400
    response = client.post(url, {"text": "   "}, follow=True)
    assert "Write your answer before submitting it" in response.content.decode()
    response = client.post(url, {"text": "x" * 20_001}, follow=True)
    assert "Your answer is too long to keep." in response.content.decode()
    assert not ExerciseAnswer.objects.exists()
    assert MODEL not in response.content.decode()


def test_exercise_in_an_offline_copy_asks_for_a_connection(
    client, fellow, course, exercise_lesson
):
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    client.post(f"{exercise_lesson.url}exercises/{EXERCISE_ID}/", {"text": "Mine."})
    page = client.get(exercise_lesson.url, HTTP_X_OFFLINE_COPY="1").content.decode()
    assert TASK in page
    assert "Submitting your answer needs a connection" in page
    assert "Mine." not in page
    assert MODEL not in page
    assert "<textarea" not in page


def test_exercise_in_the_lite_version(client, fellow, course, exercise_lesson):
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    lite = client.get(exercise_lesson.url + "lite/").content.decode()
    assert TASK in lite
    assert MODEL not in lite
    assert f"exercises/{EXERCISE_ID}/" in lite


def test_exercise_lesson_page_queries_do_not_grow_with_exercises(
    client, fellow, course, lessons, django_assert_max_num_queries
):
    module = lessons[0].get_parent()
    body = [
        {
            "type": "exercise",
            "value": {
                "title": f"Exercise {n}",
                "minutes": 5,
                "task": "<p>Do it.</p>",
                "model_answer": "<p>Done.</p>",
            },
        }
        for n in range(6)
    ]
    lesson = LessonPageFactory(parent=module, body=body)
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    client.get(lesson.url)
    with django_assert_max_num_queries(8):
        assert client.get(lesson.url).status_code == 200
