"""What the platform accepts in an .h5p archive.

Two layers, in this order, so that every refusal names its cause:

1. the archive policy (this module's own): a real ZIP, safe paths, plain files
   only, no duplicates, limits on files, bytes and compression ratio, H5P's
   allowed file types;
2. the H5P format, checked by pyh5p: h5p.json, libraries and their
   dependencies, and the content against its library's semantics.

Nothing here touches the database or storage: the caller passes the installed
libraries in and gets back an `InspectedPackage` or a `PackageRefused`.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from pyh5p import H5PError, LibraryId
from pyh5p.errors import ValidationIssue
from pyh5p.package import H5PPackage as PyH5PPackage
from pyh5p.package import PackagedLibrary
from pyh5p.security import ArchiveLimits, validate_archive_member

from .choices import RefusalCode, WarningCode
from .content_filter import LibraryNotFound, content_filter
from .svg import svg_problem

# H5P core's default whitelist: content files plus the library files (js, css).
H5P_ALLOWED_EXTENSIONS = frozenset(
    (
        "json png jpg jpeg gif bmp tif tiff svg eot ttf woff woff2 otf webm mp4 ogg "
        "mp3 m4a wav txt pdf rtf doc docx xls xlsx ppt pptx odt ods odp xml csv diff "
        "patch swf md textile vtt webvtt gltf glb js css"
    ).split()
)
# Entries that archivers add; never stored, never served.
SYSTEM_ENTRY_NAMES = frozenset({"__MACOSX", "Thumbs.db", "desktop.ini"})
ZIP_MAGIC = b"PK\x03\x04"
MACHINE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9._-]{0,126}$")
# Small files cannot make a ZIP bomb; their ratio says nothing.
RATIO_MIN_ENTRY_BYTES = 64 * 1024
MAX_PATH_LENGTH = 255
UNIX_FILE_TYPE_MASK = 0o170000
UNIX_REGULAR_FILE = 0o100000
UNIX_DIRECTORY = 0o040000
# What H5P core requires of library.json; every other field is optional.
LIBRARY_REQUIRED_FIELDS = (
    "title",
    "machineName",
    "majorVersion",
    "minorVersion",
    "patchVersion",
    "runnable",
)
# The core API of the H5P core bundled in h5p-standalone 3.8 (H5P core 1.26).
H5P_CORE_API = (1, 26)
# H5P core's rule for language file names (de.json, nb-no.json, pt-br.json).
LANGUAGE_FILE = re.compile(r"^(-?[a-z]+){1,7}\.json$", re.IGNORECASE)


@dataclass(frozen=True)
class Limits:
    """The configured limits, read from settings when an import starts."""

    max_upload_bytes: int
    max_files: int
    max_uncompressed_bytes: int
    max_compression_ratio: float
    allowed_extensions: frozenset[str]

    @classmethod
    def from_settings(cls) -> Limits:
        extensions = getattr(settings, "H5P_ALLOWED_EXTENSIONS", None)
        return cls(
            max_upload_bytes=getattr(settings, "H5P_MAX_UPLOAD_BYTES", 100 * 2**20),
            max_files=getattr(settings, "H5P_MAX_FILES", 2000),
            max_uncompressed_bytes=getattr(
                settings, "H5P_MAX_UNCOMPRESSED_BYTES", 250 * 2**20
            ),
            max_compression_ratio=float(
                getattr(settings, "H5P_MAX_COMPRESSION_RATIO", 100)
            ),
            allowed_extensions=(
                frozenset(item.lower().lstrip(".") for item in extensions)
                if extensions
                else H5P_ALLOWED_EXTENSIONS
            ),
        )


class PackageRefused(Exception):
    """The upload is refused; `code` says why, `detail` names the culprit."""

    def __init__(self, code: RefusalCode, detail: str = ""):
        self.code = RefusalCode(code)
        self.detail = detail
        super().__init__(self.message)

    @property
    def message(self) -> str:
        if self.detail:
            return _("%(reason)s (%(detail)s)") % {
                "reason": self.code.label,
                "detail": self.detail,
            }
        return str(self.code.label)


@dataclass(frozen=True)
class ImportWarning:
    code: WarningCode
    detail: str = ""

    @property
    def message(self) -> str:
        label = WarningCode(self.code).label
        return f"{label} ({self.detail})" if self.detail else str(label)

    def as_json(self) -> dict[str, str]:
        return {"code": str(self.code), "detail": self.detail}


@dataclass(frozen=True, order=True)
class LibraryKey:
    """A library version as H5P shares it: machine name, major and minor."""

    machine_name: str
    major: int
    minor: int

    @property
    def directory(self) -> str:
        return f"{self.machine_name}-{self.major}.{self.minor}"

    def __str__(self) -> str:
        return f"{self.machine_name} {self.major}.{self.minor}"


@dataclass(frozen=True)
class InstalledLibrary:
    """What validation needs to know about a library already on the platform."""

    key: LibraryKey
    patch: int
    metadata: Mapping[str, Any]
    semantics: Any


@dataclass
class BundledLibrary:
    key: LibraryKey
    patch: int
    folder: str
    metadata: dict[str, Any]
    files: dict[str, bytes]  # relative to the library folder

    @property
    def semantics(self) -> Any:
        raw = self.files.get("semantics.json")
        return json.loads(raw) if raw else None


@dataclass
class InspectedPackage:
    """A package that passed every check, ready to be stored."""

    content_hash: str
    metadata: dict[str, Any]
    main_library: LibraryKey
    content_files: dict[str, bytes]  # h5p.json and content/..., package-relative
    bundled: dict[LibraryKey, BundledLibrary]
    required: list[LibraryKey]  # the runtime dependency closure, main first
    warnings: list[ImportWarning] = field(default_factory=list)

    @property
    def title(self) -> str:
        return str(self.metadata.get("title") or "").strip()

    def libraries_to_install(
        self, installed: Mapping[LibraryKey, InstalledLibrary]
    ) -> list[BundledLibrary]:
        return [
            self.bundled[key]
            for key in self.required
            if key not in installed and key in self.bundled
        ]

    @property
    def total_bytes(self) -> int:
        return sum(len(data) for data in self.content_files.values()) + sum(
            len(data)
            for library in self.bundled.values()
            for data in library.files.values()
        )


def package_inspect(
    *,
    data: bytes,
    filename: str,
    installed: Mapping[LibraryKey, InstalledLibrary],
    limits: Limits | None = None,
) -> InspectedPackage:
    """Check an uploaded archive; raise `PackageRefused` or return what to store."""
    limits = limits or Limits.from_settings()
    warnings: list[ImportWarning] = []
    files = archive_read(data=data, filename=filename, limits=limits, warnings=warnings)
    return _inspect_h5p(files=files, installed=installed, warnings=warnings)


# The archive policy -------------------------------------------------------------


def archive_read(
    *, data: bytes, filename: str, limits: Limits, warnings: list[ImportWarning]
) -> dict[str, bytes]:
    """The archive's plain files by name, once every entry passed the policy."""
    if not filename.lower().endswith(".h5p"):
        raise PackageRefused(RefusalCode.WRONG_EXTENSION, _safe_label(filename))
    if len(data) > limits.max_upload_bytes:
        raise PackageRefused(RefusalCode.TOO_LARGE_UPLOAD)
    # A real .h5p starts with a local file header; anything else (an image
    # renamed to .h5p, a ZIP glued behind another file) is refused.
    if not data.startswith(ZIP_MAGIC):
        raise PackageRefused(RefusalCode.NOT_A_ZIP)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError) as exc:
        raise PackageRefused(RefusalCode.NOT_A_ZIP) from exc
    with archive:
        infos = archive.infolist()
        _check_entries(infos, limits)
        kept: list[zipfile.ZipInfo] = []
        ignored_system = []
        for info in infos:
            if info.is_dir():
                continue
            if _is_system_entry(info.filename):
                ignored_system.append(info.filename)
                continue
            _check_extension(info.filename, limits)
            kept.append(info)
        if ignored_system:
            warnings.append(
                ImportWarning(WarningCode.IGNORED_SYSTEM_FILE, _join(ignored_system))
            )
        pyh5p_limits = ArchiveLimits(
            max_files=limits.max_files,
            max_file_size=limits.max_uncompressed_bytes,
            max_total_size=limits.max_uncompressed_bytes,
            # The ratio is judged above, with the small-file exemption.
            max_compression_ratio=float("inf"),
            allowed_extensions=limits.allowed_extensions,
        )
        files: dict[str, bytes] = {}
        for info in kept:
            try:
                # pyh5p's own member policy, as a second line behind ours.
                validate_archive_member(info.filename, info, pyh5p_limits)
            except H5PError as exc:
                raise PackageRefused(
                    RefusalCode.FORBIDDEN_FILE_TYPE, _safe_label(info.filename)
                ) from exc
            files[info.filename] = _read_entry(archive, info)
    for name, payload in files.items():
        if name.lower().endswith(".svg"):
            problem = svg_problem(payload)
            if problem:
                raise PackageRefused(
                    RefusalCode.UNSAFE_SVG, f"{_safe_label(name)}: {problem}"
                )
    return files


def _check_entries(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_files:
        raise PackageRefused(
            RefusalCode.TOO_MANY_FILES,
            ngettext(
                "%(count)d entry, at most %(limit)d",
                "%(count)d entries, at most %(limit)d",
                len(infos),
            )
            % {"count": len(infos), "limit": limits.max_files},
        )
    seen: set[str] = set()
    folded: set[str] = set()
    total = 0
    total_compressed = 0
    for info in infos:
        name = info.orig_filename
        if not is_safe_path(name):
            raise PackageRefused(RefusalCode.PATH_TRAVERSAL, _safe_label(name))
        file_type = (info.external_attr >> 16) & UNIX_FILE_TYPE_MASK
        if file_type and file_type not in (UNIX_REGULAR_FILE, UNIX_DIRECTORY):
            raise PackageRefused(RefusalCode.SYMLINK, _safe_label(name))
        if info.flag_bits & 0x1:
            raise PackageRefused(RefusalCode.CORRUPT_ARCHIVE, _("encrypted entry"))
        normalised = name.rstrip("/")
        if normalised in seen or normalised.casefold() in folded:
            raise PackageRefused(RefusalCode.DUPLICATE_ENTRY, _safe_label(name))
        seen.add(normalised)
        folded.add(normalised.casefold())
        if info.is_dir():
            continue
        total += info.file_size
        total_compressed += info.compress_size
        if total > limits.max_uncompressed_bytes:
            raise PackageRefused(
                RefusalCode.TOO_LARGE,
                ngettext(
                    "more than %(limit)d byte",
                    "more than %(limit)d bytes",
                    limits.max_uncompressed_bytes,
                )
                % {"limit": limits.max_uncompressed_bytes},
            )
        if (
            info.file_size >= RATIO_MIN_ENTRY_BYTES
            and info.file_size / max(info.compress_size, 1)
            > limits.max_compression_ratio
        ):
            raise PackageRefused(RefusalCode.COMPRESSION_RATIO, _safe_label(name))
    if (
        total >= RATIO_MIN_ENTRY_BYTES
        and total / max(total_compressed, 1) > limits.max_compression_ratio
    ):
        raise PackageRefused(RefusalCode.COMPRESSION_RATIO)
    # A file and a folder of the same name cannot both be stored.
    plain_files = {info.orig_filename for info in infos if not info.is_dir()}
    for name in seen:
        parent = name.rpartition("/")[0]
        while parent:
            if parent in plain_files:
                raise PackageRefused(RefusalCode.DUPLICATE_ENTRY, _safe_label(parent))
            parent = parent.rpartition("/")[0]


def is_safe_path(name: str) -> bool:
    if not name or len(name) > MAX_PATH_LENGTH:
        return False
    if any(ord(char) < 0x20 or char in "\\:" for char in name):
        return False  # NUL and control characters, backslashes, drive letters
    if name.startswith("/"):
        return False
    parts = (name[:-1] if name.endswith("/") else name).split("/")
    return all(part not in ("", ".", "..") for part in parts)


def _is_system_entry(name: str) -> bool:
    return any(
        part.startswith(".") or part in SYSTEM_ENTRY_NAMES for part in name.split("/")
    )


def _check_extension(name: str, limits: Limits) -> None:
    extension = PurePosixPath(name).suffix.lower().lstrip(".")
    if not extension or extension not in limits.allowed_extensions:
        raise PackageRefused(RefusalCode.FORBIDDEN_FILE_TYPE, _safe_label(name))


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    try:
        # zipfile stops at the declared size and checks the CRC.
        return archive.read(info)
    except (
        zipfile.BadZipFile,
        EOFError,
        OSError,
        RuntimeError,
        NotImplementedError,
        ValueError,
    ) as exc:
        raise PackageRefused(
            RefusalCode.CORRUPT_ARCHIVE, _safe_label(info.filename)
        ) from exc


# The H5P format -----------------------------------------------------------------


def _inspect_h5p(
    *,
    files: dict[str, bytes],
    installed: Mapping[LibraryKey, InstalledLibrary],
    warnings: list[ImportWarning],
) -> InspectedPackage:
    metadata = _read_h5p_json(files)
    content = _read_content_json(files)
    extra = sorted(name for name in files if "/" not in name and name != "h5p.json")
    if extra:
        warnings.append(ImportWarning(WarningCode.EXTRA_FILE, _join(extra)))
    for name in extra:
        del files[name]
    bundled = _read_libraries(files)
    main = _main_library(metadata)
    if main not in bundled and main not in installed:
        raise PackageRefused(RefusalCode.MAIN_LIBRARY_MISSING, str(main))
    required = _dependency_closure(metadata, main, bundled, installed)
    for key in required:
        if key in bundled and key in installed:
            if bundled[key].patch != installed[key].patch:
                warnings.append(
                    ImportWarning(
                        WarningCode.KEPT_INSTALLED_LIBRARY,
                        f"{key}.{installed[key].patch}",
                    )
                )
    _validate_with_pyh5p(
        files=files,
        metadata=metadata,
        content=content,
        bundled=bundled,
        warnings=warnings,
    )
    filtered = _filter_content(
        content=content,
        main=main,
        bundled=bundled,
        installed=installed,
        warnings=warnings,
    )
    content_hash = _content_hash(files)
    content_files = {
        name: data
        for name, data in files.items()
        if name == "h5p.json" or name.startswith("content/")
    }
    content_files["content/content.json"] = json.dumps(
        filtered, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    return InspectedPackage(
        content_hash=content_hash,
        metadata=metadata,
        main_library=main,
        content_files=content_files,
        bundled=bundled,
        required=required,
        warnings=warnings,
    )


def _read_h5p_json(files: Mapping[str, bytes]) -> dict[str, Any]:
    if "h5p.json" not in files:
        raise PackageRefused(RefusalCode.MISSING_H5P_JSON)
    try:
        metadata = json.loads(files["h5p.json"].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageRefused(RefusalCode.INVALID_H5P_JSON, _("not JSON")) from exc
    if not isinstance(metadata, dict):
        raise PackageRefused(RefusalCode.INVALID_H5P_JSON, _("not an object"))
    for key in ("title", "mainLibrary", "language"):
        if not isinstance(metadata.get(key), str) or not metadata[key].strip():
            raise PackageRefused(RefusalCode.INVALID_H5P_JSON, key)
    if not isinstance(metadata.get("preloadedDependencies"), list):
        raise PackageRefused(RefusalCode.INVALID_H5P_JSON, "preloadedDependencies")
    return metadata


def _read_content_json(files: Mapping[str, bytes]) -> dict[str, Any]:
    raw = files.get("content/content.json")
    if raw is None:
        raise PackageRefused(RefusalCode.MISSING_CONTENT)
    try:
        content = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageRefused(RefusalCode.MISSING_CONTENT, _("not JSON")) from exc
    if not isinstance(content, dict):
        raise PackageRefused(RefusalCode.MISSING_CONTENT, _("not an object"))
    return content


def _dependency_key(value: Any, *, where: str) -> LibraryKey:
    if not isinstance(value, Mapping):
        raise PackageRefused(RefusalCode.INVALID_H5P_JSON, where)
    name = value.get("machineName")
    try:
        major = int(value.get("majorVersion"))
        minor = int(value.get("minorVersion"))
    except (TypeError, ValueError) as exc:
        raise PackageRefused(RefusalCode.INVALID_H5P_JSON, where) from exc
    if not isinstance(name, str) or not MACHINE_NAME.match(name):
        raise PackageRefused(RefusalCode.INVALID_H5P_JSON, where)
    if major < 0 or minor < 0:
        raise PackageRefused(RefusalCode.INVALID_H5P_JSON, where)
    return LibraryKey(name, major, minor)


def _main_library(metadata: Mapping[str, Any]) -> LibraryKey:
    name = metadata["mainLibrary"]
    for index, item in enumerate(metadata["preloadedDependencies"]):
        key = _dependency_key(item, where=f"preloadedDependencies[{index}]")
        if key.machine_name == name:
            return key
    raise PackageRefused(
        RefusalCode.INVALID_H5P_JSON,
        _("the main library %(name)s is not among preloadedDependencies")
        % {"name": _safe_label(name)},
    )


def _read_libraries(files: Mapping[str, bytes]) -> dict[LibraryKey, BundledLibrary]:
    folders: dict[str, dict[str, bytes]] = {}
    for name, data in files.items():
        folder, _slash, rest = name.partition("/")
        if folder == "content" or not rest:
            continue
        folders.setdefault(folder, {})[rest] = data
    bundled: dict[LibraryKey, BundledLibrary] = {}
    for folder, library_files in sorted(folders.items()):
        library = _read_library(folder, library_files)
        if library.key in bundled:
            raise PackageRefused(RefusalCode.INVALID_LIBRARY, str(library.key))
        bundled[library.key] = library
    return bundled


def _read_library(folder: str, files: dict[str, bytes]) -> BundledLibrary:
    """A bundled library, checked as H5P core checks library.json.

    Only what the platform relies on is checked; the optional fields H5P
    core accepts (metadataSettings, embedTypes, dropLibraryCss,
    editorDependencies, fullscreen, contentType, ...) pass as they are.
    """
    label = _safe_label(folder)
    if "library.json" not in files:
        raise PackageRefused(
            RefusalCode.INVALID_LIBRARY,
            _("%(folder)s has no library.json") % {"folder": label},
        )
    try:
        metadata = json.loads(files["library.json"].decode("utf-8"))
        if not isinstance(metadata, dict):
            raise ValueError("library.json is not an object")
        identifier = LibraryId.parse(metadata)
        if "semantics.json" in files:
            json.loads(files["semantics.json"].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, TypeError) as exc:
        raise PackageRefused(RefusalCode.INVALID_LIBRARY, label) from exc
    key = LibraryKey(identifier.machine_name, identifier.major, identifier.minor)
    if not MACHINE_NAME.match(key.machine_name) or folder not in (
        key.directory,
        key.machine_name,
    ):
        raise PackageRefused(RefusalCode.INVALID_LIBRARY, label)
    for required in LIBRARY_REQUIRED_FIELDS:
        if required not in metadata:
            raise PackageRefused(
                RefusalCode.INVALID_LIBRARY,
                _("%(folder)s: library.json lacks %(field)s")
                % {"folder": label, "field": required},
            )
    for kind in ("preloadedJs", "preloadedCss"):
        items = metadata.get(kind) or []
        if not isinstance(items, list):
            raise PackageRefused(RefusalCode.INVALID_LIBRARY, f"{label} {kind}")
        for item in items:
            path = item.get("path") if isinstance(item, Mapping) else None
            if not isinstance(path, str) or path not in files:
                raise PackageRefused(
                    RefusalCode.INVALID_LIBRARY,
                    _("%(folder)s lists a missing file") % {"folder": label},
                )
    _check_core_api(metadata, label)
    _check_language_files(files, label)
    return BundledLibrary(key, identifier.patch, folder, metadata, files)


def core_api_supported() -> tuple[int, int]:
    """The H5P core API the bundled player implements (H5P_CORE_API to change)."""
    major, minor = getattr(settings, "H5P_CORE_API", H5P_CORE_API)
    return int(major), int(minor)


def _check_core_api(metadata: Mapping[str, Any], label: str) -> None:
    core_api = metadata.get("coreApi")
    if core_api is None:
        return
    try:
        wanted = (int(core_api["majorVersion"]), int(core_api["minorVersion"]))
    except (TypeError, KeyError, ValueError) as exc:
        raise PackageRefused(RefusalCode.INVALID_LIBRARY, f"{label} coreApi") from exc
    supported = core_api_supported()
    if wanted > supported:
        raise PackageRefused(
            RefusalCode.UNSUPPORTED_CORE_API,
            _("%(folder)s: core API %(wanted)s (the platform has %(supported)s)")
            % {
                "folder": label,
                "wanted": f"{wanted[0]}.{wanted[1]}",
                "supported": f"{supported[0]}.{supported[1]}",
            },
        )


def _check_language_files(files: Mapping[str, bytes], label: str) -> None:
    for name, data in files.items():
        if not name.startswith("language/"):
            continue
        file_name = name[len("language/") :]
        if not LANGUAGE_FILE.match(file_name):
            raise PackageRefused(
                RefusalCode.INVALID_LANGUAGE_FILE, f"{label}/{_safe_label(name)}"
            )
        try:
            translation = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise PackageRefused(
                RefusalCode.INVALID_LANGUAGE_FILE, f"{label}/{_safe_label(name)}"
            ) from exc
        if not isinstance(translation, dict):
            raise PackageRefused(
                RefusalCode.INVALID_LANGUAGE_FILE, f"{label}/{_safe_label(name)}"
            )


def _runtime_dependencies(
    metadata: Mapping[str, Any], *, where: str
) -> list[LibraryKey]:
    # Editor dependencies are left out: the platform plays content, it does
    # not run the H5P editor, so editor-only code is never installed.
    keys = []
    for kind in ("preloadedDependencies", "dynamicDependencies"):
        items = metadata.get(kind) or []
        if not isinstance(items, list):
            raise PackageRefused(RefusalCode.INVALID_LIBRARY, where)
        keys.extend(_dependency_key(item, where=f"{where} {kind}") for item in items)
    return keys


def _dependency_closure(
    metadata: Mapping[str, Any],
    main: LibraryKey,
    bundled: Mapping[LibraryKey, BundledLibrary],
    installed: Mapping[LibraryKey, InstalledLibrary],
) -> list[LibraryKey]:
    ordered: list[LibraryKey] = []
    pending = [main, *_runtime_dependencies(metadata, where="h5p.json")]
    while pending:
        key = pending.pop(0)
        if key in ordered:
            continue
        if key in installed:
            source_metadata = installed[key].metadata
        elif key in bundled:
            source_metadata = bundled[key].metadata
        else:
            raise PackageRefused(RefusalCode.MISSING_DEPENDENCY, str(key))
        ordered.append(key)
        pending.extend(_runtime_dependencies(source_metadata, where=str(key)))
    return ordered


def _validate_with_pyh5p(
    *,
    files: dict[str, bytes],
    metadata: dict[str, Any],
    content: dict[str, Any],
    bundled: Mapping[LibraryKey, BundledLibrary],
    warnings: list[ImportWarning],
) -> None:
    """The package's structure as pyh5p reads it: h5p.json, media paths."""
    package = PyH5PPackage(
        metadata=metadata,
        content=content,
        libraries=tuple(
            PackagedLibrary(
                LibraryId(key.machine_name, key.major, key.minor, library.patch),
                library.files,
                library.metadata,
            )
            for key, library in bundled.items()
        ),
        files=files,
    )
    issues = package.validate(require_content=True, allow_content_only=True)
    _judge_issues(issues, content, warnings)


def semantics_lookup(
    bundled: Mapping[LibraryKey, BundledLibrary],
    installed: Mapping[LibraryKey, InstalledLibrary],
):
    """Semantics by "Machine.Name major.minor": the installed copy wins, as played."""

    def semantics_of(name: str) -> Any:
        machine_name, _space, version = name.strip().rpartition(" ")
        major, _dot, minor = version.partition(".")
        if not (major.isdigit() and minor.isdigit()):
            return None
        key = LibraryKey(machine_name, int(major), int(minor))
        if key in installed:
            semantics = installed[key].semantics
        elif key in bundled:
            semantics = bundled[key].semantics
        else:
            return None
        return semantics if isinstance(semantics, list) else []

    return semantics_of


def _filter_content(
    *,
    content: dict[str, Any],
    main: LibraryKey,
    bundled: Mapping[LibraryKey, BundledLibrary],
    installed: Mapping[LibraryKey, InstalledLibrary],
    warnings: list[ImportWarning],
) -> dict[str, Any]:
    """The content as H5P core keeps it: filtered, every change a warning."""
    semantics_of = semantics_lookup(bundled, installed)
    main_name = f"{main.machine_name} {main.major}.{main.minor}"
    try:
        result = content_filter(
            params=content, main_library=main_name, semantics_of=semantics_of
        )
    except LibraryNotFound as exc:
        raise PackageRefused(RefusalCode.MAIN_LIBRARY_MISSING, str(main)) from exc
    if result.unknown_libraries:
        raise PackageRefused(
            RefusalCode.MISSING_DEPENDENCY, _join(sorted(result.unknown_libraries))
        )
    # A mandatory field the content had but that could not be kept in any
    # form: the content type would not start, so the package is refused.
    for item in semantics_of(main_name) or []:
        if not isinstance(item, dict) or item.get("optional"):
            continue
        name = item.get("name")
        if name in content and name not in result.params and "default" not in item:
            raise PackageRefused(RefusalCode.INVALID_CONTENT, f"$.{name}")
    for change in result.changes:
        warnings.append(ImportWarning(change.code, change.text))
    return result.params


def _judge_issues(
    issues: list[ValidationIssue],
    content: Mapping[str, Any],
    warnings: list[ImportWarning],
) -> None:
    external: set[str] = set()
    missing: set[str] = set()
    for issue in issues:
        path = issue.path
        if issue.keyword == "additionalProperties" or path == "$.h5p.mainLibrary":
            continue  # extra files were dropped; the main library was resolved above
        if path.startswith("$.h5p."):
            raise PackageRefused(RefusalCode.INVALID_H5P_JSON, path[len("$.h5p.") :])
        if issue.keyword == "dependency":
            raise PackageRefused(RefusalCode.MISSING_DEPENDENCY, issue.message[:200])
        if issue.keyword == "asset":
            missing.add(str(_value_at(content, path) or path))
            continue
        if issue.keyword == "path" or issue.keyword == "allowedExtensions":
            value = _value_at(content, path)
            if isinstance(value, str) and re.match(r"^https?://", value, re.IGNORECASE):
                external.add(value)
                continue
            if issue.keyword == "path":
                raise PackageRefused(
                    RefusalCode.UNSAFE_MEDIA_PATH, _safe_label(str(value))
                )
        raise PackageRefused(RefusalCode.INVALID_CONTENT, str(issue)[:300])
    if missing:
        warnings.append(
            ImportWarning(WarningCode.MISSING_MEDIA, _join(sorted(missing)))
        )
    if external:
        warnings.append(
            ImportWarning(WarningCode.EXTERNAL_MEDIA, _join(sorted(external)))
        )


_PATH_PART = re.compile(r"\.?([^.\[\]]+)|\[(\d+)\]")


def _value_at(content: Any, path: str) -> Any:
    """The content value at an issue path such as `$.content.media[0].path`.

    pyh5p roots package issues at `$.content` and semantic issues at `$`; a
    field may itself be called "content", so both readings are tried.
    """
    for prefix in ("$.content", "$"):
        if path.startswith(prefix):
            value = _walk(content, path[len(prefix) :])
            if value is not None:
                return value
    return None


def _walk(content: Any, path: str) -> Any:
    current = content
    for match in _PATH_PART.finditer(path):
        key, index = match.groups()
        if key is not None and isinstance(current, Mapping):
            current = current.get(key)
        elif (
            index is not None
            and isinstance(current, list)
            and int(index) < len(current)
        ):
            current = current[int(index)]
        else:
            return None
    return current


def content_hash_of(files: Mapping[str, bytes]) -> str:
    return _content_hash(files)


def _content_hash(files: Mapping[str, bytes]) -> str:
    """sha256 of the normalised content: names and file digests, sorted.

    Neither timestamps, compression nor entry order change it, so the same
    content uploaded twice is recognised.
    """
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode("utf-8"))
        digest.update(b"\0")
        digest.update(hashlib.sha256(files[name]).hexdigest().encode("ascii"))
        digest.update(b"\n")
    return digest.hexdigest()


def _safe_label(value: str) -> str:
    """A file name fit to show back: control characters escaped, length bounded."""
    cleaned = "".join(char if ord(char) >= 0x20 else "?" for char in value)
    return cleaned if len(cleaned) <= 120 else cleaned[:117] + "…"


def _join(names: list[str], limit: int = 5) -> str:
    shown = ", ".join(_safe_label(name) for name in names[:limit])
    if len(names) > limit:
        shown += _(" and %(count)d more") % {"count": len(names) - limit}
    return shown
