"""Reads for certificates: the app's public surface for reading.

The completion rules live here because they are reads: the issuing service
asks them, inside its transaction, and never trusts CourseProgress or
anything a browser said.
"""

from django.db.models import Max, Prefetch, Q, QuerySet

from courses import completion
from courses.choices import EnrolmentStatus, LessonStatus
from courses.models import CoursePage, Enrolment, LessonProgress
from courses.selectors import course_lessons
from fellowship.cohorts.choices import CourseKind, MembershipStatus
from fellowship.cohorts.models import Cohort, CohortCourse, Membership
from fellowship.cohorts.selectors import (
    cohort_attendance_met,
    cohorts_for_manager,
    user_sees_all_cohorts,
)

from .choices import CertificateKind, CertificateStatus
from .codes import code_normalise
from .models import Certificate, CertificateSignatory, CertificateTemplate

# Memberships that may lead to a programme certificate.
CERTIFIABLE_MEMBERSHIP = (MembershipStatus.ACTIVE, MembershipStatus.COMPLETED)


# The rules.


def course_requirements_met(*, user, course: CoursePage) -> bool:
    """Whether the database shows `user` has completed `course`.

    Every live lesson has a completed LessonProgress, and every lesson with
    graded blocks (quizzes, H5P) passes its checkers again now; the fellow's
    enrolment is not withdrawn. A course without lessons is never complete.
    """
    enrolled = (
        Enrolment.objects.filter(user=user, course=course)
        .exclude(status=EnrolmentStatus.WITHDRAWN)
        .exists()
    )
    if not enrolled:
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


def cohort_required_courses(*, cohort: Cohort) -> list[CoursePage]:
    return [
        cohort_course.course
        for cohort_course in CohortCourse.objects.filter(
            cohort=cohort, kind=CourseKind.REQUIRED
        ).select_related("course")
    ]


def programme_requirements_met(*, user, cohort: Cohort) -> bool:
    """A member of the cohort completed each required course and, when the
    cohort has an in-person phase, met its attendance rule."""
    member = Membership.objects.filter(
        cohort=cohort, user=user, status__in=CERTIFIABLE_MEMBERSHIP
    ).exists()
    if not member:
        return False
    required = cohort_required_courses(cohort=cohort)
    if not required:
        return False
    if not all(course_requirements_met(user=user, course=c) for c in required):
        return False
    has_in_person_phase = cohort.in_person_starts_on is not None
    return not has_in_person_phase or cohort_attendance_met(cohort=cohort, user=user)


def cohorts_requiring_course(*, user, course: CoursePage) -> list[Cohort]:
    """The cohorts of `user` for which `course` is required."""
    return list(
        Cohort.objects.filter(
            memberships__user=user,
            memberships__status__in=CERTIFIABLE_MEMBERSHIP,
            cohort_courses__course=course,
            cohort_courses__kind=CourseKind.REQUIRED,
        ).distinct()
    )


def cohort_members(*, cohort: Cohort) -> QuerySet:
    return Membership.objects.filter(
        cohort=cohort, status__in=CERTIFIABLE_MEMBERSHIP
    ).values_list("user_id", flat=True)


# Certificates.


def certificate_for(
    *, holder, course: CoursePage | None = None, cohort: Cohort | None = None
) -> QuerySet[Certificate]:
    """Every certificate of `holder` for the course or cohort, newest first."""
    if course is not None:
        return Certificate.objects.filter(holder=holder, course=course)
    return Certificate.objects.filter(holder=holder, cohort=cohort)


def certificates_for_user(*, user) -> QuerySet[Certificate]:
    """The certificates a person holds, for "My learning": one query.

    Superseded certificates are left out: their successor stands for them.
    """
    if not getattr(user, "is_authenticated", False):
        return Certificate.objects.none()
    return Certificate.objects.filter(holder=user).exclude(
        status=CertificateStatus.SUPERSEDED
    )


def certificate_by_code(*, code: str) -> Certificate | None:
    """The certificate a typed code names, or None (malformed or unknown alike)."""
    canonical = code_normalise(code)
    if canonical is None:
        return None
    return (
        Certificate.objects.select_related("superseded_by")
        .filter(code=canonical)
        .first()
    )


def certificate_of_holder(*, user, code: str) -> Certificate | None:
    canonical = code_normalise(code)
    if canonical is None or not user.is_authenticated:
        return None
    return Certificate.objects.filter(holder=user, code=canonical).first()


def certified_pairs(*, cohort_ids: list[int]) -> set[tuple[int, int]]:
    """(cohort id, user id) of valid programme certificates: one query.

    Registered with the cohorts app for its dashboards and reports.
    """
    return set(
        Certificate.objects.filter(
            kind=CertificateKind.PROGRAMME,
            status=CertificateStatus.VALID,
            cohort_id__in=cohort_ids,
        ).values_list("cohort_id", "holder_id")
    )


def status_list_set_indexes(*, status_list: int) -> list[int]:
    """Indexes whose revocation bit is set: revoked or superseded certificates."""
    return list(
        Certificate.objects.filter(status_list=status_list)
        .exclude(status=CertificateStatus.VALID)
        .values_list("status_list_index", flat=True)
    )


def certificate_template_for(
    *, kind: str, course: CoursePage | None = None
) -> CertificateTemplate | None:
    """The template for a certificate: the course's own, else the default."""
    templates = CertificateTemplate.objects.select_related("logo").prefetch_related(
        "texts",
        Prefetch(
            "signatories",
            queryset=CertificateSignatory.objects.select_related("signature"),
        ),
    )
    if course is not None:
        own = templates.filter(kind=kind, course=course).first()
        if own is not None:
            return own
    return templates.filter(kind=kind, is_default=True).first()


def status_list_highest() -> int:
    """The highest status list in use (1 when none is yet)."""
    highest = Certificate.objects.aggregate(highest=Max("status_list"))["highest"]
    return highest or 1


# Scope: which certificates a person may see and act on.


def courses_for_manager(*, user) -> QuerySet[CoursePage]:
    """The courses of the cohorts a person manages."""
    return CoursePage.objects.filter(
        pk__in=CohortCourse.objects.filter(
            cohort__in=cohorts_for_manager(user=user).values("pk")
        ).values("course_id")
    )


def certificates_for_manager(*, user) -> QuerySet[Certificate]:
    """Certificates of the cohorts a person manages and of those cohorts'
    courses; every certificate for site admins and superusers."""
    if user_sees_all_cohorts(user=user):
        return Certificate.objects.all()
    cohorts = cohorts_for_manager(user=user).values("pk")
    courses = CohortCourse.objects.filter(cohort__in=cohorts).values("course_id")
    return Certificate.objects.filter(Q(cohort__in=cohorts) | Q(course__in=courses))


def certificate_in_scope(
    *,
    user,
    certificate: Certificate | None = None,
    course: CoursePage | None = None,
    cohort: Cohort | None = None,
) -> bool:
    """Whether `user` may act on this certificate, or issue for this course
    or cohort."""
    if user_sees_all_cohorts(user=user):
        return True
    if certificate is not None:
        return certificates_for_manager(user=user).filter(pk=certificate.pk).exists()
    if cohort is not None:
        return cohorts_for_manager(user=user).filter(pk=cohort.pk).exists()
    if course is not None:
        return courses_for_manager(user=user).filter(pk=course.pk).exists()
    return False


def holders_for_manager(*, user):
    """The people a person may issue a certificate to: the members of the
    cohorts they manage (everyone active, for site admins)."""
    from fellowship.accounts.models import User

    people = User.objects.filter(is_active=True)
    if user_sees_all_cohorts(user=user):
        return people
    return people.filter(
        pk__in=Membership.objects.filter(
            cohort__in=cohorts_for_manager(user=user).values("pk")
        ).values("user_id")
    )


def holder_is_eligible(
    *, holder, course: CoursePage | None = None, cohort: Cohort | None = None
) -> bool:
    """A programme certificate's holder is a member of the cohort; a course
    certificate's holder is enrolled in the course (not withdrawn)."""
    if cohort is not None:
        return (
            Membership.objects.filter(cohort=cohort, user=holder)
            .exclude(status=MembershipStatus.WITHDRAWN)
            .exists()
        )
    if course is not None:
        return (
            Enrolment.objects.filter(user=holder, course=course)
            .exclude(status=EnrolmentStatus.WITHDRAWN)
            .exists()
        )
    return False
