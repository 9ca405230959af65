"""The content version is read from the cache once per request (the route,
the lesson frame, its body and the language links all need it), yet a
publish is seen at once, and outside a request it is never kept. A lesson
view reads the rest of what it takes from the cache in few round trips."""

import pytest
from django.core.cache import cache, caches
from django.utils.translation import gettext_noop

from courses import routing, services
from fellowship import request_cache
from fellowship.accounts.services import notification_post

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


@pytest.fixture
def cache_reads(monkeypatch):
    reads = []
    backend = type(caches["default"])
    original_get, original_get_many = backend.get, backend.get_many
    batch = []  # a backend without its own get_many reads key by key in it

    def get(self, key, default=None, version=None):
        if not batch:
            reads.append(key)
        return original_get(self, key, default, version)

    def get_many(self, keys, version=None):
        reads.append(tuple(keys))
        batch.append(True)
        try:
            return original_get_many(self, keys, version)
        finally:
            batch.pop()

    monkeypatch.setattr(backend, "get", get)
    monkeypatch.setattr(backend, "get_many", get_many)
    return reads


def test_lesson_view_reads_the_cache_in_five_round_trips(
    client, fellow, course, lessons, cache_reads
):
    """The session (docs/decisions/0034), the version, the route, then the
    frame, body, language links and unread count at once, then the pre-test
    gate; Wagtail's site root paths come with the route."""
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    assert client.get(lessons[0].url).status_code == 200
    cache_reads.clear()
    response = client.get(lessons[0].url)
    assert response.status_code == 200
    assert len(cache_reads) == 5, cache_reads
    assert str(cache_reads[0]).startswith("django.contrib.sessions.cached_db")
    (batch,) = [read for read in cache_reads if isinstance(read, tuple)]
    assert len(batch) == 4
    assert "wagtail_site_root_paths" not in str(cache_reads)


def test_a_lesson_view_after_a_publish_shows_the_new_body(
    client, fellow, course, lessons
):
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    assert client.get(lessons[0].url).status_code == 200
    lesson = lessons[0]
    lesson.title = "Tracing records after the change"
    lesson.save_revision().publish()
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert "Tracing records after the change" in response.text


def test_lesson_view_header_shows_the_unread_count_read_in_the_batch(
    client, fellow, course, lessons
):
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    assert "unread notification" not in client.get(lessons[0].url).text
    notification_post(
        user=fellow,
        kind="certificate_issued",
        message=gettext_noop("Your certificate for “%(achievement)s” has been issued."),
        params={"achievement": "Tracing"},
        url="/verify/CODE/",
        dedupe_key="certificate:1",
    )
    assert "1 unread notification" in client.get(lessons[0].url).text
    assert "1 unread notification" in client.get(lessons[0].url).text


def test_outside_a_request_a_prefetch_reads_nothing(cache_reads):
    request_cache._request_finished()
    request_cache.prefetch(["courses:anything"])
    assert cache_reads == []
    assert request_cache.get("courses:anything", "fallback") == "fallback"


def test_a_prefetched_entry_is_served_once_then_read_again():
    cache.set("courses:test-entry", "first")
    request_cache._request_started()
    try:
        request_cache.prefetch(["courses:test-entry", "courses:test-missing"])
        cache.set("courses:test-entry", "second")
        assert request_cache.get("courses:test-entry") == "first"
        assert request_cache.get("courses:test-entry") == "second"
        assert request_cache.get("courses:test-missing", 0) == 0
    finally:
        request_cache._request_finished()


def test_an_entry_changed_in_the_request_is_read_anew():
    cache.set("courses:test-entry", "first")
    request_cache._request_started()
    try:
        request_cache.prefetch(["courses:test-entry"])
        cache.set("courses:test-entry", "second")
        request_cache.forget("courses:test-entry")
        assert request_cache.get("courses:test-entry") == "second"
    finally:
        request_cache._request_finished()
