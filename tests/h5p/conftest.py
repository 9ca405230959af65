from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission

from tests.h5p import archives

# What fellowship/accounts/roles.py should grant (see docs/decisions/0004-h5p.md);
# applied here until the roles carry it, and a no-op afterwards.
H5P_ROLE_PERMISSIONS = {
    "Instructor": ["add_h5ppackage", "change_h5ppackage", "view_h5ppackage"],
    "Programme manager": [
        "add_h5ppackage",
        "change_h5ppackage",
        "delete_h5ppackage",
        "view_h5ppackage",
        "install_library",
    ],
    "Site admin": [
        "add_h5ppackage",
        "change_h5ppackage",
        "delete_h5ppackage",
        "view_h5ppackage",
        "install_library",
    ],
}


@pytest.fixture
def h5p_roles(db):
    from fellowship.accounts.roles import roles_sync

    roles_sync()
    for role, codenames in H5P_ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=role)
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="h5p", codename__in=codenames
            )
        )


@pytest.fixture
def h5p_instructor(h5p_roles, instructor):
    return type(instructor).objects.get(pk=instructor.pk)  # fresh permission cache


@pytest.fixture
def h5p_manager(h5p_roles, manager):
    return type(manager).objects.get(pk=manager.pk)


@pytest.fixture
def stored_files(settings):
    """Every file in media storage, relative to its root."""

    def files() -> list[str]:
        root = Path(settings.MEDIA_ROOT)
        if not root.exists():
            return []
        return sorted(
            path.relative_to(root).as_posix()
            for path in root.rglob("*")
            if path.is_file()
        )

    return files


@pytest.fixture
def true_false(db):
    """The real fixture, imported by the operator (who may install libraries)."""
    from content.h5p.services import package_import

    return package_import(
        file=archives.true_false_bytes(), filename="true-false.h5p"
    ).package
