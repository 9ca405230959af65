"""One malicious or broken archive per refusal class: refused with its reason,
no row created, nothing left in storage."""

import json
import warnings
import zipfile

import pytest

from content.h5p.choices import RefusalCode
from content.h5p.models import H5PLibrary, H5PPackage
from content.h5p.services import package_import
from content.h5p.validation import PackageRefused
from tests.h5p import archives

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def refused(stored_files):
    """Import an archive; assert it is refused and leaves nothing behind."""

    def check(data, *, name="activity.h5p", code):
        with pytest.raises(PackageRefused) as caught:
            package_import(file=data, filename=name)
        assert caught.value.code == code, caught.value.message
        assert str(caught.value.code.label) in caught.value.message
        assert H5PPackage.objects.count() == 0
        assert H5PLibrary.objects.count() == 0
        assert stored_files() == []
        return caught.value

    return check


def _with_entry(name, data=b"{}"):
    entries = list(archives.true_false_entries().items())
    entries.append((name, data))
    return archives.build_zip(entries)


def test_not_a_zip(refused):
    refused(PNG, code=RefusalCode.NOT_A_ZIP)


def test_zip_hidden_behind_another_file(refused):
    refused(PNG + archives.true_false_bytes(), code=RefusalCode.NOT_A_ZIP)


def test_wrong_extension(refused):
    refused(
        archives.true_false_bytes(),
        name="activity.zip",
        code=RefusalCode.WRONG_EXTENSION,
    )


def test_truncated_archive(refused):
    refused(archives.true_false_bytes()[:5000], code=RefusalCode.NOT_A_ZIP)


@pytest.mark.parametrize(
    "name",
    [
        "../evil.js",
        "content/../../evil.js",
        "content/images/..",
        "/etc/evil.js",
        "C:/Windows/evil.js",
        "C:evil.js",
        "content\\..\\..\\evil.js",
        "content/./content.js",
        "content//double.js",
    ],
)
def test_path_traversal_in_any_form(refused, name):
    refused(_with_entry(name), code=RefusalCode.PATH_TRAVERSAL)


def test_nul_byte_in_a_name(refused):
    # zipfile cuts names at NUL when writing: put it in the bytes afterwards.
    data = _with_entry("content/evil.js#.json").replace(b"evil.js#", b"evil.js\x00")
    refused(data, code=RefusalCode.PATH_TRAVERSAL)


def test_symbolic_link(refused):
    link = zipfile.ZipInfo("content/link.json")
    link.create_system = 3
    link.external_attr = 0o120777 << 16
    refused(_with_entry(link, b"/etc/passwd"), code=RefusalCode.SYMLINK)


def test_duplicate_entries(refused):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns, and writes it
        data = _with_entry("content/content.json", b"{}")
    refused(data, code=RefusalCode.DUPLICATE_ENTRY)


def test_names_differing_only_by_case(refused):
    refused(_with_entry("content/Content.json"), code=RefusalCode.DUPLICATE_ENTRY)


def test_more_files_than_allowed(refused, settings):
    settings.H5P_MAX_FILES = 20
    refused(archives.true_false_bytes(), code=RefusalCode.TOO_MANY_FILES)


def test_more_uncompressed_bytes_than_allowed(refused, settings):
    settings.H5P_MAX_UNCOMPRESSED_BYTES = 100_000
    refused(archives.true_false_bytes(), code=RefusalCode.TOO_LARGE)


def test_compression_ratio_above_the_limit(refused):
    refused(
        _with_entry("content/padding.json", b" " * (8 * 2**20)),
        code=RefusalCode.COMPRESSION_RATIO,
    )


def test_lower_ratio_limit_is_read_at_call_time(refused, settings):
    settings.H5P_MAX_COMPRESSION_RATIO = 2
    refused(archives.true_false_bytes(), code=RefusalCode.COMPRESSION_RATIO)


def test_upload_larger_than_allowed(refused, settings):
    settings.H5P_MAX_UPLOAD_BYTES = 10_000
    refused(archives.true_false_bytes(), code=RefusalCode.TOO_LARGE_UPLOAD)


@pytest.mark.parametrize(
    "name",
    [
        "content/page.html",
        "content/shell.php",
        "H5P.TrueFalse-1.6/scripts/tool.exe",
        "content/README",
    ],
)
def test_file_types_outside_the_allowed_list(refused, name):
    refused(
        _with_entry(name, b"<script>alert(1)</script>"),
        code=RefusalCode.FORBIDDEN_FILE_TYPE,
    )


def test_corrupt_entry(refused):
    data = bytearray(
        archives.build_zip(
            archives.true_false_entries(), compression=zipfile.ZIP_STORED
        )
    )
    marker = data.find(b"Is this false?")
    data[marker] ^= 0xFF  # the CRC no longer matches
    refused(bytes(data), code=RefusalCode.CORRUPT_ARCHIVE)


def test_missing_h5p_json(refused):
    refused(
        archives.build_zip(archives.with_changes(**{"h5p.json": None})),
        code=RefusalCode.MISSING_H5P_JSON,
    )


@pytest.mark.parametrize(
    "h5p_json",
    [
        b"{not json",
        b"[]",
        json.dumps({"title": "No main library", "language": "en"}).encode(),
        json.dumps(
            {
                "title": "Main library not among dependencies",
                "language": "en",
                "mainLibrary": "H5P.TrueFalse",
                "embedTypes": ["div"],
                "preloadedDependencies": [],
            }
        ).encode(),
    ],
)
def test_malformed_h5p_json(refused, h5p_json):
    refused(
        archives.build_zip(archives.with_changes(**{"h5p.json": h5p_json})),
        code=RefusalCode.INVALID_H5P_JSON,
    )


def test_missing_content(refused):
    refused(
        archives.build_zip(archives.with_changes(**{"content/content.json": None})),
        code=RefusalCode.MISSING_CONTENT,
    )


def test_library_folder_without_library_json(refused):
    refused(
        _with_entry("Mystery-1.0/mystery.js", b"x"), code=RefusalCode.INVALID_LIBRARY
    )


def test_main_library_neither_bundled_nor_installed(refused):
    refused(
        archives.build_zip(archives.content_only()),
        code=RefusalCode.MAIN_LIBRARY_MISSING,
    )


def test_dependency_neither_bundled_nor_installed(refused):
    entries = {
        name: data
        for name, data in archives.true_false_entries().items()
        if not name.startswith("H5P.Question-1.4/")
    }
    error = refused(archives.build_zip(entries), code=RefusalCode.MISSING_DEPENDENCY)
    assert "H5P.Question 1.4" in error.message


def test_content_whose_mandatory_field_cannot_be_kept(refused):
    # Wrong values are filtered as H5P core does (tests/h5p/test_content_filter.py);
    # a mandatory field with no default that cannot be kept would not play.
    content = json.loads(archives.true_false_entries()["content/content.json"])
    content["question"] = {"text": "Is this false?"}
    refused(
        archives.build_zip(
            archives.with_changes(
                **{"content/content.json": json.dumps(content).encode()}
            )
        ),
        code=RefusalCode.INVALID_CONTENT,
    )


def test_media_path_leaving_the_package(refused):
    content = json.loads(archives.true_false_entries()["content/content.json"])
    content["image"] = {"path": "../../secrets.png", "mime": "image/png"}
    refused(
        archives.build_zip(
            archives.with_changes(
                **{"content/content.json": json.dumps(content).encode()}
            )
        ),
        code=RefusalCode.UNSAFE_MEDIA_PATH,
    )


def _with_library_json(**changes):
    entries = archives.true_false_entries()
    name = "H5P.TrueFalse-1.6/library.json"
    metadata = json.loads(entries[name])
    for key, value in changes.items():
        if value is None:
            metadata.pop(key, None)
        else:
            metadata[key] = value
    entries[name] = json.dumps(metadata).encode()
    return archives.build_zip(entries)


def test_library_needing_a_newer_core_api(refused):
    error = refused(
        _with_library_json(coreApi={"majorVersion": 1, "minorVersion": 99}),
        code=RefusalCode.UNSUPPORTED_CORE_API,
    )
    assert "H5P.TrueFalse-1.6: core API 1.99 (the platform has 1.26)" in error.message


def test_core_api_setting_is_read_at_call_time(refused, settings):
    settings.H5P_CORE_API = (1, 10)
    refused(archives.true_false_bytes(), code=RefusalCode.UNSUPPORTED_CORE_API)


@pytest.mark.parametrize("missing", ["title", "patchVersion", "runnable"])
def test_library_json_without_a_field_h5p_core_requires(refused, missing):
    error = refused(
        _with_library_json(**{missing: None}), code=RefusalCode.INVALID_LIBRARY
    )
    assert missing in error.message


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("H5P.TrueFalse-1.6/language/xx.json", b"{not json"),
        ("H5P.TrueFalse-1.6/language/xx.json", b'["a list"]'),
        ("H5P.TrueFalse-1.6/language/de_DE 2.json", b"{}"),
    ],
)
def test_invalid_language_files(refused, name, data):
    error = refused(_with_entry(name, data), code=RefusalCode.INVALID_LANGUAGE_FILE)
    assert "H5P.TrueFalse-1.6" in error.message


SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">{}</svg>'


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("<script>alert(document.cookie)</script>", "script"),
        ('<rect width="10" height="10" onclick="alert(1)"/>', "onclick"),
        ('<image xlink:href="https://tracker.example/x.png"/>', "reference"),
        ('<use href="other.svg#icon"/>', "reference"),
        ('<rect style="fill: url(https://tracker.example/x)"/>', "reference"),
        ("<foreignObject><p>html</p></foreignObject>", "foreignobject"),
        ('<a href="javascript:alert(1)"><text>x</text></a>', "reference"),
        ('<set attributeName="href" to="javascript:alert(1)"/>', "set"),
    ],
)
def test_svg_with_scripts_handlers_or_references(refused, body, reason):
    error = refused(
        _with_entry("content/images/drawing.svg", SVG.format(body).encode()),
        code=RefusalCode.UNSAFE_SVG,
    )
    assert "content/images/drawing.svg" in error.message
    assert reason in error.message


def test_svg_declaring_entities(refused):
    data = (
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]>'
        b'<svg xmlns="http://www.w3.org/2000/svg"><text>&a;</text></svg>'
    )
    refused(_with_entry("content/images/bomb.svg", data), code=RefusalCode.UNSAFE_SVG)


def test_plain_svg_drawing_is_accepted(stored_files):
    data = SVG.format(
        '<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="5"/>'
        '<use href="#g"/>'
    ).encode()
    result = package_import(
        file=_with_entry("content/images/drawing.svg", data), filename="svg.h5p"
    )
    assert result.package.pk is not None
