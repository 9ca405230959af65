"""Who may see what: the programme's scoping rules in one place."""

from django.db.models import QuerySet

from fellowship.accounts.choices import Role
from fellowship.accounts.selectors import fellow_profile_get, user_roles

from ..choices import StaffRole
from ..models import Application, Cohort, CohortStaff


def _roles(user) -> set[str]:
    # Cached on the user object: views ask several questions per request.
    cached = getattr(user, "_cohorts_roles", None)
    if cached is None:
        cached = set(user_roles(user=user)) if user.is_authenticated else set()
        user._cohorts_roles = cached
    return cached


def user_sees_all_cohorts(*, user) -> bool:
    """Superusers and site admins see every cohort."""
    return user.is_authenticated and (
        user.is_superuser or str(Role.SITE_ADMIN) in _roles(user)
    )


def user_can_run_programme(*, user) -> bool:
    """Whether a person may open the programme's admin views at all."""
    return (
        user.is_authenticated
        and user.is_active
        and (
            user_sees_all_cohorts(user=user)
            or str(Role.PROGRAMME_MANAGER) in _roles(user)
        )
    )


def cohorts_for_manager(*, user) -> QuerySet[Cohort]:
    """The cohorts a person manages: assigned ones, or all for site admins."""
    cohorts = Cohort.objects.select_related("cycle")
    if user_sees_all_cohorts(user=user):
        return cohorts.all()
    if not user_can_run_programme(user=user):
        return cohorts.none()
    return cohorts.filter(
        pk__in=CohortStaff.objects.filter(user=user, role=StaffRole.MANAGER).values(
            "cohort_id"
        )
    )


def focal_point_country(*, user) -> str:
    """The State a national focal point speaks for, or "" for anyone else."""
    if str(Role.NATIONAL_FOCAL_POINT) not in _roles(user):
        return ""
    profile = fellow_profile_get(user=user)
    return str(profile.country) if profile and profile.country else ""


def application_visible_to(*, user, application: Application) -> bool:
    """The applicant, their State's focal point and the cohort's managers."""
    if not user.is_authenticated:
        return False
    if application.applicant_id == user.pk:
        return True
    country = focal_point_country(user=user)
    if country and country == str(application.country):
        return True
    return cohorts_for_manager(user=user).filter(pk=application.call.cohort_id).exists()
