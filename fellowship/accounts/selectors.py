"""Reads for accounts."""

from allauth.mfa.utils import is_mfa_enabled

from .choices import Role
from .models import FellowProfile, User
from .roles import ADMIN_ACCESS


def user_roles(*, user: User) -> list[str]:
    names = set(user.groups.values_list("name", flat=True))
    return [str(role) for role in Role if str(role) in names]


def user_can_access_admin(*, user: User) -> bool:
    return user.is_active and (user.is_superuser or user.has_perm(ADMIN_ACCESS))


def user_needs_mfa_setup(*, user: User) -> bool:
    """Whether a person who may reach the admin still lacks a second factor."""
    return user_can_access_admin(user=user) and not is_mfa_enabled(user)


def fellow_profile_get(*, user: User) -> FellowProfile | None:
    return FellowProfile.objects.filter(user=user).first()
