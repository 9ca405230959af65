"""The authentication backends: Django's and allauth's, each reading the
signed-in person with a query compiled once per process.

Every signed-in request loads its person by id; the ORM's building of that
one query cost more than its run (0.7 ms of CPU against 0.2 ms compiled on
the benchmark's machine), on every page, autosave and xAPI statement.
Authentication itself (passwords, e-mail sign-in) is theirs, unchanged.
"""

from allauth.account.auth_backends import (
    AuthenticationBackend as AllauthAuthenticationBackend,
)
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend

from fellowship.compiled_query import CompiledQuery

_USER_BY_ID = CompiledQuery(
    lambda user: get_user_model()._default_manager.filter(pk=user), "user"
)

# The paths sessions stored before these backends; each is read as its
# successor (AuthenticationMiddleware below).
RENAMED = {
    "django.contrib.auth.backends.ModelBackend": (
        "fellowship.accounts.backends.ModelBackend"
    ),
    "allauth.account.auth_backends.AuthenticationBackend": (
        "fellowship.accounts.backends.AuthenticationBackend"
    ),
}


class _CompiledUserLoad:
    def get_user(self, user_id):
        try:
            pk = int(user_id)
        except (TypeError, ValueError):
            return None
        user = _USER_BY_ID.first(user=pk)
        return user if user is not None and self.user_can_authenticate(user) else None


class ModelBackend(_CompiledUserLoad, DjangoModelBackend):
    pass


class AuthenticationBackend(_CompiledUserLoad, AllauthAuthenticationBackend):
    pass
