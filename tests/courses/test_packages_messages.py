"""`curriculum_messages`: the catalogues made from a package's files."""

import shutil
from pathlib import Path

import polib
import pytest
from django.core.management import CommandError, call_command

from courses.packages.export import course_export
from courses.packages.imports import packages_import
from courses.packages.messages import (
    ENTRY_SOURCES,
    entry_source,
    package_entries,
    package_read,
)
from tests.courses.test_packages import CURRICULUM, LESSON, small_package

FR_PO = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: fr\\n"

msgctxt "small-course/title"
msgid "A small course"
msgstr "Un petit cours"

msgctxt "first-lesson/block-1"
msgid "Some **text** with a list:\\n\\n- one\\n- two"
msgstr "Du **texte** avec une liste :\\n\\n- un\\n- deux"

msgctxt "first-lesson/block-5"
msgid "::: reflection\\nWhat do you think?\\n:::"
msgstr "::: reflection\\nQu'en pensez-vous ?\\n:::"

msgctxt "gone-lesson/title"
msgid "A lesson no longer in the package"
msgstr "Une leçon partie"
"""


def _write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return folder


def _entries(path: Path) -> dict[str, polib.POEntry]:
    return {e.msgctxt: e for e in polib.pofile(str(path))}


def test_messages_merge_keeps_translations_and_marks_changes_fuzzy(tmp_path):
    changed = LESSON.replace("Some **text** with a list:", "Some *new* text:").replace(
        "::: reflection", "A new paragraph.\n\n::: reflection"
    )
    folder = _write(
        tmp_path / "small",
        small_package(**{"lessons/first-lesson.md": changed, "locale/fr.po": FR_PO}),
    )
    call_command("curriculum_messages", str(folder), "-l", "es")

    french = _entries(folder / "locale" / "fr.po")
    # Unchanged and translated: stays translated.
    assert french["small-course/title"].msgstr == "Un petit cours"
    assert "fuzzy" not in french["small-course/title"].flags
    # Changed: the old translation, marked fuzzy, the old text as previous.
    first = french["first-lesson/block-1"]
    assert first.msgid == "Some *new* text:\n\n- one\n- two"
    assert "fuzzy" in first.flags
    assert first.msgstr.startswith("Du **texte**")
    assert first.previous_msgid == "Some **text** with a list:\n\n- one\n- two"
    # A new block is untranslated; the reflection moved to block-6 keeps its
    # translation.
    assert french["first-lesson/block-5"].msgid == "A new paragraph."
    assert french["first-lesson/block-5"].msgstr == ""
    assert "fuzzy" not in french["first-lesson/block-5"].flags
    assert french["first-lesson/block-6"].msgstr.endswith("Qu'en pensez-vous ?\n:::")
    assert "fuzzy" not in french["first-lesson/block-6"].flags
    # Gone from the package: dropped.
    assert "gone-lesson/title" not in french
    # -l es made a new, empty catalogue with the template's entries.
    template = _entries(folder / "locale" / "course.pot")
    spanish = _entries(folder / "locale" / "es.po")
    assert set(spanish) == set(template) == set(french)
    assert all(not e.msgstr for e in spanish.values())
    assert polib.pofile(str(folder / "locale" / "es.po")).metadata["Language"] == "es"


def test_messages_on_a_copy_of_a_curriculum_package(tmp_path):
    folder = tmp_path / "marking"
    shutil.copytree(CURRICULUM / "marking-and-record-keeping", folder)
    before = _entries(folder / "locale" / "fr.po")
    translated = [
        e
        for e in before.values()
        if e.msgstr and "fuzzy" not in e.flags and "/block-" in e.msgctxt
    ]

    def lesson_file(entry):
        return folder / "lessons" / f"{entry.msgctxt.split('/')[0]}.md"

    target = next(
        e
        for e in translated
        if "\n" not in e.msgid
        and not e.msgid.startswith(":::")
        and e.msgid in lesson_file(e).read_text("utf-8")
    )
    source = lesson_file(target).read_text("utf-8")
    lesson_file(target).write_text(
        source.replace(target.msgid, target.msgid + " One more sentence.", 1)
        + "\n::: reflection\nA question nobody has translated yet?\n:::\n",
        encoding="utf-8",
    )
    call_command("curriculum_messages", str(folder))

    after = _entries(folder / "locale" / "fr.po")
    changed = after[target.msgctxt]
    assert "fuzzy" in changed.flags
    assert changed.msgstr == target.msgstr
    new = [e for e in after.values() if "nobody has translated yet?" in e.msgid]
    assert len(new) == 1 and new[0].msgstr == "" and "fuzzy" not in new[0].flags
    unchanged = [e for e in translated if e.msgctxt != target.msgctxt]
    assert unchanged
    for entry in unchanged:
        if entry.msgctxt in after and after[entry.msgctxt].msgid == entry.msgid:
            assert after[entry.msgctxt].msgstr == entry.msgstr
            assert "fuzzy" not in after[entry.msgctxt].flags


def test_messages_of_a_curriculum_folder_include_the_library(tmp_path):
    root = tmp_path / "curriculum"
    _write(root / "small", small_package())
    (root / "references.yaml").write_text(
        "glossary:\n- term: tracing\n  definition: Following a weapon.\n",
        encoding="utf-8",
    )
    call_command("curriculum_messages", str(root), "-l", "fr")
    assert (root / "small" / "locale" / "course.pot").exists()
    assert (root / "locale" / "references.pot").exists()
    assert (root / "locale" / "fr.po").exists()


def test_messages_sources_are_a_registry(tmp_path):
    @entry_source
    def glossary(package):
        for entry in package.references.get("glossary", []):
            yield f"glossary/{entry['term']}/term", entry["term"]

    try:
        package, problems = package_read(small_package())
        assert problems == []
        assert ("glossary/synthword/term", "synthword") in package_entries(package)
    finally:
        ENTRY_SOURCES.remove(glossary)


def test_messages_refuse_a_malformed_package_and_write_nothing(tmp_path):
    folder = _write(
        tmp_path / "small",
        small_package(
            **{
                "lessons/first-lesson.md": "---\nkey: first-lesson\n---\n\n::: reflection\n:::\n"
            }
        ),
    )
    with pytest.raises(CommandError) as refused:
        call_command("curriculum_messages", str(folder))
    assert "lessons/first-lesson.md:2: the front matter has no title" in str(
        refused.value
    )
    assert "lessons/first-lesson.md:5: the reflection has no prompt" in str(
        refused.value
    )
    assert not (folder / "locale" / "course.pot").exists()
    assert (folder / "locale" / "fr.po").read_text("utf-8") == small_package()[
        "locale/fr.po"
    ]
    with pytest.raises(CommandError, match="no course package here"):
        call_command("curriculum_messages", str(tmp_path / "nothing"))
    with pytest.raises(CommandError, match="is not a language code"):
        call_command("curriculum_messages", str(folder), "-l", "../x")


@pytest.mark.django_db
def test_messages_agree_with_the_export(site, tmp_path):
    from tests.courses.test_packages_lessons import EXERCISE_LESSON

    files = small_package(**{"lessons/first-lesson.md": EXERCISE_LESSON})
    [course] = packages_import([("small", files)])
    exported, _notes = course_export(course)
    folder = _write(tmp_path / "small", {**files, "locale/fr.po": ""})
    (folder / "locale" / "fr.po").unlink()
    call_command("curriculum_messages", str(folder))
    ours = polib.pofile(str(folder / "locale" / "course.pot"))
    theirs = polib.pofile(exported["locale/course.pot"])
    assert [(e.msgctxt, e.msgid) for e in ours] == [
        (e.msgctxt, e.msgid) for e in theirs
    ]
    assert (folder / "locale" / "course.pot").read_text("utf-8") == exported[
        "locale/course.pot"
    ]
