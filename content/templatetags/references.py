"""The reference library in the reader's language, in templates.

{% load references %}
{% reference_text term "definition" as definition %}  a LocalText
{% localized provision "title" %}   the text, marked lang="en" dir="ltr"
                                    when it stands in for a translation
{{ instrument.abbreviation|english_inline }}   <bdi lang="en"> on a
                                    right-to-left page
{% provision_citation provision %}  "ITI, para. 8(a)" in the language
{% document_link instrument %}      the symbol, linked to the official
                                    document in the reader's language
"""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext as _

from ..localized import official_document_url, provision_instrument, reference_text

register = template.Library()


@register.simple_tag(name="reference_text")
def reference_text_tag(reference, field):
    return reference_text(reference, field)


@register.filter
def english_inline(value):
    """An English fragment (an abbreviation, a MOSAIC number, a symbol) kept
    in its place inside a right-to-left sentence."""
    if value in (None, ""):
        return ""
    if get_language_bidi():
        return format_html('<bdi lang="en">{}</bdi>', value)
    return format_html("{}", value)


@register.simple_tag
def localized(reference, field):
    text = reference_text(reference, field)
    if text.fallback:
        return format_html('<span lang="en" dir="ltr">{}</span>', text.text)
    return format_html("{}", text.text)


@register.simple_tag
def provision_citation(provision):
    """The instrument's abbreviation (or short title) and the reference."""
    instrument = provision_instrument(provision)
    if instrument is None:
        return localized(provision, "reference")
    if instrument.abbreviation:
        name = english_inline(instrument.abbreviation)
    else:
        name = localized(instrument, "short_title")
    return format_html(
        # Translators: a citation, such as "ITI, para. 8(a)".
        _("{instrument}, {reference}"),
        instrument=name,
        reference=localized(provision, "reference"),
    )


@register.simple_tag
def document_link(instrument):
    """The document symbol linked to the official document in the reader's
    language; nothing when the instrument has no symbol."""
    if instrument is None or not instrument.document_symbol:
        return ""
    symbol = instrument.document_symbol
    return format_html(
        '<a class="document-link" href="{}">{}</a>',
        official_document_url(symbol),
        english_inline(symbol),
    )


@register.simple_tag
def provision_document(provision):
    """The link to the official document of a provision's instrument."""
    return document_link(provision_instrument(provision))
