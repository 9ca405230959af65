import functools

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import BACKEND_SESSION_KEY
from django.contrib.auth.middleware import (
    AuthenticationMiddleware as DjangoAuthenticationMiddleware,
)
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.shortcuts import redirect, render
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import gettext as _

from .backends import RENAMED
from .selectors import (
    user_can_access_admin,
    user_needs_mfa_setup,
    user_reads_site_history,
)


class AuthenticationMiddleware(DjangoAuthenticationMiddleware):
    """Django's, reading a session signed in under a backend's former path
    as signed in under its successor (fellowship.accounts.backends), so
    that nobody is signed out by the change. Only a request that carries a
    session cookie is looked at: a first visit stays without a session."""

    def process_request(self, request):
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            session = request.session
            former = session.get(BACKEND_SESSION_KEY)
            if former in RENAMED:
                session[BACKEND_SESSION_KEY] = RENAMED[former]
        super().process_request(request)


@functools.lru_cache(maxsize=8)
def _admin_home(script_prefix: str, urlconf) -> str:
    """Where the admin starts, reversed once: every signed-in request asks."""
    return reverse("wagtailadmin_home")


class AdminAccessMiddleware:
    """Guard the Wagtail admin beyond its own login.

    A signed-in person without admin access gets a clear refusal (Wagtail
    would send them back to the login page, which sends them on to the
    admin again). Staff without a second factor are sent to set one up.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated and request.path.startswith(
            _admin_home(get_script_prefix(), get_urlconf())
        ):
            if not user_can_access_admin(user=request.user):
                return render(request, "accounts/admin_refused.html", status=403)
            if settings.MFA_REQUIRED_FOR_ADMIN and user_needs_mfa_setup(
                user=request.user
            ):
                messages.warning(
                    request,
                    _(
                        "Set up two-factor authentication before you use the administration."
                    ),
                )
                return redirect("mfa_activate_totp")
            if request.path.startswith(
                reverse("wagtailadmin_reports:site_history")
            ) and not user_reads_site_history(user=request.user):
                # Wagtail's own refusal: back to the admin home, with why.
                messages.error(
                    request, _("Sorry, you do not have permission to access this area.")
                )
                return redirect("wagtailadmin_home")
        return self.get_response(request)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 in the admin stays a 404.

    The admin has no language prefix; Django would redirect its 404s to
    /<language>/admin/..., which the page tree's catch-all accepts, so an
    object outside a person's scope would answer with a redirect.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(
            reverse("wagtailadmin_home")
        ):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
