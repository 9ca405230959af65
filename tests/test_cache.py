"""The site's Redis cache keeps one client per connection pool, and works
as Django's does (a Redis server at REDIS_URL, else these tests skip)."""

import os
import uuid

import pytest

from fellowship.cache import RedisCache


def _cache(location: str) -> RedisCache:
    return RedisCache(location, {"KEY_PREFIX": "test-cache"})


def test_the_client_is_made_once_per_pool():
    cache = _cache("redis://127.0.0.1:1/0")  # nothing is sent
    client = cache._cache.get_client()
    assert cache._cache.get_client(write=True) is client
    assert cache._cache.get_client("another-key") is client


def test_a_server_that_is_down_still_raises():
    cache = _cache("redis://127.0.0.1:1/0")
    with pytest.raises(Exception):  # noqa: B017, PT011 - redis-py's own error
        cache.get("anything")


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="no Redis server")
def test_values_go_and_come_back():
    # The suite's own Redis database, under a prefix no other test uses.
    cache = RedisCache(
        os.environ["REDIS_URL"], {"KEY_PREFIX": f"test-cache-{uuid.uuid4().hex}"}
    )
    cache.set("a", {"lesson": 1}, 30)
    cache.set("b", [2], 30)
    assert cache.get("a") == {"lesson": 1}
    assert cache.get_many(["a", "b", "c"]) == {"a": {"lesson": 1}, "b": [2]}
    cache.delete_many(["a", "b"])
    assert cache.get("a") is None
