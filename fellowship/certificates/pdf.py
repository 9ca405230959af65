"""Certificate PDFs, rendered by WeasyPrint from a Django template.

The renderer fetches nothing it was not handed: the logo and signature
images are read here, turned into data: URIs, and the URL fetcher serves
exactly those URIs and refuses every other URL (network, file system, even
other data: URIs). Holder-supplied text reaches the template as plain
strings, escaped by Django's autoescaping. Fonts come from the system
(fontconfig: Noto for Latin, Cyrillic, Arabic and Chinese).
"""

import base64
import logging
from dataclasses import dataclass, field

import segno
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from .codes import code_display

logger = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 2 * 1024 * 1024
IMAGE_TYPES = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "svg": "image/svg+xml",
}


class RefusedURL(ValueError):
    pass


class AllowListFetcher(URLFetcher):
    """Serves only the URLs it was given; records every URL it was asked for."""

    def __init__(self, assets: dict[str, tuple[bytes, str]]):
        super().__init__(allowed_protocols=["data"], allow_redirects=False)
        self.assets = dict(assets)
        self.requested: list[str] = []

    def fetch(self, url, headers=None):
        self.requested.append(url)
        if url not in self.assets:
            raise RefusedURL(f"Refused to fetch {url[:80]!r}")
        data, content_type = self.assets[url]
        return URLFetcherResponse(url, data, {"Content-Type": content_type})


@dataclass
class PdfAssets:
    """Images for the template, as data: URIs the fetcher will serve."""

    assets: dict[str, tuple[bytes, str]] = field(default_factory=dict)

    def add(self, data: bytes, content_type: str) -> str:
        uri = f"data:{content_type};base64," + base64.b64encode(data).decode("ascii")
        self.assets[uri] = (data, content_type)
        return uri

    def add_image(self, image) -> str | None:
        """A Wagtail image's bytes, read through its storage, or None."""
        if image is None:
            return None
        extension = image.file.name.rsplit(".", 1)[-1].lower()
        content_type = IMAGE_TYPES.get(extension)
        if content_type is None:
            return None
        try:
            with image.file.open("rb") as handle:
                data = handle.read(MAX_IMAGE_BYTES + 1)
        except OSError:
            logger.warning("Certificate image %s could not be read.", image.pk)
            return None
        if len(data) > MAX_IMAGE_BYTES:
            logger.warning("Certificate image %s is too large to print.", image.pk)
            return None
        return self.add(data, content_type)


def qr_svg(url: str) -> str:
    """An inline SVG QR code (no XML declaration) for the verification URL."""
    return segno.make(url, error="m").svg_inline(scale=3, border=2, dark="#000")


@dataclass
class RenderedPdf:
    content: bytes
    requested_urls: list[str]


def certificate_pdf_render(
    *, context: dict, assets: PdfAssets, language: str
) -> RenderedPdf:
    """Render templates/certificates/pdf/certificate.html to PDF bytes."""
    fetcher = AllowListFetcher(assets.assets)
    with translation.override(language):
        html = render_to_string(
            "certificates/pdf/certificate.html",
            {
                **context,
                "code_display": code_display(context["code"]),
                "language": language,
                "bidi": translation.get_language_bidi(),
            },
        )
        document = HTML(string=html, base_url=None, url_fetcher=fetcher)
        content = document.write_pdf()
    return RenderedPdf(content=content, requested_urls=fetcher.requested)
