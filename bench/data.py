"""Benchmark data, on top of the demo seed.

Small things go through the apps' services (fellows, enrolments, the H5P
lesson); volume (cohorts of thousands, their progress rows, certificate
holders) is written with bulk_create in batches, straight into the real
models. Runs in the harness process, after django.setup().
"""

from __future__ import annotations

import datetime
import itertools
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.test import Client
from django.utils import timezone
from django.utils.crypto import get_random_string

BATCH = 2000
WORKSHOP_LENGTH = datetime.timedelta(hours=3)
LESSONS_PER_MODULE = 10
# Names in the scripts a certificate or a dashboard has to show.
NAMES = [
    ("Amina Diallo", "fr", "SN"),
    ("Carlos Mendoza", "es", "MX"),
    ("Li Wei 李伟", "zh-hans", "CN"),
    ("Fatima Al-Zahra فاطمة الزهراء", "ar", "JO"),
    ("Olga Ivanova Ольга Иванова", "ru", "KZ"),
    ("Kwame Mensah", "en", "GH"),
    ("Tevita Fifita", "en", "TO"),
    ("Lucía Fernández", "es", "PE"),
    ("Nguyen Thi Lan", "en", "VN"),
    ("Moussa Traoré", "fr", "ML"),
]
GENDERS = ["woman", "man", "woman", "man", "prefer_not_to_say"]
AGENCIES = ["police", "customs_border", "armed_forces", "justice", "foreign_affairs"]


@dataclass
class Fellow:
    user_id: int
    email: str
    session: str
    csrf: str

    @property
    def cookie(self) -> str:
        return f"{settings.SESSION_COOKIE_NAME}={self.session}; csrftoken={self.csrf}"


@dataclass
class QuizTarget:
    quiz_id: int
    lesson_id: int
    title: str


@dataclass
class Site:
    """What the web benchmarks request: URLs, the activity, the fellows."""

    catalog_url: str
    course_url: str
    lesson_url: str
    lesson_title: str
    my_learning_url: str
    h5p_lesson_url: str
    activity_iri: str
    quizzes: list[QuizTarget]
    fellows: list[Fellow] = field(default_factory=list)


def _english_catalog():
    from courses.models import CatalogPage

    return (
        CatalogPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("path")
        .first()
    )


def _first_course(catalog):
    from courses.models import CoursePage

    return CoursePage.objects.live().child_of(catalog).order_by("path").first()


def _h5p_lesson(course):
    """A live lesson of `course` with an installed H5P block, appended to its
    first module through the courses service when the demo has none."""
    from content.h5p.demo import demo_package
    from courses.models import LessonPage, ModulePage
    from courses.selectors import course_lessons
    from courses.services import module_lesson_append

    for lesson in course_lessons(course=course):
        for block in lesson.body:
            package = block.value.get("package") if block.block_type == "h5p" else None
            if package is not None and package.is_installed:
                return lesson, block
    module = ModulePage.objects.live().child_of(course).order_by("path").first()
    lesson = module_lesson_append(
        module=module,
        slug="bench-practice-activity",
        title="Practice: marking and records",
        body=[
            (
                "rich_text",
                "<p>Check what you remember before the module assessment.</p>",
            ),
            (
                "h5p",
                {"package": demo_package(), "grading_policy": "best", "required": True},
            ),
        ],
    )
    lesson = LessonPage.objects.get(pk=lesson.pk)
    block = next(block for block in lesson.body if block.block_type == "h5p")
    return lesson, block


def _quizzes(course) -> list[QuizTarget]:
    from courses.selectors import course_lessons
    from fellowship.assessments.models import Quiz

    holders = {}
    for lesson in course_lessons(course=course):
        for block in lesson.body:
            if block.block_type == "quiz" and block.value.get("quiz") is not None:
                holders.setdefault(block.value["quiz"].pk, lesson.pk)
    return [
        QuizTarget(quiz_id=quiz.pk, lesson_id=holders[quiz.pk], title=quiz.title)
        for quiz in Quiz.objects.filter(pk__in=holders).order_by("pk")
    ]


def _fellow_create(index: int, *, prefix: str):
    from allauth.account.models import EmailAddress

    from fellowship.accounts.models import User
    from fellowship.accounts.services import fellow_profile_update, user_register

    name, language, country = NAMES[index % len(NAMES)]
    email = f"{prefix}.{index}@bench.example.org"
    user = User.objects.create_user(email=email, password=None, full_name=name)
    user_register(user=user, full_name=name, preferred_language=language)
    fellow_profile_update(
        user=user,
        country=country,
        agency_type=AGENCIES[index % len(AGENCIES)],
        gender=GENDERS[index % 2],
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def signed_in(user) -> Fellow:
    """A session as signing in leaves one, and a CSRF secret for the cookie."""
    client = Client()
    client.force_login(user)
    return Fellow(
        user_id=user.pk,
        email=user.email,
        session=client.cookies[settings.SESSION_COOKIE_NAME].value,
        csrf=get_random_string(32),
    )


def site_prepare(*, fellows: int) -> Site:
    """Enrolled, signed-in fellows and the pages and activity they use."""
    from courses.selectors import course_lessons
    from courses.services import enrolment_create
    from courses.xapi.activities import activity_iri

    catalog = _english_catalog()
    course = _first_course(catalog)
    if catalog is None or course is None:
        raise RuntimeError("The demo seed has no English catalogue with a course.")
    h5p_lesson, block = _h5p_lesson(course)
    lesson = course_lessons(course=course).first()
    people = []
    for index in range(fellows):
        user = _fellow_create(index, prefix="fellow")
        enrolment_create(user=user, course=course)
        people.append(signed_in(user))
    my_learning = f"/{settings.LANGUAGE_CODE}/my-learning/"
    return Site(
        catalog_url=catalog.get_url(),
        course_url=course.get_url(),
        lesson_url=lesson.get_url(),
        lesson_title=lesson.title,
        my_learning_url=my_learning,
        h5p_lesson_url=h5p_lesson.get_url(),
        activity_iri=activity_iri(lesson_id=h5p_lesson.pk, block_id=block.id),
        quizzes=_quizzes(course),
        fellows=people,
    )


# A reading course of 40 lessons: what cohorts take in the dashboard
# benchmark and what certificate holders complete.


@dataclass
class ReadingCourse:
    course_id: int
    lesson_ids: list[int]


def reading_course_create(*, lessons: int) -> ReadingCourse:
    from courses.models import CoursePage, LessonPage, ModulePage

    catalog = _english_catalog()
    course = catalog.add_child(
        instance=CoursePage(
            title="Benchmark: national record-keeping in practice",
            slug=f"bench-course-{uuid.uuid4().hex[:8]}",
            summary="A reading course generated by the benchmarks.",
            live=True,
        )
    )
    lesson_ids = []
    modules = (lessons + LESSONS_PER_MODULE - 1) // LESSONS_PER_MODULE
    for module_number in range(modules):
        module = course.add_child(
            instance=ModulePage(
                title=f"Module {module_number + 1}",
                slug=f"module-{module_number + 1}",
                live=True,
            )
        )
        for _number in range(LESSONS_PER_MODULE):
            if len(lesson_ids) == lessons:
                break
            lesson = module.add_child(
                instance=LessonPage(
                    title=f"Lesson {len(lesson_ids) + 1}",
                    slug=f"lesson-{len(lesson_ids) + 1}",
                    live=True,
                    body=[
                        {
                            "type": "rich_text",
                            "value": "<p>Records of manufacture, import and "
                            "transfer are kept for at least twenty years.</p>",
                        }
                    ],
                )
            )
            lesson_ids.append(lesson.pk)
    return ReadingCourse(course_id=course.pk, lesson_ids=lesson_ids)


def _bulk(model, rows: list) -> None:
    for start in range(0, len(rows), BATCH):
        model.objects.bulk_create(rows[start : start + BATCH])


def users_bulk_create(*, count: int, prefix: str) -> list[int]:
    """Fellows who never sign in (unusable passwords): ids in creation order."""
    from fellowship.accounts.models import User

    password = make_password(None)
    users = []
    for index in range(count):
        name, language, _country = NAMES[index % len(NAMES)]
        users.append(
            User(
                email=f"{prefix}.{index}@bench.example.org",
                full_name=f"{name} {index}",
                preferred_language=language,
                password=password,
            )
        )
    _bulk(User, users)
    return list(
        User.objects.filter(email__startswith=f"{prefix}.")
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def progress_bulk_create(
    *,
    course: ReadingCourse,
    user_ids: list[int],
    completed: list[int],
    source: str,
    due_date: datetime.date | None,
) -> None:
    """Enrolments, lesson progress and the persistent course totals, as the
    progress service leaves them: `completed[i]` lessons done by user i."""
    from courses.choices import EnrolmentSource, EnrolmentStatus, LessonStatus
    from courses.models import CourseProgress, Enrolment, LessonProgress

    now = timezone.now()
    total = len(course.lesson_ids)
    _bulk(
        Enrolment,
        [
            Enrolment(
                user_id=user_id,
                course_id=course.course_id,
                source=EnrolmentSource(source),
                due_date=due_date,
                status=EnrolmentStatus.COMPLETED
                if done == total
                else EnrolmentStatus.ACTIVE,
            )
            for user_id, done in zip(user_ids, completed, strict=True)
        ],
    )
    enrolments = dict(
        Enrolment.objects.filter(
            course_id=course.course_id, user_id__in=user_ids
        ).values_list("user_id", "pk")
    )
    lesson_rows = []
    progress_rows = []
    for position, (user_id, done) in enumerate(zip(user_ids, completed, strict=True)):
        last_activity = now - datetime.timedelta(hours=position % 500)
        for number, lesson_id in enumerate(course.lesson_ids[: done + 1]):
            finished = number < done
            lesson_rows.append(
                LessonProgress(
                    user_id=user_id,
                    lesson_id=lesson_id,
                    course_id=course.course_id,
                    status=LessonStatus.COMPLETED if finished else LessonStatus.STARTED,
                    started_at=last_activity,
                    completed_at=last_activity if finished else None,
                    time_spent_seconds=600,
                )
            )
        progress_rows.append(
            CourseProgress(
                enrolment_id=enrolments[user_id],
                user_id=user_id,
                course_id=course.course_id,
                lessons_total=total,
                lessons_completed=done,
                percent=done * 100 // total,
                last_lesson_id=course.lesson_ids[min(done, total - 1)],
                last_activity_at=last_activity,
                completed_at=now if done == total else None,
            )
        )
    _bulk(LessonProgress, lesson_rows)
    _bulk(CourseProgress, progress_rows)


# Cohorts for the managers' dashboard.


@dataclass
class CohortSet:
    manager_id: int
    cohorts: dict[int, int]  # size -> cohort id
    lesson_progress_rows: int


def manager_create():
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    from fellowship.accounts.choices import Role
    from fellowship.accounts.models import User
    from fellowship.accounts.services import user_assign_role, user_register

    user = User.objects.create_user(
        email="manager@bench.example.org", password=None, full_name="Bench Manager"
    )
    user_register(user=user, full_name=user.full_name, preferred_language="en")
    user.groups.clear()
    user_assign_role(user=user, role=Role.PROGRAMME_MANAGER)
    # Production settings send staff without a second factor to set one up.
    TOTP.activate(user, generate_totp_secret())
    return user


def _cohort_create(*, cycle, size: int, course: ReadingCourse, manager, today):
    from fellowship.cohorts.choices import CohortStatus, CourseKind, StaffRole
    from fellowship.cohorts.models import Cohort, CohortCourse, CohortStaff

    cohort = Cohort.objects.create(
        cycle=cycle,
        name=f"Benchmark cohort of {size}",
        slug=f"bench-cohort-{size}",
        status=CohortStatus.RUNNING,
        online_starts_on=today - datetime.timedelta(days=45),
        online_ends_on=today + datetime.timedelta(days=45),
        capacity=min(size, 32000),
    )
    CohortCourse.objects.create(
        cohort=cohort,
        course_id=course.course_id,
        kind=CourseKind.REQUIRED,
        due_date=today + datetime.timedelta(days=30),
    )
    CohortStaff.objects.create(cohort=cohort, user=manager, role=StaffRole.MANAGER)
    return cohort


def _memberships_create(*, cohort, user_ids: list[int]) -> None:
    from fellowship.cohorts.choices import MembershipStatus
    from fellowship.cohorts.models import Membership

    countries = itertools.cycle(
        ["SN", "MX", "CN", "JO", "KZ", "GH", "TO", "PE", "VN", "ML", "FJ", "DE"]
    )
    _bulk(
        Membership,
        [
            Membership(
                cohort=cohort,
                user_id=user_id,
                status=MembershipStatus.ACTIVE,
                country=next(countries),
                gender=GENDERS[index % len(GENDERS)],
                agency_type=AGENCIES[index % len(AGENCIES)],
            )
            for index, user_id in enumerate(user_ids)
        ],
    )


def _attendance_create(*, cohort, user_ids: list[int], manager) -> None:
    """Four workshops held in the last ten days, attendance taken at each."""
    from fellowship.cohorts.choices import AttendanceStatus
    from fellowship.cohorts.models import Attendance, Session

    now = timezone.now()
    sessions = [
        Session.objects.create(
            cohort=cohort,
            title=f"Workshop {number + 1}",
            starts_at=now - datetime.timedelta(days=10 - number),
            ends_at=now - datetime.timedelta(days=10 - number) + WORKSHOP_LENGTH,
        )
        for number in range(4)
    ]
    statuses = [AttendanceStatus.PRESENT] * 3 + [
        AttendanceStatus.EXCUSED,
        AttendanceStatus.ABSENT,
    ]
    _bulk(
        Attendance,
        [
            Attendance(
                session=session,
                user_id=user_id,
                status=statuses[(index + number) % len(statuses)],
                recorded_by=manager,
            )
            for number, session in enumerate(sessions)
            for index, user_id in enumerate(user_ids)
        ],
    )


@transaction.atomic
def cohorts_create(*, course: ReadingCourse, sizes: list[int]) -> CohortSet:
    """A cohort per size, its fellows at every stage of the 40-lesson course."""
    from courses.choices import EnrolmentSource
    from courses.models import LessonProgress
    from fellowship.cohorts.models import Cycle

    today = timezone.localdate()
    manager = manager_create()
    cycle = Cycle.objects.create(
        name="Benchmark cycle",
        slug="bench-cycle",
        starts_on=today - datetime.timedelta(days=90),
        ends_on=today + datetime.timedelta(days=270),
    )
    total = len(course.lesson_ids)
    cohorts = {}
    for size in sizes:
        cohort = _cohort_create(
            cycle=cycle, size=size, course=course, manager=manager, today=today
        )
        user_ids = users_bulk_create(count=size, prefix=f"cohort{size}")
        _memberships_create(cohort=cohort, user_ids=user_ids)
        progress_bulk_create(
            course=course,
            user_ids=user_ids,
            # From nothing done to every lesson, spread over the cohort.
            completed=[(index * 7) % (total + 1) for index in range(size)],
            source=EnrolmentSource.COHORT,
            due_date=today + datetime.timedelta(days=30),
        )
        _attendance_create(cohort=cohort, user_ids=user_ids, manager=manager)
        cohorts[size] = cohort.pk
    rows = LessonProgress.objects.filter(course_id=course.course_id).count()
    return CohortSet(manager_id=manager.pk, cohorts=cohorts, lesson_progress_rows=rows)


# Certificate holders: every lesson of the reading course completed.


def certificate_holders_create(
    *, course: ReadingCourse, count: int, prefix: str
) -> list[int]:
    from courses.choices import EnrolmentSource

    with transaction.atomic():
        user_ids = users_bulk_create(count=count, prefix=prefix)
        progress_bulk_create(
            course=course,
            user_ids=user_ids,
            completed=[len(course.lesson_ids)] * count,
            source=EnrolmentSource.SELF,
            due_date=None,
        )
    return user_ids
