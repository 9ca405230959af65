"""Public pages (home, catalogue, course overview) for anonymous visitors:
shared-cacheable, and kept whole in the site's cache.

A view opts in with `content.caching.public_for_anonymous(request, response)`: for a visitor
who is not signed in, the response says `Cache-Control: public` with a short
shared max-age (a CDN may keep it; Wagtail's frontend cache purges it on
publish); for a signed-in person it says `private`. The response must set no
cookie, so those pages carry no form for anonymous visitors.

`PublicPageCacheMiddleware` (first in MIDDLEWARE) keeps such responses whole
(headers included, so the CSP nonce matches the HTML) under the content
version, and answers the next cookie-less visitor from the cache before any
routing, session or template work. A request with a session or messages
cookie is never answered from it.
"""

import logging

from django.conf import settings
from django.core.cache import cache

from content.caching import public_for_anonymous, public_seconds

from .routing import content_version

__all__ = ["PublicPageCacheMiddleware", "public_for_anonymous"]

logger = logging.getLogger(__name__)


def _eligible(request) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    cookies = request.COOKIES
    return (
        settings.SESSION_COOKIE_NAME not in cookies
        and getattr(settings, "MESSAGE_COOKIE_NAME", "messages") not in cookies
        and public_seconds() > 0
    )


def _key(request) -> str:
    return (
        f"courses:public-page:{content_version()}:{request.get_host().lower()}:"
        f"{request.get_full_path()}"
    )


def _storable(response) -> bool:
    control = response.get("Cache-Control", "")
    return (
        getattr(response, "public_page", False)
        and response.status_code == 200
        and "public" in control
        and not response.cookies
        and not getattr(response, "streaming", False)
    )


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _eligible(request):
            return self.get_response(request)
        try:
            key = _key(request)
            cached = cache.get(key)
        except Exception:  # noqa: BLE001 - a cache outage must not take pages down
            logger.warning("Public page cache unavailable", exc_info=True)
            return self.get_response(request)
        if cached is not None:
            return cached
        response = self.get_response(request)
        if request.method == "GET" and _storable(response):
            try:
                cache.set(key, response, public_seconds())
            except Exception:  # noqa: BLE001
                logger.warning("Public page cache unavailable", exc_info=True)
        return response


def purge_listing_pages(sender, instance, **kwargs) -> None:
    """Signal receiver (publish, unpublish): Wagtail's frontend cache purges
    the page itself; the catalogue lists its courses and a course overview
    its modules and lessons, so they are purged with it."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    from .models import CatalogPage, CoursePage

    listings = instance.get_ancestors().type(CatalogPage, CoursePage).specific()
    batch = PurgeBatch()
    batch.add_pages(listings)
    batch.purge()
