"""Cache entries read together, once per request.

A page that knows which cached entries it will read (its frame, its rendered
body, the header's unread count...) asks for them at once with `prefetch`:
one round trip to the cache instead of one per entry. Each reader then calls
`get` as it would `cache.get`; an entry prefetched in this request is served
from what was read (once: a reader that misses and fills the entry reads its
own write the next time), any other from the cache.

Outside a request (tasks, commands) `prefetch` does nothing and `get` is
`cache.get`. Not part of any app's layer: every app may use it, it imports
none of them.
"""

import logging
import threading

from django.core.cache import cache
from django.core.signals import request_finished, request_started

logger = logging.getLogger(__name__)

_request = threading.local()
_MISSING = object()


def _request_started(**kwargs) -> None:
    _request.active, _request.found = True, {}


def _request_finished(**kwargs) -> None:
    _request.active, _request.found = False, {}


request_started.connect(_request_started, dispatch_uid="fellowship.request_cache")
request_finished.connect(_request_finished, dispatch_uid="fellowship.request_cache")


def prefetch(keys) -> None:
    """Read these entries in one round trip, for this request's readers."""
    if not getattr(_request, "active", False):
        return
    wanted = [key for key in keys if key not in _request.found]
    if not wanted:
        return
    try:
        found = cache.get_many(wanted)
    except Exception:  # noqa: BLE001 - each reader meets the outage itself
        logger.warning("Cache unavailable for a prefetch", exc_info=True)
        return
    for key in wanted:
        _request.found[key] = found.get(key, _MISSING)


def get(key, default=None):
    found = getattr(_request, "found", None)
    if found and key in found:
        value = found.pop(key)
        return default if value is _MISSING else value
    return cache.get(key, default)


def forget(key) -> None:
    """A writer changed this entry: this request's readers read it anew."""
    found = getattr(_request, "found", None)
    if found:
        found.pop(key, None)
