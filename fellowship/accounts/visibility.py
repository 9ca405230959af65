"""Which people a person may see in the admin.

Accounts knows only the extremes (superusers see everyone, anyone else
themselves); the programme, a higher app, registers the rule for its roles
at start-up (`fellowship/cohorts/apps.py`).
"""

from collections.abc import Callable

from django.db.models import QuerySet

from .models import User

_scope: list[Callable[..., QuerySet]] = []


def user_scope_register(scope: Callable[..., QuerySet]) -> None:
    _scope[:] = [scope]


def users_in_scope(*, user) -> QuerySet[User]:
    if not getattr(user, "is_authenticated", False):
        return User.objects.none()
    if user.is_superuser:
        return User.objects.all()
    if _scope:
        return _scope[0](user=user)
    return User.objects.filter(pk=user.pk)
