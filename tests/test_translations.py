"""Every interface string has a real translation in the five other languages."""

import re
import subprocess
from pathlib import Path

import polib
import pytest
from django.urls import reverse

LOCALE = Path(__file__).resolve().parent.parent / "locale"
LANGUAGES = ["ar", "zh_Hans", "fr", "ru", "es"]
CATALOGUES = [
    LOCALE / language / "LC_MESSAGES" / f"{domain}.po"
    for language in LANGUAGES
    for domain in ("django", "djangojs")
]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parent.parent.name)
def test_catalogue_is_complete_and_keeps_placeholders(path):
    catalogue = polib.pofile(str(path))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    for entry in catalogue.translated_entries():
        translations = (
            entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        )
        for text in translations:
            assert placeholders(text) <= placeholders(entry.msgid) | placeholders(
                entry.msgid_plural or ""
            ), entry.msgid


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parent.parent.name)
def test_catalogue_compiles(path):
    result = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading", "direction"),
    [
        ("fr", "Mon apprentissage", "ltr"),
        ("ar", 'dir="rtl"', "rtl"),
        ("es", 'lang="es"', "ltr"),
    ],
)
def test_my_learning_speaks_the_fellows_language(
    client, fellow, language, heading, direction
):
    client.force_login(fellow)
    response = client.get(f"/{language}{reverse('my_learning')[3:]}")
    body = response.content.decode()
    assert response.status_code == 200
    assert heading in body
    assert f'dir="{direction}"' in body
    assert "My learning" not in body
