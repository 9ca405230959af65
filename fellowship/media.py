"""Public media (Wagtail images, documents, H5P uploads) served by the
application, where it serves them at all (MEDIA_SERVE: the demo and the tests).

An upload is someone's file, not the site's page: every answer says so to the
browser. `nosniff` stops a file being read as another type; the sandbox CSP
gives a file opened as a page a unique origin with no script, no forms and no
fetches, so an SVG or HTML upload cannot act as the site; and SVG, HTML and
XML files are downloads rather than pages. In production the reverse proxy or
the object store sends the same headers (docs/decisions/0011).

Private files are never here: they live in another storage (fellowship/storage.py).
"""

import posixpath

from django.conf import settings
from django.http import Http404
from django.views.static import serve

MEDIA_CSP = "sandbox; default-src 'none'"
ACTIVE_TYPES = {
    "image/svg+xml",
    "text/html",
    "application/xhtml+xml",
    "text/xml",
    "application/xml",
    "text/xsl",
    "application/xslt+xml",
}
# Where private files were kept before they had their own storage: never
# served from public media, even if a copy is left behind.
PRIVATE_PREFIXES = ("cohorts/letters/", "certificates/")


def media_headers(response, content_type: str) -> None:
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = MEDIA_CSP
    kind = content_type.split(";")[0].strip().lower()
    if kind in ACTIVE_TYPES or kind.endswith("+xml"):
        inline = response.get("Content-Disposition", "")
        response["Content-Disposition"] = "attachment" + inline.removeprefix("inline")


def media_serve(request, path: str):
    normalised = posixpath.normpath(path).lstrip("/")
    if normalised == ".." or normalised.startswith(("../", *PRIVATE_PREFIXES)):
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    media_headers(response, response.get("Content-Type", ""))
    return response
