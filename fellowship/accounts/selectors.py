"""Reads for accounts."""

from allauth.mfa.utils import is_mfa_enabled
from django.contrib.auth.models import Group
from django.core.cache import cache

from fellowship import request_cache
from fellowship.compiled_query import CompiledQuery

from .choices import Role
from .models import FellowProfile, User, UserNotification
from .roles import ADMIN_ACCESS

_GROUP_NAMES = CompiledQuery(
    lambda user: Group.objects.filter(user=user).values_list("name"), "user"
)


def user_roles(*, user: User) -> list[str]:
    names = {name for (name,) in _GROUP_NAMES.rows(user=user.pk)}
    return [str(role) for role in Role if str(role) in names]


def user_can_access_admin(*, user: User) -> bool:
    return user.is_active and (user.is_superuser or user.has_perm(ADMIN_ACCESS))


def user_needs_mfa_setup(*, user: User) -> bool:
    """Whether a person who may reach the admin still lacks a second factor."""
    return user_can_access_admin(user=user) and not is_mfa_enabled(user)


def fellow_profile_get(*, user: User) -> FellowProfile | None:
    return FellowProfile.objects.filter(user=user).first()


def notifications_of(*, user: User, limit: int = 50) -> list[UserNotification]:
    """A person's most recent notifications, newest first (one query)."""
    return list(UserNotification.objects.filter(user=user)[:limit])


UNREAD_CACHE_SECONDS = 24 * 60 * 60


def unread_cache_key(user_id: int) -> str:
    return f"accounts:notifications-unread:{user_id}"


def notifications_unread_count(*, user: User) -> int:
    """How many notifications a person has not read; cached, since the site's
    header shows it on every page (the services clear the cache)."""
    if not user.is_authenticated:
        return 0
    key = unread_cache_key(user.pk)
    count = request_cache.get(key)
    if count is None:
        count = UserNotification.objects.filter(user=user, read_at__isnull=True).count()
        cache.set(key, count, timeout=UNREAD_CACHE_SECONDS)
    return count


def user_reads_site_history(*, user: User) -> bool:
    """Site history lists every logged action on every object a person holds
    a model permission for, whatever its cohort or course: site admins only."""
    return user.is_authenticated and (
        user.is_superuser or str(Role.SITE_ADMIN) in user_roles(user=user)
    )
