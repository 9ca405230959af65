"""The site navigation: each role's own tasks, in a fixed number of queries.

One query reads the person's roles; a programme manager's "Dashboard" link
asks the landing registry (one more query for their cohorts).
"""

from dataclasses import dataclass

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from fellowship.memo import ProcessMemo

from ..choices import Role
from ..landing import SUPERUSER, role_landing_url
from ..selectors import user_roles

register = template.Library()


@dataclass(frozen=True)
class Navigation:
    fellow: bool = False
    focal_point: bool = False
    administration: bool = False
    dashboard_url: str = ""


@register.simple_tag(takes_context=True)
def navigation(context) -> Navigation:
    request = context.get("request")
    user = getattr(request, "user", None) or context.get("user")
    if user is None or not user.is_authenticated:
        return Navigation()
    cached = getattr(user, "_navigation", None)
    if cached is not None:
        return cached
    roles = set(user_roles(user=user))
    if user.is_superuser:
        roles.add(SUPERUSER)
    staff = {
        str(Role.INSTRUCTOR),
        str(Role.PROGRAMME_MANAGER),
        str(Role.SITE_ADMIN),
        SUPERUSER,
    }
    manager = str(Role.PROGRAMME_MANAGER) in roles
    nav = Navigation(
        fellow=str(Role.FELLOW) in roles,
        focal_point=str(Role.NATIONAL_FOCAL_POINT) in roles,
        administration=bool(roles & staff),
        dashboard_url=role_landing_url(user=user, role=Role.PROGRAMME_MANAGER)
        if manager
        else "",
    )
    user._navigation = nav
    return nav


# The main navigation's HTML, rendered once per process for each language,
# set of links and unread count; the CSRF token of the sign-out form is put
# in for each request.
_MAIN_NAV: ProcessMemo[str] = ProcessMemo(512)
_MARK = "main-nav-csrf-mark"


@register.simple_tag(takes_context=True)
def main_nav(context) -> str:
    request = context.get("request")
    user = getattr(request, "user", None) or context.get("user")
    signed_in = bool(user is not None and user.is_authenticated)
    nav = navigation(context)
    # The count is lazy (read only when shown): adding 0 reads it.
    unread = (context.get("unread_notifications") or 0) + 0 if signed_in else 0
    html = _MAIN_NAV.get_or_make(
        (get_language(), signed_in, nav, unread),
        lambda: render_to_string(
            "includes/main_nav.html",
            {
                "signed_in": signed_in,
                "nav": nav,
                "unread_notifications": unread,
                "csrf_token": _MARK,
            },
        ),
    )
    if signed_in and _MARK in html:
        html = html.replace(_MARK, str(context.get("csrf_token") or ""))
    # Our template's output; a CSRF token is letters and digits only.
    return mark_safe(html)  # noqa: S308
