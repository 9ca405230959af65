"""Forwarding to an external LRS: only the outside HTTP call is mocked."""

import base64
import json
from unittest import mock

import pytest
import requests
from celery.exceptions import Retry

from courses.xapi.models import Statement
from courses.xapi.services import LrsUnavailable, statements_forward
from courses.xapi.tasks import forward_statements
from tests.xapi.conftest import make_statement

pytestmark = pytest.mark.django_db
URL = "/xapi/statements"


@pytest.fixture
def lrs(settings):
    settings.XAPI_LRS_ENDPOINT = "https://lrs.example.org/xapi/"
    settings.XAPI_LRS_USERNAME = "platform"
    settings.XAPI_LRS_PASSWORD = "s3cret"


@pytest.fixture
def fellow_client(client, enrolled):
    client.force_login(enrolled)
    return client


def post(client, body):
    return client.post(URL, data=json.dumps(body), content_type="application/json")


def lrs_response(status):
    response = requests.Response()
    response.status_code = status
    response._content = b"[]"
    return response


def test_statements_are_forwarded_after_commit(
    lrs, fellow_client, enrolled, iri, django_capture_on_commit_callbacks
):
    with mock.patch("requests.Session.send", return_value=lrs_response(200)) as send:
        with django_capture_on_commit_callbacks(execute=True):
            response = post(fellow_client, [make_statement(iri), make_statement(iri)])

    assert response.status_code == 200
    assert send.call_count == 1
    request = send.call_args.args[0]
    assert request.url == "https://lrs.example.org/xapi/statements"
    assert request.headers["X-Experience-API-Version"] == "1.0.3"
    expected = "Basic " + base64.b64encode(b"platform:s3cret").decode()
    assert request.headers["Authorization"] == expected
    sent = json.loads(request.body)
    assert [item["id"] for item in sent] == response.json()
    assert all(item["actor"]["account"]["name"] == str(enrolled.pk) for item in sent)
    assert not Statement.objects.filter(forwarded_at__isnull=True).exists()


def test_network_errors_are_retried_and_nothing_is_lost(
    lrs, fellow_client, iri, django_capture_on_commit_callbacks
):
    with mock.patch(
        "requests.Session.send", side_effect=requests.ConnectionError("down")
    ) as send:
        with django_capture_on_commit_callbacks(execute=True):
            response = post(fellow_client, make_statement(iri))
        # The fellow's statement is kept whatever the LRS does.
        assert response.status_code == 200
        assert send.call_count == 1
        ids = [str(Statement.objects.get().statement_id)]
        # Eager Celery hands the retry back instead of sleeping through it.
        with pytest.raises(Retry):
            forward_statements.apply(kwargs={"statement_ids": ids})
    assert Statement.objects.filter(forwarded_at__isnull=True).count() == 1
    assert requests.ConnectionError in forward_statements.autoretry_for
    assert forward_statements.retry_backoff


def test_server_errors_are_retried_until_accepted(lrs, fellow_client, iri):
    post(fellow_client, make_statement(iri))
    ids = [str(Statement.objects.get().statement_id)]
    with mock.patch("requests.Session.send", return_value=lrs_response(503)):
        with pytest.raises(Retry):
            forward_statements.apply(kwargs={"statement_ids": ids})
        with pytest.raises(LrsUnavailable):
            statements_forward(statement_ids=ids)
    assert Statement.objects.get().forwarded_at is None
    with mock.patch("requests.Session.send", return_value=lrs_response(204)):
        assert forward_statements.apply(kwargs={"statement_ids": ids}).get() == 1
    assert Statement.objects.get().forwarded_at is not None


def test_refusal_by_the_lrs_is_not_retried(lrs, fellow_client, iri):
    post(fellow_client, make_statement(iri))
    ids = [str(Statement.objects.get().statement_id)]
    with mock.patch("requests.Session.send", return_value=lrs_response(400)) as send:
        assert forward_statements.apply(kwargs={"statement_ids": ids}).get() == 0
    assert send.call_count == 1
    assert Statement.objects.get().forwarded_at is None


def test_without_an_lrs_nothing_is_sent(
    fellow_client, iri, settings, django_capture_on_commit_callbacks
):
    settings.XAPI_LRS_ENDPOINT = ""
    with (
        mock.patch("requests.Session.send") as send,
        mock.patch.object(forward_statements, "delay") as delay,
        django_capture_on_commit_callbacks(execute=True),
    ):
        assert post(fellow_client, make_statement(iri)).status_code == 200
    assert send.call_count == 0
    assert delay.call_count == 0
    # Forwarding later is a no-op too.
    assert (
        statements_forward(statement_ids=[str(Statement.objects.get().statement_id)])
        == 0
    )


def test_pending_statements_are_caught_up(lrs, fellow_client, iri):
    from courses.xapi.tasks import forward_pending_statements

    post(fellow_client, [make_statement(iri), make_statement(iri)])
    with mock.patch("requests.Session.send", return_value=lrs_response(200)) as send:
        assert forward_pending_statements.apply().get() == 2
        assert forward_pending_statements.apply().get() == 0
    assert send.call_count == 1
