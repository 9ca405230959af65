"""Fellow-facing views: thin, each parses, calls a selector or a service, renders.

Page views are reached through the pages' routes (RoutablePageMixin), so
Wagtail's routing, drafts and privacy apply before any of these run.
"""

import datetime

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from content.caching import public_for_anonymous
from fellowship.memo import ProcessMemo

from . import completion, handlers, selectors, services
from .calendar import (
    calendar_entries,
    calendar_has_feed,
    calendar_ics,
    calendar_months,
)
from .forms import (
    ActivityForm,
    CatalogFilterForm,
    ExerciseAnswerForm,
    ReflectionForm,
)
from .models import CatalogPage, CoursePage, CourseProgress, LessonPage, ModulePage
from .offline.writes import is_offline_copy, takes_write_once
from .selectors import LockReason


def catalog_page(request, *, page: CatalogPage):
    form = CatalogFilterForm(request.GET or None)
    filters = selectors.CatalogFilters(**(form.cleaned_data if form.is_valid() else {}))
    courses = list(selectors.catalog_courses(catalog=page, filters=filters))
    progress = {}
    if request.user.is_authenticated:
        progress = {
            str(key): percent
            for key, percent in CourseProgress.objects.filter(
                user=request.user
            ).values_list("course__translation_key", "percent")
        }
    entries = [
        {
            "page": course,
            "fallback": selectors.page_is_fallback(page=course),
            "percent": progress.get(str(course.translation_key)),
        }
        for course in courses
    ]
    return public_for_anonymous(
        request,
        TemplateResponse(
            request,
            "courses/catalog_page.html",
            {"page": page, "self": page, "form": form, "entries": entries},
        ),
    )


def _is_preview(request) -> bool:
    """Editors previewing a draft see it without enrolment or progress."""
    return getattr(request, "is_preview", False)


def _sources(request, page):
    if _is_preview(request):
        # A preview shows the edited choices, which live only in memory.
        return (
            sorted(page.provisions.all(), key=lambda provision: provision.key),
            sorted(page.mosaic_modules.all(), key=lambda module: module.number),
        )
    return selectors.page_sources(page=page)


def course_page(request, *, page: CoursePage):
    if _is_preview(request):
        state = selectors.CourseState(course=page)
    else:
        source = selectors.page_source(page=page)
        state = selectors.course_state(user=request.user, course=source)
    outline, lessons = selectors.course_outline(course=page, state=state)
    provisions, mosaic_modules = _sources(request, page)
    response = TemplateResponse(
        request,
        "courses/course_page.html",
        {
            "page": page,
            "self": page,
            "state": state,
            "outline": outline,
            "continue_lesson": _continue_lesson(state, lessons),
            "fallback": selectors.page_is_fallback(page=page),
            "source_language": selectors.language_name(
                selectors.source_language_code()
            ),
            "provisions": provisions,
            "mosaic_modules": mosaic_modules,
            "enrol_url": (page.get_url(request=request) or "")
            + page.reverse_subpage("enrol"),
            "lessons_count": len(lessons),
        },
    )
    return response if _is_preview(request) else public_for_anonymous(request, response)


def _continue_lesson(state, lessons):
    """The lesson to continue: the last one opened if unfinished, else the next."""
    if not state.is_enrolled or state.lock_reason is not None:
        return None
    if state.last_lesson_key is not None:
        for item in lessons:
            if str(item.page.translation_key) == state.last_lesson_key and not (
                item.completed
            ):
                return item
    return selectors.next_lesson(lessons=lessons)


def course_enrol(request, *, page: CoursePage):
    """Enrol (POST, signed in); an anonymous visitor's choice is kept for
    their first sign-in and they are sent to sign in or to sign up."""
    if not request.user.is_authenticated:
        if request.method not in ("GET", "POST"):
            return HttpResponseNotAllowed(["GET", "POST"])
        handlers.enrol_intent_remember(request, course_id=page.pk)
        account = "account_signup" if request.GET.get("account") == "signup" else None
        return redirect_to_login(
            page.url, login_url=reverse(account) if account else None
        )
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    services.enrolment_create(user=request.user, course=page)
    messages.success(request, _("You are enrolled in this course."))
    return redirect(page.url)


def module_page(request, *, page: ModulePage):
    course = page.get_parent()
    return redirect(f"{course.url}#module-{page.slug}")


def lesson_page(request, *, page: LessonPage, lite: bool = False):
    preview = _is_preview(request)
    if not preview and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if preview:
        course = selectors.course_of_lesson(lesson=page)
        source, source_course, pages = page, course, None
        state = selectors.CourseState(course=course)
    else:
        # The same for every fellow: from the cache until the next publish,
        # read with the other cached parts of the page in one round trip.
        selectors.lesson_page_prefetch(lesson=page, user=request.user, lite=lite)
        frame = selectors.lesson_frame(lesson=page)
        course, pages = frame.course, frame.outline
        source = frame.source_lesson or page
        source_course = frame.source_course
        state = selectors.course_state(
            user=request.user,
            course=source_course,
            has_prerequisites=frame.has_prerequisites,
        )
    outline, lessons = selectors.course_outline(course=course, state=state, pages=pages)
    ordered_keys = [str(item.page.translation_key) for item in lessons]
    reason = (
        None
        if preview
        else selectors.lesson_lock_reason(
            state=state, lesson=source, ordered_keys=ordered_keys
        )
    )
    if reason in (LockReason.NOT_ENROLLED, LockReason.WITHDRAWN):
        messages.info(request, _("Enrol in this course to open its lessons."))
        return redirect(course.url)
    position = next(
        (i for i, item in enumerate(lessons) if page.pk and item.page.pk == page.pk),
        None,
    )
    # With the request, Wagtail reads the sites' root paths once per request.
    url = page.get_url(request=request) or ""
    context = {
        "page": page,
        "self": page,
        "course": course,
        "state": state,
        "outline": outline,
        "lock_reason": reason,
        "previous": lessons[position - 1] if position else None,
        "next": (
            lessons[position + 1]
            if position is not None and position + 1 < len(lessons)
            else None
        ),
        "fallback": selectors.page_is_fallback(page=page),
        "source_language": selectors.language_name(selectors.source_language_code()),
        "lesson_url": url,
        "lite_url": url + page.reverse_subpage("lite"),
        "complete_url": url + page.reverse_subpage("complete"),
        "activity_url": url + page.reverse_subpage("activity"),
        "preview": preview,
    }
    if reason is not None:
        return TemplateResponse(
            request, "courses/lesson_locked.html", context, status=403
        )
    offline_copy = False
    if preview:
        completed, reflections, answers, shared_html = False, {}, {}, {}
        provisions, mosaic_modules = _sources(request, page)
        untranslated = selectors.untranslated_blocks(
            lesson=page, source=selectors.page_source(page=page)
        )
    else:
        # A copy fetched for offline reading is not the fellow opening it,
        # and carries no answers of theirs (nor, then, model answers).
        offline_copy = is_offline_copy(request)
        if not offline_copy:
            services.lesson_open(
                user=request.user,
                lesson=source,
                course=source_course,
                state=state,
                ordered_keys=ordered_keys,
            )
        completed = state.is_completed(source.translation_key)
        reflections = (
            selectors.reflections_for(user=request.user, lesson=source)
            if frame.has_reflections and not offline_copy
            else {}
        )
        answers = (
            selectors.exercise_answers_for(user=request.user, lesson=source)
            if frame.has_exercises and not offline_copy
            else {}
        )
        provisions, mosaic_modules = frame.provisions, frame.mosaic_modules
        shared_html = {} if lite else selectors.lesson_shared_html(lesson=page)
        untranslated = frame.untranslated_blocks
    context.update(
        {
            "provisions": provisions,
            "mosaic_modules": mosaic_modules,
            "completed": completed,
            "graded": completion.lesson_is_graded(lesson=page),
            "body": _lesson_body(
                page,
                url=url,
                reflections=reflections,
                answers=answers,
                forms=not preview,
                offline_copy=offline_copy,
                shared_html=shared_html,
                untranslated=untranslated,
            ),
            "source_language_code": selectors.source_language_code(),
        }
    )
    if lite:
        context["media"] = _lesson_media(page)
    template = "courses/lesson_page_lite.html" if lite else "courses/lesson_page.html"
    return TemplateResponse(request, template, context)


def _lesson_media(page) -> dict[str, bool]:
    """What the full version of a lesson has that the lite version leaves out."""
    kinds = {block.block_type for block in page.body}
    return {
        "images": "image" in kinds,
        "video": "video" in kinds,
        "activities": "h5p" in kinds,
    }


# The shared blocks of a lesson body, wrapped as the page shows them and
# joined between the blocks that are each fellow's own: per process, under
# the key of the rendered body (content version, lesson, revision, language).
_BODY_SEGMENTS: ProcessMemo[list] = ProcessMemo(1024)


def _lesson_body(
    page,
    *,
    url,
    reflections,
    answers,
    forms,
    offline_copy,
    shared_html,
    untranslated,
):
    """The body's blocks, each reflection prompt and exercise with the
    fellow's own answer, the HTML already rendered for the blocks that are
    the same for all, and whether a block is still in the source language.

    With `shared_html`, the blocks the same for all come as `wrapped` HTML,
    consecutive ones joined."""
    segments = (
        _body_segments(page, shared_html, untranslated)
        if shared_html
        else range(len(page.body.raw_data))
    )
    body = []
    for segment in segments:
        if isinstance(segment, str):
            body.append({"wrapped": mark_safe(segment)})  # noqa: S308 - rendered blocks
            continue
        block = page.body[segment]
        block_id = str(block.id)
        item = {"block": block, "untranslated": block_id in untranslated}
        if block.block_type == "reflection":
            item["reflection"] = reflections.get(block_id, "")
            if forms:
                path = page.reverse_subpage("reflection", args=(block.id,))
                item["reflection_url"] = url + path
        elif block.block_type == "exercise":
            item["answer"] = answers.get(block_id, "")
            # Submitting needs the server, which alone reveals the model answer.
            item["offline_copy"] = offline_copy
            if forms and not offline_copy:
                path = page.reverse_subpage("exercise", args=(block.id,))
                item["exercise_url"] = url + path
        body.append(item)
    return body


def _body_segments(page, shared_html, untranslated) -> list:
    """The body as HTML strings (shared blocks, wrapped and joined) and the
    indexes of the blocks rendered for each request."""
    return _BODY_SEGMENTS.get_or_make(
        (selectors.lesson_shared_html_key(lesson=page), frozenset(untranslated)),
        lambda: _segments_make(page, shared_html, untranslated),
    )


def _segments_make(page, shared_html, untranslated) -> list:
    segments, run = [], []
    for index, raw in enumerate(page.body.raw_data):
        block_id = str(raw.get("id"))
        html = shared_html.get(block_id)
        if html is None:
            if run:
                segments.append("".join(run))
                run = []
            segments.append(index)
            continue
        run.append(
            render_to_string(
                "courses/includes/shared_block.html",
                {
                    "type": raw["type"],
                    "id": raw.get("id"),
                    "html": html,
                    "untranslated": block_id in untranslated,
                    "source_language_code": selectors.source_language_code(),
                },
            )
        )
    if run:
        segments.append("".join(run))
    return segments


def _post_only(request, page):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(page.url)
    return None


@takes_write_once
def lesson_complete(request, *, page: LessonPage):
    if refused := _post_only(request, page):
        return refused
    try:
        services.lesson_mark_complete(user=request.user, lesson=page)
    except services.LessonLocked:
        messages.error(request, _("This lesson is not open to you yet."))
    except services.LessonNotCompletable:
        messages.error(
            request,
            _("Complete the graded activities of this lesson to finish it."),
        )
    else:
        messages.success(request, _("Lesson complete."))
    return redirect(page.url)


@takes_write_once
def lesson_activity(request, *, page: LessonPage):
    if refused := _post_only(request, page):
        return refused
    form = ActivityForm(request.POST)
    if not form.is_valid():
        return HttpResponse(status=400)
    services.lesson_record_activity(
        user=request.user,
        lesson=page,
        seconds=form.cleaned_data["seconds"],
        position=form.cleaned_data["position"],
    )
    return HttpResponse(status=204)


@takes_write_once
def reflection_save(request, *, page: LessonPage, block_id):
    if refused := _post_only(request, page):
        return refused
    form = ReflectionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Your reflection is too long to keep."))
        return redirect(f"{page.url}#block-{block_id}")
    try:
        services.reflection_save(
            user=request.user,
            lesson=page,
            block_id=block_id,
            text=form.cleaned_data["text"],
        )
    except services.LessonLocked:
        messages.error(request, _("This lesson is not open to you yet."))
        return redirect(page.url)
    except services.ReflectionError:
        return HttpResponse(status=400)
    messages.success(request, _("Your reflection is saved. Only you can read it."))
    return redirect(f"{page.url}#block-{block_id}")


def exercise_answer_save(request, *, page: LessonPage, block_id):
    if refused := _post_only(request, page):
        return refused
    form = ExerciseAnswerForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Your answer is too long to keep."))
        return redirect(f"{page.url}#block-{block_id}")
    try:
        services.exercise_answer_save(
            user=request.user,
            lesson=page,
            block_id=block_id,
            text=form.cleaned_data["text"],
        )
    except services.LessonLocked:
        messages.error(request, _("This lesson is not open to you yet."))
        return redirect(page.url)
    except services.ExerciseAnswerError as error:
        if str(error) != "empty":
            return HttpResponse(status=400)
        messages.error(
            request, _("Write your answer before submitting it: it is empty.")
        )
        return redirect(f"{page.url}#block-{block_id}")
    messages.success(
        request,
        _(
            "Your answer is saved; compare it with the model answer. Only you can read it."
        ),
    )
    return redirect(f"{page.url}#block-{block_id}")


@login_required
def my_learning(request):
    return TemplateResponse(
        request,
        "courses/my_learning.html",
        {
            "items": selectors.my_learning(user=request.user),
            "catalog": selectors.catalog_for_language(
                language_code=get_language() or settings.LANGUAGE_CODE
            ),
            "today": timezone.localdate(),
        },
    )


def catalogue(request):
    """A stable address for the catalogue in the current language."""
    page = selectors.catalog_for_language(language_code=get_language())
    if page is None:
        raise Http404
    return redirect(page.localized.url)


# The calendar and its subscription link.


@login_required
def calendar(request):
    """Deadlines, quiz windows and sessions: what is coming, then what is past."""
    new_key = ""
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "create":
            new_key = services.calendar_feed_create(user=request.user)
        elif action == "delete":
            if services.calendar_feed_delete(user=request.user):
                messages.success(request, _("The subscription link no longer works."))
            return redirect("calendar")
        else:
            return HttpResponse(status=400)
    entries = calendar_entries(user=request.user)
    now = timezone.now()
    upcoming = [entry for entry in entries if _entry_end(entry) >= now]
    past = [entry for entry in entries if _entry_end(entry) < now][-20:]
    feed_url = ""
    if new_key:
        feed_url = request.build_absolute_uri(
            reverse("calendar_feed", kwargs={"key": new_key})
        )
    return TemplateResponse(
        request,
        "courses/calendar.html",
        {
            "months": calendar_months(entries=upcoming),
            "past": list(reversed(past)),
            "feed_url": feed_url,
            "has_feed": bool(new_key) or calendar_has_feed(user=request.user),
        },
    )


def _entry_end(entry) -> "datetime.datetime":
    end = entry.ends or entry.starts
    if isinstance(end, datetime.datetime):
        return end
    return datetime.datetime.combine(end, datetime.time.max, tzinfo=datetime.UTC)


def calendar_feed(request, key: str):
    """The person's calendar as iCalendar, for calendar apps (no session)."""
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    user = services.calendar_feed_user(key=key)
    if user is None:
        raise Http404
    body = calendar_ics(
        entries=calendar_entries(user=user),
        name=_("SALW Fellowship"),
        base_url=settings.SITE_URL,
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=900"
    response["Content-Disposition"] = 'inline; filename="fellowship.ics"'
    return response
