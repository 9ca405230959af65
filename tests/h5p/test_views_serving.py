import pytest
from django.urls import reverse

from content.h5p.services import package_import
from tests.h5p import archives

pytestmark = pytest.mark.django_db


def package_url(package, path):
    return reverse(
        "h5p:package_file", kwargs={"content_hash": package.content_hash, "path": path}
    )


def library_url(directory, path):
    return reverse("h5p:library_file", kwargs={"directory": directory, "path": path})


def assert_strict_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    policy = response["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "sandbox" in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("h5p.json", "application/json"),
        ("content/content.json", "application/json"),
    ],
)
def test_package_files_are_served_with_strict_headers(
    client, true_false, path, content_type
):
    response = client.get(package_url(true_false, path))
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert_strict_headers(response)
    if path == "h5p.json":
        assert "immutable" in response["Cache-Control"]
    # The sandboxed player frame has an opaque origin: every fetch is cross-origin.
    assert response["Cross-Origin-Resource-Policy"] == "cross-origin"
    assert response["Access-Control-Allow-Origin"] == "*"
    body = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    assert body


@pytest.mark.parametrize(
    ("directory", "path", "content_type"),
    [
        (
            "H5P.TrueFalse-1.6",
            "scripts/h5p-true-false.js",
            "text/javascript; charset=utf-8",
        ),
        ("H5P.TrueFalse-1.6", "styles/h5p-true-false.css", "text/css; charset=utf-8"),
        ("H5P.TrueFalse-1.6", "library.json", "application/json"),
        ("FontAwesome-4.5", "fontawesome-webfont.svg", "image/svg+xml"),
        ("FontAwesome-4.5", "fontawesome-webfont.woff2", "font/woff2"),
    ],
)
def test_library_files_are_served_with_their_type(
    client, true_false, directory, path, content_type
):
    response = client.get(library_url(directory, path))
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert_strict_headers(response)


def test_serving_needs_no_session(client, true_false):
    response = client.get(package_url(true_false, "h5p.json"))
    assert response.status_code == 200
    assert "sessionid" not in response.cookies


def test_unknown_package_is_not_found(client, true_false):
    url = reverse(
        "h5p:package_file", kwargs={"content_hash": "0" * 64, "path": "h5p.json"}
    )
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "content/missing.json",
        "content/../h5p.json",
        "content/%2e%2e/h5p.json",
        "H5P.TrueFalse-1.6/library.json",  # libraries are not under a package
        "content/content.php",
    ],
)
def test_paths_outside_the_package_content_are_not_found(client, true_false, path):
    assert client.get(package_url(true_false, path)).status_code == 404


def test_pending_package_and_its_libraries_are_not_served(client, h5p_instructor):
    package = package_import(
        file=archives.true_false_bytes(),
        filename="true-false.h5p",
        uploaded_by=h5p_instructor,
    ).package
    assert client.get(package_url(package, "h5p.json")).status_code == 404
    assert client.get(package_url(package, "content/content.json")).status_code == 404
    assert (
        client.get(library_url("H5P.TrueFalse-1.6", "library.json")).status_code == 404
    )
    # Nor through the pending folder by a detour.
    sneaky = f"content/../../../pending/{package.content_hash}/H5P.TrueFalse-1.6/library.json"
    assert client.get(package_url(package, sneaky)).status_code == 404


def test_unknown_library_is_not_found(client, true_false):
    assert client.get(library_url("H5P.Evil-1.0", "library.json")).status_code == 404
    assert client.get(library_url("not a library", "x.js")).status_code == 404
    assert (
        client.get(
            library_url("H5P.TrueFalse-1.6", "../Drop-1.0/library.json")
        ).status_code
        == 404
    )


def test_only_get_and_head(client, true_false):
    url = package_url(true_false, "h5p.json")
    assert client.head(url).status_code == 200
    assert client.post(url).status_code == 405


def test_separate_content_origin(client, true_false, settings):
    settings.H5P_CONTENT_ORIGIN = "https://h5p-content.example.org"
    settings.SITE_URL = "https://fellowship.example.org"
    response = client.get(package_url(true_false, "h5p.json"))
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Cross-Origin-Resource-Policy"] == "cross-origin"

    from content.h5p.selectors import package_player_config

    config = package_player_config(package=true_false)
    assert config["h5pJsonPath"] == (
        f"https://h5p-content.example.org/h5p/content/{true_false.content_hash}"
    )
    assert config["librariesPath"] == "https://h5p-content.example.org/h5p/libraries"
    assert config["frameJs"].endswith("h5p-standalone/frame.bundle.js")
