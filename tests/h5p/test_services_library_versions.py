"""Libraries over time: a newer patch replaces the installed one, a new minor
is installed beside the old, a manager moves content to the newer minor, and
library files go when the last package using them is deleted."""

import json

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from content.h5p.choices import PackageStatus, WarningCode
from content.h5p.models import H5PLibrary, H5PPackage
from content.h5p.services import (
    PackageUpgradeRefused,
    libraries_unused_delete,
    package_delete,
    package_import,
    package_library_upgrade,
)
from tests.h5p import archives

pytestmark = pytest.mark.django_db

SCRIPT = "H5P.TrueFalse-1.6/scripts/h5p-true-false.js"
PATCHED_SCRIPT = b"/* H5P.TrueFalse 1.6.2 */\n"


def _import(entries, *, user=None, name="activity.h5p"):
    data = entries if isinstance(entries, bytes) else archives.build_zip(entries)
    return package_import(file=data, filename=name, uploaded_by=user)


def patched(patch: int, title: str = "Patched") -> dict[str, bytes]:
    """The fixture with H5P.TrueFalse 1.6 at another patch version."""
    entries = archives.retitled(title)
    metadata = json.loads(entries["H5P.TrueFalse-1.6/library.json"])
    metadata["patchVersion"] = patch
    entries["H5P.TrueFalse-1.6/library.json"] = json.dumps(metadata).encode()
    entries[SCRIPT] = PATCHED_SCRIPT
    return entries


def served_library_file(client, path: str) -> bytes:
    directory, _slash, rest = path.partition("/")
    response = client.get(
        reverse("h5p:library_file", kwargs={"directory": directory, "path": rest})
    )
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def true_false_row(minor=6) -> H5PLibrary:
    return H5PLibrary.objects.get(machine_name="H5P.TrueFalse", minor_version=minor)


# Patch n -> n+1 ------------------------------------------------------------------


def test_newer_patch_replaces_the_installed_library(
    client, true_false, h5p_manager, stored_files, django_capture_on_commit_callbacks
):
    assert true_false_row().patch_version == 1
    with django_capture_on_commit_callbacks(execute=True):
        result = _import(patched(2), user=h5p_manager)

    row = true_false_row()
    assert row.patch_version == 2
    assert (
        WarningCode.LIBRARY_UPDATED,
        "H5P.TrueFalse 1.6.1 → H5P.TrueFalse 1.6.2",
    ) in {(warning.code, warning.detail) for warning in result.warnings}
    # Both packages play the new patch; the old files are gone.
    assert served_library_file(client, SCRIPT) == PATCHED_SCRIPT
    assert set(true_false.libraries.all()) >= {row}
    assert not any(
        name.startswith("h5p/libraries/H5P.TrueFalse-1.6/") for name in stored_files()
    )
    assert "h5p/libraries/H5P.TrueFalse-1.6.2/library.json" in stored_files()
    frame = reverse(
        "h5p:player_frame", kwargs={"content_hash": true_false.content_hash}
    )
    assert client.get(frame).status_code == 200


def test_instructor_cannot_replace_installed_library_code(
    client, true_false, h5p_instructor
):
    original = served_library_file(client, SCRIPT)
    result = _import(patched(2), user=h5p_instructor)
    assert result.package.status == PackageStatus.INSTALLED
    assert true_false_row().patch_version == 1
    assert served_library_file(client, SCRIPT) == original
    assert WarningCode.KEPT_INSTALLED_LIBRARY in {w.code for w in result.warnings}


def test_older_patch_does_not_replace_the_installed_one(client, true_false):
    original = served_library_file(client, SCRIPT)
    _import(patched(0))
    assert true_false_row().patch_version == 1
    assert served_library_file(client, SCRIPT) == original


# Minor n -> n+1 ------------------------------------------------------------------


@pytest.fixture
def both_minors(true_false):
    newer = _import(archives.with_new_main_library_version()).package
    return true_false, newer


def test_new_minor_is_installed_beside_the_old(both_minors):
    older, newer = both_minors
    assert {
        row.minor_version
        for row in H5PLibrary.objects.filter(machine_name="H5P.TrueFalse")
    } == {6, 7}
    assert older.main_library == "H5P.TrueFalse 1.6"
    assert newer.main_library == "H5P.TrueFalse 1.7"


def test_manager_moves_content_to_the_newer_minor(
    client, both_minors, h5p_manager, stored_files, django_capture_on_commit_callbacks
):
    older, _newer = both_minors
    old_hash = older.content_hash
    with django_capture_on_commit_callbacks(execute=True):
        result = package_library_upgrade(
            package=older, to_minor=7, upgraded_by=h5p_manager
        )

    moved = H5PPackage.objects.get(pk=older.pk)  # lessons keep pointing at it
    assert moved.main_library == "H5P.TrueFalse 1.7"
    assert moved.content_hash != old_hash
    assert true_false_row(7) in moved.libraries.all()
    assert true_false_row(7).packages.count() == 2
    metadata = client.get(
        reverse(
            "h5p:package_file",
            kwargs={"content_hash": moved.content_hash, "path": "h5p.json"},
        )
    )
    dependencies = json.loads(b"".join(metadata.streaming_content))[
        "preloadedDependencies"
    ]
    assert {"machineName": "H5P.TrueFalse", "majorVersion": "1", "minorVersion": 7} in (
        dependencies
    ) or any(
        item["machineName"] == "H5P.TrueFalse" and int(item["minorVersion"]) == 7
        for item in dependencies
    )
    assert not any(
        name.startswith(f"h5p/packages/{old_hash}/") for name in stored_files()
    )
    # No package uses 1.6 any more: it is removed with its files.
    assert not H5PLibrary.objects.filter(machine_name="H5P.TrueFalse", minor_version=6)
    assert not any(
        name.startswith("h5p/libraries/H5P.TrueFalse-1.6/") for name in stored_files()
    )
    # H5P.TrueFalse ships upgrades.js: JavaScript, never run on the server.
    assert [warning.code for warning in result.warnings] == [
        WarningCode.UPGRADE_SCRIPT_SKIPPED
    ]


def test_library_without_upgrade_script_moves_without_warning(true_false, h5p_manager):
    entries = archives.with_new_main_library_version()
    assert entries.pop("H5P.TrueFalse-1.7/upgrades.js")
    _import(entries)
    result = package_library_upgrade(
        package=true_false, to_minor=7, upgraded_by=h5p_manager
    )
    assert result.warnings == []
    assert H5PPackage.objects.get(pk=true_false.pk).warnings == []


def test_instructor_cannot_move_content(both_minors, h5p_instructor):
    older, _newer = both_minors
    with pytest.raises(PermissionDenied):
        package_library_upgrade(package=older, to_minor=7, upgraded_by=h5p_instructor)
    assert H5PPackage.objects.get(pk=older.pk).main_library == "H5P.TrueFalse 1.6"


@pytest.mark.parametrize("to_minor", [5, 6, 8])
def test_move_to_a_version_not_installed_or_not_newer_is_refused(
    both_minors, h5p_manager, to_minor
):
    older, _newer = both_minors
    with pytest.raises(PackageUpgradeRefused):
        package_library_upgrade(
            package=older, to_minor=to_minor, upgraded_by=h5p_manager
        )
    unchanged = H5PPackage.objects.get(pk=older.pk)
    assert (unchanged.main_library, unchanged.content_hash) == (
        "H5P.TrueFalse 1.6",
        older.content_hash,
    )


# Deleting the last user of a library ---------------------------------------------


def test_libraries_go_with_the_last_package_using_them(
    true_false, stored_files, django_capture_on_commit_callbacks
):
    second = _import(archives.retitled("Second")).package
    with django_capture_on_commit_callbacks(execute=True):
        package_delete(package=true_false)
    assert H5PLibrary.objects.count() == 8  # the second still uses them
    assert any(name.startswith("h5p/libraries/") for name in stored_files())

    with django_capture_on_commit_callbacks(execute=True):
        package_delete(package=second)
    assert H5PLibrary.objects.count() == 0
    assert stored_files() == []


def test_libraries_a_pending_package_needs_are_kept(
    true_false, h5p_instructor, django_capture_on_commit_callbacks
):
    # Waits for approval (new 1.7) and needs the installed H5P.Question 1.4.
    pending = _import(archives.with_new_main_library_version(), user=h5p_instructor)
    assert pending.package.status == PackageStatus.PENDING_APPROVAL
    with django_capture_on_commit_callbacks(execute=True):
        package_delete(package=true_false)
    kept = set(H5PLibrary.objects.values_list("machine_name", flat=True))
    assert "H5P.Question" in kept
    assert "H5P.TrueFalse" not in kept  # 1.6: nothing needs it
    assert libraries_unused_delete() == []
