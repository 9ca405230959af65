"""Writes for H5P: import, approval and removal of packages and libraries.

Extraction happens here and only here (never in `save()`): files go to Django
storage under content-hash and library prefixes inside a transaction whose
rows are committed only after every file is stored; any failure removes what
this import wrote and rolls the rows back.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import IO, Any

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from . import storage
from .choices import PackageStatus, RefusalCode, WarningCode
from .content_filter import content_filter
from .models import H5PLibrary, H5PPackage
from .selectors import libraries_by_key, library_index, user_may_install_libraries
from .validation import (
    BundledLibrary,
    ImportWarning,
    InspectedPackage,
    LibraryKey,
    Limits,
    PackageRefused,
    content_hash_of,
    package_inspect,
    semantics_lookup,
)
from .weight import player_bytes

logger = logging.getLogger(__name__)


@dataclass
class ImportResult:
    package: H5PPackage
    created: bool
    warnings: list[ImportWarning] = field(default_factory=list)
    installed_libraries: list[str] = field(default_factory=list)

    @property
    def awaiting_approval(self) -> bool:
        return self.package.status == PackageStatus.PENDING_APPROVAL


def package_import(
    *,
    file: IO[bytes] | bytes,
    filename: str,
    title: str = "",
    uploaded_by: Any = None,
) -> ImportResult:
    """Validate an .h5p archive and store it, or raise `PackageRefused`.

    `uploaded_by=None` is the operator at the command line, who may install
    libraries; a person may only when they hold `h5p.install_library`,
    otherwise a package that brings new library code waits for approval.
    The same content uploaded twice gives the same package.
    """
    limits = Limits.from_settings()
    data = _read_limited(file, limits.max_upload_bytes)
    installed = library_index()
    inspected = package_inspect(
        data=data, filename=filename, installed=installed, limits=limits
    )
    may_install = uploaded_by is None or user_may_install_libraries(user=uploaded_by)

    existing = H5PPackage.objects.filter(content_hash=inspected.content_hash).first()
    if existing is not None:
        return _existing_result(existing, inspected, uploaded_by, may_install)

    to_install = inspected.libraries_to_install(installed)
    status = (
        PackageStatus.INSTALLED
        if may_install or not to_install
        else PackageStatus.PENDING_APPROVAL
    )
    writer = storage.AtomicWriter()
    try:
        with transaction.atomic():
            package = H5PPackage.objects.create(
                title=(title or inspected.title or filename)[:255],
                content_hash=inspected.content_hash,
                status=status,
                main_library=str(inspected.main_library),
                metadata=inspected.metadata,
                warnings=[warning.as_json() for warning in inspected.warnings],
                file_count=len(inspected.content_files),
                total_bytes=inspected.total_bytes,
                player_bytes=player_bytes(inspected),
                uploaded_by=uploaded_by,
                approved_by=uploaded_by if status == PackageStatus.INSTALLED else None,
                approved_at=timezone.now()
                if status == PackageStatus.INSTALLED
                else None,
                pending_libraries=(
                    []
                    if status == PackageStatus.INSTALLED
                    else [_library_json(library) for library in to_install]
                ),
            )
            prefix = storage.package_prefix(inspected.content_hash)
            for name, payload in sorted(inspected.content_files.items()):
                writer.write(f"{prefix}/{name}", payload)
            installed_now: list[str] = []
            if status == PackageStatus.INSTALLED:
                for library in _patch_upgrades(inspected, installed, may_install):
                    if _library_patch_upgrade(
                        library, writer=writer, installed_by=uploaded_by
                    ):
                        installed_now.append(f"{library.key}.{library.patch}")
                        _note_patch_upgrade(inspected, library, installed)
                for library in to_install:
                    if _library_install(
                        library, writer=writer, installed_by=uploaded_by
                    ):
                        installed_now.append(str(library.key))
                package.libraries.set(
                    libraries_by_key(keys=inspected.required).values()
                )
            else:
                pending = storage.pending_prefix(inspected.content_hash)
                for library in to_install:
                    for name, payload in sorted(library.files.items()):
                        writer.write(
                            f"{pending}/{library.key.directory}/{name}", payload
                        )
    except IntegrityError:
        # The same content was imported at the same moment: keep theirs.
        writer.rollback()
        existing = H5PPackage.objects.filter(
            content_hash=inspected.content_hash
        ).first()
        if existing is None:
            raise
        return _existing_result(existing, inspected, uploaded_by, may_install)
    except PackageRefused:
        writer.rollback()
        raise
    except Exception as exc:
        writer.rollback()
        logger.exception("Storing the H5P package %s failed", filename)
        raise PackageRefused(RefusalCode.STORAGE_FAILED) from exc
    return ImportResult(
        package=package,
        created=True,
        warnings=list(inspected.warnings),
        installed_libraries=installed_now,
    )


def _patch_upgrades(
    inspected: InspectedPackage,
    installed: dict[LibraryKey, Any],
    may_install: bool,
) -> list[BundledLibrary]:
    """Bundled libraries that are a newer patch of an installed version.

    Only someone who may install libraries replaces installed code; anyone
    else's bundled copy is ignored (the installed one is used).
    """
    if not may_install:
        return []
    return [
        inspected.bundled[key]
        for key in inspected.required
        if key in installed
        and key in inspected.bundled
        and inspected.bundled[key].patch > installed[key].patch
    ]


def _note_patch_upgrade(
    inspected: InspectedPackage, library: BundledLibrary, installed: dict
) -> None:
    kept = f"{library.key}.{installed[library.key].patch}"
    inspected.warnings[:] = [
        warning
        for warning in inspected.warnings
        if not (
            warning.code == WarningCode.KEPT_INSTALLED_LIBRARY
            and warning.detail == kept
        )
    ]
    inspected.warnings.append(
        ImportWarning(
            WarningCode.LIBRARY_UPDATED,
            f"{kept} → {library.key}.{library.patch}",
        )
    )


def _library_patch_upgrade(
    library: BundledLibrary, *, writer: storage.AtomicWriter, installed_by: Any
) -> bool:
    """Store a newer patch beside the installed one and switch to it.

    Every package of that major.minor plays the new patch from the commit on
    (as in H5P core); the old files are removed once the switch is committed.
    """
    row = (
        H5PLibrary.objects.select_for_update()
        .filter(
            machine_name=library.key.machine_name,
            major_version=library.key.major,
            minor_version=library.key.minor,
        )
        .first()
    )
    if row is None or library.patch <= row.patch_version:
        return False
    old_folder = row.stored_directory
    new_folder = f"{library.key.directory}.{library.patch}"
    prefix = storage.library_prefix(new_folder)
    for name, payload in sorted(library.files.items()):
        writer.write(f"{prefix}/{name}", payload)
    row.patch_version = library.patch
    row.metadata = library.metadata
    row.semantics = library.semantics
    row.title = str(library.metadata.get("title") or "")[:255]
    row.runnable = bool(library.metadata.get("runnable"))
    row.storage_folder = new_folder
    row.installed_by = installed_by
    row.save()
    transaction.on_commit(
        lambda: storage.delete_prefix(storage.library_prefix(old_folder))
    )
    return True


def _existing_result(
    existing: H5PPackage,
    inspected: InspectedPackage,
    uploaded_by: Any,
    may_install: bool,
) -> ImportResult:
    installed_now: list[str] = []
    if existing.status == PackageStatus.PENDING_APPROVAL and may_install:
        existing, installed_now = _approve(existing, approved_by=uploaded_by)
    return ImportResult(
        package=existing,
        created=False,
        warnings=list(inspected.warnings),
        installed_libraries=installed_now,
    )


def package_approve(*, package: H5PPackage, approved_by: Any) -> H5PPackage:
    """Install the libraries a pending package brings, and make it playable."""
    if not user_may_install_libraries(user=approved_by):
        raise PermissionDenied
    approved, _installed = _approve(package, approved_by=approved_by)
    return approved


def _approve(package: H5PPackage, *, approved_by: Any) -> tuple[H5PPackage, list[str]]:
    writer = storage.AtomicWriter()
    installed_now: list[str] = []
    try:
        with transaction.atomic():
            package = H5PPackage.objects.select_for_update().get(pk=package.pk)
            if package.status == PackageStatus.INSTALLED:
                return package, []
            pending = storage.pending_prefix(package.content_hash)
            for item in package.pending_libraries:
                key = LibraryKey(item["machine_name"], item["major"], item["minor"])
                if _library_install_from_pending(
                    key,
                    item,
                    source=f"{pending}/{key.directory}",
                    writer=writer,
                    installed_by=approved_by,
                ):
                    installed_now.append(str(key))
            required = _required_keys(package)
            package.libraries.set(libraries_by_key(keys=required).values())
            package.status = PackageStatus.INSTALLED
            package.pending_libraries = []
            package.approved_by = approved_by
            package.approved_at = timezone.now()
            package.save(
                update_fields=[
                    "status",
                    "pending_libraries",
                    "approved_by",
                    "approved_at",
                ]
            )
            transaction.on_commit(lambda: storage.delete_prefix(pending))
    except Exception as exc:
        writer.rollback()
        logger.exception("Approving the H5P package %s failed", package.pk)
        raise PackageRefused(RefusalCode.STORAGE_FAILED) from exc
    return package, installed_now


def _required_keys(package: H5PPackage) -> list[LibraryKey]:
    """The package's runtime libraries, from h5p.json and installed metadata."""
    index = library_index()
    keys: list[LibraryKey] = []
    pending = [
        LibraryKey(
            str(item.get("machineName")),
            int(item.get("majorVersion")),
            int(item.get("minorVersion")),
        )
        for item in package.metadata.get("preloadedDependencies", [])
    ]
    while pending:
        key = pending.pop(0)
        if key in keys or key not in index:
            continue
        keys.append(key)
        for kind in ("preloadedDependencies", "dynamicDependencies"):
            for item in index[key].metadata.get(kind) or []:
                pending.append(
                    LibraryKey(
                        str(item.get("machineName")),
                        int(item.get("majorVersion")),
                        int(item.get("minorVersion")),
                    )
                )
    return keys


def _library_json(library: BundledLibrary) -> dict[str, Any]:
    return {
        "machine_name": library.key.machine_name,
        "major": library.key.major,
        "minor": library.key.minor,
        "patch": library.patch,
    }


def _claim_library(
    key: LibraryKey, *, patch: int, metadata: dict, semantics: Any, installed_by: Any
) -> bool:
    """Create the library's row; False when someone installed it meanwhile.

    The row stays invisible to others until the surrounding transaction
    commits, after the files are stored.
    """
    try:
        with transaction.atomic():
            H5PLibrary.objects.create(
                machine_name=key.machine_name,
                major_version=key.major,
                minor_version=key.minor,
                patch_version=patch,
                title=str(metadata.get("title") or "")[:255],
                runnable=bool(metadata.get("runnable")),
                metadata=metadata,
                semantics=semantics,
                installed_by=installed_by,
            )
    except IntegrityError:
        return False
    return True


def _library_install(
    library: BundledLibrary, *, writer: storage.AtomicWriter, installed_by: Any
) -> bool:
    if not _claim_library(
        library.key,
        patch=library.patch,
        metadata=library.metadata,
        semantics=library.semantics,
        installed_by=installed_by,
    ):
        return False
    prefix = storage.library_prefix(library.key.directory)
    for name, payload in sorted(library.files.items()):
        writer.write(f"{prefix}/{name}", payload)
    return True


def _library_install_from_pending(
    key: LibraryKey,
    item: dict[str, Any],
    *,
    source: str,
    writer: storage.AtomicWriter,
    installed_by: Any,
) -> bool:
    store = writer.storage
    with store.open(f"{source}/library.json", "rb") as stream:
        metadata = json.loads(stream.read().decode("utf-8"))
    semantics = None
    if store.exists(f"{source}/semantics.json"):
        with store.open(f"{source}/semantics.json", "rb") as stream:
            semantics = json.loads(stream.read().decode("utf-8"))
    if not _claim_library(
        key,
        patch=int(item.get("patch", 0)),
        metadata=metadata,
        semantics=semantics,
        installed_by=installed_by,
    ):
        return False
    target = storage.library_prefix(key.directory)
    for name in storage.walk(source, store):
        writer.copy(name, target + name[len(source) :])
    return True


class PackageUpgradeRefused(Exception):
    """The package cannot be moved to that library version; the message says why."""


@dataclass
class UpgradeResult:
    package: H5PPackage
    warnings: list[ImportWarning] = field(default_factory=list)


def package_library_upgrade(
    *, package: H5PPackage, to_minor: int, upgraded_by: Any
) -> UpgradeResult:
    """Move a package's content to a newer installed minor version of its main
    library, as a manager asks in the admin.

    The content is filtered through the newer semantics and every change is a
    warning. H5P's upgrade scripts (`upgrades.js`) are JavaScript: they are
    never run on the server; when the library ships one, the move reports
    that it was skipped. The package keeps its id, so lessons that use it
    play the new version; its files move under their new content hash.
    """
    if not user_may_install_libraries(user=upgraded_by):
        raise PermissionDenied
    name, _space, version = package.main_library.rpartition(" ")
    major, _dot, minor = version.partition(".")
    if not (name and major.isdigit() and minor.isdigit()):
        raise PackageUpgradeRefused(package.main_library)
    current = LibraryKey(name, int(major), int(minor))
    target = LibraryKey(name, current.major, int(to_minor))
    index = library_index()
    if target.minor <= current.minor or target not in index:
        raise PackageUpgradeRefused(str(target))
    store = storage.h5p_storage()
    old_prefix = storage.package_prefix(package.content_hash)
    files = {}
    for stored_name in storage.walk(old_prefix, store):
        with store.open(stored_name, "rb") as stream:
            files[stored_name[len(old_prefix) + 1 :]] = stream.read()
    metadata = json.loads(json.dumps(package.metadata))
    for item in metadata.get("preloadedDependencies") or []:
        if item.get("machineName") == name:
            item["minorVersion"] = target.minor
    params = json.loads(files.get("content/content.json", b"{}") or b"{}")
    result = content_filter(
        params=params,
        main_library=f"{name} {target.major}.{target.minor}",
        semantics_of=semantics_lookup({}, index),
    )
    if result.unknown_libraries:
        raise PackageUpgradeRefused(", ".join(sorted(result.unknown_libraries)))
    warnings = [ImportWarning(change.code, change.text) for change in result.changes]
    library_row = H5PLibrary.objects.get(
        machine_name=name, major_version=target.major, minor_version=target.minor
    )
    upgrades_script = (
        f"{storage.library_prefix(library_row.stored_directory)}/upgrades.js"
    )
    if store.exists(upgrades_script):
        warnings.insert(
            0, ImportWarning(WarningCode.UPGRADE_SCRIPT_SKIPPED, str(target))
        )
    files["h5p.json"] = json.dumps(metadata).encode()
    files["content/content.json"] = json.dumps(
        result.params, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    new_hash = content_hash_of(files)
    if H5PPackage.objects.filter(content_hash=new_hash).exists():
        raise PackageUpgradeRefused(str(target))
    writer = storage.AtomicWriter()
    try:
        with transaction.atomic():
            locked = H5PPackage.objects.select_for_update().get(pk=package.pk)
            new_prefix = storage.package_prefix(new_hash)
            for relative, payload in sorted(files.items()):
                writer.write(f"{new_prefix}/{relative}", payload)
            locked.content_hash = new_hash
            locked.metadata = metadata
            locked.main_library = str(target)
            locked.warnings = [warning.as_json() for warning in warnings]
            locked.save(
                update_fields=["content_hash", "metadata", "main_library", "warnings"]
            )
            locked.libraries.set(libraries_by_key(keys=_required_keys(locked)).values())
            transaction.on_commit(lambda: storage.delete_prefix(old_prefix))
            transaction.on_commit(libraries_unused_delete)
    except Exception:
        writer.rollback()
        raise
    return UpgradeResult(package=locked, warnings=warnings)


def package_delete(*, package: H5PPackage) -> None:
    """Delete a package, its files, and the libraries nothing else uses."""
    content_hash = package.content_hash
    with transaction.atomic():
        package.delete()
        transaction.on_commit(lambda: package_files_delete(content_hash=content_hash))
        transaction.on_commit(libraries_unused_delete)


def libraries_unused_delete() -> list[str]:
    """Remove installed libraries that no package uses any more, with their files.

    Libraries that a package awaiting approval will need are kept.
    """
    needed = {
        key
        for pending in H5PPackage.objects.filter(status=PackageStatus.PENDING_APPROVAL)
        for key in _required_keys(pending)
    }
    removed = []
    with transaction.atomic():
        in_use = H5PPackage.libraries.through.objects.filter(
            h5plibrary_id=OuterRef("pk")
        )
        for row in H5PLibrary.objects.select_for_update().filter(~Exists(in_use)):
            key = LibraryKey(row.machine_name, row.major_version, row.minor_version)
            if key in needed:
                continue
            folder = row.stored_directory
            row.delete()
            removed.append(str(key))
            transaction.on_commit(
                lambda folder=folder: storage.delete_prefix(
                    storage.library_prefix(folder)
                )
            )
    return removed


def package_files_delete(*, content_hash: str) -> int:
    """Remove a deleted package's own files (shared libraries stay)."""
    if H5PPackage.objects.filter(content_hash=content_hash).exists():
        return 0
    return storage.delete_prefix(storage.package_prefix(content_hash)) + (
        storage.delete_prefix(storage.pending_prefix(content_hash))
    )


def _read_limited(file: IO[bytes] | bytes, limit: int) -> bytes:
    if isinstance(file, (bytes, bytearray)):
        data = bytes(file)
    else:
        if hasattr(file, "seek"):
            file.seek(0)
        data = file.read(limit + 1)
    if len(data) > limit:
        raise PackageRefused(RefusalCode.TOO_LARGE_UPLOAD)
    return data
