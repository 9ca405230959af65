"""Content is filtered through the semantics as H5P core does: the package is
kept, what was dropped or changed is a warning by field path, and what the
player receives is clean, on import and again when it is served."""

import json

import pytest
from django.urls import reverse

from content.h5p import storage
from content.h5p.choices import PackageStatus, WarningCode
from content.h5p.content_filter import content_filter, html_clean
from content.h5p.services import package_import
from tests.h5p import archives

pytestmark = pytest.mark.django_db


def true_false_with(**changes) -> bytes:
    content = json.loads(archives.true_false_entries()["content/content.json"])
    content.update(changes)
    return archives.build_zip(
        archives.with_changes(**{"content/content.json": json.dumps(content).encode()})
    )


def stored_content(package) -> dict:
    name = f"{storage.package_prefix(package.content_hash)}/content/content.json"
    with storage.h5p_storage().open(name, "rb") as stream:
        return json.loads(stream.read())


def served_content(client, package) -> dict:
    url = reverse(
        "h5p:package_file",
        kwargs={"content_hash": package.content_hash, "path": "content/content.json"},
    )
    response = client.get(url)
    assert response.status_code == 200
    return json.loads(response.content)


def warnings_of(result) -> set[tuple[str, str]]:
    return {(warning.code, warning.detail) for warning in result.warnings}


# The fixtures that H5P hosts play -----------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "title", "main_library"),
    [
        (archives.TRUE_FALSE, "Hello World", "H5P.TrueFalse 1.6"),
        (archives.DRAG_TEXT, None, "H5P.DragText 1.8"),
        (archives.AGAMOTTO, None, "H5P.Agamotto 1.5"),
    ],
)
def test_real_packages_import_and_are_installed(fixture, title, main_library):
    result = package_import(file=fixture.read_bytes(), filename=fixture.name)
    assert result.package.status == PackageStatus.INSTALLED
    assert result.package.main_library == main_library
    if title:
        assert result.package.title == title
    # No field of these editor-written packages is dropped or changed.
    content_codes = {
        WarningCode.FIELD_REMOVED,
        WarningCode.VALUE_CHANGED,
        WarningCode.HTML_CLEANED,
        WarningCode.LIBRARY_REMOVED,
    }
    assert not {warning.code for warning in result.warnings} & content_codes


def test_drag_text_keeps_its_overall_feedback_as_the_editor_wrote_it():
    # A group of one field is written by the editor as that field's value.
    result = package_import(
        file=archives.DRAG_TEXT.read_bytes(), filename="drag-text.h5p"
    )
    content = stored_content(result.package)
    assert content["overallFeedback"] == [
        {"from": 0, "to": 100, "feedback": "Score: @score of @total."}
    ]
    assert content["textField"].startswith("Blueberries are *blue:")


def test_agamotto_keeps_its_images():
    result = package_import(
        file=archives.AGAMOTTO.read_bytes(), filename="agamotto.h5p"
    )
    items = stored_content(result.package)["items"]
    assert [item["image"]["params"]["file"]["path"] for item in items] == [
        "images/image-Sb3N029h.jpg",
        "images/image-Sb3N029h.jpg",
        "images/image-4BdZmVCB.jpg",
    ]
    assert items[0]["image"]["library"] == "H5P.Image 1.1"


# Each XSS vector, cleaned on import and again when served -------------------------


def test_script_tag_and_event_handler_are_removed_from_html(client):
    result = package_import(
        file=true_false_with(
            question='<p>Is this <strong>false</strong>?</p><img src=x onerror="'
            'document.body.innerHTML=document.cookie"><script>alert(1)</script>'
        ),
        filename="xss.h5p",
    )
    assert result.package.status == PackageStatus.INSTALLED
    question = stored_content(result.package)["question"]
    assert question == "<p>Is this <strong>false</strong>?</p>"
    assert (
        WarningCode.HTML_CLEANED,
        "$.question: <img>, <script>, img onerror, img src",
    ) in (warnings_of(result))
    assert served_content(client, result.package)["question"] == question


def test_event_handler_on_an_allowed_tag_is_removed():
    cleaned = html_clean(
        '<p onclick="steal()" style="color: red; text-align: center">Hi</p>',
        {"type": "text", "tags": ["p"]},
    )
    assert cleaned == '<p style="text-align:center">Hi</p>'


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(document.cookie)",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "&#106;avascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
    ],
)
def test_code_urls_are_removed_from_links(url):
    cleaned = html_clean(
        f'<a href="{url}">read</a>', {"type": "text", "tags": ["a", "p"]}
    )
    assert "href" not in cleaned
    assert "read" in cleaned


def test_web_links_are_kept():
    cleaned = html_clean(
        '<a href="https://www.un.org/disarmament/">UNODA</a>',
        {"type": "text", "tags": ["a"]},
    )
    assert 'href="https://www.un.org/disarmament/"' in cleaned


def test_inline_svg_with_onload_is_removed_from_html():
    cleaned = html_clean(
        '<p>Hi<svg onload="alert(1)"><script>alert(2)</script></svg></p>',
        {"type": "text", "tags": ["p", "svg"]},
    )
    assert cleaned == "<p>Hi</p>"


def test_markup_in_a_plain_text_field_is_escaped():
    result = package_import(
        file=true_false_with(
            l10n={
                **json.loads(archives.true_false_entries()["content/content.json"])[
                    "l10n"
                ],
                "trueText": "<img src=x onerror=alert(1)>True",
            }
        ),
        filename="escaped.h5p",
    )
    text = stored_content(result.package)["l10n"]["trueText"]
    assert text == "&lt;img src=x onerror=alert(1)&gt;True"
    assert (WarningCode.TEXT_ESCAPED, "$.l10n.trueText") in warnings_of(result)


def test_code_url_in_a_plain_text_field_is_removed():
    semantics = [{"name": "url", "type": "text"}, {"name": "label", "type": "text"}]
    result = content_filter(
        params={"url": " javascript:alert(1)", "label": "Open"},
        main_library="H5P.Link 1.3",
        semantics_of=lambda name: semantics,
    )
    assert result.params == {"label": "Open"}
    assert result.changes[0].code == WarningCode.FIELD_REMOVED
    assert result.changes[0].path == "$.url"


def test_stored_content_is_filtered_again_when_served(client, true_false):
    # Content stored before a filter existed (or written around it) is still
    # cleaned when the player receives it.
    name = f"{storage.package_prefix(true_false.content_hash)}/content/content.json"
    store = storage.h5p_storage()
    content = stored_content(true_false)
    content["question"] = "<p>Hi</p><img src=x onerror=alert(1)>"
    content["unknown"] = {"script": "<script>alert(1)</script>"}
    store.delete(name)
    store.save(name, storage.ContentFile(json.dumps(content).encode()))

    served = served_content(client, true_false)
    assert served["question"] == "<p>Hi</p>"
    assert "unknown" not in served


# Values filtered rather than refused ---------------------------------------------


def test_unknown_fields_are_dropped_and_bad_values_corrected():
    result = package_import(
        file=true_false_with(correct="maybe", tracking={"send": "everything"}),
        filename="values.h5p",
    )
    assert result.package.status == PackageStatus.INSTALLED
    content = stored_content(result.package)
    assert content["correct"] == "true"  # the semantics' default
    assert "tracking" not in content
    assert {
        (WarningCode.VALUE_CHANGED, "$.correct"),
        (WarningCode.FIELD_REMOVED, "$.tracking"),
    } <= warnings_of(result)
    assert any("$.tracking" in message for message in result.package.warning_messages())


def test_filtering_is_idempotent():
    result = package_import(file=archives.true_false_bytes(), filename="tf.h5p")
    content = stored_content(result.package)
    again = content_filter(
        params=content,
        main_library="H5P.TrueFalse 1.6",
        semantics_of=lambda name: json.loads(
            archives.true_false_entries()["H5P.TrueFalse-1.6/semantics.json"]
        ),
    )
    assert again.params == content
    assert again.changes == []


# Layout libraries and media -------------------------------------------------------


def test_column_package_with_optional_library_fields_imports():
    # H5P.Column's library.json and semantics.json as published (embedTypes,
    # fullscreen, contentType, coreApi...); H5P.Image's has metadataSettings.
    entries = archives.column_entries([archives.image_child()])
    result = package_import(file=archives.build_zip(entries), filename="column.h5p")
    assert result.package.status == PackageStatus.INSTALLED
    assert result.package.main_library == "H5P.Column 1.8"
    column = stored_content(result.package)["content"]
    assert column[0]["content"]["params"]["file"]["path"] == "images/earth.jpg"
    assert column[0]["content"]["params"]["file"]["mime"] == "image/jpeg"
    assert sorted(
        result.package.libraries.values_list("machine_name", flat=True)
    ) == sorted(
        [
            "H5P.Column",
            "H5P.Image",
            "H5P.TrueFalse",
            "H5P.Question",
            "H5P.JoubelUI",
            "H5P.Transition",
            "FontAwesome",
            "H5P.FontIcons",
            "Tether",
            "Drop",
        ]
    )


@pytest.mark.parametrize("mime", ["image/jpg", "", "image/x-unusual"])
def test_image_with_an_unusual_mime_type_is_kept(mime):
    entries = archives.column_entries([archives.image_child(mime=mime)])
    result = package_import(file=archives.build_zip(entries), filename="column.h5p")
    file = stored_content(result.package)["content"][0]["content"]["params"]["file"]
    assert file["mime"] == mime


def test_sub_content_of_a_library_the_field_does_not_allow_is_removed():
    true_false = {
        "library": "H5P.TrueFalse 1.6",  # the column allows H5P.TrueFalse 1.8
        "params": json.loads(archives.true_false_entries()["content/content.json"]),
        "subContentId": "c1",
    }
    entries = archives.column_entries([archives.image_child(), true_false])
    result = package_import(file=archives.build_zip(entries), filename="column.h5p")
    column = stored_content(result.package)["content"]
    assert column[0]["content"]["library"] == "H5P.Image 1.1"
    assert "content" not in column[1]
    assert (
        WarningCode.LIBRARY_REMOVED,
        "$.content[1].content: H5P.TrueFalse 1.6",
    ) in warnings_of(result)


def test_image_attributes_outside_the_semantics_are_dropped():
    entries = archives.column_entries(
        [archives.image_child(onload="alert(1)", width="300px")]
    )
    result = package_import(file=archives.build_zip(entries), filename="column.h5p")
    file = stored_content(result.package)["content"][0]["content"]["params"]["file"]
    assert "onload" not in file
    assert "width" not in file  # not a number
    assert (
        WarningCode.FIELD_REMOVED,
        "$.content[0].content.params.file.onload",
    ) in warnings_of(result)
