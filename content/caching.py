"""Cache-Control for the public pages: shared-cacheable for anonymous
visitors (a CDN may keep them a few minutes; Wagtail's frontend cache purges
them on publish), private for signed-in people.

A page that opts in must set no cookie for an anonymous visitor: it carries
no form with a CSRF token (the language switcher is made of links).
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

DEFAULT_SECONDS = 300


def public_seconds() -> int:
    return int(getattr(settings, "PUBLIC_PAGE_CACHE_SECONDS", DEFAULT_SECONDS))


def public_for_anonymous(request, response):
    """Mark `response` public for anonymous visitors, private otherwise."""
    seconds = public_seconds()
    if request.user.is_authenticated or seconds <= 0:
        patch_cache_control(response, private=True)
    else:
        patch_cache_control(
            response, public=True, max_age=min(60, seconds), s_maxage=seconds
        )
        # Only these pages go into the site's own page cache (see
        # courses.caching): other public responses keep their own rules.
        response.public_page = True
    return response
