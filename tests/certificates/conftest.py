"""Certificate test data, set up through the real services."""

import datetime
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone

from courses.models import CatalogPage, CoursePage, LessonPage, ModulePage
from courses.services import enrolment_create, lesson_mark_complete
from fellowship.cohorts.choices import CohortStatus, CourseKind
from fellowship.cohorts.models import Cohort, CohortCourse, Cycle
from fellowship.cohorts.services import membership_create
from tests.factories import user_with_role


def grant(user, *codenames: str) -> None:
    """Give a person certificate permissions (the manager role will hold them)."""
    for codename in codenames:
        user.user_permissions.add(
            Permission.objects.get(
                content_type__app_label="certificates", codename=codename
            )
        )
    for attribute in ("_perm_cache", "_user_perm_cache", "_group_perm_cache"):
        user.__dict__.pop(attribute, None)


@pytest.fixture
def home(db):
    """A home page in every language's locale (no reference library: these
    tests need only the page tree)."""
    from django.conf import settings
    from wagtail.models import Locale, Page

    from content.models import HomePage

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    # A transactional test finds the tree flushed, root page included.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=Locale.get_default())
    )
    home = HomePage(title="SALW Fellowship", slug="home-certificates")
    root.add_child(instance=home)
    return home


@pytest.fixture
def catalog(home):
    catalog = CatalogPage(title="Courses", slug="courses-certificates")
    home.add_child(instance=catalog)
    return catalog


@pytest.fixture
def make_course(catalog):
    counter = {"n": 0}

    def make(*, title=None, lessons=3):
        counter["n"] += 1
        n = counter["n"]
        course = CoursePage(
            title=title or f"Marking and record-keeping {n}",
            slug=f"course-{n}",
            summary="Marking small arms and keeping records of them.",
        )
        catalog.add_child(instance=course)
        module = ModulePage(title="Foundations", slug=f"module-{n}")
        course.add_child(instance=module)
        course.test_lessons = []
        for index in range(lessons):
            lesson = LessonPage(title=f"Lesson {index + 1}", slug=f"lesson-{n}-{index}")
            module.add_child(instance=lesson)
            course.test_lessons.append(lesson)
        return course

    return make


@pytest.fixture
def course(make_course):
    return make_course(title="Marking and record-keeping")


@pytest.fixture
def make_fellow(db):
    def make(*, full_name="Amina Diallo", language="en"):
        user = user_with_role("Fellow", full_name=full_name)
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])
        return user

    return make


def complete(user, course, *, lessons=None):
    """The fellow enrols and marks lessons complete, as the site lets them."""
    enrolment_create(user=user, course=course)
    for lesson in course.test_lessons[:lessons]:
        lesson_mark_complete(user=user, lesson=lesson)


@pytest.fixture
def completed(django_capture_on_commit_callbacks):
    """Complete a course and run what its commit enqueued (the eager tasks)."""

    def run(user, course, *, lessons=None):
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            complete(user, course, lessons=lessons)
        return callbacks

    return run


@pytest.fixture
def make_cohort(db):
    today = timezone.localdate()

    def make(*, required=(), elective=(), in_person=False, name="Cohort Geneva"):
        cycle, _created = Cycle.objects.get_or_create(
            slug="cycle-2026",
            defaults={
                "name": "Cycle 2026",
                "starts_on": today - datetime.timedelta(days=60),
                "ends_on": today + datetime.timedelta(days=300),
            },
        )
        fields = {}
        if in_person:
            fields = {
                "in_person_starts_on": today - datetime.timedelta(days=5),
                "in_person_ends_on": today + datetime.timedelta(days=5),
            }
        cohort = Cohort.objects.create(
            cycle=cycle,
            name=name,
            slug=name.lower().replace(" ", "-"),
            status=CohortStatus.RUNNING,
            online_starts_on=today - datetime.timedelta(days=30),
            online_ends_on=today + datetime.timedelta(days=60),
            **fields,
        )
        for kind, courses in (
            (CourseKind.REQUIRED, required),
            (CourseKind.ELECTIVE, elective),
        ):
            for course in courses:
                CohortCourse.objects.create(
                    cohort=cohort,
                    course=course,
                    kind=kind,
                    due_date=today + datetime.timedelta(days=30),
                )
        return cohort

    return make


@pytest.fixture
def join():
    def run(cohort, user):
        return membership_create(cohort=cohort, user=user)

    return run


@pytest.fixture
def certificate(course, make_fellow, completed):
    """A valid course certificate, issued the way the platform issues it."""
    from fellowship.certificates.models import Certificate

    fellow = make_fellow()
    completed(fellow, course)
    return Certificate.objects.get(holder=fellow, course=course)


@pytest.fixture
def ns():
    return SimpleNamespace
