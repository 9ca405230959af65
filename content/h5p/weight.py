"""What playing a package costs a fellow's connection.

The offline download (static/js/offline-library.js) fetches what the player
asks for: h5p.json, content/content.json and the files the content names,
and for each library of the runtime closure its library.json, preloaded
scripts and styles. This is that sum, in bytes as sent with gzip (files
that are compressed already, such as images and media, count as they are),
worked out once when the package is imported.
"""

import gzip
import json
import posixpath
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .validation import InspectedPackage

# Formats that are compressed already: gzip would not make them smaller.
COMPRESSED = frozenset(
    {
        "png", "jpg", "jpeg", "gif", "webp", "avif", "mp3", "m4a", "mp4", "webm",
        "ogg", "oga", "ogv", "wav", "woff", "woff2", "zip", "pdf",
    }
)  # fmt: skip


# A font face's formats, best first: a browser that runs service workers
# reads the first; the others are never fetched (static/js/h5p-keeper.js
# keeps the same one).
FONT_FORMATS = ("woff2", "woff", "ttf", "otf")
FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}", re.IGNORECASE)
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


def _extension(url: str) -> str:
    path = url.split("#", 1)[0].split("?", 1)[0]
    return path.rpartition(".")[2].lower()


def css_linked(css: str) -> list[str]:
    """The files a style sheet makes the player fetch, as written in it:
    one format of each font face (FONT_FORMATS), and every other url()."""
    found: list[str] = []

    def urls(text: str) -> list[str]:
        return [
            match[2].strip()
            for match in CSS_URL.finditer(text)
            if not match[2].strip().lower().startswith("data:")
        ]

    for face in FONT_FACE.findall(css):
        candidates = urls(face)
        ranked = [
            url
            for wanted in FONT_FORMATS
            for url in candidates
            if _extension(url) == wanted
        ]
        if ranked:
            found.append(ranked[0])
    found.extend(urls(FONT_FACE.sub("", css)))
    return list(dict.fromkeys(found))


def _resolved(base: str, url: str) -> str | None:
    """`url` read from the file `base` (both relative to one root), or None
    when it leaves that root or names another host."""
    if ":" in url.split("/", 1)[0] or url.startswith("/"):
        return None
    path = url.split("#", 1)[0]
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(base), path))
    return None if joined.startswith("..") else joined


def with_css_linked(
    names: Iterable[str], read: Callable[[str], bytes | None]
) -> set[str]:
    """`names` and the files their style sheets link to (one level: what
    the fonts and images of a style sheet are)."""
    result = set(names)
    for name in list(result):
        if not name.lower().endswith(".css"):
            continue
        payload = read(name.split("?", 1)[0])
        if payload is None:
            continue
        for url in css_linked(payload.decode("utf-8", errors="replace")):
            resolved = _resolved(name, url)
            if resolved is not None:
                result.add(resolved)
    return result


def wire_bytes(name: str, payload: bytes) -> int:
    if _extension(name) in COMPRESSED:
        return len(payload)
    return len(gzip.compress(payload, compresslevel=6))


def _named_paths(value: Any) -> Iterator[str]:
    """The relative paths a content's parameters name ({"path": ...})."""
    if isinstance(value, dict):
        path = value.get("path")
        if isinstance(path, str) and ":" not in path.split("/")[0]:
            yield path
        for item in value.values():
            yield from _named_paths(item)
    elif isinstance(value, list):
        for item in value:
            yield from _named_paths(item)


def _preloaded(metadata: dict) -> Iterator[str]:
    for key in ("preloadedJs", "preloadedCss"):
        for entry in metadata.get(key) or []:
            if isinstance(entry, dict) and isinstance(entry.get("path"), str):
                yield entry["path"]


def _package_names(content_json: bytes | None) -> set[str]:
    """The package's own files the player loads."""
    try:
        content = json.loads(content_json or b"{}")
    except ValueError:
        content = {}
    return {
        "h5p.json",
        "content/content.json",
        *(f"content/{path}" for path in _named_paths(content)),
    }


def _library_names(metadata: dict | None) -> set[str]:
    """A library's files the player loads."""
    return {"library.json", *_preloaded(metadata or {})}


def _sum(names: set[str], read: Callable[[str], bytes | None]) -> int:
    return sum(
        wire_bytes(name, payload)
        for name in with_css_linked(names, read)
        if (payload := read(name.split("?", 1)[0])) is not None
    )


def player_bytes(inspected: InspectedPackage) -> int:
    files = inspected.content_files
    total = _sum(_package_names(files.get("content/content.json")), files.get)
    for key in inspected.required:
        library = inspected.bundled.get(key)
        if library is None:
            # Installed already and not shipped again: its files are on the
            # server, not in the archive; counted when it was imported.
            continue
        total += _sum(_library_names(library.metadata), library.files.get)
    return total


def stored_player_bytes(*, content_hash: str, libraries) -> int:
    """The same sum for a package already stored, read from storage (the
    packages imported before the figure was kept). `libraries`: the
    package's runtime libraries as (storage folder, library.json) pairs."""
    from . import storage

    store = storage.h5p_storage()

    def reader(prefix: str) -> Callable[[str], bytes | None]:
        def read(name: str) -> bytes | None:
            try:
                with store.open(f"{prefix}/{name}", "rb") as handle:
                    return handle.read()
            except OSError:
                return None

        return read

    package = reader(storage.package_prefix(content_hash))
    total = _sum(_package_names(package("content/content.json")), package)
    for folder, metadata in libraries:
        total += _sum(_library_names(metadata), reader(storage.library_prefix(folder)))
    return total
