"""The site's Redis cache: Django's backend, with one redis-py client kept
per connection pool.

Django's `RedisCacheClient` makes a new `redis.Redis` object for every cache
operation, and each one fills a table of about 170 reply parsers before it
sends anything; a page reads the cache several times per request. A
`redis.Redis` object holds no connection of its own (it borrows one from the
pool for each command) and may be shared, so one per pool is kept.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class ReusedRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedRedisCacheClient
