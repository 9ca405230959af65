"""Reads for H5P packages and libraries."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import QuerySet
from django.templatetags.static import static
from django.urls import reverse

from . import storage
from .choices import PackageStatus
from .content_filter import LibraryNotFound, content_filter
from .models import H5PLibrary, H5PPackage
from .validation import InstalledLibrary, LibraryKey, semantics_lookup

INSTALL_PERMISSION = "h5p.install_library"
LIBRARY_DIRECTORY = re.compile(
    r"^(?P<name>[A-Za-z][A-Za-z0-9._-]{0,126})-(?P<major>\d{1,9})\.(?P<minor>\d{1,9})$"
)


def user_may_install_libraries(*, user) -> bool:
    """Library code runs in fellows' browsers: installing it is a privilege."""
    return bool(user and user.is_active and user.has_perm(INSTALL_PERMISSION))


def library_index() -> dict[LibraryKey, InstalledLibrary]:
    """Every installed library, as validation needs them."""
    return {
        LibraryKey(row.machine_name, row.major_version, row.minor_version): (
            InstalledLibrary(
                key=LibraryKey(row.machine_name, row.major_version, row.minor_version),
                patch=row.patch_version,
                metadata=row.metadata,
                semantics=row.semantics,
            )
        )
        for row in H5PLibrary.objects.all()
    }


def libraries_by_key(*, keys: list[LibraryKey]) -> dict[LibraryKey, H5PLibrary]:
    names = {key.machine_name for key in keys}
    rows = H5PLibrary.objects.filter(machine_name__in=names).defer(
        "metadata", "semantics"
    )
    wanted = set(keys)
    return {
        key: row
        for row in rows
        if (key := LibraryKey(row.machine_name, row.major_version, row.minor_version))
        in wanted
    }


def package_installed_get(*, content_hash: str) -> H5PPackage | None:
    """The installed package with this content hash, or None (pending, unknown)."""
    return (
        H5PPackage.objects.filter(
            content_hash=content_hash, status=PackageStatus.INSTALLED
        )
        .only("id", "content_hash", "status", "title", "main_library", "metadata")
        .first()
    )


def package_content_for_player(*, package: H5PPackage) -> bytes:
    """The stored content.json, filtered again through the installed semantics.

    What the player receives is cleaned by today's filter and libraries,
    whatever the filter was when the package was imported.
    """
    store = storage.h5p_storage()
    name = f"{storage.package_prefix(package.content_hash)}/content/content.json"
    try:
        with store.open(name, "rb") as stream:
            params = json.loads(stream.read().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        params = {}
    main = _main_library_name(package)
    try:
        result = content_filter(
            params=params,
            main_library=main,
            semantics_of=semantics_lookup({}, library_index()),
        )
        params = result.params
    except LibraryNotFound:
        params = {}
    return json.dumps(params, ensure_ascii=False, separators=(",", ":")).encode()


def _main_library_name(package: H5PPackage) -> str:
    """ "Machine.Name major.minor" of the package's main library, from h5p.json."""
    name = package.metadata.get("mainLibrary")
    for item in package.metadata.get("preloadedDependencies") or []:
        if isinstance(item, dict) and item.get("machineName") == name:
            return f"{name} {item.get('majorVersion')}.{item.get('minorVersion')}"
    return str(name)


def library_installed_exists(*, directory: str) -> bool:
    return library_stored_directory(directory=directory) is not None


def library_stored_directory(*, directory: str) -> str | None:
    """Where an installed library's files are stored, or None when not installed."""
    match = LIBRARY_DIRECTORY.match(directory)
    if match is None:
        return None
    row = (
        H5PLibrary.objects.filter(
            machine_name=match["name"],
            major_version=int(match["major"]),
            minor_version=int(match["minor"]),
        )
        .only("machine_name", "major_version", "minor_version", "storage_folder")
        .first()
    )
    return row.stored_directory if row is not None else None


def packages_installed() -> QuerySet[H5PPackage]:
    return H5PPackage.objects.filter(status=PackageStatus.INSTALLED)


def content_origin() -> str:
    """Where H5P files are served from: H5P_CONTENT_ORIGIN, else the player's
    own origin (H5P_PLAYER_ORIGIN), else this site ("")."""
    files = getattr(settings, "H5P_CONTENT_ORIGIN", "") or ""
    return files.rstrip("/") or player_origin()


def player_origin() -> str:
    """The origin of its own the player frame is served from, or "".

    Set (H5P_PLAYER_ORIGIN, a host of this same deployment) and unlike the
    site's origin, the frame runs with that real origin instead of an opaque
    one: its service worker can then keep activities for offline use
    (docs/decisions/0039). Never the site's own origin.
    """
    origin = (getattr(settings, "H5P_PLAYER_ORIGIN", "") or "").rstrip("/")
    return origin if origin and origin != site_origin() else ""


def site_origin() -> str:
    parts = urlsplit(getattr(settings, "SITE_URL", "") or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def package_player_config(*, package: H5PPackage) -> dict[str, str]:
    """The paths h5p-standalone needs to play a package (no learner data)."""
    origin = content_origin()
    h5p_json = reverse(
        "h5p:package_file",
        kwargs={"content_hash": package.content_hash, "path": "h5p.json"},
    )
    package_root = origin + h5p_json.removesuffix("/h5p.json")
    library_json = reverse(
        "h5p:library_file", kwargs={"directory": "H5P-1.0", "path": "library.json"}
    )
    libraries_root = origin + library_json.removesuffix("/H5P-1.0/library.json")
    return {
        "h5pJsonPath": package_root,
        "contentJsonPath": f"{package_root}/content",
        "librariesPath": libraries_root,
        "playerJs": static("h5p-standalone/main.bundle.js"),
        "frameJs": static("h5p-standalone/frame.bundle.js"),
        "frameCss": static("h5p-standalone/styles/h5p.css"),
        "frameUrl": player_origin()
        + reverse("h5p:player_frame", kwargs={"content_hash": package.content_hash}),
    }


def package_newer_versions(*, package: H5PPackage) -> list[H5PLibrary]:
    """Installed newer minor versions of the package's main library."""
    name, _space, version = package.main_library.rpartition(" ")
    major, _dot, minor = version.partition(".")
    if not (name and major.isdigit() and minor.isdigit()):
        return []
    return list(
        H5PLibrary.objects.filter(
            machine_name=name,
            major_version=int(major),
            minor_version__gt=int(minor),
        )
        .order_by("minor_version")
        .only("machine_name", "major_version", "minor_version", "patch_version")
    )


def package_archive(*, package: H5PPackage) -> bytes:
    """An .h5p archive rebuilt from what is stored: h5p.json, the (filtered)
    content and the libraries the package uses, so that another site can
    import it (course package export)."""
    import io
    import zipfile

    store = storage.h5p_storage()
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        prefixes = [(storage.package_prefix(package.content_hash), "")] + [
            (storage.library_prefix(library.stored_directory), library.directory + "/")
            for library in package.libraries.order_by(
                "machine_name", "major_version", "minor_version"
            )
        ]
        for prefix, folder in prefixes:
            for name in sorted(storage.walk(prefix, store)):
                with store.open(name, "rb") as handle:
                    archive.writestr(folder + name[len(prefix) + 1 :], handle.read())
    return output.getvalue()
