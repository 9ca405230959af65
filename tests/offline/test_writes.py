"""A write sent with its own id is taken once; a replay changes nothing."""

import json
import uuid

import pytest

from courses.models import LessonProgress, Reflection
from courses.offline.models import WriteReceipt
from courses.services import enrolment_create
from courses.xapi.models import ActivityResult, ActivityState, Statement
from tests.factories import user_with_role
from tests.factories_courses import LessonPageFactory
from tests.xapi.conftest import make_statement

pytestmark = pytest.mark.django_db

REFLECTION_BLOCK = "6b0c1b9e-3f57-4c1e-9a4e-2f7f9d7a0c11"


def test_lesson_completion_replayed_is_answered_as_already_done(
    enrolled_client, fellow, lessons, write_id
):
    headers = {"HTTP_X_WRITE_ID": write_id()}
    first = enrolled_client.post(lessons[0].url + "complete/", **headers)
    progress = LessonProgress.objects.get(user=fellow, lesson=lessons[0])
    replay = enrolled_client.post(lessons[0].url + "complete/", **headers)

    assert first.status_code == replay.status_code == 302
    assert replay["Location"] == first["Location"] == lessons[0].url
    assert replay["X-Write-Replayed"] == "1"
    assert "X-Write-Replayed" not in first
    progress.refresh_from_db()
    assert progress.is_completed
    assert LessonProgress.objects.filter(user=fellow).count() == 1
    assert WriteReceipt.objects.filter(user=fellow).count() == 1


def test_reflection_replayed_after_an_edit_does_not_bring_back_the_old_text(
    enrolled_client, fellow, catalog, course, write_id
):
    lesson = LessonPageFactory(
        parent=course.get_children().first(),
        body=[
            {
                "type": "reflection",
                "id": REFLECTION_BLOCK,
                "value": {"prompt": "<p>What did you learn?</p>"},
            }
        ],
    )
    url = f"{lesson.url}reflections/{REFLECTION_BLOCK}/"
    offline_write = write_id()
    enrolled_client.post(
        url, {"text": "Written offline"}, HTTP_X_WRITE_ID=offline_write
    )
    enrolled_client.post(url, {"text": "Edited online"}, HTTP_X_WRITE_ID=write_id())
    # The offline queue is sent again (the first answer was lost).
    replay = enrolled_client.post(
        url, {"text": "Written offline"}, HTTP_X_WRITE_ID=offline_write
    )

    assert replay["X-Write-Replayed"] == "1"
    assert Reflection.objects.get(user=fellow).text == "Edited online"


def test_statements_replayed_are_stored_once(client, activity, iri, fellow, write_id):
    enrolment_create(user=fellow, course=activity.course)
    client.force_login(fellow)
    # No statement id: without the write id each copy would be a new statement.
    body = json.dumps([make_statement(iri)])
    headers = {"HTTP_X_WRITE_ID": write_id()}
    first = client.post(
        "/xapi/statements", body, content_type="application/json", **headers
    )
    replay = client.post(
        "/xapi/statements", body, content_type="application/json", **headers
    )

    assert first.status_code == replay.status_code == 200
    assert replay.json() == first.json()
    assert Statement.objects.count() == 1
    assert ActivityResult.objects.get(user=fellow).attempts == 1


def test_state_replayed_after_a_later_save_keeps_the_later_state(
    client, activity, iri, fellow, write_id
):
    enrolment_create(user=fellow, course=activity.course)
    client.force_login(fellow)
    old = write_id()

    def save(state, key):
        return client.post(
            "/xapi/state",
            json.dumps({"activityId": iri, "state": state}),
            content_type="application/json",
            HTTP_X_WRITE_ID=key,
        )

    assert save('{"answers": [1]}', old).status_code == 204
    assert save('{"answers": [2]}', write_id()).status_code == 204
    assert save('{"answers": [1]}', old).status_code == 204

    assert ActivityState.objects.get(user=fellow).state == '{"answers": [2]}'


def test_invalid_write_id_is_refused_and_nothing_changes(
    enrolled_client, fellow, lessons
):
    response = enrolled_client.post(
        lessons[0].url + "complete/", HTTP_X_WRITE_ID="not-a-uuid"
    )

    assert response.status_code == 400
    assert response.json()["error"] == "invalid_write_id"
    assert "id is not valid" in response.json()["message"]
    assert not LessonProgress.objects.filter(user=fellow).exists()
    assert not WriteReceipt.objects.exists()


def test_write_queued_under_another_account_is_refused(
    enrolled_client, fellow, lessons, write_id
):
    response = enrolled_client.post(
        lessons[0].url + "complete/",
        HTTP_X_WRITE_ID=write_id(),
        HTTP_X_WRITE_USER=str(fellow.pk + 1000),
    )

    assert response.status_code == 409
    assert response.json()["error"] == "other_account"
    assert not LessonProgress.objects.filter(user=fellow).exists()


def test_same_write_id_from_another_fellow_is_their_own_write(
    client, fellow, course, lessons, write_id
):
    """Receipts are per person: another fellow never gets someone's answer."""
    other = user_with_role("Fellow", email="other@example.org")
    for person in (fellow, other):
        enrolment_create(user=person, course=course)
    shared = write_id()
    client.force_login(fellow)
    client.post(lessons[0].url + "complete/", HTTP_X_WRITE_ID=shared)
    client.force_login(other)
    response = client.post(lessons[1].url + "complete/", HTTP_X_WRITE_ID=shared)

    assert "X-Write-Replayed" not in response
    assert LessonProgress.objects.get(user=other).lesson_id == lessons[1].pk
    assert WriteReceipt.objects.count() == 2


def test_anonymous_write_is_refused_as_online(client, lessons, write_id):
    response = client.post(lessons[0].url + "complete/", HTTP_X_WRITE_ID=write_id())

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not WriteReceipt.objects.exists()


def test_write_without_an_id_is_taken_as_always(enrolled_client, fellow, lessons):
    enrolled_client.post(lessons[0].url + "complete/")

    assert LessonProgress.objects.get(user=fellow).is_completed
    assert not WriteReceipt.objects.exists()


def test_refusal_is_kept_as_the_answer(client, fellow, course, lessons, write_id):
    """A write refused (not enrolled) answers the same when replayed, even
    once the fellow has enrolled: it is the same write."""
    client.force_login(fellow)
    key = write_id()
    body = json.dumps({"activityId": "http://example.org/nothing", "state": {}})
    first = client.post(
        "/xapi/state", body, content_type="application/json", HTTP_X_WRITE_ID=key
    )
    enrolment_create(user=fellow, course=course)
    replay = client.post(
        "/xapi/state", body, content_type="application/json", HTTP_X_WRITE_ID=key
    )

    assert first.status_code == replay.status_code == 403
    assert replay.json() == first.json()


def test_receipt_ids_are_uuids(enrolled_client, fellow, lessons):
    key = uuid.uuid4()
    enrolled_client.post(lessons[0].url + "complete/", HTTP_X_WRITE_ID=str(key).upper())

    assert WriteReceipt.objects.get(user=fellow).write_id == key
