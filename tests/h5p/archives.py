"""Building .h5p archives for tests: the real fixture, altered or broken."""

import io
import json
import zipfile
from pathlib import Path

# Real packages made by other H5P tools (origin and licence: fixtures/README.md).
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "h5p"
TRUE_FALSE = FIXTURES / "true-false.h5p"
DRAG_TEXT = FIXTURES / "drag-text.h5p"
AGAMOTTO = FIXTURES / "agamotto-3-images.h5p"


def true_false_bytes() -> bytes:
    return TRUE_FALSE.read_bytes()


def true_false_entries() -> dict[str, bytes]:
    """The real fixture's plain files, by name."""
    with zipfile.ZipFile(TRUE_FALSE) as archive:
        return {
            info.filename: archive.read(info)
            for info in archive.infolist()
            if not info.is_dir()
        }


def build_zip(entries, *, compression=zipfile.ZIP_DEFLATED) -> bytes:
    """A ZIP of `entries`: a dict name -> bytes, or (ZipInfo | name, bytes) pairs."""
    items = entries.items() if isinstance(entries, dict) else entries
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in items:
            archive.writestr(name, data)
    return buffer.getvalue()


def write_h5p(tmp_path: Path, data: bytes, name: str = "activity.h5p") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def with_changes(**changes) -> dict[str, bytes]:
    """The fixture's entries with some replaced (None removes one)."""
    entries = true_false_entries()
    for name, data in changes.items():
        if data is None:
            entries.pop(name, None)
        else:
            entries[name] = data
    return entries


def retitled(title: str) -> dict[str, bytes]:
    """The fixture with another title: different content, same libraries."""
    entries = true_false_entries()
    metadata = json.loads(entries["h5p.json"])
    metadata["title"] = title
    entries["h5p.json"] = json.dumps(metadata).encode()
    return entries


def content_only(title: str = "Content only") -> dict[str, bytes]:
    """h5p.json and content, no libraries: plays only on installed libraries."""
    entries = retitled(title)
    return {
        name: data
        for name, data in entries.items()
        if name == "h5p.json" or name.startswith("content/")
    }


def with_new_main_library_version() -> dict[str, bytes]:
    """The fixture whose main library is a new minor version (1.7)."""
    entries = true_false_entries()
    renamed = {}
    for name, data in entries.items():
        if name.startswith("H5P.TrueFalse-1.6/"):
            name = name.replace("H5P.TrueFalse-1.6/", "H5P.TrueFalse-1.7/", 1)
            if name.endswith("/library.json"):
                metadata = json.loads(data)
                metadata["minorVersion"] = 7
                data = json.dumps(metadata).encode()
        renamed[name] = data
    metadata = json.loads(renamed["h5p.json"])
    metadata["title"] = "True/false on 1.7"
    for dependency in metadata["preloadedDependencies"]:
        if dependency["machineName"] == "H5P.TrueFalse":
            dependency["minorVersion"] = "7"
    renamed["h5p.json"] = json.dumps(metadata).encode()
    return renamed
