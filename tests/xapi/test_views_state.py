import json

import pytest
from django.test import Client
from django.urls import reverse

from courses.services import enrolment_create
from courses.xapi.models import ActivityState

pytestmark = pytest.mark.django_db
URL = "/xapi/state"
STATE = json.dumps({"answer": False})


def save(client, iri, state=STATE):
    return client.post(
        URL,
        data=json.dumps({"activityId": iri, "state": state}),
        content_type="application/json",
    )


def read(client, iri):
    return client.get(URL, {"activityId": iri})


@pytest.fixture
def fellow_client(client, enrolled):
    client.force_login(enrolled)
    return client


def test_url_is_the_documented_one():
    assert reverse("xapi:state") == URL


def test_saved_state_comes_back(fellow_client, iri):
    assert read(fellow_client, iri).json() == {"state": None}
    assert save(fellow_client, iri).status_code == 204
    response = read(fellow_client, iri)
    assert response.json() == {"state": STATE}
    assert "no-store" in response["Cache-Control"]
    # Saving again replaces it.
    assert save(fellow_client, iri, json.dumps({"answer": True})).status_code == 204
    assert ActivityState.objects.count() == 1
    assert read(fellow_client, iri).json() == {"state": json.dumps({"answer": True})}


def test_a_fellow_reads_only_their_own_state(
    fellow_client, iri, activity, user_factory
):
    from tests.factories import user_with_role

    assert save(fellow_client, iri).status_code == 204
    classmate = user_with_role("Fellow")
    enrolment_create(user=classmate, course=activity.course)
    other = Client()
    other.force_login(classmate)
    assert read(other, iri).json() == {"state": None}
    # Their own save does not touch the first fellow's.
    assert save(other, iri, json.dumps({"answer": True})).status_code == 204
    assert read(fellow_client, iri).json() == {"state": STATE}
    assert ActivityState.objects.count() == 2


def test_not_enrolled_fellow_can_neither_read_nor_save(iri, activity, enrolled):
    from tests.factories import user_with_role

    assert save(Client(), iri).status_code == 403  # anonymous
    outsider = user_with_role("Fellow")
    client = Client()
    client.force_login(outsider)
    client.force_login(outsider)
    assert read(client, iri).status_code == 403
    assert save(client, iri).status_code == 403
    assert not ActivityState.objects.exists()


@pytest.mark.parametrize("state", ["not json {", 42, None])
def test_malformed_state_is_refused(fellow_client, iri, state):
    assert save(fellow_client, iri, state).status_code == 400
    assert not ActivityState.objects.exists()


def test_state_above_the_limit_is_refused(fellow_client, iri, settings):
    settings.XAPI_MAX_STATE_BYTES = 100
    big = json.dumps({"answers": ["x" * 50] * 5})
    assert save(fellow_client, iri, big).status_code == 400
    assert not ActivityState.objects.exists()


def test_state_needs_csrf(enrolled, iri):
    client = Client(enforce_csrf_checks=True)
    client.force_login(enrolled)
    assert save(client, iri).status_code == 403
    assert not ActivityState.objects.exists()
