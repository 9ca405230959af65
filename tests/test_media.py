"""Public media from the application: uploads cannot act as the site."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)">'
    b"<script>fetch('/admin/')</script></svg>"
)
CSP = "sandbox; default-src 'none'"

# A 404 passes Wagtail's redirect middleware, which reads the database.
pytestmark = pytest.mark.django_db


@pytest.fixture
def upload():
    def save(name, content):
        return default_storage.save(name, ContentFile(content))

    return save


def test_media_serve_svg_upload_is_a_sandboxed_attachment(client, upload):
    name = upload("original_images/map.svg", SVG)
    response = client.get(f"/media/{name}")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response["Content-Security-Policy"] == CSP
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("documents/page.html", b"<script>alert(1)</script>"),
        ("documents/feed.xml", b"<?xml version='1.0'?><x/>"),
        ("h5p/uploads/page.xhtml", b"<html xmlns='http://www.w3.org/1999/xhtml'/>"),
    ],
)
def test_media_serve_markup_is_always_an_attachment(client, upload, name, content):
    response = client.get(f"/media/{upload(name, content)}")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == CSP


def test_media_serve_images_stay_inline_but_sandboxed(client, upload):
    name = upload("images/photo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 16)
    response = client.get(f"/media/{name}")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert not response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == CSP
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "path",
    [
        "cohorts/letters/left-behind.pdf",
        "certificates/left-behind.pdf",
        "images/../cohorts/letters/left-behind.pdf",
    ],
)
def test_media_serve_never_serves_private_paths(client, upload, path):
    upload("cohorts/letters/left-behind.pdf", b"%PDF-1.4")
    upload("certificates/left-behind.pdf", b"%PDF-1.4")
    assert client.get(f"/media/{path}").status_code == 404


def test_media_serve_missing_and_outside_files_are_404(client, settings):
    (settings.MEDIA_ROOT.parent / "secret.txt").write_text("outside")
    assert client.get("/media/images/missing.png").status_code == 404
    assert client.get("/media/../secret.txt").status_code == 404
    assert client.get("/media/%2e%2e/secret.txt").status_code == 404
