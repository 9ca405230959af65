"""Signal receivers: an intent to enrol made before signing in, and the page
permissions of course staff on translations made later.

An anonymous visitor who chooses to enrol on a course page has the choice
kept in their session (`enrol_intent_remember`); it is honoured once, at the
first sign-in of that session, including the sign-in that follows the
confirmation of a new account's e-mail address. The rules (published course,
prerequisites) live in `services.enrolment_from_intent`.
"""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.utils.translation import gettext as _

from . import services
from .selectors import EnrolRefusal

SESSION_KEY = "courses.enrol_intent"


def enrol_intent_remember(request, *, course_id: int) -> None:
    request.session[SESSION_KEY] = int(course_id)


def enrol_intent_honour(sender, request, user, response=None, **kwargs) -> None:
    """`user_logged_in`: enrol in the course chosen before signing in."""
    session = getattr(request, "session", None)
    if session is None or SESSION_KEY not in session:
        return
    course_id = session.pop(SESSION_KEY)
    try:
        outcome = services.enrolment_from_intent(user=user, course_id=int(course_id))
    except (TypeError, ValueError):
        return
    course = outcome.course
    if course is None:
        return
    if outcome.enrolment is not None:
        messages.success(
            request,
            _("You are enrolled in %(course)s.") % {"course": course.title},
        )
    elif outcome.refusal == EnrolRefusal.PREREQUISITES:
        titles = ", ".join(page.title for page in outcome.missing_prerequisites)
        messages.info(
            request,
            _("Complete %(courses)s first: then you can enrol in %(course)s.")
            % {"courses": titles, "course": course.title},
        )
    else:
        return
    if isinstance(response, HttpResponseRedirect) and course.url:
        response["Location"] = course.url


def enrol_intent_honour_on_confirmation(sender, request, email_address, **kwargs):
    """`email_confirmed` by someone already signed in as that address's owner
    (no sign-in follows): honour the intent now."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return
    if user.pk != email_address.user_id:
        return
    enrol_intent_honour(sender, request=request, user=user)


def course_page_created(sender, instance, created, raw=False, **kwargs):
    # A translation or alias made after the staff were named gets their
    # page permissions too.
    if created and not raw:
        services.course_translation_created(page=instance)
