"""Writes for focal point assignments: which State a focal point speaks for."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_countries import countries

from fellowship.accounts.choices import Role
from fellowship.accounts.services import user_assign_role

from ..models import FocalPointAssignment
from ..selectors.access import user_can_run_programme


def _require_programme_staff(actor) -> None:
    if actor is None or not user_can_run_programme(user=actor):
        raise PermissionDenied(
            _("Only programme managers and site admins assign focal points.")
        )


@transaction.atomic
def focal_point_assign(*, user, country: str, actor) -> FocalPointAssignment:
    """Make `user` the national focal point of `country`.

    The person is given the focal point role (the role alone grants nothing:
    the State comes only from this assignment). A current assignment to
    another State is ended first, by the same actor; the history is kept.
    """
    _require_programme_staff(actor)
    country = (country or "").strip().upper()
    if country not in dict(countries):
        raise ValidationError(_("Choose a State."), code="country")
    if not user.is_active:
        raise ValidationError(_("This account is not active."), code="inactive")
    current = (
        FocalPointAssignment.objects.select_for_update()
        .filter(user=user, ended_at__isnull=True)
        .first()
    )
    if current is not None and str(current.country) == country:
        return current
    now = timezone.now()
    if current is not None:
        current.ended_at, current.ended_by = now, actor
        current.save(update_fields=["ended_at", "ended_by"])
    try:
        with transaction.atomic():
            assignment = FocalPointAssignment.objects.create(
                user=user, country=country, assigned_by=actor, assigned_at=now
            )
    except IntegrityError as error:
        raise ValidationError(
            _("This person was assigned a State meanwhile; reload and try again."),
            code="concurrent",
        ) from error
    user_assign_role(user=user, role=Role.NATIONAL_FOCAL_POINT)
    user.__dict__.pop("_cohorts_roles", None)
    return assignment


@transaction.atomic
def focal_point_end(*, assignment: FocalPointAssignment, actor) -> FocalPointAssignment:
    """End an assignment: the person no longer speaks for the State.

    The row stays, with who ended it and when. The role is left as it is.
    """
    _require_programme_staff(actor)
    assignment = FocalPointAssignment.objects.select_for_update().get(pk=assignment.pk)
    if assignment.ended_at is not None:
        raise ValidationError(_("This assignment has already ended."), code="ended")
    assignment.ended_at = timezone.now()
    assignment.ended_by = actor
    assignment.save(update_fields=["ended_at", "ended_by"])
    return assignment
