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


# Libraries from their public repositories (origin: fixtures/README.md) -------

LIBRARIES = FIXTURES / "libraries"


def agamotto_entries() -> dict[str, bytes]:
    with zipfile.ZipFile(AGAMOTTO) as archive:
        return {
            info.filename: archive.read(info)
            for info in archive.infolist()
            if not info.is_dir()
        }


def library_folder(name: str) -> dict[str, bytes]:
    """A library kept as real files under fixtures/h5p/libraries/, by archive path.

    Only library.json and semantics.json are the real ones; the code files
    it lists are placeholders (these packages are imported, not played).
    """
    folder = LIBRARIES / name
    entries = {
        f"{name}/{path.relative_to(folder).as_posix()}": path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
    metadata = json.loads(entries[f"{name}/library.json"])
    for kind, placeholder in (
        ("preloadedJs", b"/* placeholder */\n"),
        ("preloadedCss", b"/* placeholder */\n"),
    ):
        for item in metadata.get(kind) or []:
            entries.setdefault(f"{name}/{item['path']}", placeholder)
    return entries


def column_entries(children: list[dict], *, title: str = "Column") -> dict[str, bytes]:
    """An H5P.Column 1.8 package whose column holds `children`, with the
    libraries of the true/false and Agamotto fixtures (H5P.Image 1.1 among them)."""
    entries = {
        name: data
        for name, data in true_false_entries().items()
        if "/" in name and not name.startswith("content/")
    }
    entries.update(
        {
            name: data
            for name, data in agamotto_entries().items()
            if name.startswith("H5P.Image-1.1/")
        }
    )
    entries.update(library_folder("H5P.Column-1.8"))
    entries["content/images/earth.jpg"] = agamotto_entries()[
        "content/images/image-Sb3N029h.jpg"
    ]
    entries["content/content.json"] = json.dumps(
        {"content": [{"content": child, "useSeparator": "auto"} for child in children]}
    ).encode()
    dependencies = [
        {"machineName": "H5P.Column", "majorVersion": 1, "minorVersion": 8},
        {"machineName": "H5P.TrueFalse", "majorVersion": 1, "minorVersion": 6},
        {"machineName": "H5P.Image", "majorVersion": 1, "minorVersion": 1},
    ]
    entries["h5p.json"] = json.dumps(
        {
            "title": title,
            "language": "en",
            "mainLibrary": "H5P.Column",
            "embedTypes": ["iframe"],
            "license": "U",
            "preloadedDependencies": dependencies,
        }
    ).encode()
    return entries


def image_child(**file_changes) -> dict:
    """An H5P.Image 1.1 sub-content as the H5P editor writes it."""
    file = {
        "path": "images/earth.jpg",
        "mime": "image/jpeg",
        "copyright": {"license": "U"},
        "width": 300,
        "height": 300,
        **file_changes,
    }
    return {
        "library": "H5P.Image 1.1",
        "params": {"contentName": "Image", "file": file, "alt": "Earth"},
        "subContentId": "0b0e2b8c-4a59-4c41-a5b4-3d0a4c3c0b01",
        "metadata": {"contentType": "Image", "license": "U", "title": "Earth"},
    }
