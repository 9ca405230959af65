"""The programme completion rule, and the memberships it counts.

Certificates asks these (inside its issuing transaction) instead of reading
cohorts' tables; each course is judged by courses' own rule
(`courses.selectors.course_requirements_met`).
"""

from django.db.models import QuerySet

from courses.models import CoursePage
from courses.selectors import course_requirements_met

from ..choices import CourseKind, MembershipStatus
from ..models import Cohort, CohortCourse, Membership
from .dashboard import cohort_attendance_met

# Memberships that may lead to a programme certificate.
CERTIFIABLE_MEMBERSHIP = (MembershipStatus.ACTIVE, MembershipStatus.COMPLETED)


def cohort_required_courses(*, cohort: Cohort) -> list[CoursePage]:
    """The courses a member must complete for the programme: one query."""
    return [
        cohort_course.course
        for cohort_course in CohortCourse.objects.filter(
            cohort=cohort, kind=CourseKind.REQUIRED
        ).select_related("course")
    ]


def programme_requirements_met(*, user, cohort: Cohort) -> bool:
    """An active or completed member of the cohort completed each required
    course and, when the cohort has an in-person phase, met its attendance
    rule. A cohort without required courses is never complete."""
    member = Membership.objects.filter(
        cohort=cohort, user=user, status__in=CERTIFIABLE_MEMBERSHIP
    ).exists()
    if not member:
        return False
    required = cohort_required_courses(cohort=cohort)
    if not required:
        return False
    if not all(
        course_requirements_met(user=user, course=course) for course in required
    ):
        return False
    has_in_person_phase = cohort.in_person_starts_on is not None
    return not has_in_person_phase or cohort_attendance_met(cohort=cohort, user=user)


def cohorts_requiring_course(*, user, course: CoursePage) -> list[Cohort]:
    """The cohorts of `user` (as an active or completed member) for which
    `course` is required: one query."""
    return list(
        Cohort.objects.filter(
            memberships__user=user,
            memberships__status__in=CERTIFIABLE_MEMBERSHIP,
            cohort_courses__course=course,
            cohort_courses__kind=CourseKind.REQUIRED,
        ).distinct()
    )


def cohort_certifiable_member_ids(*, cohort: Cohort) -> QuerySet:
    """Ids of the cohort's active or completed members."""
    return Membership.objects.filter(
        cohort=cohort, status__in=CERTIFIABLE_MEMBERSHIP
    ).values_list("user_id", flat=True)


def membership_is_current(*, user, cohort: Cohort) -> bool:
    """Whether `user` is a member of `cohort` and has not withdrawn."""
    return (
        Membership.objects.filter(cohort=cohort, user=user)
        .exclude(status=MembershipStatus.WITHDRAWN)
        .exists()
    )


def course_ids_of_cohorts(*, cohorts: QuerySet) -> QuerySet:
    """The ids of the courses of these cohorts, as a subquery."""
    return CohortCourse.objects.filter(cohort__in=cohorts).values("course_id")


def member_ids_of_cohorts(*, cohorts: QuerySet) -> QuerySet:
    """The ids of every member of these cohorts (any status), as a subquery."""
    return Membership.objects.filter(cohort__in=cohorts).values("user_id")
