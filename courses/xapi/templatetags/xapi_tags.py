"""What a lesson's H5P block needs to report to the platform.

The activity IRI names the lesson in the source language; finding it costs
one query per page, remembered on the request for the page's other blocks.
"""

from django import template
from django.middleware.csrf import get_token
from django.urls import reverse

from courses.models import LessonPage
from courses.selectors import page_source

from ..activities import activity_iri

register = template.Library()


@register.simple_tag(takes_context=True)
def xapi_activity(context, page, block_id):
    """The tracking settings for one H5P block, or None when not tracked."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if (
        request is None
        or block_id is None
        or not isinstance(page, LessonPage)
        or user is None
        or not user.is_authenticated
    ):
        return None
    sources = request.__dict__.setdefault("_xapi_source_lessons", {})
    if page.pk not in sources:
        sources[page.pk] = page_source(page=page).pk
    return {
        "activityIri": activity_iri(lesson_id=sources[page.pk], block_id=block_id),
        "statementsUrl": reverse("xapi:statements"),
        "stateUrl": reverse("xapi:state"),
        "csrfToken": get_token(request),
    }
