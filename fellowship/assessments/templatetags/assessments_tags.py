"""The quiz card in lessons: a fellow's standing in three queries."""

from django import template
from django.utils.html import format_html

from fellowship.formats.numbers import percent_number

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
