"""Private files: endorsement letters, certificate PDFs, anything per person.

They live in STORAGES["private"], never under a public URL: on disk a
directory outside MEDIA_ROOT (var/private/ in the demo) whose storage has no
URL at all; on S3 a separate bucket or prefix with a private ACL, reachable
only through short-lived signed URLs. A person gets a file only from a view
that has checked they may read it, and that view answers through
`private_file_response`.
"""

from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import FileResponse, HttpResponseRedirect
from django.utils.functional import LazyObject, empty

PRIVATE_STORAGE_ALIAS = "private"
DEFAULT_URL_EXPIRY_SECONDS = 120


class PrivateFileSystemStorage(FileSystemStorage):
    """A FileSystemStorage without URLs: its files are streamed by views."""

    def url(self, name, *args, **kwargs):
        raise NotImplementedError("Private files have no public URL.")


class _PrivateStorage(LazyObject):
    def _setup(self):
        self._wrapped = storages[PRIVATE_STORAGE_ALIAS]


private_storage = _PrivateStorage()


def private_storage_get():
    """The private storage, for FileField(storage=...): a callable, so
    migrations name this function rather than a backend."""
    return private_storage


@receiver(setting_changed)
def _private_storage_reset(*, setting, **kwargs):
    if setting == "STORAGES":
        private_storage._wrapped = empty


def private_url_expiry() -> int:
    return getattr(settings, "PRIVATE_URL_EXPIRY", DEFAULT_URL_EXPIRY_SECONDS)


def private_signed_url(name: str, *, filename: str, content_type: str) -> str | None:
    """A short-lived signed URL for the file, or None when the storage has
    no URLs (on disk: the view streams the file instead)."""
    try:
        private_storage.path(name)
    except NotImplementedError:
        pass  # a remote storage: sign a URL
    else:
        return None
    disposition = f"attachment; filename*=UTF-8''{quote(filename)}"
    return private_storage.url(
        name,
        parameters={
            "ResponseContentDisposition": disposition,
            "ResponseContentType": content_type,
            "ResponseCacheControl": "private, no-store",
        },
        expire=private_url_expiry(),
    )


def private_file_response(name: str, *, filename: str, content_type: str):
    """Answer with a private file, after the caller's permission check.

    Streams it from disk, or redirects to a signed URL valid for
    PRIVATE_URL_EXPIRY seconds. Either answer is never cached by a shared
    cache. Raises FileNotFoundError/OSError when the file is missing.
    """
    url = private_signed_url(name, filename=filename, content_type=content_type)
    if url is not None:
        response = HttpResponseRedirect(url)
    else:
        response = FileResponse(
            private_storage.open(name, "rb"),
            as_attachment=True,
            filename=filename,
            content_type=content_type,
        )
        response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


def file_move(name: str, *, source, target) -> bool:
    """Move one file between storages under the same name; True if moved.

    Idempotent: a file already in `target` is kept and the source copy
    removed; a name missing from both is left alone.
    """
    if not source.exists(name):
        return False
    if not target.exists(name):
        with source.open(name, "rb") as handle:
            saved = target.save(name, handle)
        if saved != name:
            target.delete(saved)
            raise OSError(f"Could not store {name} under the same name.")
    source.delete(name)
    return True
