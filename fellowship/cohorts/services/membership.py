"""Writes for memberships: joining a cohort, deferral, withdrawal, attendance."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from courses.services import enrolment_create, enrolment_withdraw
from fellowship.accounts.selectors import fellow_profile_get

from ..choices import MembershipStatus
from ..models import (
    Application,
    Attendance,
    Cohort,
    CohortCourse,
    Membership,
    MembershipEvent,
    Session,
)
from ..progress import cohort_enrolments

# From each status, the statuses a membership may move to.
TRANSITIONS: dict[str, set[str]] = {
    MembershipStatus.ACTIVE: {
        MembershipStatus.DEFERRED,
        MembershipStatus.WITHDRAWN,
        MembershipStatus.COMPLETED,
    },
    MembershipStatus.DEFERRED: {MembershipStatus.ACTIVE, MembershipStatus.WITHDRAWN},
    MembershipStatus.WITHDRAWN: {MembershipStatus.ACTIVE},
    MembershipStatus.COMPLETED: set(),
}


def _snapshot(*, user, application: Application | None) -> dict:
    if application is not None:
        return {
            "country": application.country,
            "gender": application.gender,
            "agency_type": application.agency_type,
        }
    profile = fellow_profile_get(user=user)
    if profile is None:
        return {}
    return {
        "country": profile.country,
        "gender": profile.gender,
        "agency_type": profile.agency_type,
    }


def _enrol(*, membership: Membership) -> None:
    for cohort_course in CohortCourse.objects.filter(
        cohort=membership.cohort
    ).select_related("course"):
        enrolment_create(
            user=membership.user,
            course=cohort_course.course,
            source="cohort",
            due_date=cohort_course.due_date,
        )


def _unenrol(*, membership: Membership) -> None:
    course_ids = CohortCourse.objects.filter(cohort=membership.cohort).values_list(
        "course_id", flat=True
    )
    for enrolment in cohort_enrolments(user=membership.user, course_ids=course_ids):
        enrolment_withdraw(enrolment=enrolment)


@transaction.atomic
def membership_create(
    *,
    cohort: Cohort,
    user,
    application: Application | None = None,
    actor=None,
    note: str = "",
) -> Membership:
    """Make a person a fellow of a cohort and enrol them in its courses.

    Idempotent: an existing active membership is returned unchanged.
    """
    membership, created = Membership.objects.select_for_update().get_or_create(
        cohort=cohort,
        user=user,
        defaults={
            "application": application,
            **_snapshot(user=user, application=application),
        },
    )
    if created:
        MembershipEvent.objects.create(
            membership=membership,
            from_status="",
            to_status=MembershipStatus.ACTIVE,
            actor=actor,
            note=note,
        )
        _enrol(membership=membership)
    elif membership.status != MembershipStatus.ACTIVE:
        membership = membership_transition(
            membership=membership,
            to_status=MembershipStatus.ACTIVE,
            actor=actor,
            note=note,
        )
    return membership


@transaction.atomic
def membership_transition(
    *,
    membership: Membership,
    to_status: str,
    actor=None,
    note: str = "",
    to_cohort: Cohort | None = None,
) -> Membership:
    """Move a membership to another status, keeping the history.

    Leaving "active" withdraws the enrolments the cohort made; coming back
    re-enrols with the cohort's due dates. A deferral may name the cohort the
    fellow moves to, who then joins it.
    """
    membership = (
        Membership.objects.select_for_update()
        .select_related("cohort", "user")
        .get(pk=membership.pk)
    )
    if to_status not in TRANSITIONS.get(membership.status, set()):
        raise ValidationError(
            _("A %(from)s membership cannot become %(to)s.")
            % {
                "from": MembershipStatus(membership.status).label.lower(),
                "to": MembershipStatus(to_status).label.lower(),
            },
            code="transition",
        )
    if to_cohort is not None and (
        to_status != MembershipStatus.DEFERRED or to_cohort.pk == membership.cohort_id
    ):
        raise ValidationError(
            _("Only a deferral moves a fellow, and only to another cohort."),
            code="to_cohort",
        )
    previous = membership.status
    membership.status = to_status
    membership.save(update_fields=["status", "updated_at"])
    MembershipEvent.objects.create(
        membership=membership,
        from_status=previous,
        to_status=to_status,
        to_cohort=to_cohort,
        actor=actor,
        note=note,
    )
    if to_status in (MembershipStatus.DEFERRED, MembershipStatus.WITHDRAWN):
        _unenrol(membership=membership)
    elif to_status == MembershipStatus.ACTIVE:
        _enrol(membership=membership)
    if to_cohort is not None:
        membership_create(
            cohort=to_cohort,
            user=membership.user,
            actor=actor,
            note=_("Deferred from %(cohort)s") % {"cohort": membership.cohort.name},
        )
    return membership


@transaction.atomic
def attendance_record(
    *, session: Session, user, status: str, recorded_by=None
) -> Attendance:
    """Record whether a fellow was present at a session (one row per fellow)."""
    if not Membership.objects.filter(cohort_id=session.cohort_id, user=user).exists():
        raise ValidationError(
            _("Only fellows of the cohort have attendance."), code="not_member"
        )
    attendance, _created = Attendance.objects.update_or_create(
        session=session,
        user=user,
        defaults={"status": status, "recorded_by": recorded_by},
    )
    return attendance
