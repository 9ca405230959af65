"""Writes for courses: enrolment, lesson and course progress, reflections.

The public surface for cohorts, assessments, xAPI and certificates. Pages
passed in may be in any language: enrolments and progress always point at
the source-language pages (see `selectors.page_source`).
"""

import datetime
import hashlib
import secrets
import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import GroupPagePermission, Page
from wagtail_localize.synctree import create_aliases_for_new_page

from . import completion, events
from .choices import EnrolmentSource, EnrolmentStatus, LessonStatus, StaffRole
from .models import (
    CalendarFeed,
    CoursePage,
    CourseProgress,
    CourseStaff,
    CourseStaffGroup,
    Enrolment,
    ExerciseAnswer,
    LessonPage,
    LessonProgress,
    ModulePage,
    Reflection,
)
from .selectors import (
    CourseState,
    EnrolRefusal,
    LockReason,
    course_lesson_keys,
    course_lessons,
    course_of_lesson,
    course_state,
    enrolment_refusal,
    lesson_lock_reason,
    page_source,
)

MAX_ACTIVITY_SECONDS = 60 * 60
# A fellow's opening of the same lesson is recorded at most this often.
OPEN_INTERVAL = datetime.timedelta(minutes=1)
MAX_REFLECTION_LENGTH = 10_000
MAX_EXERCISE_ANSWER_LENGTH = 20_000


class LessonLocked(Exception):
    """The lesson is closed to this person; `reason` says why."""

    def __init__(self, reason: LockReason):
        super().__init__(str(reason))
        self.reason = reason


class CompletionError(StrEnum):
    REQUIREMENTS_NOT_MET = "requirements_not_met"


class LessonNotCompletable(Exception):
    """The lesson has graded activities that are not all passed yet."""

    code = CompletionError.REQUIREMENTS_NOT_MET


class ReflectionError(ValueError):
    pass


class ExerciseAnswerError(ValueError):
    pass


# Enrolment.


@transaction.atomic
def enrolment_create(
    *,
    user,
    course: CoursePage,
    source: str = EnrolmentSource.SELF,
    due_date: datetime.date | None = None,
) -> Enrolment:
    """Enrol a person in a course (idempotent; updates the due date when given).

    A withdrawn enrolment becomes active again. The first source is kept.
    """
    course = page_source(page=course)
    enrolment, created = Enrolment.objects.select_for_update().get_or_create(
        user=user,
        course=course,
        defaults={"source": source, "due_date": due_date},
    )
    if not created:
        changed = []
        if due_date is not None and enrolment.due_date != due_date:
            enrolment.due_date = due_date
            changed.append("due_date")
        if enrolment.status == EnrolmentStatus.WITHDRAWN:
            enrolment.status = EnrolmentStatus.ACTIVE
            changed.append("status")
        if changed:
            enrolment.save(update_fields=[*changed, "updated_at"])
    progress, _created = CourseProgress.objects.select_for_update().get_or_create(
        enrolment=enrolment, defaults={"user": user, "course": course}
    )
    _course_progress_recount(progress=progress, enrolment=enrolment)
    return enrolment


@dataclass
class EnrolIntentOutcome:
    """What became of an intent to enrol: the course as the person chose it
    (None when it no longer exists), the enrolment, or why there is none."""

    course: CoursePage | None
    enrolment: Enrolment | None = None
    refusal: EnrolRefusal | None = None
    missing_prerequisites: list[CoursePage] = field(default_factory=list)


def enrolment_from_intent(*, user, course_id: int) -> EnrolIntentOutcome:
    """Honour an intent to enrol made before signing in.

    `course_id` is the course page the person chose (in any language). The
    person is enrolled only when they may enrol on their own now
    (`selectors.enrolment_refusal`); an existing enrolment is kept as it is.
    """
    course = CoursePage.objects.filter(pk=course_id).first()
    if course is None:
        return EnrolIntentOutcome(course=None)
    state = course_state(user=user, course=page_source(page=course))
    if state.is_enrolled:
        return EnrolIntentOutcome(course=course, enrolment=state.enrolment)
    refusal = enrolment_refusal(state=state)
    if refusal is not None:
        return EnrolIntentOutcome(
            course=course,
            refusal=refusal,
            missing_prerequisites=state.missing_prerequisites,
        )
    return EnrolIntentOutcome(
        course=course, enrolment=enrolment_create(user=user, course=course)
    )


@transaction.atomic
def enrolment_withdraw(*, enrolment: Enrolment) -> Enrolment:
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.status != EnrolmentStatus.WITHDRAWN:
        enrolment.status = EnrolmentStatus.WITHDRAWN
        enrolment.save(update_fields=["status", "updated_at"])
    return enrolment


# Lesson progress.


def _lesson_context(*, user, lesson: LessonPage) -> tuple[LessonPage, CoursePage]:
    lesson = page_source(page=lesson)
    course = course_of_lesson(lesson=lesson)
    if course is None:
        raise LessonLocked(LockReason.NOT_ENROLLED)
    return lesson, course


def _check_open(
    *,
    user,
    lesson: LessonPage,
    course: CoursePage,
    state: CourseState | None = None,
    ordered_keys: list[str] | None = None,
) -> None:
    if state is None:
        state = course_state(user=user, course=course)
    if ordered_keys is None:
        ordered_keys = course_lesson_keys(course=course)
    reason = lesson_lock_reason(state=state, lesson=lesson, ordered_keys=ordered_keys)
    if reason is not None:
        raise LessonLocked(reason)


def lesson_open(
    *,
    user,
    lesson: LessonPage,
    course: CoursePage | None = None,
    state: CourseState | None = None,
    ordered_keys: list[str] | None = None,
) -> LessonProgress | None:
    """Record that a fellow opened a lesson; raises LessonLocked when closed.

    A view that has already read the source course, the fellow's course state
    (`selectors.course_state`) and the course's lesson keys in this request
    passes them in, so they are not read twice; the rules applied are the same.
    With a state, nothing is written (and None returned) when the fellow
    opened this same lesson less than `OPEN_INTERVAL` ago: a page view then
    costs no write transaction.
    """
    if course is None:
        lesson, course = _lesson_context(user=user, lesson=lesson)
    else:
        lesson = page_source(page=lesson)
    _check_open(
        user=user, lesson=lesson, course=course, state=state, ordered_keys=ordered_keys
    )
    now = timezone.now()
    if state is not None and _opened_recently(state=state, lesson=lesson, now=now):
        return None
    with transaction.atomic():
        course_progress = _locked_course_progress(user=user, course=course)
        progress, _created = LessonProgress.objects.get_or_create(
            user=user,
            lesson=lesson,
            defaults={"course": course, "started_at": now},
        )
        if course_progress is not None:
            course_progress.last_lesson = lesson
            course_progress.last_activity_at = now
            course_progress.save(update_fields=["last_lesson", "last_activity_at"])
    return progress


def _opened_recently(*, state: CourseState, lesson: LessonPage, now) -> bool:
    """Whether the course state already records this lesson as the last one
    opened, within `OPEN_INTERVAL` (so a new record would change nothing)."""
    progress = state.progress
    return (
        progress is not None
        and progress.last_lesson_id == lesson.pk
        and progress.last_activity_at is not None
        and now - progress.last_activity_at < OPEN_INTERVAL
        and str(lesson.translation_key) in state.lesson_status
    )


def lesson_mark_complete(*, user, lesson: LessonPage) -> LessonProgress:
    """A fellow marks a reading lesson complete.

    A lesson with graded blocks completes only when its checkers all pass;
    otherwise LessonNotCompletable is raised and nothing changes.
    """
    lesson, course = _lesson_context(user=user, lesson=lesson)
    _check_open(user=user, lesson=lesson, course=course)
    if completion.lesson_is_graded(lesson=lesson) and not completion.requirements_met(
        user=user, lesson=lesson
    ):
        raise LessonNotCompletable()
    return _lesson_complete(user=user, lesson=lesson, course=course)


def lesson_requirements_changed(
    *, user, lesson: LessonPage, course: CoursePage | None = None
) -> LessonProgress:
    """A graded result changed: complete the lesson when every requirement is met.

    Called by xAPI and assessments, which may pass the source-language lesson
    and its course they already hold. A completed lesson stays completed, so
    for one nothing is checked, locked or recounted.
    """
    if course is None:
        lesson = page_source(page=lesson)
    progress = LessonProgress.objects.filter(user=user, lesson=lesson).first()
    if progress is not None and progress.is_completed:
        return progress
    if course is None:
        # Read only for a lesson not yet completed.
        lesson, course = _lesson_context(user=user, lesson=lesson)
    if completion.requirements_met(user=user, lesson=lesson):
        return _lesson_complete(user=user, lesson=lesson, course=course)
    if progress is not None:
        return progress
    now = timezone.now()
    progress, _created = LessonProgress.objects.get_or_create(
        user=user, lesson=lesson, defaults={"course": course, "started_at": now}
    )
    return progress


def lesson_record_activity(
    *, user, lesson: LessonPage, seconds: int, position: str = ""
) -> LessonProgress | None:
    """Add reading time and remember where the fellow stopped.

    Reported by the browser when a fellow leaves a lesson; the time is capped
    so that a forgotten tab does not count for hours.
    """
    lesson = page_source(page=lesson)
    seconds = max(0, min(int(seconds), MAX_ACTIVITY_SECONDS))
    position = position[:64]
    with transaction.atomic():
        progress = (
            LessonProgress.objects.select_for_update()
            .filter(user=user, lesson=lesson)
            .first()
        )
        if progress is None:
            return None
        progress.time_spent_seconds += seconds
        fields = ["time_spent_seconds", "updated_at"]
        if position:
            progress.last_position = position
            fields.append("last_position")
        progress.save(update_fields=fields)
    return progress


@transaction.atomic
def _lesson_complete(*, user, lesson: LessonPage, course: CoursePage) -> LessonProgress:
    now = timezone.now()
    course_progress = _locked_course_progress(user=user, course=course)
    progress, _created = LessonProgress.objects.select_for_update().get_or_create(
        user=user, lesson=lesson, defaults={"course": course, "started_at": now}
    )
    if progress.status != LessonStatus.COMPLETED:
        progress.status = LessonStatus.COMPLETED
        progress.completed_at = now
        progress.save(update_fields=["status", "completed_at", "updated_at"])
    if course_progress is not None:
        course_progress.last_lesson = lesson
        course_progress.last_activity_at = now
        _course_progress_recount(
            progress=course_progress, enrolment=course_progress.enrolment
        )
    return progress


def _locked_course_progress(*, user, course: CoursePage) -> CourseProgress | None:
    return (
        CourseProgress.objects.select_for_update()
        .select_related("enrolment")
        .filter(user=user, course=course)
        .first()
    )


def _course_progress_recount(
    *, progress: CourseProgress, enrolment: Enrolment
) -> CourseProgress:
    """Bring the persistent totals up to date; runs inside the caller's
    transaction with the row locked."""
    lesson_ids = list(
        course_lessons(course=progress.course).values_list("pk", flat=True)
    )
    progress.lessons_total = len(lesson_ids)
    progress.lessons_completed = LessonProgress.objects.filter(
        user=progress.user, lesson_id__in=lesson_ids, status=LessonStatus.COMPLETED
    ).count()
    progress.percent = (
        progress.lessons_completed * 100 // progress.lessons_total
        if progress.lessons_total
        else 0
    )
    just_completed = (
        progress.completed_at is None
        and progress.lessons_total > 0
        and progress.lessons_completed >= progress.lessons_total
    )
    if just_completed:
        progress.completed_at = timezone.now()
        if enrolment.status == EnrolmentStatus.ACTIVE:
            enrolment.status = EnrolmentStatus.COMPLETED
            enrolment.save(update_fields=["status", "updated_at"])
    progress.save()
    if just_completed:
        events.course_completed(user=progress.user, course=progress.course)
    return progress


# Authoring.


@transaction.atomic
def module_lesson_append(
    *,
    module: ModulePage,
    slug: str,
    title: str,
    body: list,
    estimated_minutes: int = 15,
) -> LessonPage:
    """Add a published lesson at the end of a module (idempotent by slug).

    `body` is a list of (block type, value) pairs of the lesson StreamField.
    Language trees synchronised from the module's language get the lesson as
    a placeholder, as when an editor adds it in the admin.
    """
    existing = LessonPage.objects.child_of(module).filter(slug=slug).first()
    if existing is not None:
        return existing
    lesson = LessonPage(
        title=title,
        slug=slug,
        body=body,
        estimated_minutes=estimated_minutes,
        locale_id=module.locale_id,
        live=False,
    )
    module.add_child(instance=lesson)
    lesson.save_revision().publish()
    lesson = LessonPage.objects.get(pk=lesson.pk)
    create_aliases_for_new_page(lesson)
    return lesson


# Reflections.


@transaction.atomic
def reflection_save(
    *, user, lesson: LessonPage, block_id: uuid.UUID, text: str
) -> Reflection | None:
    """Keep a fellow's answer to a reflection prompt (empty text deletes it)."""
    shown = lesson
    lesson, course = _lesson_context(user=user, lesson=lesson)
    _check_open(user=user, lesson=lesson, course=course)
    prompt_ids = {
        str(block.id)
        for page in (shown, lesson)
        for block in page.body
        if block.block_type == "reflection"
    }
    if str(block_id) not in prompt_ids:
        raise ReflectionError("unknown prompt")
    text = text.strip()
    if len(text) > MAX_REFLECTION_LENGTH:
        raise ReflectionError("too long")
    if not text:
        Reflection.objects.filter(user=user, lesson=lesson, block_id=block_id).delete()
        return None
    reflection, _created = Reflection.objects.update_or_create(
        user=user, lesson=lesson, block_id=block_id, defaults={"text": text}
    )
    return reflection


# Exercises.


@transaction.atomic
def exercise_answer_save(
    *, user, lesson: LessonPage, block_id: uuid.UUID, text: str
) -> ExerciseAnswer:
    """Keep a fellow's answer to an exercise (a new one replaces it); from
    then on the exercise's model answer is shown to them."""
    shown = lesson
    lesson, course = _lesson_context(user=user, lesson=lesson)
    _check_open(user=user, lesson=lesson, course=course)
    exercise_ids = {
        str(block.id)
        for page in (shown, lesson)
        for block in page.body
        if block.block_type == "exercise"
    }
    if str(block_id) not in exercise_ids:
        raise ExerciseAnswerError("unknown exercise")
    text = text.strip()
    if not text:
        raise ExerciseAnswerError("empty")
    if len(text) > MAX_EXERCISE_ANSWER_LENGTH:
        raise ExerciseAnswerError("too long")
    answer, _created = ExerciseAnswer.objects.update_or_create(
        user=user, lesson=lesson, block_id=block_id, defaults={"text": text}
    )
    return answer


# Course staff.

# What a course's instructors may do on its pages, in every locale tree.
# Publishing goes through the review workflow (a programme manager approves).
COURSE_PAGE_PERMISSIONS = ("add_page", "change_page")
GROUP_NAME_MAX = 150


class CourseStaffError(ValueError):
    """The person cannot be made staff of the course; the message says why."""


def _is_instructor(user) -> bool:
    from fellowship.accounts.choices import Role
    from fellowship.accounts.selectors import user_roles

    return str(Role.INSTRUCTOR) in user_roles(user=user)


@transaction.atomic
def course_staff_add(*, course: CoursePage, user, role: str) -> CourseStaff:
    """Make a person instructor or grader of a course (idempotent; changes the
    role when they are already staff). Instructors get the course's page
    permissions through its staff group."""
    if role not in StaffRole.values:
        raise CourseStaffError(_("Choose instructor or grader."))
    if not user.is_active or not _is_instructor(user):
        raise CourseStaffError(
            _("%(person)s does not hold the Instructor role.") % {"person": user}
        )
    course = page_source(page=course)
    staff, _created = CourseStaff.objects.update_or_create(
        course=course, user=user, defaults={"role": role}
    )
    course_staff_group_sync(course=course)
    return staff


@transaction.atomic
def course_staff_remove(*, course: CoursePage, user) -> bool:
    """Take a person off a course's staff; False when they were not on it."""
    course = page_source(page=course)
    deleted, _detail = CourseStaff.objects.filter(course=course, user=user).delete()
    course_staff_group_sync(course=course)
    return bool(deleted)


def _group_name(course: CoursePage, group_id: int | None) -> str:
    suffix = f" ({course.pk})"
    name = f"Course staff: {course.title}"[: GROUP_NAME_MAX - len(suffix)]
    taken = Group.objects.filter(name=name).exclude(pk=group_id).exists()
    return f"{name}{suffix}" if taken else name


@transaction.atomic
def course_staff_group_sync(*, course: CoursePage) -> Group:
    """Make the course's staff group exact: its members are the course's
    instructors, and it holds the course page permissions on the course and
    on each of its translations and aliases (every locale tree)."""
    course = page_source(page=course)
    link = (
        CourseStaffGroup.objects.select_related("group").filter(course=course).first()
    )
    if link is None:
        group = Group.objects.create(name=_group_name(course, None))
        link = CourseStaffGroup.objects.create(course=course, group=group)
    group = link.group
    name = _group_name(course, group.pk)
    if group.name != name:
        group.name = name
        group.save(update_fields=["name"])
    permissions = list(
        Permission.objects.filter(
            content_type__app_label="wagtailcore",
            codename__in=COURSE_PAGE_PERMISSIONS,
        )
    )
    page_ids = list(
        Page.objects.filter(translation_key=course.translation_key).values_list(
            "pk", flat=True
        )
    )
    wanted = {(page_id, p.pk) for page_id in page_ids for p in permissions}
    existing = {
        (row.page_id, row.permission_id): row.pk
        for row in GroupPagePermission.objects.filter(group=group)
    }
    stale = [pk for key, pk in existing.items() if key not in wanted]
    if stale:
        GroupPagePermission.objects.filter(pk__in=stale).delete()
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(group=group, page_id=page_id, permission_id=perm_id)
            for page_id, perm_id in sorted(wanted - existing.keys())
        ]
    )
    group.user_set.set(
        CourseStaff.objects.filter(
            course=course, role=StaffRole.INSTRUCTOR
        ).values_list("user_id", flat=True)
    )
    return group


def course_translation_created(*, page: CoursePage) -> None:
    """A new translation or alias of a course takes the course's staff
    permissions (called when a course page is created in any locale)."""
    if CourseStaffGroup.objects.filter(
        course__translation_key=page.translation_key
    ).exists():
        course_staff_group_sync(course=page)


# The calendar subscription link.


def _calendar_key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


@transaction.atomic
def calendar_feed_create(*, user) -> str:
    """Make a new private calendar link for `user`, ending any earlier one.

    Returns the key, which is not stored and cannot be shown again.
    """
    key = secrets.token_urlsafe(32)
    CalendarFeed.objects.update_or_create(
        user=user, defaults={"key_hash": _calendar_key_hash(key), "last_read_at": None}
    )
    return key


def calendar_feed_delete(*, user) -> bool:
    """End the person's calendar link; True if there was one."""
    deleted, _rows = CalendarFeed.objects.filter(user=user).delete()
    return bool(deleted)


def calendar_feed_user(*, key: str):
    """The active person a calendar link belongs to, or None; notes the read."""
    if not key or len(key) > 100:
        return None
    feed = (
        CalendarFeed.objects.select_related("user")
        .filter(key_hash=_calendar_key_hash(key), user__is_active=True)
        .first()
    )
    if feed is None:
        return None
    now = timezone.now()
    if feed.last_read_at is None or now - feed.last_read_at > datetime.timedelta(
        hours=1
    ):
        CalendarFeed.objects.filter(pk=feed.pk).update(last_read_at=now)
    return feed.user
