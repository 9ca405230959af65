"""Writes for cohort staff."""

from ..choices import StaffRole
from ..models import Cohort, CohortStaff
from ..selectors.access import user_sees_all_cohorts


def cohort_creator_add(*, cohort: Cohort, user) -> CohortStaff | None:
    """A programme manager who creates a cohort manages it; site admins, who
    see every cohort anyway, are not added."""
    if user_sees_all_cohorts(user=user):
        return None
    staff, _created = CohortStaff.objects.get_or_create(
        cohort=cohort, user=user, role=StaffRole.MANAGER
    )
    return staff
