"""Sessions of the in-person phase in fellows' calendars (courses' registry)."""

from collections.abc import Iterable

from django.utils.translation import gettext as _

from courses.calendar import CalendarEntry, Kind

from .choices import MembershipStatus
from .models import Membership, Session


def cohort_sessions(*, user) -> Iterable[CalendarEntry]:
    """The sessions of the cohorts the person belongs to (one query)."""
    cohorts = Membership.objects.filter(
        user=user, status__in=[MembershipStatus.ACTIVE, MembershipStatus.COMPLETED]
    ).values("cohort_id")
    sessions = (
        Session.objects.filter(cohort_id__in=cohorts)
        .select_related("cohort")
        .order_by("starts_at", "pk")
    )
    for session in sessions:
        yield CalendarEntry(
            uid=f"session-{session.pk}",
            kind=Kind.SESSION,
            title=session.title,
            starts=session.starts_at,
            ends=session.ends_at,
            location=session.location,
            description=_("Session of %(cohort)s") % {"cohort": session.cohort.name},
        )
