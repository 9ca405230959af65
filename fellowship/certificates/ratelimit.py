"""A fixed-window rate limit per client IP, kept in the cache (Redis in
production, so every web node counts together)."""

import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

from fellowship.accounts.client_address import client_address

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
DEFAULT_VERIFY_RATE = "30/m"


@dataclass(frozen=True)
class Rate:
    limit: int
    period: int


def rate_parse(text: str) -> Rate:
    """'30/m' -> 30 per 60 seconds; '100/5m' -> 100 per 300 seconds."""
    count, _slash, window = text.partition("/")
    unit = window[-1:] or "m"
    multiplier = int(window[:-1] or 1)
    return Rate(limit=int(count), period=multiplier * PERIODS[unit])


def rate_limit_exceeded(request, *, scope: str) -> tuple[bool, int]:
    """Count this request; return (exceeded, seconds until the window ends)."""
    rate = rate_parse(
        getattr(settings, "CERTIFICATES_VERIFY_RATE_LIMIT", DEFAULT_VERIFY_RATE)
    )
    now = time.time()
    window = int(now // rate.period)
    key = f"certificates:ratelimit:{scope}:{client_address(request)}:{window}"
    if cache.add(key, 1, rate.period + 1):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, rate.period + 1)
            count = 1
    retry_after = int((window + 1) * rate.period - now) + 1
    return count > rate.limit, retry_after
