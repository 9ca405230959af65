"""The landing registry: where each role lands after sign-in.

Accounts knows the roles but not the apps that hold each role's work, so the
apps above it register a resolver for a role when they are ready::

    register_landing(Role.FELLOW, my_learning_url, rank=40)

where ``my_learning_url(*, user) -> str`` returns a URL, or "" when it has
nothing for this person. `landing_url` asks the resolvers of the person's
roles, lowest rank first, and takes the first URL; without any it falls back
to settings.LOGIN_REDIRECT_URL. Call it inside the person's language.
"""

from collections.abc import Iterable
from typing import Any, Protocol

from django.conf import settings
from django.shortcuts import resolve_url

from .choices import Role


class Resolver(Protocol):
    def __call__(self, *, user: Any) -> str: ...


# A superuser lands where a site admin would.
SUPERUSER = "superuser"

_resolvers: dict[str, tuple[int, Resolver]] = {}


def register_landing(role: str, resolver: Resolver, *, rank: int) -> None:
    """Make `resolver` give the landing page of people holding `role`."""
    _resolvers[str(role)] = (rank, resolver)


def unregister_landing(role: str) -> None:
    _resolvers.pop(str(role), None)


def registered_landings() -> dict[str, tuple[int, Resolver]]:
    return dict(_resolvers)


def landing_url(*, user, roles: Iterable[str] | None = None) -> str:
    """The URL a signed-in person lands on: the work of their highest role.

    `roles` spares the query when the caller already has the person's roles.
    """
    from .selectors import user_roles

    held = set(user_roles(user=user) if roles is None else roles)
    if user.is_superuser:
        held.add(SUPERUSER)
    for _rank, resolver in sorted(
        (entry for role, entry in _resolvers.items() if role in held),
        key=lambda entry: entry[0],
    ):
        url = resolver(user=user)
        if url:
            return url
    return resolve_url(settings.LOGIN_REDIRECT_URL)


def role_landing_url(*, user, role: str) -> str:
    """The landing page one role gives a person ("" when it gives none)."""
    entry = _resolvers.get(str(role))
    return entry[1](user=user) if entry else ""


def _admin_home(*, user) -> str:
    return resolve_url("wagtailadmin_home")


# Accounts' own: staff who author or administer land in the admin.
for _role in (SUPERUSER, Role.SITE_ADMIN):
    register_landing(_role, _admin_home, rank=10)
register_landing(Role.INSTRUCTOR, _admin_home, rank=30)


__all__ = [
    "SUPERUSER",
    "landing_url",
    "register_landing",
    "registered_landings",
    "role_landing_url",
    "unregister_landing",
]
