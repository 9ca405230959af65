"""Programme test data, built through the real services where they exist."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from wagtail.models import Locale, Page

from courses.models import CatalogPage, CoursePage, LessonPage, ModulePage
from courses.services import lesson_mark_complete
from fellowship.accounts.services import fellow_profile_update
from fellowship.cohorts.choices import CohortStatus, CourseKind, StaffRole
from fellowship.cohorts.models import Call, Cohort, CohortCourse, CohortStaff, Cycle
from fellowship.cohorts.services import membership_create
from tests.factories import user_with_role

PDF_BYTES = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def pdf_upload(name="letter.pdf", content=PDF_BYTES, content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


@pytest.fixture
def curriculum(db):
    """Two live courses: A with four lessons, B with two.

    Built under the tree's root, so the tests do not depend on the demo site.
    """
    # Transactional (browser) tests flush the tree that migrations created.
    locale, _created = Locale.objects.get_or_create(language_code="en")
    home = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    catalog = home.add_child(instance=CatalogPage(title="Courses", slug="courses-test"))
    courses = {}
    for key, lessons in (("a", 4), ("b", 2)):
        course = catalog.add_child(
            instance=CoursePage(
                title=f"Course {key.upper()}", slug=f"course-{key}", summary="S"
            )
        )
        module = course.add_child(instance=ModulePage(title="Module", slug=f"m-{key}"))
        course.lessons_for_test = [
            module.add_child(
                instance=LessonPage(title=f"Lesson {key}{n}", slug=f"l-{key}{n}")
            )
            for n in range(lessons)
        ]
        courses[key] = course
    return courses


def complete_lessons(user, course, count):
    for lesson in course.lessons_for_test[:count]:
        lesson_mark_complete(user=user, lesson=lesson)


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def make_cohort(db, curriculum, today):
    cycles = {}

    def make(*, name="Cohort A", managers=(), status=CohortStatus.RUNNING, **fields):
        cycle = cycles.get("cycle") or Cycle.objects.create(
            name="Cycle 2026",
            slug="cycle-2026",
            starts_on=today - datetime.timedelta(days=60),
            ends_on=today + datetime.timedelta(days=300),
        )
        cycles["cycle"] = cycle
        defaults = {
            "online_starts_on": today - datetime.timedelta(days=30),
            "online_ends_on": today + datetime.timedelta(days=60),
            "capacity": 30,
        }
        cohort = Cohort.objects.create(
            cycle=cycle,
            name=name,
            slug=name.lower().replace(" ", "-"),
            status=status,
            **{**defaults, **fields},
        )
        CohortCourse.objects.create(
            cohort=cohort,
            course=curriculum["a"],
            kind=CourseKind.REQUIRED,
            due_date=today + datetime.timedelta(days=30),
        )
        CohortCourse.objects.create(
            cohort=cohort,
            course=curriculum["b"],
            kind=CourseKind.ELECTIVE,
            due_date=today + datetime.timedelta(days=50),
        )
        for manager in managers:
            CohortStaff.objects.create(
                cohort=cohort, user=manager, role=StaffRole.MANAGER
            )
        return cohort

    return make


@pytest.fixture
def make_call(db):
    def make(cohort, *, limit=2, opens=None, closes=None):
        now = timezone.now()
        return Call.objects.create(
            cohort=cohort,
            opens_at=opens or now - datetime.timedelta(days=1),
            closes_at=closes or now + datetime.timedelta(days=10),
            nomination_limit_per_state=limit,
        )

    return make


@pytest.fixture
def make_fellow(db):
    counter = {"n": 0}

    def make(*, country="GH", gender="woman", agency_type="police", language="en"):
        counter["n"] += 1
        user = user_with_role("Fellow", full_name=f"Fellow {counter['n']:03d}")
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])
        fellow_profile_update(
            user=user, country=country, gender=gender, agency_type=agency_type
        )
        return user

    return make


@pytest.fixture
def enrol(db):
    def join(cohort, user):
        return membership_create(cohort=cohort, user=user)

    return join


@pytest.fixture
def bytes_io():
    return io.BytesIO


@pytest.fixture
def certified(monkeypatch):
    """A certification source under the test's control (none by default)."""
    from fellowship.cohorts import registry

    pairs: set[tuple[int, int]] = set()
    monkeypatch.setattr(registry, "_certification_sources", [])
    monkeypatch.setattr(registry, "_score_sources", [])

    def enable():
        registry.register_certification_source(lambda *, cohort_ids: set(pairs))
        return pairs

    return enable


@pytest.fixture
def known_cohort(make_cohort, make_fellow, curriculum, manager, certified):
    """Four fellows at known stages, 30 days into a 60-day course A.

    f1 GH woman police: A 4/4, B 2/2 (completed)
    f2 KE man customs: A 2/4 (on pace)
    f3 FR woman justice: nothing (behind)
    f4 GH man police: B 1/2 only (behind on the required course)
    """
    cohort = make_cohort(managers=[manager])
    specs = [
        ("GH", "woman", "police", 4, 2),
        ("KE", "man", "customs_border", 2, 0),
        ("FR", "woman", "justice", 0, 0),
        ("GH", "man", "police", 0, 1),
    ]
    fellows = []
    for country, gender, agency, a_done, b_done in specs:
        user = make_fellow(country=country, gender=gender, agency_type=agency)
        membership_create(cohort=cohort, user=user)
        complete_lessons(user, curriculum["a"], a_done)
        complete_lessons(user, curriculum["b"], b_done)
        fellows.append(user)
    cohort.fellows_for_test = fellows
    return cohort


@pytest.fixture
def make_focal_point(db):
    """A national focal point speaking for `country`: the one place tests
    give a focal point their State."""

    def make(country="GH", **fields):
        user = user_with_role("National focal point", **fields)
        assign_state(user, country)
        return user

    return make


def assign_state(user, country):
    """A site admin assigns a focal point their State, as the admin does."""
    from fellowship.accounts.models import User
    from fellowship.cohorts.services import focal_point_assign

    actor = User.objects.filter(email="assigner@example.org").first()
    if actor is None:
        actor = user_with_role(
            "Site admin", email="assigner@example.org", is_superuser=True
        )
    return focal_point_assign(user=user, country=country, actor=actor)
