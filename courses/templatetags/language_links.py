"""The language switcher as plain links: each language's own address of the
page being read, so switching needs no form (and no cookie) and public pages
stay cacheable."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from ..selectors import page_translation_urls

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool
    bidi: bool = False


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
            page_urls = page_translation_urls(page=page, request=request)
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
