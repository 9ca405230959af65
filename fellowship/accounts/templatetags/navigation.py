"""The site navigation: each role's own tasks, in a fixed number of queries.

One query reads the person's roles; a programme manager's "Dashboard" link
asks the landing registry (one more query for their cohorts).
"""

from dataclasses import dataclass

from django import template

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
