"""Parts of a page that are the same for every reader of it in a language,
rendered once per process until the content changes."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from courses.routing import content_version

register = template.Library()

SOURCES_TEMPLATE = "courses/includes/sources.html"
# (content version, page, language) -> HTML; emptied when full. A new
# content version (every publish, and every change to the reference
# library) makes the older entries unreachable.
_SOURCES: dict[tuple, str] = {}
_SOURCES_MAX = 2048


@register.simple_tag(takes_context=True)
def sources(context) -> str:
    """The page's Sources section (`provisions` and `mosaic_modules`)."""
    parts = {
        "provisions": context.get("provisions") or (),
        "mosaic_modules": context.get("mosaic_modules") or (),
    }
    page = context.get("page")
    if context.get("preview") or page is None or not page.pk:
        return render_to_string(SOURCES_TEMPLATE, parts)
    key = (content_version(), page.pk, get_language())
    html = _SOURCES.get(key)
    if html is None:
        html = render_to_string(SOURCES_TEMPLATE, parts)
        if len(_SOURCES) >= _SOURCES_MAX:
            _SOURCES.clear()
        _SOURCES[key] = html
    # Rendered by our template, every value escaped there.
    return mark_safe(html)  # noqa: S308


# (content version, page, host) -> the page's URL for that host, as
# Wagtail's `pageurl` gives it. Moves, slug changes, publishing and sites
# all replace the content version.
_URLS: dict[tuple, str] = {}
_URLS_MAX = 8192


@register.simple_tag(takes_context=True)
def page_url(context, page) -> str:
    """Wagtail's `{% pageurl page %}`, worked out once per content version."""
    request = context.get("request")
    if not getattr(page, "pk", None):
        return page.get_url(request=request) or ""
    key = (content_version(), page.pk, request.get_host() if request else "")
    url = _URLS.get(key)
    if url is None:
        url = page.get_url(request=request) or ""
        if len(_URLS) >= _URLS_MAX:
            _URLS.clear()
        _URLS[key] = url
    return url
