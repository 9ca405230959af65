"""The content version is read from the cache once per request (the route,
the lesson frame, its body and the language links all need it), yet a
publish is seen at once, and outside a request it is never kept."""

import pytest
from django.core.cache import caches

from courses import routing, services

pytestmark = pytest.mark.django_db


@pytest.fixture
def version_reads(monkeypatch):
    reads = []
    # Whichever backend the settings configure (local memory, or Redis in CI).
    backend = type(caches["default"])
    original = backend.get

    def get(self, key, default=None, version=None):
        if key == routing.VERSION_KEY:
            reads.append(key)
        return original(self, key, default, version)

    monkeypatch.setattr(backend, "get", get)
    return reads


def test_lesson_view_reads_the_version_once(
    client, fellow, course, lessons, version_reads
):
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    assert client.get(lessons[0].url).status_code == 200
    version_reads.clear()
    response = client.get(lessons[0].url)
    assert response.status_code == 200
    assert len(version_reads) == 1


def test_a_publish_in_the_same_request_is_seen_at_once():
    routing._request_started()
    try:
        before = routing.content_version()
        assert routing.content_version() == before
        routing.content_changed()
        assert routing.content_version() != before
    finally:
        routing._request_finished()


def test_outside_a_request_the_version_is_never_kept(version_reads):
    routing._request_finished()
    before = routing.content_version()
    routing.content_changed()
    assert routing.content_version() != before
    routing.content_version()
    assert len(version_reads) >= 3  # read every time
