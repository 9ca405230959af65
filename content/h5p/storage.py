"""Where H5P files live in Django storage, and writing them all-or-nothing.

Layout under the prefix H5P_STORAGE_PREFIX (default "h5p"):

    packages/<content-hash>/h5p.json, content/...   one folder per package
    libraries/<machine-name>-<major>.<minor>/...    shared by every package
    pending/<content-hash>/<library-folder>/...     libraries awaiting approval

Nothing under a prefix is served until the database row that names it is
committed, so a half-written package is never visible.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import Storage, default_storage

logger = logging.getLogger(__name__)


def h5p_storage() -> Storage:
    return default_storage


def root_prefix() -> str:
    return getattr(settings, "H5P_STORAGE_PREFIX", "h5p").strip("/")


def package_prefix(content_hash: str) -> str:
    return f"{root_prefix()}/packages/{content_hash}"


def library_prefix(directory: str) -> str:
    return f"{root_prefix()}/libraries/{directory}"


def pending_prefix(content_hash: str) -> str:
    return f"{root_prefix()}/pending/{content_hash}"


class StorageWriteError(Exception):
    """A file could not be stored under the exact name asked for."""


class AtomicWriter:
    """Writes files and remembers them, so that a failure can remove them all."""

    def __init__(self, storage: Storage | None = None):
        self.storage = storage or h5p_storage()
        self.written: list[str] = []

    def write(self, name: str, data: bytes) -> None:
        if self.storage.exists(name):
            # A leftover of an earlier failed attempt: storages never overwrite,
            # they would pick another name.
            self.storage.delete(name)
        saved = self.storage.save(name, ContentFile(data))
        self.written.append(saved)
        if saved != name:
            raise StorageWriteError(name)

    def copy(self, source: str, target: str) -> None:
        with self.storage.open(source, "rb") as stream:
            self.write(target, stream.read())

    def rollback(self) -> None:
        for name in reversed(self.written):
            try:
                self.storage.delete(name)
            except Exception:  # noqa: BLE001 - clean up as much as possible
                logger.exception("Could not remove %s after a failed H5P import", name)
        prune_empty_folders(self.written, self.storage)
        self.written.clear()


def walk(prefix: str, storage: Storage | None = None) -> Iterator[str]:
    """Every file name under a prefix."""
    storage = storage or h5p_storage()
    try:
        directories, files = storage.listdir(prefix)
    except (FileNotFoundError, NotADirectoryError):
        return
    for name in files:
        yield f"{prefix}/{name}"
    for directory in directories:
        yield from walk(f"{prefix}/{directory}", storage)


def delete_prefix(prefix: str, storage: Storage | None = None) -> int:
    storage = storage or h5p_storage()
    names = list(walk(prefix, storage))
    for name in names:
        storage.delete(name)
    prune_empty_folders(names, storage)
    return len(names)


def prune_empty_folders(names: Iterable[str], storage: Storage) -> None:
    """Remove the folders local storage leaves behind (object storage has none)."""
    if not hasattr(storage, "path"):
        return
    root = root_prefix()
    folders: set[str] = set()
    for name in names:
        folder = name.rpartition("/")[0]
        while folder == root or folder.startswith(root + "/"):
            folders.add(folder)
            folder = folder.rpartition("/")[0]
    for folder in sorted(folders, key=len, reverse=True):
        try:
            os.rmdir(storage.path(folder))
        except (OSError, NotImplementedError):
            pass  # not empty, already gone, or not a local storage
