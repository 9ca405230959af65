"""Who may see what: the programme's scoping rules in one place.

One scoping selector per model (`cohorts_for_manager`, `calls_for_manager`,
`cycles_for_manager`, `focal_point_assignments_for`, `users_visible_to`):
every admin view of that model filters through it, so a person outside the
scope gets a 404, whatever the view.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet

from fellowship.accounts.choices import Role
from fellowship.accounts.selectors import user_roles

from ..choices import StaffRole
from ..models import (
    Application,
    Call,
    Cohort,
    CohortStaff,
    Cycle,
    FocalPointAssignment,
    Membership,
)


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


def calls_for_manager(*, user) -> QuerySet[Call]:
    """The calls of the cohorts a person manages."""
    return Call.objects.filter(cohort__in=cohorts_for_manager(user=user).values("pk"))


def cycles_for_manager(*, user) -> QuerySet[Cycle]:
    """Cycles holding a cohort the person manages, and cycles with no cohort
    yet (a new cycle is set up before its cohorts); all for site admins."""
    if user_sees_all_cohorts(user=user):
        return Cycle.objects.all()
    if not user_can_run_programme(user=user):
        return Cycle.objects.none()
    return Cycle.objects.filter(
        Q(pk__in=cohorts_for_manager(user=user).values("cycle_id"))
        | Q(cohorts__isnull=True)
    ).distinct()


def focal_point_assignment_current(*, user) -> FocalPointAssignment | None:
    if not user.is_authenticated:
        return None
    return FocalPointAssignment.objects.filter(user=user, ended_at__isnull=True).first()


def focal_point_assignments_for(*, user) -> QuerySet[FocalPointAssignment]:
    """Every assignment, current and ended, for managers and site admins."""
    if not user_can_run_programme(user=user):
        return FocalPointAssignment.objects.none()
    return FocalPointAssignment.objects.select_related(
        "user", "assigned_by", "ended_by"
    )


def focal_point_country(*, user) -> str:
    """The State a national focal point speaks for, or "" for anyone else.

    Read from the current assignment a manager made, never from the
    person's own profile; the role must be held as well.
    """
    if not user.is_authenticated:
        return ""
    if str(Role.NATIONAL_FOCAL_POINT) not in _roles(user):
        return ""
    assignment = focal_point_assignment_current(user=user)
    return str(assignment.country) if assignment else ""


def users_visible_to(*, user) -> QuerySet:
    """The people a person may see in the admin.

    Site admins and superusers: everyone. Programme managers: the people of
    the cohorts they manage (members, applicants, staff), the focal points,
    and the holders of a staff role (whom they assign as cohort staff).
    Anyone else: themselves only.
    """
    User = get_user_model()
    if user_sees_all_cohorts(user=user):
        return User.objects.all()
    if not user_can_run_programme(user=user):
        return (
            User.objects.filter(pk=user.pk)
            if user.is_authenticated
            else (User.objects.none())
        )
    managed = cohorts_for_manager(user=user).values("pk")
    staff_roles = [
        str(Role.INSTRUCTOR),
        str(Role.PROGRAMME_MANAGER),
        str(Role.SITE_ADMIN),
        str(Role.NATIONAL_FOCAL_POINT),
    ]
    return User.objects.filter(
        Q(pk=user.pk)
        | Q(groups__name__in=staff_roles)
        | Q(pk__in=Membership.objects.filter(cohort__in=managed).values("user_id"))
        | Q(
            pk__in=Application.objects.filter(call__cohort__in=managed).values(
                "applicant_id"
            )
        )
        | Q(pk__in=CohortStaff.objects.filter(cohort__in=managed).values("user_id"))
    ).distinct()


def staff_candidates_for(*, user) -> QuerySet:
    """Whom a person may name as cohort staff: holders of a staff role."""
    return (
        users_visible_to(user=user)
        .filter(
            groups__name__in=[
                str(Role.INSTRUCTOR),
                str(Role.PROGRAMME_MANAGER),
                str(Role.SITE_ADMIN),
            ],
            is_active=True,
        )
        .distinct()
        .order_by("full_name", "email")
    )


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
