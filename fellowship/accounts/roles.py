"""The programme's roles, kept as Django groups with their permissions.

Each role names the permissions it holds as "app_label.codename". Apps that
add models add their permissions here, and `roles_sync` (run by a migration
and after every migrate) makes the groups match.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from .choices import Role

ADMIN_ACCESS = "wagtailadmin.access_admin"

_AUTHOR_PAGES = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "wagtail_localize.submit_translation",
]

ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.FELLOW: [],
    Role.NATIONAL_FOCAL_POINT: [],
    Role.INSTRUCTOR: [ADMIN_ACCESS, *_AUTHOR_PAGES],
    Role.PROGRAMME_MANAGER: [
        ADMIN_ACCESS,
        *_AUTHOR_PAGES,
        "wagtailimages.delete_image",
        "wagtaildocs.delete_document",
        "accounts.view_fellowprofile",
        "accounts.view_user",
    ],
    Role.SITE_ADMIN: [ADMIN_ACCESS],
}

# Roles whose members reach the Wagtail admin and so must use a second factor.
STAFF_ROLES = (Role.INSTRUCTOR, Role.PROGRAMME_MANAGER, Role.SITE_ADMIN)

# Page permissions on the site's root page, by role (Wagtail's page policy).
ROLE_PAGE_PERMISSIONS: dict[str, list[str]] = {
    Role.INSTRUCTOR: ["add_page", "change_page"],
    Role.PROGRAMME_MANAGER: ["add_page", "change_page", "publish_page", "lock_page"],
    Role.SITE_ADMIN: [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "delete_page",
    ],
}


def _permissions(names: list[str]) -> list[Permission]:
    found = []
    for name in names:
        app_label, codename = name.split(".", 1)
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:
            found.append(permission)
    return found


@transaction.atomic
def roles_sync(*, using: str = "default") -> dict[str, Group]:
    """Create the role groups and give each exactly the permissions it names."""
    groups = {}
    for role, names in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.using(using).get_or_create(name=str(role))
        group.permissions.add(*_permissions(names))
        groups[str(role)] = group
    _grant_page_permissions(groups)
    return groups


def _grant_page_permissions(groups: dict[str, Group]) -> None:
    from wagtail.models import GroupPagePermission, Page

    root = Page.get_first_root_node()
    if root is None:
        return
    for role, codenames in ROLE_PAGE_PERMISSIONS.items():
        for permission in _permissions([f"wagtailcore.{name}" for name in codenames]):
            GroupPagePermission.objects.get_or_create(
                group=groups[str(role)], page=root, permission=permission
            )
