"""The language switcher as plain links: each language's own address of the
page being read, so switching needs no form (and no cookie) and public pages
stay cacheable."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.core.cache import cache
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from ..routing import content_version

register = template.Library()

TIMEOUT = 60 * 60 * 24


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool
    bidi: bool = False


def _page_urls(page: Page, request) -> dict[str, str]:
    """The live translations' addresses of a page by language (one query,
    then from the cache until the next publish)."""
    key = f"courses:translation-urls:{content_version()}:{page.pk}"
    urls = cache.get(key)
    if urls is None:
        urls = {}
        translations = page.get_translations(inclusive=True).live()
        for translation in translations.select_related("locale"):
            url = translation.get_url(request=request)
            if url:
                urls[translation.locale.language_code] = url
        cache.set(key, urls, TIMEOUT)
    return urls


@register.simple_tag(takes_context=True)
def language_links(context) -> list[LanguageLink]:
    request = context.get("request")
    path = request.get_full_path() if request is not None else "/"
    page = context.get("page")
    page_urls: dict[str, str] = {}
    suffix = ""
    preview = getattr(request, "is_preview", False)
    if isinstance(page, Page) and page.pk and not preview and request is not None:
        own = page.get_url(request=request) or ""
        if own and path.startswith(own):
            page_urls = _page_urls(page, request)
            suffix = path[len(own) :]  # a sub-route (lite/) and the query
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        url = page_urls[code] + suffix if code in page_urls else None
        links.append(
            LanguageLink(
                code=code,
                name=get_language_info(code)["name_local"],
                url=url or translate_url(path, code),
                current=code == current,
                bidi=get_language_info(code)["bidi"],
            )
        )
    return links
