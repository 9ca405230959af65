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
from django.utils import timezone

from . import storage
from .choices import PackageStatus, RefusalCode
from .models import H5PLibrary, H5PPackage
from .selectors import libraries_by_key, library_index, user_may_install_libraries
from .validation import (
    BundledLibrary,
    ImportWarning,
    InspectedPackage,
    LibraryKey,
    Limits,
    PackageRefused,
    package_inspect,
)

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
