"""The quiz card in lessons: a fellow's standing in three queries."""

from django import template
from django.template.defaultfilters import linebreaks
from django.template.loader import render_to_string
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html

from fellowship.formats.numbers import percent_number, percent_text

from ..grading.cloze import HTML_TAG
from ..grading.cloze_syntax import MARKER
from ..selectors import quiz_status, quiz_texts

register = template.Library()


@register.inclusion_tag("assessments/includes/quiz_card.html", takes_context=True)
def quiz_card(context, quiz, required=True, texts=None):
    request = context.get("request")
    user = getattr(request, "user", None)
    page = context.get("page")
    status = None
    if quiz is not None and user is not None and user.is_authenticated:
        status = quiz_status(quiz=quiz, user=user)
    return {
        "quiz": quiz,
        # The title in the reader's language (one query outside English).
        "texts": texts or (quiz_texts(quiz=quiz) if quiz is not None else None),
        "required": required,
        "status": status,
        "lesson_id": getattr(page, "pk", ""),
        "request": request,
        "user": user,
    }


@register.filter
def percent(value):
    """A percentage as a person reads it: 87.5 -> "87.5" (en), "87,5" (fr); 80.00 -> "80"."""
    return percent_number(value)


@register.filter
def credit_percent(fraction):
    """A credit (0..1) as a percentage a person reads: 0.5 -> "50%", "50 %"."""
    return percent_text(float(fraction) * 100)


@register.filter
def minutes(duration):
    """Whole minutes of a timedelta."""
    return int(duration.total_seconds() // 60) if duration else 0


@register.filter
def inline_text(value):
    """A text within a sentence; one still in English (not yet translated) is
    isolated as English, so the punctuation of a right-to-left page around
    it stays in place."""
    if value is None:
        return ""
    if getattr(value, "fallback", False):
        return format_html('<bdi lang="en">{}</bdi>', value.text)
    return getattr(value, "text", value)


def _cloze_html(text: str) -> str:
    """A cloze text as HTML: Moodle's HTML as rich text, plain text as typed."""
    if HTML_TAG.search(text):
        return expand_db_html(text)
    return linebreaks(conditional_escape(text))


@register.simple_tag
def cloze_text(text, gaps, template, **context):
    """The text with each `{#N}` marker replaced by gap N rendered with
    `template` (the inputs while answering, the mark in a review)."""
    by_number = {gap["number"]: gap for gap in gaps}
    parts = []
    for index, piece in enumerate(MARKER.split(_cloze_html(text))):
        if index % 2 == 0:
            parts.append(piece)
            continue
        gap = by_number.get(int(piece))
        if gap is not None:
            parts.append(render_to_string(template, {"gap": gap, **context}))
    return mark_safe("".join(parts))  # noqa: S308 - cleaned text, rendered gaps
