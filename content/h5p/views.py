"""Serving H5P: the player's frame document, and the files of installed
packages and libraries.

No session is needed and none is read. The player runs in a frame with
`sandbox="allow-scripts"` and no `allow-same-origin`: its origin is opaque,
so its requests carry no site cookies and every fetch it makes is
cross-origin. The files are therefore public to any origin (CORS `*`, CORP
cross-origin); they hold nothing personal, and content folders are named by
an unguessable content hash.

Every file response says exactly what it is (content type, nosniff) and
carries a Content-Security-Policy with `sandbox`, so a file opened on its own
(an SVG with a script, say) runs nothing. `content.json` is filtered through
the installed libraries' semantics again as it is served. Audio and video
answer range requests so that a fellow on a slow link can seek.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.views.decorators.clickjacking import (
    xframe_options_deny,
    xframe_options_exempt,
)
from django.views.decorators.http import require_safe

from . import storage
from .selectors import (
    content_origin,
    library_stored_directory,
    package_content_for_player,
    package_installed_get,
    package_player_config,
    player_origin,
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


RANGE_TYPES = frozenset({"mp4", "webm", "ogg", "mp3", "m4a", "wav"})
RANGE_CHUNK_BYTES = 64 * 1024
BYTES_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


@require_safe
@xframe_options_exempt  # frame-ancestors in its own policy names who may frame it
def player_frame(request, content_hash: str):
    """The document the sandboxed player frame loads: h5p-standalone, the
    frame script and the package's paths; no learner data, no session."""
    if not CONTENT_HASH.match(content_hash):
        raise Http404
    package = package_installed_get(content_hash=content_hash)
    if package is None:
        raise Http404
    origin = _request_origin(request)
    own_origin = _on_player_origin(request)
    # On the player's own host the frame is framed by the site; otherwise
    # it is served by the lesson page's own origin.
    parent = site_origin() if own_origin else origin
    response = render(
        request,
        "h5p/player_frame.html",
        {
            "config": {
                **package_player_config(package=package),
                "title": package.title,
                "parentOrigin": parent,
            },
            "language": str(package.metadata.get("language") or "")[:20],
        },
    )
    response["Content-Security-Policy"] = _frame_policy(
        origin, parent=parent, own_origin=own_origin
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "public, max-age=300"
    return response


def _request_origin(request) -> str:
    return f"{request.scheme}://{request.get_host()}"


def _on_player_origin(request) -> bool:
    """Whether this request came to the player's own host (never the site's)."""
    origin = player_origin()
    return bool(origin) and _request_origin(request) == origin


def _frame_policy(origin: str, *, parent: str, own_origin: bool) -> str:
    """The frame's own policy: code only from the player and the installed
    libraries, never inline; requests only for H5P files; framed only by the
    site; sandboxed even if the document is opened on its own. On the
    player's own host the sandbox keeps that origin (allow-same-origin), so
    that its worker can answer the frame offline; anywhere else the frame's
    origin is opaque.
    """
    files = content_origin() or origin
    static = f"{origin}{settings.STATIC_URL}"
    h5p = f"{files}/h5p/"
    media = " ".join(getattr(settings, "CSP_MEDIA_ORIGINS", []))
    frames = " ".join(getattr(settings, "CSP_FRAME_ORIGINS", []))
    sandbox = "allow-scripts allow-same-origin" if own_origin else "allow-scripts"
    return (
        f"default-src 'none'; script-src {static} {h5p}libraries/; "
        f"style-src {static} {h5p} 'unsafe-inline'; "
        f"img-src {static} {h5p} data: blob: {media}; "
        f"media-src {h5p} blob: {media}; font-src {static} {h5p} data:; "
        f"connect-src {h5p}; frame-src {frames}; child-src {frames}; "
        f"form-action 'none'; base-uri 'none'; frame-ancestors {parent}; "
        f"sandbox {sandbox}"
    )


# The keeper: a page of the player's host, framed (hidden) by the site's
# offline library, that registers the player's worker and fetches what a
# module's activities need into that host's own cache, on the site's word.
KEEPER_POLICY = (
    "default-src 'none'; script-src 'self'; connect-src 'self'; "
    "worker-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors {parent}"
)


@require_safe
@xframe_options_exempt  # frame-ancestors in its own policy names who may frame it
def keeper(request):
    if not _on_player_origin(request):
        raise Http404
    parent = site_origin()
    response = render(request, "h5p/keeper.html", {"site_origin": parent})
    response["Content-Security-Policy"] = KEEPER_POLICY.format(parent=parent)
    response["X-Content-Type-Options"] = "nosniff"
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "no-cache"
    return response


@require_safe
def worker(request):
    """The player host's service worker, at /h5p/ so that its scope is the
    player's frames (no other script of that host can be registered as a
    worker: the file views refuse a worker's fetch)."""
    if not _on_player_origin(request):
        raise Http404
    response = render(
        request, "h5p/worker.js", content_type="text/javascript; charset=utf-8"
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "no-cache"
    return response


def _refuse_worker_scripts(request) -> None:
    # A browser asks for a service worker's script with this header: no
    # package or library file may become the worker of the player's host.
    if request.headers.get("Service-Worker"):
        raise Http404


@require_safe
@xframe_options_deny
def package_file(request, content_hash: str, path: str):
    _refuse_worker_scripts(request)
    if not CONTENT_HASH.match(content_hash):
        raise Http404
    if not (path == "h5p.json" or path.startswith("content/")):
        raise Http404
    package = package_installed_get(content_hash=content_hash)
    if package is None:
        raise Http404
    if path == "content/content.json":
        # The parameters are filtered again as the player receives them.
        response = HttpResponse(
            package_content_for_player(package=package),
            content_type="application/json",
        )
        return _with_headers(
            response, cache_control="public, max-age=3600", extension="json"
        )
    # Content lives under its hash: it never changes.
    return _serve(
        f"{storage.package_prefix(content_hash)}/{path}",
        path,
        cache_control="public, max-age=31536000, immutable",
        request=request,
    )


@require_safe
@xframe_options_deny
def library_file(request, directory: str, path: str):
    _refuse_worker_scripts(request)
    stored = library_stored_directory(directory=directory)
    if stored is None:
        raise Http404
    return _serve(
        f"{storage.library_prefix(stored)}/{path}",
        path,
        cache_control="public, max-age=86400",
        request=request,
    )


def _serve(name: str, path: str, *, cache_control: str, request=None):
    extension = PurePosixPath(path).suffix.lower().lstrip(".")
    if not is_safe_path(path) or extension not in H5P_ALLOWED_EXTENSIONS:
        raise Http404
    store = storage.h5p_storage()
    try:
        stream = store.open(name, "rb")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, OSError) as exc:
        raise Http404 from exc
    content_type = CONTENT_TYPES.get(extension, DOWNLOAD_TYPE)
    requested = request.headers.get("Range", "") if request is not None else ""
    if extension in RANGE_TYPES and requested:
        response = _range_response(stream, store.size(name), requested, content_type)
    else:
        response = FileResponse(
            stream,
            content_type=content_type,
            as_attachment=content_type == DOWNLOAD_TYPE,
            filename=PurePosixPath(path).name,
        )
    if extension in RANGE_TYPES:
        response["Accept-Ranges"] = "bytes"
    return _with_headers(response, cache_control=cache_control, extension=extension)


def _with_headers(response, *, cache_control: str, extension: str):
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response["Cache-Control"] = cache_control
    response["Referrer-Policy"] = "no-referrer"
    # The sandboxed player frame has an opaque origin: every request it makes
    # is cross-origin and carries no cookies. The files are not personal.
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _range_response(stream, size: int, requested: str, content_type: str):
    """One byte range of a media file (RFC 9110), read from storage as asked."""
    match = BYTES_RANGE.match(requested.strip())
    if match is None or not (match[1] or match[2]) or size == 0:
        stream.close()
        return _unsatisfiable(size)
    if match[1]:
        start = int(match[1])
        end = min(int(match[2]), size - 1) if match[2] else size - 1
    else:  # the last N bytes
        start = max(size - int(match[2]), 0)
        end = size - 1
    if start >= size or start > end:
        stream.close()
        return _unsatisfiable(size)
    stream.seek(start)

    def chunks():
        remaining = end - start + 1
        try:
            while remaining > 0:
                data = stream.read(min(RANGE_CHUNK_BYTES, remaining))
                if not data:
                    break
                remaining -= len(data)
                yield data
        finally:
            stream.close()

    response = StreamingHttpResponse(chunks(), status=206, content_type=content_type)
    response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Content-Length"] = str(end - start + 1)
    return response


def _unsatisfiable(size: int) -> HttpResponse:
    response = HttpResponse(status=416)
    response["Content-Range"] = f"bytes */{size}"
    return response
