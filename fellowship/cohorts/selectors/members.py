"""Plain reads of cohorts' members and courses, for the apps above cohorts
(evaluation's outcome figures and follow-up surveys). A fixed number of
queries whatever the number of cohorts or members."""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import F
from django.db.models.functions import Coalesce

from ..choices import MembershipStatus
from ..data.m49_groupings import groupings_for
from ..models import Cohort, CohortCourse, Membership


@dataclass(frozen=True)
class MemberRow:
    cohort_id: int
    user_id: int
    status: str
    gender: str
    regional_group: str
    country: str
    agency_type: str

    @property
    def groupings(self) -> list[str]:
        """ "ldc", "lldc", "sids": the special situations of the country."""
        return groupings_for(self.country)


def member_rows(*, cohort_ids) -> list[MemberRow]:
    """The members of the cohorts (withdrawn ones left out), as declared when
    they joined. One query."""
    return [
        MemberRow(
            cohort_id=cohort_id,
            user_id=user_id,
            status=status,
            gender=gender or "",
            regional_group=region or "",
            country=str(country or ""),
            agency_type=agency or "",
        )
        for cohort_id, user_id, status, gender, region, country, agency in (
            Membership.objects.filter(cohort_id__in=list(cohort_ids))
            .exclude(status=MembershipStatus.WITHDRAWN)
            .order_by("cohort_id", "user_id")
            .values_list(
                "cohort_id",
                "user_id",
                "status",
                "gender",
                "regional_group",
                "country",
                "agency_type",
            )
        )
    ]


def cohort_course_ids(*, cohort_ids) -> dict[int, list[int]]:
    """The courses of each cohort, in the cohort's order. One query."""
    found: dict[int, list[int]] = defaultdict(list)
    for cohort_id, course_id in CohortCourse.objects.filter(
        cohort_id__in=list(cohort_ids)
    ).values_list("cohort_id", "course_id"):
        found[cohort_id].append(course_id)
    return dict(found)


def cohorts_ended_on(*, day: datetime.date):
    """Cohorts whose last phase (in person, or else online) ended on `day`."""
    return (
        Cohort.objects.annotate(
            last_day=Coalesce(F("in_person_ends_on"), F("online_ends_on"))
        )
        .filter(last_day=day)
        .order_by("pk")
    )


def cohorts_ended_by(*, day: datetime.date):
    """Cohorts whose last phase ended on or before `day`."""
    return Cohort.objects.annotate(
        last_day=Coalesce(F("in_person_ends_on"), F("online_ends_on"))
    ).filter(last_day__lte=day)


def cohort_alumni(*, cohort: Cohort):
    """The members who did not withdraw, with their accounts."""
    return (
        Membership.objects.filter(cohort=cohort)
        .exclude(status=MembershipStatus.WITHDRAWN)
        .select_related("user")
        .order_by("pk")
    )


def membership_current(*, cohort_id: int, user):
    """The person's membership of the cohort unless withdrawn, else None."""
    if not user.is_authenticated:
        return None
    return (
        Membership.objects.filter(cohort_id=cohort_id, user=user)
        .exclude(status=MembershipStatus.WITHDRAWN)
        .select_related("cohort")
        .first()
    )


def cohort_ids_with_course(*, user, course_id: int) -> list[int]:
    """The person's current cohorts (not withdrawn) that take the course."""
    return list(
        Membership.objects.filter(
            user=user, cohort__cohort_courses__course_id=course_id
        )
        .exclude(status=MembershipStatus.WITHDRAWN)
        .order_by("cohort_id")
        .values_list("cohort_id", flat=True)
    )
