"""Demo data for the programme: a running cohort with fellows at every stage
of progress, and an open call with applications. Idempotent.

Every person, institution and letter here is FICTIONAL: names are drawn from
a list, institutions say "Fictional" in their name, and e-mail addresses use
the reserved example.org domain. Progress is made through the courses
services, so the dashboard reads real CourseProgress rows.
"""

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import Q
from django.utils import timezone

from courses.selectors import course_lessons
from courses.services import LessonLocked, LessonNotCompletable, lesson_mark_complete
from fellowship.accounts.models import User
from fellowship.accounts.selectors import fellow_profile_get
from fellowship.accounts.services import fellow_profile_update, user_register

from . import services
from .choices import (
    ApplicationStatus,
    AttendanceStatus,
    CohortStatus,
    CourseKind,
    NominationKind,
    RegionFocus,
    StaffRole,
)
from .letters import letter_store
from .models import (
    Application,
    Call,
    Cohort,
    CohortCourse,
    CohortStaff,
    Cycle,
    Membership,
    RubricCriterion,
    Session,
)

COURSE_SLUG_PREFIXES = ("marking", "tracing", "stockpile", "gender")

# (full name, country, gender, agency type, language, share of lessons done
#  in each course; None = never started)
FELLOWS = [
    ("Adaeze Okafor", "NG", "woman", "police", "en", 1.0),
    ("Tomás Herrera", "CO", "man", "customs_border", "es", 0.8),
    ("Mariam Haidari", "AF", "woman", "foreign_affairs", "en", 0.6),
    ("Jean-Baptiste Nkurunziza", "BI", "man", "armed_forces", "fr", 0.5),
    ("Leilani Tuilagi", "WS", "woman", "police", "en", 0.4),
    ("Dmitri Volkov", "KZ", "man", "customs_border", "ru", 0.3),
    ("Fatou Ndiaye", "SN", "woman", "justice", "fr", 0.2),
    ("Carlos Quispe", "BO", "man", "police", "es", 0.1),
    ("Nour El-Sayed", "EG", "woman", "foreign_affairs", "ar", None),
    ("Samuel Mensah", "GH", "man", "armed_forces", "en", None),
    ("Anjali Rao", "IN", "woman", "customs_border", "en", 1.0),
    ("Grace Mwale", "MW", "woman", "police", "en", 0.7),
]

CANDIDATES = [
    ("Efua Asante", "GH", "woman", "police", "en"),
    ("Kofi Boateng", "GH", "man", "customs_border", "en"),
    ("Ama Owusu", "GH", "woman", "justice", "en"),
    ("Lucía Fernández", "PY", "woman", "armed_forces", "es"),
    ("Tevita Fifita", "TO", "man", "police", "en"),
    ("Aliya Nurlanovna", "KG", "woman", "foreign_affairs", "ru"),
    ("Moussa Traoré", "ML", "man", "armed_forces", "fr"),
    ("Haruto Sato", "JP", "man", "police", "en"),
]

CRITERIA = [
    (
        "Relevance of current duties",
        3,
        "How closely the candidate's work touches small arms control.",
    ),
    (
        "Motivation and plan for using the training",
        2,
        "A concrete plan to apply what is learnt.",
    ),
    ("Institutional endorsement", 1, "Strength of the endorsement letter."),
]

FICTIONAL_PDF = (
    b"%PDF-1.4\n% Fictional endorsement letter for demonstration only\n"
    b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
    b"trailer << /Root 1 0 R >>\n%%EOF\n"
)


def person_email(name: str) -> str:
    """The fictional address of a demo person (fellowship.demo reads it too)."""
    local = "".join(
        c
        for c in name.lower().replace(" ", ".")
        if c.isascii() and (c.isalnum() or c == ".")
    )
    return f"demo.{local}@example.org"


def _person(name, country, gender, agency, language, institution_kind="Ministry"):
    user = User.objects.filter(email=person_email(name)).first()
    if user is None:
        user = User.objects.create_user(
            email=person_email(name), password=None, full_name=name
        )
        user_register(user=user, full_name=name, preferred_language=language)
    fellow_profile_update(
        user=user,
        country=country,
        gender=gender,
        agency_type=agency,
        institution=f"Fictional {institution_kind} of Public Safety",
        position="Officer (fictional)",
    )
    return user


def _courses(log):
    from courses.models import CoursePage

    match = Q()
    for prefix in COURSE_SLUG_PREFIXES:
        match |= Q(slug__startswith=prefix)
    courses = list(
        CoursePage.objects.live()
        .filter(match, alias_of__isnull=True, locale__language_code="en")
        .order_by("path")
    )
    if not courses:
        log(
            "Programme demo skipped: no demo course found (run the courses seed first)."
        )
    return courses


def _letter():
    return letter_store(
        SimpleUploadedFile("letter.pdf", FICTIONAL_PDF, content_type="application/pdf")
    )


def _criteria(call):
    for order, (name, weight, description) in enumerate(CRITERIA):
        RubricCriterion.objects.get_or_create(
            call=call,
            name=name,
            defaults={
                "weight": weight,
                "description": description,
                "sort_order": order,
            },
        )


def _progress(user, course, share, log):
    if not share:
        return
    lessons = list(course_lessons(course=course))
    for lesson in lessons[: round(len(lessons) * share)]:
        try:
            lesson_mark_complete(user=user, lesson=lesson)
        except (LessonLocked, LessonNotCompletable):
            # A graded lesson (quiz, H5P) completes only when passed.
            return


def seed(*, log, credentials):
    courses = _courses(log)
    if not courses:
        return
    today = timezone.localdate()
    manager = User.objects.filter(email="manager@example.org").first()
    instructor = User.objects.filter(email="instructor@example.org").first()
    focal_point = User.objects.filter(email="focalpoint@example.org").first()
    demo_fellow = User.objects.filter(email="fellow@example.org").first()
    site_admin = User.objects.filter(email="admin@example.org").first()
    if focal_point is not None and (site_admin or manager) is not None:
        # A focal point's State is an assignment, never their own profile.
        services.focal_point_assign(
            user=focal_point, country="GH", actor=site_admin or manager
        )

    cycle, _ = Cycle.objects.get_or_create(
        slug="demo-cycle-2026",
        defaults={
            "name": "2026 programme cycle (demo)",
            "starts_on": today - datetime.timedelta(days=120),
            "ends_on": today + datetime.timedelta(days=240),
            "description": "Fictional data for demonstration.",
        },
    )
    running, created = Cohort.objects.get_or_create(
        slug="demo-cohort-a",
        defaults={
            "cycle": cycle,
            "name": "Cohort A — global, English (demo)",
            "region_focus": RegionFocus.GLOBAL,
            "language": "en",
            "online_starts_on": today - datetime.timedelta(days=60),
            "online_ends_on": today + datetime.timedelta(days=30),
            "in_person_starts_on": today + datetime.timedelta(days=45),
            "in_person_ends_on": today + datetime.timedelta(days=49),
            "venue": "Fictional Training Centre, Vienna",
            "capacity": 20,
            "status": CohortStatus.RUNNING,
        },
    )
    if created:
        log("Created the demo cohort with fellows at every stage.")
    due_offsets = [5, 20, 28, -2]
    for order, course in enumerate(courses):
        CohortCourse.objects.get_or_create(
            cohort=running,
            course=course,
            defaults={
                "kind": CourseKind.REQUIRED if order < 3 else CourseKind.ELECTIVE,
                "due_date": today + datetime.timedelta(days=due_offsets[order % 4]),
                "sort_order": order,
            },
        )
    for user, role in (
        (manager, StaffRole.MANAGER),
        (instructor, StaffRole.INSTRUCTOR),
    ):
        if user is not None:
            CohortStaff.objects.get_or_create(cohort=running, user=user, role=role)

    past_call, _ = Call.objects.get_or_create(
        cohort=running,
        defaults={
            "opens_at": timezone.now() - datetime.timedelta(days=120),
            "closes_at": timezone.now() - datetime.timedelta(days=80),
            "nomination_limit_per_state": 2,
            "introduction": "Fictional call for demonstration.",
        },
    )
    _criteria(past_call)
    joined = timezone.now() - datetime.timedelta(days=65)
    fellows = [(_person(*spec[:5]), spec[5]) for spec in FELLOWS]
    if demo_fellow is not None:
        fellows.append((demo_fellow, 0.5))
    for user, share in fellows:
        # Read afresh: the user object may hold the profile as it was created.
        profile = fellow_profile_get(user=user)
        application, app_created = Application.objects.get_or_create(
            call=past_call,
            applicant=user,
            defaults={
                "motivation": "Fictional motivation statement.",
                "letter_path": _letter(),
                "letter_original_name": "letter.pdf",
                "letter_size": len(FICTIONAL_PDF),
                "country": profile.country,
                "gender": profile.gender,
                "agency_type": profile.agency_type,
                "status": ApplicationStatus.ACCEPTED,
                "decided_at": joined,
                "decided_by": manager,
            },
        )
        membership = services.membership_create(
            cohort=running, user=user, application=application, actor=manager
        )
        if app_created:
            # Backdate to when they would have joined, so inactivity shows.
            Membership.objects.filter(pk=membership.pk).update(created_at=joined)
        for course in courses:
            _progress(user, course, share, log)
    for name, country, gender, agency, language in CANDIDATES[3:6]:
        user = _person(name, country, gender, agency, language)
        Application.objects.get_or_create(
            call=past_call,
            applicant=user,
            defaults={
                "motivation": "Fictional motivation statement.",
                "letter_path": _letter(),
                "letter_original_name": "letter.pdf",
                "letter_size": len(FICTIONAL_PDF),
                "country": country,
                "gender": gender,
                "agency_type": agency,
                "status": ApplicationStatus.REJECTED,
                "decided_at": joined,
                "decided_by": manager,
            },
        )

    for number in range(1, 4):
        session, session_created = Session.objects.get_or_create(
            cohort=running,
            title=f"Live online session {number}",
            defaults={
                "starts_at": timezone.now() - datetime.timedelta(days=50 - 14 * number),
                "ends_at": timezone.now()
                - datetime.timedelta(days=50 - 14 * number, hours=-2),
                "location": "Online",
            },
        )
        if session_created:
            for index, (user, share) in enumerate(fellows):
                status = (
                    AttendanceStatus.ABSENT
                    if share is None
                    else AttendanceStatus.EXCUSED
                    if (index + number) % 5 == 0
                    else AttendanceStatus.PRESENT
                )
                services.attendance_record(
                    session=session, user=user, status=status, recorded_by=manager
                )

    # The in-person phase, in every member's calendar: its first two days.
    for day, title in enumerate(
        ("In-person phase: opening and tracing exercise", "Stockpile site visit")
    ):
        starts = timezone.make_aware(
            datetime.datetime.combine(
                running.in_person_starts_on + datetime.timedelta(days=day),
                datetime.time(9, 0),
            )
        )
        Session.objects.get_or_create(
            cohort=running,
            title=title,
            defaults={
                "starts_at": starts,
                "ends_at": starts + datetime.timedelta(hours=7),
                "location": running.venue,
            },
        )

    upcoming, created = Cohort.objects.get_or_create(
        slug="demo-cohort-b",
        defaults={
            "cycle": cycle,
            "name": "Cohort B — Africa, English (demo)",
            "region_focus": RegionFocus.AFRICAN,
            "language": "en",
            "online_starts_on": today + datetime.timedelta(days=60),
            "online_ends_on": today + datetime.timedelta(days=150),
            "in_person_starts_on": today + datetime.timedelta(days=170),
            "in_person_ends_on": today + datetime.timedelta(days=174),
            "venue": "Fictional Regional Centre, Accra",
            "capacity": 20,
            "status": CohortStatus.INTAKE,
        },
    )
    for order, course in enumerate(courses):
        CohortCourse.objects.get_or_create(
            cohort=upcoming,
            course=course,
            defaults={
                "kind": CourseKind.REQUIRED if order < 3 else CourseKind.ELECTIVE,
                "due_date": today + datetime.timedelta(days=90 + 20 * order),
                "sort_order": order,
            },
        )
    if manager is not None:
        CohortStaff.objects.get_or_create(
            cohort=upcoming, user=manager, role=StaffRole.MANAGER
        )
    open_call, _ = Call.objects.get_or_create(
        cohort=upcoming,
        defaults={
            "opens_at": timezone.now() - datetime.timedelta(days=5),
            "closes_at": timezone.now() + datetime.timedelta(days=25),
            "nomination_limit_per_state": 2,
            "introduction": (
                "Fictional call for demonstration: officials of African States "
                "working on small arms control."
            ),
        },
    )
    _criteria(open_call)
    criteria = list(open_call.criteria.all())
    for index, (name, country, gender, agency, language) in enumerate(CANDIDATES):
        user = _person(name, country, gender, agency, language)
        application = Application.objects.filter(call=open_call, applicant=user).first()
        if application is None:
            application = services.application_submit(
                call=open_call,
                applicant=user,
                motivation="Fictional motivation statement: I lead a weapons registry team.",
                letter=SimpleUploadedFile(
                    "letter.pdf", FICTIONAL_PDF, content_type="application/pdf"
                ),
                profile={"country": country, "gender": gender, "agency_type": agency},
            )
        if manager is not None and index % 2 == 0:
            services.application_score(
                application=application,
                reviewer=manager,
                scores={c.pk: (index + c.pk) % 6 for c in criteria},
            )
    if focal_point is not None:
        first_ghanaian = (
            Application.objects.filter(call=open_call, country="GH")
            .order_by("pk")
            .first()
        )
        if first_ghanaian is not None:
            services.nomination_create(
                application=first_ghanaian,
                focal_point=focal_point,
                kind=NominationKind.NOMINATED,
                note="Fictional nomination.",
            )
    log(
        "Programme demo: one running cohort with progress, one open call with applications."
    )
