"""The reference library in the reader's language.

A reference (instrument, provision, MOSAIC module, glossary term) is stored
in the source language; its translations are ReferenceTranslation rows. A
page asks for a text with `reference_text(reference, field)`: the first ask
of a request reads every translation of the active language in one query,
and the rest of the request reads that. A text without a translation comes
back in the source language, marked as a fallback, so the template can mark
it `lang="en" dir="ltr"` with the notice (docs/decisions/0029).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language, get_supported_language_variant

from .models import Instrument, Provision, reference_kind
from .selectors import reference_translations

# The Official Document System's link to a symbol, in a language.
OFFICIAL_DOCUMENT_URL = "https://undocs.org/{language}/{symbol}"

_request = threading.local()


def request_started(**kwargs) -> None:
    _request.active, _request.translations, _request.instruments = True, {}, None


def request_finished(**kwargs) -> None:
    _request.active, _request.translations, _request.instruments = False, {}, None


def source_language() -> str:
    return get_supported_language_variant(settings.LANGUAGE_CODE)


def _translations(language: str) -> dict:
    """Within a request, read once per language; outside one (commands,
    tasks), read every time, as a long-lived process must not keep them."""
    if not getattr(_request, "active", False):
        return reference_translations(language=language)
    memo = _request.translations
    if language not in memo:
        memo[language] = reference_translations(language=language)
    return memo[language]


@dataclass(frozen=True)
class LocalText:
    """A text of a reference as shown: `fallback` when the page's language
    has no translation of it and the source text stands in."""

    text: str
    fallback: bool = False
    language: str = ""

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)


def reference_text(reference, field: str, language: str | None = None) -> LocalText:
    if reference is None:
        return LocalText("")
    source = getattr(reference, field) or ""
    language = language or get_language() or source_language()
    if language == source_language() or not source:
        return LocalText(source)
    texts = _translations(language).get((reference_kind(reference), reference.pk))
    value = (texts or {}).get(field)
    if value:
        return LocalText(value, language=language)
    return LocalText(source, fallback=True, language=source_language())


def reference_is_translated(reference, fields, language: str | None = None) -> bool:
    return not any(reference_text(reference, f, language).fallback for f in fields)


def official_document_url(symbol: str, language: str | None = None) -> str:
    """The official document with this symbol, in the reader's language
    (ar, en, es, fr, ru, zh)."""
    code = (language or get_language() or source_language()).split("-")[0]
    return OFFICIAL_DOCUMENT_URL.format(language=code, symbol=symbol)


def provision_instrument(provision) -> Instrument | None:
    """A provision's instrument without a query per provision: the one
    loaded with it, or, within a request, all instruments read once."""
    if provision is None:
        return None
    if Provision.instrument.is_cached(provision):
        return provision.instrument
    if not getattr(_request, "active", False):
        return provision.instrument
    if _request.instruments is None:
        _request.instruments = Instrument.objects.in_bulk()
    return _request.instruments.get(provision.instrument_id)
