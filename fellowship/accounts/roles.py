"""The programme's roles, kept as Django groups with their permissions.

Each role names the permissions it holds as "app_label.codename". Apps that
add models add their permissions here, and `roles_sync` (run by a migration
and after every migrate) makes the groups match exactly: a permission taken
out of this file is taken off the group, and so is a page permission.

Instructors hold no page permission here: they author only the courses whose
staff they are, through each course's staff group (`courses.services.
course_staff_add`), and the assessments of those courses only.
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

_REFERENCES = [
    f"content.{action}_{model}"
    for model in ("instrument", "provision", "mosaicmodule", "glossaryterm")
    for action in ("view", "add", "change")
]
_REFERENCES_DELETE = [
    f"content.delete_{model}"
    for model in ("instrument", "provision", "mosaicmodule", "glossaryterm")
]

_H5P_AUTHOR = ["h5p.add_h5ppackage", "h5p.change_h5ppackage", "h5p.view_h5ppackage"]
# Library code runs in fellows' browsers: only these roles may install it.
_H5P_INSTALL = ["h5p.delete_h5ppackage", "h5p.install_library"]

_QUIZ_AUTHOR = [
    "assessments.view_questionbank",
    "assessments.add_questionbank",
    "assessments.change_questionbank",
    "assessments.view_question",
    "assessments.add_question",
    "assessments.change_question",
    "assessments.view_quiz",
    "assessments.add_quiz",
    "assessments.change_quiz",
    "assessments.view_accommodation",
    "assessments.view_attempt",
    "assessments.grade_attempt",
    "assessments.view_item_analysis",
]
_QUIZ_MANAGE = [
    "assessments.delete_questionbank",
    "assessments.delete_question",
    "assessments.delete_quiz",
    "assessments.add_accommodation",
    "assessments.change_accommodation",
    "assessments.delete_accommodation",
    "assessments.view_quizresult",
]
_CERTIFICATES = [
    "certificates.view_certificate",
    "certificates.issue_certificate",
    "certificates.revoke_certificate",
    "certificates.reissue_certificate",
    "certificates.add_certificatetemplate",
    "certificates.change_certificatetemplate",
    "certificates.view_certificatetemplate",
]

# Programme managers and site admins work on every course and name its staff.
_COURSE_STAFF = [
    "courses.author_any_course",
    "courses.view_coursestaff",
    "courses.add_coursestaff",
    "courses.change_coursestaff",
    "courses.delete_coursestaff",
]

_PROGRAMME_SETUP = [
    f"cohorts.{action}_{model}"
    for model in ("cycle", "cohort", "call")
    for action in ("add", "change", "view")
]

# Pre- and post-tests of a course (scoped to the course's staff) and the
# programme's surveys (managers).
_TEST_PLANS = [
    f"evaluation.{action}_testplan" for action in ("view", "add", "change", "delete")
]
_SURVEYS = [
    f"evaluation.{action}_survey" for action in ("view", "add", "change", "delete")
]

ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.FELLOW: [],
    Role.NATIONAL_FOCAL_POINT: [],
    Role.INSTRUCTOR: [
        ADMIN_ACCESS,
        *_AUTHOR_PAGES,
        *_REFERENCES,
        *_H5P_AUTHOR,
        *_QUIZ_AUTHOR,
        *_TEST_PLANS,
    ],
    Role.PROGRAMME_MANAGER: [
        ADMIN_ACCESS,
        *_AUTHOR_PAGES,
        "wagtailimages.delete_image",
        "wagtaildocs.delete_document",
        "accounts.view_fellowprofile",
        "accounts.view_user",
        *_REFERENCES,
        *_REFERENCES_DELETE,
        *_H5P_AUTHOR,
        *_H5P_INSTALL,
        *_QUIZ_AUTHOR,
        *_QUIZ_MANAGE,
        *_CERTIFICATES,
        *_PROGRAMME_SETUP,
        *_COURSE_STAFF,
        *_TEST_PLANS,
        *_SURVEYS,
    ],
    Role.SITE_ADMIN: [
        ADMIN_ACCESS,
        *_H5P_AUTHOR,
        *_H5P_INSTALL,
        *_PROGRAMME_SETUP,
        *_COURSE_STAFF,
        "cohorts.delete_cycle",
        "cohorts.delete_cohort",
        "cohorts.delete_call",
    ],
}

# Roles whose members reach the Wagtail admin and so must use a second factor.
STAFF_ROLES = (Role.INSTRUCTOR, Role.PROGRAMME_MANAGER, Role.SITE_ADMIN)

# Page permissions on the site's root page, by role (Wagtail's page policy).
# Instructors have none: their courses' staff groups give them theirs.
ROLE_PAGE_PERMISSIONS: dict[str, list[str]] = {
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
        group.permissions.set(_permissions(names))
        groups[str(role)] = group
    _set_page_permissions(groups)
    return groups


def _set_page_permissions(groups: dict[str, Group]) -> None:
    """Each role group holds exactly the root page permissions named above,
    and no page permission anywhere else."""
    from wagtail.models import GroupPagePermission, Page

    root = Page.get_first_root_node()
    for role in ROLE_PERMISSIONS:
        group = groups[str(role)]
        wanted = (
            _permissions(
                [f"wagtailcore.{name}" for name in ROLE_PAGE_PERMISSIONS.get(role, [])]
            )
            if root is not None
            else []
        )
        stale = GroupPagePermission.objects.filter(group=group)
        if root is not None:
            stale = stale.exclude(page=root, permission__in=wanted)
        stale.delete()
        for permission in wanted:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=permission
            )
