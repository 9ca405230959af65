"""Translations of the reference library in course packages and in the
curriculum's library catalogue."""

from pathlib import Path

import polib
import pytest
from django.core.management import call_command

from content.models import GlossaryTerm, Instrument, ReferenceTranslation
from content.services import reference_translation_save
from courses.packages.export import course_export
from courses.packages.imports import curriculum_import, packages_import
from courses.packages.messages import ENTRY_SOURCES
from courses.packages.parse import PackageError, package_parse
from courses.packages.references_i18n import library_entries, package_reference_entries
from tests.courses.test_packages import FR_PO, REFERENCES_YAML, small_package

pytestmark = pytest.mark.django_db

FR_REFERENCES = """
msgctxt "instrument/SYN/title"
msgid "Synthetic instrument"
msgstr "Instrument synthétique"

msgctxt "provision/SYN-1/title"
msgid "First"
msgstr "Premier"

msgctxt "glossary/synthword/term"
msgid "synthword"
msgstr "mot synthétique"

msgctxt "glossary/synthword/definition"
msgid "A word."
msgstr "Un mot."

#, fuzzy
msgctxt "provision/SYN-1/reference"
msgid "para. 1"
msgstr "par. 1"
"""


def _texts(kind, obj, language="fr"):
    row = ReferenceTranslation.objects.filter(
        kind=kind, object_id=obj.pk, language=language
    ).first()
    return row.texts if row else {}


def test_a_package_po_translates_its_references(site):
    packages_import(
        [("small", small_package(**{"locale/fr.po": FR_PO + FR_REFERENCES}))]
    )

    term = GlossaryTerm.objects.get(term="synthword")
    assert _texts("glossary", term) == {
        "term": "mot synthétique",
        "definition": "Un mot.",
    }
    provision = term.source_provision
    # The fuzzy entry is not stored.
    assert _texts("provision", provision) == {"title": "Premier"}
    assert _texts("instrument", provision.instrument) == {
        "title": "Instrument synthétique"
    }


def test_the_export_writes_the_reference_entries_and_round_trips(site):
    files = small_package(**{"locale/fr.po": FR_PO + FR_REFERENCES})
    [course] = packages_import([("small", files)])

    exported, _notes = course_export(course)

    template = {e.msgctxt: e for e in polib.pofile(exported["locale/course.pot"])}
    assert template["glossary/synthword/definition"].msgid == "A word."
    assert template["provision/SYN-1/reference"].msgid == "para. 1"
    assert template["glossary/synthword/term"].msgstr == ""
    french = {e.msgctxt: e for e in polib.pofile(exported["locale/fr.po"])}
    assert french["glossary/synthword/term"].msgstr == "mot synthétique"
    assert french["instrument/SYN/title"].msgstr == "Instrument synthétique"
    assert french["provision/SYN-1/reference"].msgstr == ""

    # The exported package imports into the same translations.
    ReferenceTranslation.objects.all().delete()
    packages_import([("small", exported)])
    term = GlossaryTerm.objects.get(term="synthword")
    assert _texts("glossary", term) == {
        "term": "mot synthétique",
        "definition": "Un mot.",
    }


def test_an_unknown_reference_in_a_po_is_refused_and_nothing_written(site):
    unknown = """
msgctxt "glossary/no-such-term/term"
msgid "no such term"
msgstr "aucun terme"

msgctxt "instrument/SYN/colour"
msgid "Blue"
msgstr "Bleu"
"""
    with pytest.raises(PackageError) as refused:
        packages_import([("small", small_package(**{"locale/fr.po": FR_PO + unknown}))])

    messages = [str(p) for p in refused.value.problems]
    assert any(
        m.startswith("locale/fr.po:") and "'no-such-term'" in m for m in messages
    ), messages
    assert any("'colour'" in m for m in messages), messages
    assert not Instrument.objects.exists()
    assert not ReferenceTranslation.objects.exists()


def test_the_entry_source_yields_the_references_of_a_package(site):
    package = package_parse(small_package())

    entries = list(package_reference_entries(package))

    assert package_reference_entries in ENTRY_SOURCES
    assert ("glossary/synthword/definition", "A word.") in entries
    assert ("instrument/SYN/title", "Synthetic instrument") in entries
    assert ("provision/SYN-1/reference", "para. 1") in entries


def test_library_entries_name_a_term_with_a_slash(site):
    import yaml

    data = yaml.safe_load(REFERENCES_YAML)
    data["glossary"].append({"term": "small arms/light weapons", "definition": "D."})

    entries = dict(library_entries(data))

    assert entries["glossary/small arms/light weapons/definition"] == "D."


def _library(tmp_path: Path, po: str | None) -> Path:
    folder = tmp_path / "curriculum"
    package = folder / "small"
    for name, text in small_package().items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text, encoding="utf-8")
    (folder / "references.yaml").write_text(
        "mosaic_modules:\n- number: '05.30'\n  title: Marking and record-keeping\n",
        encoding="utf-8",
    )
    if po is not None:
        (folder / "locale").mkdir()
        (folder / "locale" / "ar.po").write_text(po, encoding="utf-8")
    return folder


LIBRARY_AR = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgctxt "mosaic/05.30/title"
msgid "Marking and record-keeping"
msgstr "الوسم وحفظ السجلات"
"""


def test_the_library_catalogue_is_read_by_the_curriculum_import(site, tmp_path):
    curriculum_import(_library(tmp_path, LIBRARY_AR))

    from content.models import MosaicModule

    module = MosaicModule.objects.get(number="05.30")
    assert _texts("mosaic", module, "ar") == {"title": "الوسم وحفظ السجلات"}


def test_an_unknown_reference_in_the_library_catalogue_writes_nothing(site, tmp_path):
    po = LIBRARY_AR.replace("mosaic/05.30/title", "mosaic/99.99/title")
    with pytest.raises(PackageError) as refused:
        curriculum_import(_library(tmp_path, po))

    assert any(
        str(p).startswith("locale/ar.po:") and "99.99" in str(p)
        for p in refused.value.problems
    )
    assert not Instrument.objects.exists()


def test_export_all_writes_the_library_catalogue(site, tmp_path):
    curriculum_import(_library(tmp_path, LIBRARY_AR))
    term = GlossaryTerm.objects.get(term="synthword")
    reference_translation_save(
        reference=term, language="fr", texts={"term": "mot synthétique"}
    )
    target = tmp_path / "out"

    call_command("curriculum_export", "--all", str(target))

    template = polib.pofile(str(target / "locale" / "references.pot"))
    assert {e.msgctxt for e in template} >= {
        "mosaic/05.30/title",
        "glossary/synthword/term",
    }
    arabic = {e.msgctxt: e.msgstr for e in polib.pofile(str(target / "locale/ar.po"))}
    assert arabic["mosaic/05.30/title"] == "الوسم وحفظ السجلات"
    french = {e.msgctxt: e.msgstr for e in polib.pofile(str(target / "locale/fr.po"))}
    assert french["glossary/synthword/term"] == "mot synthétique"
    assert not (target / "locale" / "es.po").exists()
    # The exported curriculum imports again, catalogue included.
    ReferenceTranslation.objects.all().delete()
    curriculum_import(target)
    assert _texts("glossary", term) == {"term": "mot synthétique"}


def test_a_page_keyed_like_a_kind_keeps_its_entries():
    from courses.packages.references_i18n import context_split, is_reference_context

    assert is_reference_context("glossary/end-user certificate/term")
    assert not is_reference_context("glossary/title")  # a lesson keyed "glossary"
    assert not is_reference_context("first-lesson/block-2")
    assert context_split("glossary/a/b/definition") == ("glossary", "a/b", "definition")
