"""Serving H5P files: only those of installed packages and libraries.

No session is needed and none is read. Every response says exactly what it
is (content type, nosniff) and carries a Content-Security-Policy with
`sandbox`, so a file opened on its own (an SVG with a script, say) runs
nothing. The files can come from a separate origin (H5P_CONTENT_ORIGIN).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from django.http import FileResponse, Http404
from django.views.decorators.clickjacking import xframe_options_deny
from django.views.decorators.http import require_safe

from . import storage
from .selectors import (
    content_origin,
    library_installed_exists,
    package_installed_get,
    site_origin,
)
from .validation import H5P_ALLOWED_EXTENSIONS, is_safe_path

CONTENT_HASH = re.compile(r"^[0-9a-f]{64}$")

CONTENT_TYPES = {
    "js": "text/javascript; charset=utf-8",
    "css": "text/css; charset=utf-8",
    "json": "application/json",
    "svg": "image/svg+xml",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "tif": "image/tiff",
    "tiff": "image/tiff",
    "webp": "image/webp",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "ttf": "font/ttf",
    "otf": "font/otf",
    "eot": "application/vnd.ms-fontobject",
    "mp4": "video/mp4",
    "webm": "video/webm",
    "ogg": "audio/ogg",
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
    "wav": "audio/wav",
    "vtt": "text/vtt; charset=utf-8",
    "webvtt": "text/vtt; charset=utf-8",
    "pdf": "application/pdf",
    "csv": "text/csv; charset=utf-8",
    # Text that a browser could otherwise render as a document is plain text.
    "txt": "text/plain; charset=utf-8",
    "md": "text/plain; charset=utf-8",
    "textile": "text/plain; charset=utf-8",
    "diff": "text/plain; charset=utf-8",
    "patch": "text/plain; charset=utf-8",
    "xml": "text/plain; charset=utf-8",
    "gltf": "model/gltf+json",
    "glb": "model/gltf-binary",
}
# Everything else (office documents, swf) is a download, never displayed.
DOWNLOAD_TYPE = "application/octet-stream"

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src 'self' data:; media-src 'self'; "
    "style-src 'self' 'unsafe-inline'; font-src 'self' data:; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox"
)


@require_safe
@xframe_options_deny
def package_file(request, content_hash: str, path: str):
    if not CONTENT_HASH.match(content_hash):
        raise Http404
    if not (path == "h5p.json" or path.startswith("content/")):
        raise Http404
    if package_installed_get(content_hash=content_hash) is None:
        raise Http404
    # Content lives under its hash: it never changes.
    return _serve(
        f"{storage.package_prefix(content_hash)}/{path}",
        path,
        cache_control="public, max-age=31536000, immutable",
    )


@require_safe
@xframe_options_deny
def library_file(request, directory: str, path: str):
    if not library_installed_exists(directory=directory):
        raise Http404
    return _serve(
        f"{storage.library_prefix(directory)}/{path}",
        path,
        cache_control="public, max-age=86400",
    )


def _serve(name: str, path: str, *, cache_control: str) -> FileResponse:
    extension = PurePosixPath(path).suffix.lower().lstrip(".")
    if not is_safe_path(path) or extension not in H5P_ALLOWED_EXTENSIONS:
        raise Http404
    store = storage.h5p_storage()
    try:
        stream = store.open(name, "rb")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, OSError) as exc:
        raise Http404 from exc
    content_type = CONTENT_TYPES.get(extension, DOWNLOAD_TYPE)
    response = FileResponse(
        stream,
        content_type=content_type,
        as_attachment=content_type == DOWNLOAD_TYPE,
        filename=PurePosixPath(path).name,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response["Cache-Control"] = cache_control
    response["Referrer-Policy"] = "no-referrer"
    if content_origin():
        # The lesson page (site origin) fetches h5p.json and fonts from here.
        response["Cross-Origin-Resource-Policy"] = "cross-origin"
        response["Access-Control-Allow-Origin"] = site_origin() or "*"
    else:
        response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response
