"""Reads for certificates: the app's public surface for reading.

The completion rules are not here: courses owns the course rule
(`courses.selectors.course_requirements_met`) and cohorts the programme
rule (`fellowship.cohorts.selectors.programme_requirements_met`). The issuing
service asks them inside its transaction and never trusts CourseProgress or
anything a browser said; certificates reads only its own tables.
"""

from django.db.models import Max, Prefetch, Q, QuerySet

from courses.models import CoursePage
from courses.selectors import enrolment_is_current
from fellowship.cohorts.models import Cohort
from fellowship.cohorts.selectors import (
    cohorts_for_manager,
    course_ids_of_cohorts,
    member_ids_of_cohorts,
    membership_is_current,
    user_sees_all_cohorts,
)

from .choices import CertificateKind, CertificateStatus
from .codes import code_normalise
from .models import Certificate, CertificateSignatory, CertificateTemplate

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
        pk__in=course_ids_of_cohorts(
            cohorts=cohorts_for_manager(user=user).values("pk")
        )
    )


def certificates_for_manager(*, user) -> QuerySet[Certificate]:
    """Certificates of the cohorts a person manages and of those cohorts'
    courses; every certificate for site admins and superusers."""
    if user_sees_all_cohorts(user=user):
        return Certificate.objects.all()
    cohorts = cohorts_for_manager(user=user).values("pk")
    courses = course_ids_of_cohorts(cohorts=cohorts)
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
        pk__in=member_ids_of_cohorts(
            cohorts=cohorts_for_manager(user=user).values("pk")
        )
    )


def holder_is_eligible(
    *, holder, course: CoursePage | None = None, cohort: Cohort | None = None
) -> bool:
    """A programme certificate's holder is a member of the cohort; a course
    certificate's holder is enrolled in the course (not withdrawn)."""
    if cohort is not None:
        return membership_is_current(user=holder, cohort=cohort)
    if course is not None:
        return enrolment_is_current(user=holder, course=course)
    return False
