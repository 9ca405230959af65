import json
import zipfile
from unittest import mock

import pytest
from django.core.exceptions import PermissionDenied

from content.h5p.choices import PackageStatus, RefusalCode, WarningCode
from content.h5p.models import H5PLibrary, H5PPackage
from content.h5p.services import package_approve, package_import
from content.h5p.validation import PackageRefused
from tests.h5p import archives

pytestmark = pytest.mark.django_db

TRUE_FALSE_LIBRARIES = {
    "H5P.TrueFalse-1.6",
    "FontAwesome-4.5",
    "H5P.FontIcons-1.0",
    "H5P.JoubelUI-1.3",
    "H5P.Transition-1.0",
    "Drop-1.0",
    "Tether-1.0",
    "H5P.Question-1.4",
}


def _import(entries_or_bytes, *, name="activity.h5p", user=None, title=""):
    data = (
        entries_or_bytes
        if isinstance(entries_or_bytes, bytes)
        else archives.build_zip(entries_or_bytes)
    )
    return package_import(file=data, filename=name, uploaded_by=user, title=title)


def test_real_fixture_imports_with_its_warning(stored_files):
    result = _import(archives.true_false_bytes(), name="true-false.h5p")

    package = result.package
    assert result.created
    assert package.status == PackageStatus.INSTALLED
    assert package.title == "Hello World"
    assert package.main_library == "H5P.TrueFalse 1.6"
    assert [warning.code for warning in result.warnings] == [WarningCode.EXTRA_FILE]
    assert "H5P_CONTENT_HERE.txt" in result.warnings[0].message
    assert package.warnings == [
        {"code": "extra_file", "detail": "H5P_CONTENT_HERE.txt"}
    ]
    assert {library.directory for library in package.libraries.all()} == (
        TRUE_FALSE_LIBRARIES
    )
    files = stored_files()
    prefix = f"h5p/packages/{package.content_hash}/"
    assert f"{prefix}h5p.json" in files
    assert f"{prefix}content/content.json" in files
    assert "h5p/libraries/H5P.TrueFalse-1.6/scripts/h5p-true-false.js" in files
    # The extra file and the editor-only libraries are not kept.
    assert not any("H5P_CONTENT_HERE" in name for name in files)
    assert not any("H5PEditor" in name for name in files)


def test_same_content_uploaded_twice_gives_the_same_package(stored_files):
    first = _import(archives.true_false_bytes())
    files = stored_files()
    # Same files, another archive: other order, no compression, no extra file.
    entries = archives.true_false_entries()
    entries.pop("H5P_CONTENT_HERE.txt")
    reordered = dict(sorted(entries.items(), reverse=True))
    second = _import(archives.build_zip(reordered, compression=zipfile.ZIP_STORED))

    assert not second.created
    assert second.package.pk == first.package.pk
    assert H5PPackage.objects.count() == 1
    assert stored_files() == files


def test_libraries_are_stored_once_for_every_package(stored_files):
    first = _import(archives.true_false_bytes())
    second = _import(archives.retitled("Another statement"))

    assert second.created and second.package.pk != first.package.pk
    assert second.installed_libraries == []
    assert H5PLibrary.objects.count() == len(TRUE_FALSE_LIBRARIES)
    assert set(second.package.libraries.all()) == set(first.package.libraries.all())
    library_files = [name for name in stored_files() if "/libraries/" in name]
    assert len(library_files) == len(set(library_files))


def test_content_only_package_plays_on_installed_libraries(true_false):
    result = _import(archives.content_only())
    assert result.package.status == PackageStatus.INSTALLED
    assert result.package.libraries.count() == len(TRUE_FALSE_LIBRARIES)


def test_bundled_copy_of_an_installed_library_is_not_used(true_false, stored_files):
    entries = archives.retitled("Tampered library")
    entries["H5P.TrueFalse-1.6/scripts/h5p-true-false.js"] = b"alert('replaced')"
    before = stored_files()
    result = _import(entries)

    library = "h5p/libraries/H5P.TrueFalse-1.6/scripts/h5p-true-false.js"
    stored = [name for name in stored_files() if name not in before]
    assert result.package.status == PackageStatus.INSTALLED
    assert library not in stored
    assert all(name.startswith("h5p/packages/") for name in stored)


def test_warnings_for_missing_media_and_external_video():
    content = json.loads(archives.true_false_entries()["content/content.json"])
    content["missing"] = {"path": "images/missing.png", "mime": "image/png"}
    content["video"] = {
        "path": "https://www.youtube.com/watch?v=abc",
        "mime": "video/YouTube",
    }
    result = _import(
        archives.with_changes(**{"content/content.json": json.dumps(content).encode()})
    )
    codes = {warning.code for warning in result.warnings}
    assert {WarningCode.MISSING_MEDIA, WarningCode.EXTERNAL_MEDIA} <= codes
    assert result.package.status == PackageStatus.INSTALLED


def test_operating_system_files_are_ignored_with_a_warning(stored_files):
    entries = archives.true_false_entries()
    entries["__MACOSX/content/._content.json"] = b"\x00\x05"
    entries["content/.DS_Store"] = b"\x00"
    result = _import(entries)
    assert WarningCode.IGNORED_SYSTEM_FILE in {w.code for w in result.warnings}
    assert not any("MACOSX" in name or "DS_Store" in name for name in stored_files())


# Who may install libraries.


def test_instructor_upload_with_new_libraries_waits_for_approval(
    h5p_instructor, stored_files
):
    result = _import(archives.true_false_bytes(), user=h5p_instructor)

    package = result.package
    assert result.awaiting_approval
    assert package.status == PackageStatus.PENDING_APPROVAL
    assert H5PLibrary.objects.count() == 0
    assert {item["machine_name"] for item in package.pending_libraries} >= {
        "H5P.TrueFalse",
        "H5P.Question",
    }
    files = stored_files()
    assert not any(name.startswith("h5p/libraries/") for name in files)
    assert any(
        name.startswith(f"h5p/pending/{package.content_hash}/") for name in files
    )


def test_manager_upload_installs_libraries(h5p_manager):
    result = _import(archives.true_false_bytes(), user=h5p_manager)
    assert result.package.status == PackageStatus.INSTALLED
    assert result.package.approved_by == h5p_manager
    assert H5PLibrary.objects.filter(installed_by=h5p_manager).count() == len(
        TRUE_FALSE_LIBRARIES
    )


def test_instructor_upload_on_installed_libraries_is_installed(
    true_false, h5p_instructor
):
    result = _import(archives.retitled("Second question"), user=h5p_instructor)
    assert result.package.status == PackageStatus.INSTALLED


def test_instructor_upload_of_a_new_library_version_waits(true_false, h5p_instructor):
    result = _import(archives.with_new_main_library_version(), user=h5p_instructor)
    assert result.package.status == PackageStatus.PENDING_APPROVAL
    assert [item["minor"] for item in result.package.pending_libraries] == [7]
    assert not H5PLibrary.objects.filter(machine_name="H5P.TrueFalse", minor_version=7)


def test_approval_installs_the_libraries(
    h5p_instructor, h5p_manager, stored_files, django_capture_on_commit_callbacks
):
    package = _import(archives.true_false_bytes(), user=h5p_instructor).package

    with django_capture_on_commit_callbacks(execute=True):
        approved = package_approve(package=package, approved_by=h5p_manager)

    assert approved.status == PackageStatus.INSTALLED
    assert approved.approved_by == h5p_manager
    assert approved.pending_libraries == []
    assert {library.directory for library in approved.libraries.all()} == (
        TRUE_FALSE_LIBRARIES
    )
    files = stored_files()
    assert "h5p/libraries/H5P.TrueFalse-1.6/library.json" in files
    assert not any(name.startswith("h5p/pending/") for name in files)


def test_instructor_cannot_approve(h5p_instructor):
    package = _import(archives.true_false_bytes(), user=h5p_instructor).package
    with pytest.raises(PermissionDenied):
        package_approve(package=package, approved_by=h5p_instructor)
    package.refresh_from_db()
    assert package.status == PackageStatus.PENDING_APPROVAL


def test_manager_uploading_a_pending_package_approves_it(h5p_instructor, h5p_manager):
    pending = _import(archives.true_false_bytes(), user=h5p_instructor).package
    result = _import(archives.true_false_bytes(), user=h5p_manager)
    assert not result.created
    assert result.package.pk == pending.pk
    assert result.package.status == PackageStatus.INSTALLED


# Storing is all or nothing.


def test_storage_failure_leaves_no_row_and_no_file(stored_files):
    from django.core.files.storage import default_storage

    real_save = default_storage.save
    calls = {"count": 0}

    def failing_save(name, content, *args, **kwargs):
        calls["count"] += 1
        if calls["count"] == 30:
            raise OSError("disk full")
        return real_save(name, content, *args, **kwargs)

    with mock.patch.object(default_storage, "save", side_effect=failing_save):
        with pytest.raises(PackageRefused) as refused:
            _import(archives.true_false_bytes())

    assert refused.value.code == RefusalCode.STORAGE_FAILED
    assert calls["count"] == 30
    assert H5PPackage.objects.count() == 0
    assert H5PLibrary.objects.count() == 0
    assert stored_files() == []
