"""The address a request came from, the same for every rate limit.

allauth decides it: REMOTE_ADDR when no proxy is trusted
(`ALLAUTH_TRUSTED_PROXY_COUNT = 0`, from `TRUSTED_PROXY_COUNT`), otherwise the
address that the outermost trusted proxy appended to X-Forwarded-For. Values
a client put at the left of X-Forwarded-For are never used. IPv6 addresses are
cut to their network prefix, as allauth's own login limits do, so that one
network cannot rotate through its addresses to escape a limit.
"""

from allauth.core.internal.ratelimit import get_ip
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """The client's address as the login limits and the /verify/ limit see it."""
    return get_ip(request)
