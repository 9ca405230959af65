"""One request's queries and cache round trips, for the instruction scripts."""

import contextlib

from django.core.cache.backends import redis as redis_backend
from django.db import connection
from django.test.utils import CaptureQueriesContext


@contextlib.contextmanager
def counted():
    """Count the queries and the Redis GETs and GET_MANYs made inside."""
    calls = {"get": 0, "get_many": 0, "queries": []}
    plain = {
        name: getattr(redis_backend.RedisCacheClient, name)
        for name in ("get", "get_many")
    }

    def counting(name):
        def call(self, *args, **kwargs):
            calls[name] += 1
            return plain[name](self, *args, **kwargs)

        return call

    for name in plain:
        setattr(redis_backend.RedisCacheClient, name, counting(name))
    try:
        with CaptureQueriesContext(connection) as queries:
            yield calls
    finally:
        for name, method in plain.items():
            setattr(redis_backend.RedisCacheClient, name, method)
    calls["queries"] = [query["sql"] for query in queries.captured_queries]
