"""The objects and people every admin URL is tried with, made once."""

import datetime
from types import SimpleNamespace

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Locale, Page, Site

from courses.models import CatalogPage
from fellowship.assessments.models import Question, QuestionBank, Quiz
from fellowship.certificates import services as certificate_services
from fellowship.cohorts.choices import CohortStatus, CourseKind, StaffRole
from fellowship.cohorts.models import (
    Call,
    Cohort,
    CohortCourse,
    CohortStaff,
    Cycle,
    RubricCriterion,
    Session,
)
from fellowship.cohorts.services import (
    application_submit,
    focal_point_assign,
    membership_create,
)
from fellowship.evaluation.models import Survey, TestPlan
from tests.cohorts.conftest import pdf_upload
from tests.factories import activate_totp, user_with_role
from tests.factories_courses import InstrumentFactory, course_with_lessons

MISSING = 999999


def _course_staff(course, user):
    """Put an instructor on a course's staff, through the service."""
    from courses.choices import StaffRole
    from courses.services import course_staff_add

    course_staff_add(course=course, user=user, role=StaffRole.INSTRUCTOR)


def build() -> SimpleNamespace:
    w = SimpleNamespace()
    today = timezone.localdate()
    w.site_admin = user_with_role("Site admin", is_superuser=True, is_staff=True)
    w.fellow = user_with_role("Fellow")
    w.focal_point = user_with_role("National focal point")
    focal = focal_point_assign(user=w.focal_point, country="GH", actor=w.site_admin)
    w.instructor_off = user_with_role("Instructor")
    w.instructor_on = user_with_role("Instructor")
    w.manager_off = user_with_role("Programme manager")
    w.manager_on = user_with_role("Programme manager")

    locale, _created = Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    catalog = root.add_child(instance=CatalogPage(title="Courses", slug="urls-courses"))
    w.course_in, lessons_in = course_with_lessons(catalog=catalog, title="Course In")
    w.course_out, lessons_out = course_with_lessons(catalog=catalog, title="Course Out")
    w.page_in, w.page_out = lessons_in[0], lessons_out[0]
    for course in (w.course_in, w.course_out):
        course.save_revision().publish()
    w.revision_in = w.page_in.save_revision()
    w.revision_out = w.page_out.save_revision()
    _course_staff(w.course_in, w.instructor_on)

    cohorts = {}
    for key, course in (("in", w.course_in), ("out", w.course_out)):
        cycle = Cycle.objects.create(
            name=f"Cycle {key}",
            slug=f"cycle-{key}",
            starts_on=today - datetime.timedelta(days=60),
            ends_on=today + datetime.timedelta(days=300),
        )
        cohort = Cohort.objects.create(
            cycle=cycle,
            name=f"Cohort {key}",
            slug=f"cohort-{key}",
            status=CohortStatus.RUNNING,
            online_starts_on=today - datetime.timedelta(days=30),
            online_ends_on=today + datetime.timedelta(days=60),
        )
        CohortCourse.objects.create(
            cohort=cohort, course=course, kind=CourseKind.REQUIRED, due_date=today
        )
        call = Call.objects.create(
            cohort=cohort,
            opens_at=timezone.now() - datetime.timedelta(days=1),
            closes_at=timezone.now() + datetime.timedelta(days=10),
        )
        RubricCriterion.objects.create(call=call, name=f"Criterion {key}")
        session = Session.objects.create(
            cohort=cohort,
            title=f"Session {key}",
            starts_at=timezone.now(),
            ends_at=timezone.now() + datetime.timedelta(hours=2),
        )
        member = user_with_role("Fellow", full_name=f"Member {key}")
        membership = membership_create(cohort=cohort, user=member)
        cohorts[key] = SimpleNamespace(
            cycle=cycle,
            cohort=cohort,
            call=call,
            session=session,
            member=member,
            membership=membership,
        )
    CohortStaff.objects.create(
        cohort=cohorts["in"].cohort, user=w.manager_on, role=StaffRole.MANAGER
    )
    CohortStaff.objects.create(
        cohort=cohorts["in"].cohort, user=w.instructor_on, role=StaffRole.INSTRUCTOR
    )
    for key, c in cohorts.items():
        for name in ("cycle", "cohort", "call", "session", "membership"):
            setattr(w, f"{name}_{key}", getattr(c, name))
        setattr(w, f"user_{key}", c.member)
        setattr(
            w,
            f"application_{key}",
            application_submit(
                call=c.call,
                applicant=user_with_role("Fellow", full_name=f"Applicant {key}"),
                motivation="M",
                letter=pdf_upload(),
                profile={"country": "GH", "gender": "man", "agency_type": "police"},
            ),
        )
        setattr(
            w,
            f"certificate_{key}",
            certificate_services.certificate_issue_by_exception(
                holder=c.member, actor=w.site_admin, reason="Table", cohort=c.cohort
            ),
        )
    w.focal_assignment = focal

    for key, course in (("in", w.course_in), ("out", w.course_out)):
        bank = QuestionBank.objects.create(title=f"Bank {key}", course=course)
        setattr(w, f"bank_{key}", bank)
        setattr(
            w,
            f"question_{key}",
            Question.objects.create(bank=bank, type="true_false", title=f"Q {key}"),
        )
        setattr(
            w, f"quiz_{key}", Quiz.objects.create(title=f"Quiz {key}", course=course)
        )
        setattr(
            w,
            f"test_plan_{key}",
            TestPlan.objects.create(
                course=course,
                pre_quiz=getattr(w, f"quiz_{key}"),
                post_quiz=Quiz.objects.create(title=f"Post {key}", course=course),
            ),
        )
    w.survey = Survey.objects.create(kind="course_end", title_en="Survey")

    from wagtail.documents.models import Document
    from wagtail.images.models import Image

    w.image = Image.objects.create(title="Image", file=get_test_image_file())
    w.document = Document.objects.create(
        title="Document", file=ContentFile(b"%PDF-1.4", name="doc.pdf")
    )
    w.collection = Collection.get_first_root_node()
    w.group = Group.objects.get(name="Fellow")
    w.site = Site.objects.first() or Site.objects.create(
        hostname="localhost", root_page=root, is_default_site=True
    )
    w.locale = locale
    w.instrument = InstrumentFactory()
    w.root = root
    w.missing = SimpleNamespace(pk=MISSING)

    w.clients = {}
    return w


def client_for(w, role, client_class, fresh=False):
    """One client per role, signed in once (TOTP set up for staff)."""
    if role not in w.clients or fresh:
        client = client_class()
        if role != "anonymous":
            user = getattr(w, role)
            if not getattr(user, "_totp_for_test", False):
                activate_totp(user)
                user._totp_for_test = True
            client.force_login(user)
        if fresh:
            return client
        w.clients[role] = client
    return w.clients[role]
