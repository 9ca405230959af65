"""Reads for courses: the catalogue, outlines, access and a fellow's learning.

Every function here runs a fixed number of queries whatever the number of
courses, lessons or enrolments, because the pages that call them have a
query budget.
"""

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db.models import (
    Aggregate,
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
)
from django.utils.translation import get_language, get_supported_language_variant
from wagtail.models import Page

from content.models import MosaicModule, Provision
from fellowship import request_cache
from fellowship.accounts.selectors import unread_cache_key
from fellowship.compiled_query import CompiledQuery

from . import completion
from .choices import EnrolmentStatus, LessonStatus, StaffRole
from .gates import Gate, course_gate
from .models import (
    CatalogPage,
    CoursePage,
    CourseProgress,
    CourseStaff,
    Enrolment,
    ExerciseAnswer,
    LessonPage,
    LessonProgress,
    ModulePage,
    Reflection,
)


class LockReason(StrEnum):
    NOT_ENROLLED = "not_enrolled"
    WITHDRAWN = "withdrawn"
    PREREQUISITES = "prerequisites"
    SEQUENCE = "sequence"
    GATE = "gate"


def source_language_code() -> str:
    return get_supported_language_variant(settings.LANGUAGE_CODE)


def source_courses():
    """Every course in the source language (what course packages hold)."""
    return CoursePage.objects.filter(
        locale__language_code=source_language_code(), alias_of__isnull=True
    ).order_by("path")


PageT = TypeVar("PageT", bound=Page)


def page_source(*, page: PageT) -> PageT:
    """The page in the source language that `page` translates (or itself).

    Enrolments and progress always point at the source-language pages, so a
    fellow keeps their progress whichever language they read a course in.
    """
    if page.alias_of_id is None and _cached_locale_code(page) == source_language_code():
        return page  # already the source: no query
    model = type(page)
    found = (
        model.objects.filter(
            translation_key=page.translation_key,
            locale__language_code=source_language_code(),
        )
        .select_related("locale")
        .first()
    )
    return found or page


def _cached_locale_code(page: Page) -> str | None:
    """The page's language when its locale is already loaded, else None."""
    if Page.locale.is_cached(page):
        return page.locale.language_code
    return None


def course_of_lesson(*, lesson: LessonPage) -> CoursePage | None:
    return CoursePage.objects.ancestor_of(lesson).first()


def course_lessons(*, course: CoursePage) -> QuerySet[LessonPage]:
    """The live lessons of a course, in the order a fellow takes them."""
    return LessonPage.objects.live().descendant_of(course).order_by("path")


def course_in_language(*, course: CoursePage, language_code: str) -> CoursePage:
    """The live translation of `course` into `language_code`, else `course`."""
    translated = (
        CoursePage.objects.live()
        .filter(
            translation_key=course.translation_key,
            locale__language_code=language_code,
            alias_of__isnull=True,
        )
        .first()
    )
    return translated or course


# The course completion rule, read from the database. Certificates asks it
# inside its issuing transaction; CourseProgress (a running summary for the
# dashboards) is never consulted, nor anything a browser said.


def enrolment_is_current(*, user, course: CoursePage) -> bool:
    """Whether `user` is enrolled in `course` and has not withdrawn."""
    return (
        Enrolment.objects.filter(user=user, course=course)
        .exclude(status=EnrolmentStatus.WITHDRAWN)
        .exists()
    )


def course_requirements_met(*, user, course: CoursePage) -> bool:
    """Whether the database shows `user` has completed `course`.

    The fellow's enrolment is not withdrawn, every live lesson has a
    completed LessonProgress, and every lesson with graded blocks (quizzes,
    H5P) passes its checkers (`completion.requirements_met`) again now. A
    course without lessons is never complete.
    """
    if not enrolment_is_current(user=user, course=course):
        return False
    lessons = list(course_lessons(course=course))
    if not lessons:
        return False
    completed = set(
        LessonProgress.objects.filter(
            user=user,
            lesson__in=lessons,
            status=LessonStatus.COMPLETED,
            completed_at__isnull=False,
        ).values_list("lesson_id", flat=True)
    )
    if any(lesson.pk not in completed for lesson in lessons):
        return False
    return all(
        completion.requirements_met(user=user, lesson=lesson)
        for lesson in lessons
        if completion.lesson_is_graded(lesson=lesson)
    )


def language_name(code: str) -> str:
    return str(settings.LANGUAGE_NAMES_IN_ENGLISH.get(code, code))


def page_is_fallback(*, page: Page) -> bool:
    """Whether `page` shows content not written in the active language.

    Untranslated pages reach other language trees as aliases of the source
    page (wagtail-localize keeps them in sync); a page reached from a
    language without its own tree has a locale other than the active one.
    """
    if page.alias_of_id is not None:
        return True
    if page.locale_id is None:
        return False
    language = get_language() or settings.LANGUAGE_CODE
    try:
        active = get_supported_language_variant(language)
    except LookupError:
        return False
    return page.locale.language_code != active


# The catalogue.


@dataclass
class CatalogFilters:
    track: str = ""
    level: str = ""
    language: str = ""


def catalog_courses(
    *, catalog: CatalogPage, filters: CatalogFilters
) -> QuerySet[CoursePage]:
    """The live courses of a catalogue, narrowed by track, level and language.

    The language filter keeps courses with a live translation (not a
    placeholder alias) in that language.
    """
    courses = (
        CoursePage.objects.live()
        .public()
        .child_of(catalog)
        .select_related("cover_image", "locale")
        .order_by("path")
    )
    if filters.track:
        courses = courses.filter(track=filters.track)
    if filters.level:
        courses = courses.filter(level=filters.level)
    if filters.language:
        translated = CoursePage.objects.live().filter(
            translation_key=OuterRef("translation_key"),
            locale__language_code=filters.language,
            alias_of__isnull=True,
        )
        courses = courses.filter(Exists(translated))
    return courses


def catalog_for_language(*, language_code: str) -> CatalogPage | None:
    return (
        CatalogPage.objects.live()
        .filter(locale__language_code=language_code)
        .order_by("path")
        .first()
    ) or CatalogPage.objects.live().order_by("path").first()


# Enrolment, progress and access.


@dataclass
class CourseState:
    """What a person may do in a course, read in a fixed number of queries."""

    course: CoursePage  # in the source language
    enrolment: Enrolment | None = None
    progress: CourseProgress | None = None
    missing_prerequisites: list[CoursePage] = field(default_factory=list)
    lesson_status: dict[str, str] = field(default_factory=dict)  # translation key
    last_lesson_key: str | None = None  # of the lesson opened last
    gate: Gate | None = None  # from the lesson gate registry (courses.gates)

    @property
    def is_enrolled(self) -> bool:
        return (
            self.enrolment is not None
            and self.enrolment.status != EnrolmentStatus.WITHDRAWN
        )

    @property
    def lock_reason(self) -> LockReason | None:
        if self.enrolment is None:
            return LockReason.NOT_ENROLLED
        if self.enrolment.status == EnrolmentStatus.WITHDRAWN:
            return LockReason.WITHDRAWN
        if self.missing_prerequisites:
            return LockReason.PREREQUISITES
        if self.gate is not None:
            return LockReason.GATE
        return None

    def is_completed(self, translation_key) -> bool:
        return self.lesson_status.get(str(translation_key)) == LessonStatus.COMPLETED


class _JoinedStatuses(Aggregate):
    """A person's lesson statuses in a course as one string,
    "translation-key:status,...": read with the enrolment, in its query."""

    function = "STRING_AGG"
    # Neither column is ever NULL: a plain concatenation (the key is a uuid
    # on PostgreSQL, made text by the operator).
    template = "%(function)s(%(expressions)s, ',')"
    arg_joiner = " || ':' || "
    output_field = TextField()

    def __init__(self):
        super().__init__(F("lesson__translation_key"), F("status"))

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler, connection, function="GROUP_CONCAT", **extra_context
        )


def _split_statuses(joined: str | None) -> dict[str, str]:
    if not joined:
        return {}
    pairs = (item.split(":", 1) for item in joined.split(","))
    # PostgreSQL writes the key with dashes, SQLite without: one spelling.
    return {str(uuid.UUID(key)): status for key, status in pairs}


def _prerequisites_missing(*, user_id: int, course_id: int):
    """The course's prerequisites the person has not completed."""
    return CoursePage.objects.filter(required_by=course_id).exclude(
        translation_key__in=CourseProgress.objects.filter(
            user=user_id, completed_at__isnull=False
        ).values("course__translation_key")
    )


def _enrolment_state(*, user: int, course: int, prerequisites: bool):
    """The enrolment with its progress, the key of the lesson last opened,
    the lesson statuses joined in one string and (when the course may have
    prerequisites) whether some are missing: one row."""
    statuses = LessonProgress.objects.filter(user=user, course=course)
    return (
        Enrolment.objects.filter(user=user, course=course)
        .select_related("progress")
        .annotate(
            prerequisites_missing=Exists(
                _prerequisites_missing(user_id=user, course_id=course)
            )
            if prerequisites
            else Value(False),
            last_lesson_key=F("progress__last_lesson__translation_key"),
            lesson_statuses=Subquery(
                statuses.values("user")
                .annotate(joined=_JoinedStatuses())
                .values("joined")
            ),
        )[:1]
    )


# Compiled once per process: building and compiling this query is most of
# what it costs, and every course and lesson page reads it.
_ENROLMENT_STATE = {
    prerequisites: CompiledQuery(
        partial(_enrolment_state, prerequisites=prerequisites), "user", "course"
    )
    for prerequisites in (True, False)
}


def course_state(
    *, user, course: CoursePage, has_prerequisites: bool | None = None
) -> CourseState:
    """Enrolment, progress, missing prerequisites and lesson statuses, in one
    query for an enrolled person.

    `course` must be in the source language (see `page_source`). A caller
    that knows whether the course has prerequisites at all (the cached
    lesson frame) passes `has_prerequisites`: without any, they are not
    looked for.
    """
    state = CourseState(course=course)
    if not user.is_authenticated:
        return state
    state.enrolment = _ENROLMENT_STATE[has_prerequisites is not False].first(
        user=user.pk, course=course.pk
    )
    if state.enrolment is not None:
        state.progress = getattr(state.enrolment, "progress", None)
        if state.enrolment.last_lesson_key is not None:
            state.last_lesson_key = str(state.enrolment.last_lesson_key)
        state.lesson_status = _split_statuses(state.enrolment.lesson_statuses)
    else:
        state.lesson_status = {
            str(key): status
            for key, status in LessonProgress.objects.filter(
                user=user, course=course
            ).values_list("lesson__translation_key", "status")
        }
    if has_prerequisites is not False and (
        state.enrolment is None or state.enrolment.prerequisites_missing
    ):
        # Listed only when some are missing: an enrolled fellow's usual page
        # view knows from the enrolment's row that none are.
        missing = _prerequisites_missing(user_id=user.pk, course_id=course.pk)
        state.missing_prerequisites = courses_in_language(
            list(missing.order_by("path")), language_code=get_language()
        )
    if state.is_enrolled and not state.missing_prerequisites:
        state.gate = course_gate(user=user, course_id=course.pk)
    return state


def course_open_in_any_order(*, user, course_id: int) -> bool:
    """Whether a person may work in a course that has neither prerequisites
    nor a required order of lessons: enrolled, not withdrawn, past any gate.

    `course_state(...).lock_reason is None` for such a course, in one small
    query (and the gates' own, cached): for the endpoints a player calls on
    every click, which need no statuses or progress.
    """
    status = (
        Enrolment.objects.filter(user=user, course_id=course_id)
        .values_list("status", flat=True)
        .first()
    )
    if status is None or status == EnrolmentStatus.WITHDRAWN:
        return False
    return course_gate(user=user, course_id=course_id) is None


class EnrolRefusal(StrEnum):
    NOT_PUBLISHED = "not_published"
    PREREQUISITES = "prerequisites"


def enrolment_refusal(*, state: CourseState) -> EnrolRefusal | None:
    """Why this person may not enrol on their own now, or None when they may.

    `state` comes from `course_state` for the person and the source course.
    Enrolment on one's own needs a published, public course whose
    prerequisites the person has completed.
    """
    course = state.course
    if (
        not course.live
        or course.expired
        or not CoursePage.objects.live().public().filter(pk=course.pk).exists()
    ):
        return EnrolRefusal.NOT_PUBLISHED
    if state.missing_prerequisites:
        return EnrolRefusal.PREREQUISITES
    return None


def lesson_lock_reason(
    *, state: CourseState, lesson: LessonPage, ordered_keys: list[str]
) -> LockReason | None:
    """Why a lesson is closed to this person, or None when it is open.

    `ordered_keys` are the translation keys of the course's lessons in order.
    """
    return lesson_key_lock_reason(
        state=state, lesson_key=str(lesson.translation_key), ordered_keys=ordered_keys
    )


def lesson_key_lock_reason(
    *, state: CourseState, lesson_key: str, ordered_keys: list[str]
) -> LockReason | None:
    """`lesson_lock_reason` for a lesson known by its translation key."""
    reason = state.lock_reason
    if reason is not None:
        return reason
    if state.course.requires_sequence and lesson_key in ordered_keys:
        position = ordered_keys.index(lesson_key)
        if position > 0 and not state.is_completed(ordered_keys[position - 1]):
            return LockReason.SEQUENCE
    return None


def course_lesson_keys(*, course: CoursePage) -> list[str]:
    return [
        str(key)
        for key in course_lessons(course=course).values_list(
            "translation_key", flat=True
        )
    ]


# Outline of a course as shown (in whatever language tree it is read).


@dataclass
class OutlineLesson:
    page: LessonPage
    completed: bool
    started: bool
    locked: bool
    number: int


@dataclass
class OutlineModule:
    page: ModulePage
    lessons: list[OutlineLesson]


@dataclass
class OutlinePages:
    """The live modules and lessons of a course, the same for every fellow."""

    modules: list[ModulePage]
    lessons: list[LessonPage]


def course_outline_pages(*, course: CoursePage) -> OutlinePages:
    """Two queries, whatever the number of modules and lessons."""
    modules = list(ModulePage.objects.live().child_of(course).order_by("path"))
    lessons = list(
        course_lessons(course=course).only(
            "id",
            "title",
            "slug",
            "path",
            "depth",
            "url_path",
            "translation_key",
            "estimated_minutes",
            "locale_id",
            "alias_of_id",
        )
    )
    return OutlinePages(modules=modules, lessons=lessons)


def course_outline(
    *, course: CoursePage, state: CourseState, pages: OutlinePages | None = None
) -> tuple[list[OutlineModule], list[OutlineLesson]]:
    """Modules with their lessons, and the flat list of lessons in order.

    `pages` (from `course_outline_pages`, perhaps cached) saves their queries.
    """
    if pages is None:
        pages = course_outline_pages(course=course)
    modules, lessons = pages.modules, pages.lessons
    by_module: dict[str, list[OutlineLesson]] = {m.path: [] for m in modules}
    flat = []
    previous_completed = True
    for number, lesson in enumerate(lessons, start=1):
        key = str(lesson.translation_key)
        status = state.lesson_status.get(key)
        completed = status == LessonStatus.COMPLETED
        locked = state.lock_reason is not None or (
            state.course.requires_sequence and not previous_completed
        )
        item = OutlineLesson(
            page=lesson,
            completed=completed,
            started=status is not None,
            locked=locked,
            number=number,
        )
        flat.append(item)
        parent_path = lesson.path[: -Page.steplen]
        by_module.setdefault(parent_path, []).append(item)
        previous_completed = completed
    outline = [OutlineModule(page=m, lessons=by_module[m.path]) for m in modules]
    return outline, flat


def next_lesson(*, lessons: Iterable[OutlineLesson]) -> OutlineLesson | None:
    for item in lessons:
        if not item.completed:
            return item
    return None


def page_sources(*, page: Page) -> tuple[list[Provision], list[MosaicModule]]:
    """The provisions and MOSAIC modules a course or lesson cites, in order.

    Two queries, whatever the number of sources.
    """
    return (
        list(page.provisions.select_related("instrument").order_by("key")),
        list(page.mosaic_modules.order_by("number")),
    )


def _own_texts(model) -> CompiledQuery:
    """A person's texts on a lesson's blocks (reflections, exercise answers)."""
    return CompiledQuery(
        lambda user, lesson: model.objects.filter(user=user, lesson=lesson).values_list(
            "block_id", "text"
        ),
        "user",
        "lesson",
    )


_REFLECTIONS = _own_texts(Reflection)
_EXERCISE_ANSWERS = _own_texts(ExerciseAnswer)


def _texts_by_block(query: CompiledQuery, *, user, lesson) -> dict[str, str]:
    if not user.is_authenticated:
        return {}
    return {
        str(block_id): text
        for block_id, text in query.rows(user=user.pk, lesson=lesson.pk)
    }


def reflections_for(*, user, lesson: LessonPage) -> dict[str, str]:
    """The fellow's own reflections on a lesson, by prompt id."""
    return _texts_by_block(_REFLECTIONS, user=user, lesson=lesson)


def exercise_answers_for(*, user, lesson: LessonPage) -> dict[str, str]:
    """The fellow's own answers to a lesson's exercises, by exercise id."""
    return _texts_by_block(_EXERCISE_ANSWERS, user=user, lesson=lesson)


# My learning.


@dataclass
class LearningItem:
    enrolment: Enrolment
    course: CoursePage  # as shown in the active language when translated
    progress: CourseProgress | None
    next_lesson: LessonPage | None
    fallback: bool
    missing_prerequisites: list[CoursePage] = field(default_factory=list)


def my_learning(*, user) -> list[LearningItem]:
    """A fellow's enrolments with progress, next lesson and due date.

    Five queries, whatever the number of enrolments or lessons. A course
    still locked behind a prerequisite has no next lesson: it names the
    courses to complete first instead.
    """
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .exclude(status=EnrolmentStatus.WITHDRAWN)
        .select_related("course", "course__locale", "progress")
        .order_by("due_date", "-created_at")
    )
    if not enrolments:
        return []
    courses = [enrolment.course for enrolment in enrolments]
    language = get_language() or settings.LANGUAGE_CODE
    missing = _missing_prerequisites(user=user, courses=courses)
    prerequisites = [p for pages in missing.values() for p in pages]
    # The courses and their missing prerequisites in the reader's language,
    # in one query.
    localized = {
        str(page.translation_key): page
        for page in CoursePage.objects.live()
        .filter(
            translation_key__in=[c.translation_key for c in courses + prerequisites],
            locale__language_code=language,
            alias_of__isnull=True,
        )
        .select_related("locale")
    }
    missing = {
        course_id: [localized.get(str(p.translation_key), p) for p in pages]
        for course_id, pages in missing.items()
    }
    lessons = _lessons_of_courses(courses, user=user)
    completed_keys = {
        str(lesson.translation_key)
        for lesson_list in lessons.values()
        for lesson in lesson_list
        if lesson.completed
    }
    localized_lessons = _localized_lessons(
        [lesson for lesson_list in lessons.values() for lesson in lesson_list],
        completed_keys,
        language,
    )
    items = []
    for enrolment in enrolments:
        course = enrolment.course
        upcoming = next(
            (
                lesson
                for lesson in lessons.get(course.pk, [])
                if str(lesson.translation_key) not in completed_keys
            ),
            None,
        )
        shown = localized.get(str(course.translation_key), course)
        locked = missing.get(course.pk, [])
        if locked:
            upcoming = None
        if upcoming is not None:
            upcoming = localized_lessons.get(str(upcoming.translation_key), upcoming)
        items.append(
            LearningItem(
                enrolment=enrolment,
                course=shown,
                progress=getattr(enrolment, "progress", None),
                next_lesson=upcoming,
                fallback=shown.locale.language_code != language,
                missing_prerequisites=locked,
            )
        )
    return items


def courses_in_language(
    courses: list[CoursePage], *, language_code: str
) -> list[CoursePage]:
    """Each course by its live translation into `language_code` where it has
    one (its title and address in the reader's language), in one query."""
    if not courses:
        return courses
    translated = {
        str(page.translation_key): page
        for page in CoursePage.objects.live().filter(
            translation_key__in=[c.translation_key for c in courses],
            locale__language_code=language_code,
            alias_of__isnull=True,
        )
    }
    return [translated.get(str(c.translation_key), c) for c in courses]


def _missing_prerequisites(
    *, user, courses: list[CoursePage]
) -> dict[int, list[CoursePage]]:
    """The prerequisites not yet completed of several courses, by course id.

    One query, whatever the number of courses.
    """
    completed = CourseProgress.objects.filter(
        user=user, completed_at__isnull=False
    ).values("course__translation_key")
    missing: dict[int, list[CoursePage]] = {}
    prerequisites = (
        CoursePage.objects.filter(required_by__in=courses)
        .exclude(translation_key__in=completed)
        .annotate(locked_course_id=F("required_by"))
        .only("id", "title", "path", "depth", "url_path", "translation_key")
        .order_by("path")
    )
    for prerequisite in prerequisites:
        missing.setdefault(prerequisite.locked_course_id, []).append(prerequisite)
    return missing


def lesson_following(
    *, lesson: LessonPage
) -> tuple[CoursePage | None, LessonPage | None]:
    """The course of a lesson and the live lesson after it (two queries)."""
    course = course_of_lesson(lesson=lesson)
    if course is None:
        return None, None
    keys = list(
        course_lessons(course=course).only(
            "id", "title", "path", "depth", "url_path", "translation_key"
        )
    )
    for position, item in enumerate(keys):
        if item.pk == lesson.pk:
            return course, keys[position + 1] if position + 1 < len(keys) else None
    return course, None


def _lessons_of_courses(
    courses: list[CoursePage], *, user
) -> dict[int, list[LessonPage]]:
    """The live lessons of several courses in one query, grouped by course,
    each with `completed`: whether `user` has completed it."""
    within = Q()
    for course in courses:
        within |= Q(path__startswith=course.path)
    grouped: dict[int, list[LessonPage]] = {course.pk: [] for course in courses}
    lessons = (
        LessonPage.objects.live()
        .filter(within)
        .order_by("path")
        .only("id", "title", "path", "depth", "translation_key", "url_path")
        .annotate(
            completed=Exists(
                LessonProgress.objects.filter(
                    user=user,
                    lesson_id=OuterRef("pk"),
                    status=LessonStatus.COMPLETED,
                )
            )
        )
    )
    for lesson in lessons:
        for course in courses:
            if lesson.path.startswith(course.path):
                grouped[course.pk].append(lesson)
                break
    return grouped


def _localized_lessons(
    lessons: list[LessonPage], completed_keys: set[str], language: str
) -> dict[str, LessonPage]:
    """Translations in `language` of the next lessons, by translation key."""
    wanted = {
        lesson.translation_key
        for lesson in lessons
        if str(lesson.translation_key) not in completed_keys
    }
    if not wanted:
        return {}
    return {
        str(page.translation_key): page
        for page in LessonPage.objects.live()
        .filter(translation_key__in=wanted, locale__language_code=language)
        .only("id", "title", "path", "translation_key", "url_path")
    }


# The coverage report for instructors.


@dataclass
class Coverage:
    courses: list[tuple[CoursePage, list[MosaicModule], list[Provision]]]
    uncovered_mosaic: list[MosaicModule]
    uncovered_provisions: list[Provision]


def coverage_report() -> Coverage:
    """Which MOSAIC modules and provisions each course covers, and which none
    does (counting what its lessons cite). Six queries."""
    code = source_language_code()
    courses = list(
        CoursePage.objects.filter(locale__language_code=code, alias_of__isnull=True)
        .order_by("path")
        .prefetch_related(
            Prefetch(
                "mosaic_modules", queryset=MosaicModule.objects.order_by("number")
            ),
            Prefetch(
                "provisions",
                queryset=Provision.objects.select_related("instrument").order_by("key"),
            ),
        )
    )
    mosaic = {m.pk: m for m in MosaicModule.objects.order_by("number")}
    provisions = {
        p.pk: p for p in Provision.objects.select_related("instrument").order_by("key")
    }
    lesson_mosaic = LessonPage.mosaic_modules.through.objects.filter(
        lessonpage__locale__language_code=code
    ).values_list("lessonpage__path", "mosaicmodule_id")
    lesson_provisions = LessonPage.provisions.through.objects.filter(
        lessonpage__locale__language_code=code
    ).values_list("lessonpage__path", "provision_id")

    rows = []
    covered_mosaic: set[int] = set()
    covered_provisions: set[int] = set()
    lesson_mosaic = list(lesson_mosaic)
    lesson_provisions = list(lesson_provisions)
    for course in courses:
        mosaic_ids = {m.pk for m in course.mosaic_modules.all()}
        mosaic_ids |= {pk for path, pk in lesson_mosaic if path.startswith(course.path)}
        provision_ids = {p.pk for p in course.provisions.all()}
        provision_ids |= {
            pk for path, pk in lesson_provisions if path.startswith(course.path)
        }
        covered_mosaic |= mosaic_ids
        covered_provisions |= provision_ids
        rows.append(
            (
                course,
                [m for pk, m in mosaic.items() if pk in mosaic_ids],
                [p for pk, p in provisions.items() if pk in provision_ids],
            )
        )
    return Coverage(
        courses=rows,
        uncovered_mosaic=[m for pk, m in mosaic.items() if pk not in covered_mosaic],
        uncovered_provisions=[
            p for pk, p in provisions.items() if pk not in covered_provisions
        ],
    )


def course_progress_rows(*, user_ids, course_ids) -> QuerySet[CourseProgress]:
    """Persistent progress rows of these people in these courses (one query).

    `user_ids` is a list of ids or a query of them (then read as a subquery).
    """
    if not isinstance(user_ids, QuerySet):
        user_ids = list(user_ids)
    return CourseProgress.objects.filter(
        user_id__in=user_ids, course_id__in=list(course_ids)
    )


def enrolments_of(
    *, user, course_ids, source: str | None = None
) -> QuerySet[Enrolment]:
    enrolments = Enrolment.objects.filter(user=user, course_id__in=list(course_ids))
    return enrolments.filter(source=source) if source else enrolments


# Course staff: who may author and grade which course.

AUTHOR_ANY_COURSE = "courses.author_any_course"


def user_authors_every_course(*, user) -> bool:
    """Programme managers and site admins work on every course."""
    return user.is_active and user.has_perm(AUTHOR_ANY_COURSE)


def _staff_courses(*, user, roles: list[str]) -> QuerySet[CoursePage]:
    courses = CoursePage.objects.filter(locale__language_code=source_language_code())
    if not user.is_authenticated or not user.is_active:
        return courses.none()
    if user_authors_every_course(user=user):
        return courses
    return courses.filter(
        pk__in=CourseStaff.objects.filter(user=user, role__in=roles).values("course_id")
    )


def courses_for_staff(*, user) -> QuerySet[CoursePage]:
    """The source-language course pages the person may author (one query)."""
    return _staff_courses(user=user, roles=[StaffRole.INSTRUCTOR])


def courses_for_grading(*, user) -> QuerySet[CoursePage]:
    """The source-language course pages whose attempts the person may grade."""
    return _staff_courses(user=user, roles=[StaffRole.INSTRUCTOR, StaffRole.GRADER])


def course_keys_for_staff(*, user, grading: bool = False) -> QuerySet | None:
    """Translation keys of the person's courses, to filter by as a subquery;
    None when the person works on every course (no filter needed).

    Keys rather than ids, so that a bank or quiz attached to a translation of
    a course belongs to the same course."""
    if user.is_authenticated and user_authors_every_course(user=user):
        return None
    courses = (
        courses_for_grading(user=user) if grading else courses_for_staff(user=user)
    )
    return courses.values("translation_key")


def course_staff_list(*, course: CoursePage) -> QuerySet[CourseStaff]:
    """The staff of a course (any language page of it), by name."""
    return (
        CourseStaff.objects.filter(course__translation_key=course.translation_key)
        .select_related("user")
        .order_by("user__full_name", "user_id")
    )


def course_staff_candidates() -> QuerySet:
    """The people who may be named course staff: active instructors."""
    from django.contrib.auth import get_user_model

    from fellowship.accounts.choices import Role

    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=str(Role.INSTRUCTOR))
        .order_by("full_name", "email")
        .distinct()
    )


def course_for_staff_view(*, user, course_id: int) -> CoursePage | None:
    """A course (any language page of it) whose staff the person may see:
    its own staff and those who work on every course."""
    course = CoursePage.objects.filter(pk=course_id).first()
    if course is None:
        return None
    if user_authors_every_course(user=user):
        return page_source(page=course)
    return (
        courses_for_grading(user=user)
        .filter(translation_key=course.translation_key)
        .first()
    )


def enrolled_course_ids(*, user) -> QuerySet:
    """The ids of the courses a person is actively enrolled in, as a subquery."""
    return Enrolment.objects.filter(user=user, status=EnrolmentStatus.ACTIVE).values(
        "course_id"
    )


# What a lesson page shows that is the same for every fellow, kept in the
# cache under the content version (see `routing`), so any publish, move or
# unpublish drops it.

FRAME_TIMEOUT = 60 * 60 * 24

# Blocks whose HTML depends on the page and the language only. The others
# carry the fellow's own answers, a form, or the request's CSP nonce.
SHARED_BLOCK_TYPES = frozenset(
    {
        "rich_text",
        "image",
        "video",
        "callout",
        "quotation",
        "document",
        "glossary_term",
    }
)


@dataclass
class LessonFrame:
    course: CoursePage | None  # as shown, its catalogue cached as its parent
    source_lesson: LessonPage | None  # None when the lesson is the source
    source_course: CoursePage | None
    outline: OutlinePages
    provisions: list[Provision]
    mosaic_modules: list[MosaicModule]
    has_reflections: bool
    has_exercises: bool = False
    # Ids of the blocks a translated lesson still shows in the source language.
    untranslated_blocks: frozenset[str] = frozenset()
    # Whether the source course lists any prerequisite (None: not known, in
    # a frame cached before this was kept).
    has_prerequisites: bool | None = None


def lesson_frame_key(*, lesson: LessonPage) -> str:
    from .routing import content_version

    return f"courses:lesson-frame:{content_version()}:{lesson.pk}"


def lesson_frame(*, lesson: LessonPage) -> LessonFrame:
    """The course, outline and sources of a live lesson, from the cache."""
    key = lesson_frame_key(lesson=lesson)
    frame = request_cache.get(key)
    if frame is None:
        frame = _lesson_frame(lesson)
        cache.set(key, frame, FRAME_TIMEOUT)
    return frame


def _lesson_frame(lesson: LessonPage) -> LessonFrame:
    course = course_of_lesson(lesson=lesson)
    source_lesson = page_source(page=lesson)
    source_course = None
    outline = OutlinePages(modules=[], lessons=[])
    if course is not None:
        course._cached_parent_obj = course.get_parent()
        source_course = page_source(page=course)
        outline = course_outline_pages(course=course)
    provisions, mosaic_modules = page_sources(page=lesson)
    return LessonFrame(
        course=course,
        source_lesson=None if source_lesson.pk == lesson.pk else source_lesson,
        source_course=source_course,
        outline=outline,
        provisions=provisions,
        mosaic_modules=mosaic_modules,
        has_reflections=any(block.block_type == "reflection" for block in lesson.body),
        has_exercises=any(block.block_type == "exercise" for block in lesson.body),
        untranslated_blocks=untranslated_blocks(lesson=lesson, source=source_lesson),
        has_prerequisites=(
            source_course is not None and source_course.prerequisites.exists()
        ),
    )


# Blocks whose words a translation changes. The others (a glossary term, a
# quiz, an H5P activity) are the same in every language tree and carry their
# own translations.
TRANSLATED_BLOCK_TYPES = frozenset(
    {
        "rich_text",
        "image",
        "video",
        "callout",
        "quotation",
        "document",
        "reflection",
        "exercise",
    }
)


def _block_signature(child) -> tuple[str, str]:
    return child["type"], json.dumps(child["value"], sort_keys=True, default=str)


def untranslated_blocks(*, lesson: LessonPage, source: LessonPage | None) -> frozenset:
    """Ids of the blocks of a translated lesson that are still the source's.

    A package translation leaves a block's source text in place when its
    entry is missing, empty or fuzzy (and an editor may leave one untouched
    in the admin): such a block has the very value of a block of the source
    lesson. No query: both bodies are loaded with their pages. A lesson that
    is the source, or an alias of it (a page-level notice), has none.
    """
    if source is None or source.pk == lesson.pk or lesson.alias_of_id is not None:
        return frozenset()
    source_blocks = {
        _block_signature(child)
        for child in source.body.raw_data
        if child["type"] in TRANSLATED_BLOCK_TYPES
    }
    return frozenset(
        str(child["id"])
        for child in lesson.body.raw_data
        if child["type"] in TRANSLATED_BLOCK_TYPES
        and _block_signature(child) in source_blocks
    )


def lesson_shared_html_key(*, lesson: LessonPage) -> str:
    from .routing import content_version

    return (
        f"courses:lesson-body:{content_version()}:{lesson.pk}:"
        f"{lesson.live_revision_id}:{get_language()}"
    )


def lesson_shared_html(*, lesson: LessonPage) -> dict[str, str]:
    """The rendered HTML of the lesson's shared blocks by block id, per
    published revision and language."""
    key = lesson_shared_html_key(lesson=lesson)
    rendered = request_cache.get(key)
    if rendered is None:
        rendered = {
            str(block.id): str(block.render_as_block())
            for block in lesson.body
            if block.block_type in SHARED_BLOCK_TYPES
        }
        cache.set(key, rendered, FRAME_TIMEOUT)
    return rendered


TRANSLATION_URLS_TIMEOUT = 60 * 60 * 24


def page_translation_urls_key(*, page: Page) -> str:
    from .routing import content_version

    return f"courses:translation-urls:{content_version()}:{page.pk}"


def page_translation_urls(*, page: Page, request) -> dict[str, str]:
    """The live translations' addresses of a page by language (one query,
    then from the cache until the next publish)."""
    key = page_translation_urls_key(page=page)
    urls = request_cache.get(key)
    if urls is None:
        urls = {}
        translations = page.get_translations(inclusive=True).live()
        for translation in translations.select_related("locale"):
            url = translation.get_url(request=request)
            if url:
                urls[translation.locale.language_code] = url
        cache.set(key, urls, TRANSLATION_URLS_TIMEOUT)
    return urls


def lesson_page_prefetch(*, lesson: LessonPage, user, lite: bool = False) -> None:
    """Read what a fellow's lesson page takes from the cache in one round
    trip: its frame, rendered body, language links and the header's unread
    count (each reader falls back to its own read on a miss)."""
    keys = [
        lesson_frame_key(lesson=lesson),
        page_translation_urls_key(page=lesson),
        unread_cache_key(user.pk),
    ]
    if not lite:
        keys.append(lesson_shared_html_key(lesson=lesson))
    request_cache.prefetch(keys)
