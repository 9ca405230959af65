"""What a package costs to play, counted at import: the sum the offline
download fetches, checked against what the server really serves."""

import json
import posixpath
from urllib.parse import urlsplit

import pytest

from content.h5p.models import H5PPackage
from content.h5p.selectors import package_player_config
from content.h5p.services import package_import
from content.h5p.weight import css_linked, stored_player_bytes, wire_bytes
from tests.h5p import archives


def _served_bytes(client, package) -> int:
    """Fetch what static/js/offline-library.js fetches for one activity
    (without the player's own files) and add up its size as sent."""
    config = package_player_config(package=package)
    total = 0

    def get(url: str) -> bytes:
        response = client.get(urlsplit(url).path)
        assert response.status_code == 200, url
        nonlocal total
        body = (
            b"".join(response.streaming_content)
            if response.streaming
            else response.content
        )
        total += wire_bytes(url, body)
        return body

    def named(value, into):
        if isinstance(value, dict):
            if isinstance(value.get("path"), str) and ":" not in value["path"]:
                into.append(value["path"])
            for item in value.values():
                named(item, into)
        elif isinstance(value, list):
            for item in value:
                named(item, into)

    seen = set()

    def library(dependency):
        folder = (
            f"{dependency['machineName']}-{dependency['majorVersion']}."
            f"{dependency['minorVersion']}"
        )
        if folder in seen:
            return
        seen.add(folder)
        root = f"{config['librariesPath']}/{folder}"
        described = json.loads(get(f"{root}/library.json"))
        for entry in described.get("preloadedJs", []):
            get(f"{root}/{entry['path']}")
        for entry in described.get("preloadedCss", []):
            # A style sheet's fonts and images come too (h5p-keeper.js).
            css = get(f"{root}/{entry['path']}").decode()
            folder_of_css = posixpath.dirname(entry["path"])
            for url in css_linked(css):
                if ":" not in url.split("/", 1)[0]:
                    path = posixpath.normpath(
                        posixpath.join(folder_of_css, url.split("#")[0])
                    )
                    get(f"{root}/{path}")
        for inner in described.get("preloadedDependencies", []):
            library(inner)

    package_json = json.loads(get(f"{config['h5pJsonPath']}/h5p.json"))
    content = json.loads(get(f"{config['contentJsonPath']}/content.json"))
    paths: list[str] = []
    named(content, paths)
    for path in dict.fromkeys(paths):
        get(f"{config['contentJsonPath']}/{path}")
    for dependency in package_json.get("preloadedDependencies", []):
        library(dependency)
    return total


@pytest.mark.parametrize(
    "fixture", [archives.TRUE_FALSE, archives.DRAG_TEXT, archives.AGAMOTTO]
)
def test_player_bytes_are_what_the_download_fetches(db, client, fixture):
    package = package_import(file=fixture.read_bytes(), filename=fixture.name).package
    assert package.player_bytes == _served_bytes(client, package)
    # The archive's size counted every file (editor libraries, unused
    # files, uncompressed): the player loads far less.
    assert package.player_bytes < package.total_bytes / 2


def test_packages_stored_before_are_counted_from_storage(db):
    package = package_import(
        file=archives.AGAMOTTO.read_bytes(), filename=archives.AGAMOTTO.name
    ).package
    libraries = [
        (library.stored_directory, library.metadata)
        for library in package.libraries.all()
    ]
    assert (
        stored_player_bytes(content_hash=package.content_hash, libraries=libraries)
        == H5PPackage.objects.get(pk=package.pk).player_bytes
    )


def test_a_style_sheet_costs_one_format_of_each_font_and_its_images():
    css = """
    @font-face { font-family: 'Icons';
      src: url('fonts/icons.eot?v=4');
      src: url('fonts/icons.eot?#iefix&v=4') format('embedded-opentype'),
           url('fonts/icons.woff2?v=4') format('woff2'),
           url("fonts/icons.woff?v=4") format('woff'),
           url(fonts/icons.ttf?v=4) format('truetype'),
           url('fonts/icons.svg?v=4#icons') format('svg'); }
    @font-face { font-family: 'Old'; src: url(old.ttf), url(old.svg#old); }
    @font-face { font-family: 'Legacy'; src: url(legacy.eot); }
    .badge { background: url("../images/badge.png") no-repeat; }
    .dot { background-image: url(data:image/png;base64,AAAA); }
    """
    assert css_linked(css) == [
        "fonts/icons.woff2?v=4",
        "old.ttf",
        "../images/badge.png",
    ]
