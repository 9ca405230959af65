"""The translation catalogues of course packages, made from their files.

``manage.py curriculum_messages PATH`` reads a package folder, or a folder
of packages and the reference library beside them (``references.yaml``),
without the database. It rewrites each ``locale/course.pot`` (the library's
``locale/references.pot``) and merges each ``locale/LANG.po`` as
makemessages and msgmerge would: new texts are added untranslated, a text
whose source changed keeps its old translation marked fuzzy, texts gone are
dropped.

The entries come from a registry: each source yields ``(context, msgid)``
pairs for a parsed package. Courses registers the pages' entries here (the
very contexts and texts the export writes); the questions and the
references register theirs from their own modules. The library is read as
a package with references only (an empty ``course``), so the reference
sources serve it too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import polib
from django.utils.translation import gettext as _

from . import format as fmt
from .export import po_write
from .markdown import Lesson, Problem, blocks_write, lesson_parse
from .parse import Package, _check_references, package_files, yaml_read
from .parts import PartReading, package_parts
from .registry import ENTRY_SOURCES, entry_source
from .translations import FIXED_BLOCKS, translatable

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,8})?$")
LIBRARY_TEMPLATE = "references.pot"


@entry_source(order=0)
def page_entries(package: Package) -> Iterable[tuple[str, str]]:
    """The course, its modules, lessons and lesson blocks, in the order and
    with the contexts of the export (`translations.page_entries`)."""
    course = package.course
    key = course.get("key")
    if not key:
        return
    yield f"{key}/title", course.get("title") or ""
    yield f"{key}/summary", course.get("summary") or ""
    for number, text in enumerate(course.get("objectives") or [], start=1):
        yield f"{key}/objective-{number}", text
    for module in course.get("modules") or []:
        if not isinstance(module, dict) or not module.get("key"):
            continue
        yield f"{module['key']}/title", module.get("title") or ""
        yield f"{module['key']}/summary", module.get("summary") or ""
        for lesson_key in module.get("lessons") or []:
            lesson = package.lessons.get(lesson_key)
            if lesson is not None:
                yield from _lesson_entries(lesson)


def _lesson_entries(lesson: Lesson) -> Iterable[tuple[str, str]]:
    yield f"{lesson.key}/title", lesson.title
    for number, block in enumerate(translatable(lesson.blocks), start=1):
        if block[0] in FIXED_BLOCKS:
            continue
        yield f"{lesson.key}/block-{number}", blocks_write([block[:2]]).strip()


def package_entries(package: Package) -> list[tuple[str, str]]:
    """Every source's entries, each context once, empty texts left out."""
    entries: dict[str, str] = {}
    for source in ENTRY_SOURCES:
        for context, msgid in source(package):
            if msgid and context not in entries:
                entries[context] = msgid
    return list(entries.items())


# Reading, without the database.


def package_read(files: dict[str, str]) -> tuple[Package, list[Problem]]:
    """The parts of a package that hold texts, and the problems met reading
    them (named by file and line). References are not checked against a
    site: the import does that."""
    problems: list[Problem] = []
    if fmt.COURSE_FILE not in files:
        problems.append(
            Problem(fmt.COURSE_FILE, 0, _("the package has no course.yaml"))
        )
        return Package(course={}, references={}, lessons={}), problems
    course = yaml_read(fmt.COURSE_FILE, files[fmt.COURSE_FILE], problems)
    if not isinstance(course, dict):
        if not problems:
            problems.append(
                Problem(fmt.COURSE_FILE, 1, _("course.yaml must be a mapping"))
            )
        return Package(course={}, references={}, lessons={}), problems
    references = {}
    if fmt.REFERENCES_FILE in files:
        references = (
            yaml_read(fmt.REFERENCES_FILE, files[fmt.REFERENCES_FILE], problems) or {}
        )
    lessons: dict[str, Lesson] = {}
    module_keys = set()
    for module in course.get("modules") or []:
        if not isinstance(module, dict) or not module.get("key"):
            continue
        module_keys.add(module["key"])
        for key in module.get("lessons") or []:
            name = f"{fmt.LESSONS_DIR}/{key}.md"
            if name not in files:
                problems.append(
                    Problem(
                        fmt.COURSE_FILE,
                        getattr(module, "line", 0),
                        _("no file %(name)s") % {"name": name},
                    )
                )
                continue
            lesson, found = lesson_parse(name, files[name])
            problems += found
            if lesson is not None:
                lessons[key] = lesson
    parts = []
    for part in package_parts():
        reading = PartReading(
            files=files,
            course=course,
            module_keys=module_keys,
            check_source=lambda *_args: None,
            problems=problems,
        )
        data, _keys = part.parse(reading)
        parts.append((part, data))
    return (
        Package(
            course=course,
            references=_references(references),
            lessons=lessons,
            parts=parts,
        ),
        problems,
    )


def _references(data) -> dict:
    """The references' complete entries (their checks belong to the import)."""
    return _check_references(data if isinstance(data, dict) else {}, {}, [])


def library_read(path: Path) -> tuple[Package, list[Problem]]:
    """A curriculum's shared library, as a package with references only."""
    problems: list[Problem] = []
    data = yaml_read(fmt.LIBRARY_FILE, path.read_text("utf-8"), problems) or {}
    return Package(course={}, references=_references(data), lessons={}), problems


# Writing and merging.


@dataclass
class CatalogueReport:
    path: Path
    entries: int
    untranslated: int = 0
    fuzzy: int = 0
    created: bool = False


def catalogue_merge(
    old: polib.POFile | None, entries: list[tuple[str, str]], language: str
) -> polib.POFile:
    """A language's catalogue for `entries`, keeping the translations of `old`.

    An entry keeps the translation of the same text under the same context;
    a text that moved to another context (a block inserted before it) keeps
    its translation; a context whose text changed (its old text is nowhere
    in `entries`) keeps the old translation marked fuzzy, with the old text
    as its previous msgid; other texts are new and untranslated. Entries no longer
    in `entries` are dropped.
    """
    po = polib.POFile(wrapwidth=0)
    po.metadata = _metadata(language)
    same: dict[tuple[str, str], polib.POEntry] = {}
    by_context: dict[str, polib.POEntry] = {}
    by_text: dict[str, polib.POEntry] = {}
    if old is not None:
        po.header = old.header
        po.metadata = {**old.metadata, "Language": language}
        for entry in old:
            if entry.obsolete:
                continue
            same[(entry.msgctxt or "", entry.msgid)] = entry
            by_context[entry.msgctxt or ""] = entry
            if entry.msgstr and "fuzzy" not in entry.flags:
                by_text.setdefault(entry.msgid, entry)
    # A text still in the package moved (a block inserted before it): it is
    # not the old version of the new text under its former context.
    texts = {msgid for _context, msgid in entries}
    for context, msgid in entries:
        entry = polib.POEntry(msgctxt=context, msgid=msgid, msgstr="")
        kept = same.get((context, msgid)) or by_text.get(msgid)
        if kept is not None:
            entry.msgstr = kept.msgstr
            entry.flags = list(kept.flags) if kept.msgstr else []
            entry.tcomment = kept.tcomment
            if "fuzzy" in entry.flags:
                entry.previous_msgid = kept.previous_msgid
        elif (
            (changed := by_context.get(context)) is not None
            and changed.msgstr
            and changed.msgid not in texts
        ):
            entry.msgstr = changed.msgstr
            entry.flags = ["fuzzy"]
            entry.tcomment = changed.tcomment
            entry.previous_msgid = changed.msgid
        po.append(entry)
    return po


def _metadata(language: str | None) -> dict[str, str]:
    return polib.pofile(po_write([], language)).metadata


def library_translations(locale_dir: Path) -> dict[str, dict[tuple[str, str], str]]:
    """The library catalogues' translations, by language and (context, text)."""
    found = {}
    for path in sorted(locale_dir.glob("*.po")):
        found[path.stem] = {
            (entry.msgctxt or "", entry.msgid): entry.msgstr
            for entry in polib.pofile(str(path), wrapwidth=0)
            if entry.msgstr and "fuzzy" not in entry.flags
        }
    return found


def catalogues_write(
    locale_dir: Path,
    entries: list[tuple[str, str]],
    *,
    template: str,
    languages=(),
    shared: dict[str, dict[tuple[str, str], str]] | None = None,
) -> list[CatalogueReport]:
    """Rewrite the template and merge every PO of `locale_dir` (and those of
    `languages`, created when missing). `shared` holds the library's
    translations: a reference a package carries takes the library's
    translation of the same text, so it is translated once."""
    locale_dir.mkdir(parents=True, exist_ok=True)
    template_path = locale_dir / template
    template_path.write_text(
        po_write([(context, msgid, "") for context, msgid in entries], None),
        encoding="utf-8",
    )
    reports = [CatalogueReport(template_path, len(entries), untranslated=len(entries))]
    paths = {p.stem: p for p in sorted(locale_dir.glob("*.po"))}
    for language in languages:
        paths.setdefault(language, locale_dir / f"{language}.po")
    for language, path in sorted(paths.items()):
        created = not path.exists()
        old = None if created else polib.pofile(str(path), wrapwidth=0)
        po = catalogue_merge(old, entries, language)
        for entry in po:
            library = (shared or {}).get(language, {})
            if (value := library.get((entry.msgctxt or "", entry.msgid))) is not None:
                entry.msgstr = value
                entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
                entry.previous_msgid = None
        path.write_text(str(po), encoding="utf-8")
        reports.append(
            CatalogueReport(
                path,
                len(po),
                untranslated=len(po.untranslated_entries()),
                fuzzy=len(po.fuzzy_entries()),
                created=created,
            )
        )
    return reports


def curriculum_messages(path, *, languages=()) -> list[CatalogueReport]:
    """The catalogues of a package folder, or of a folder of packages and
    its library; PackageMessagesError lists every problem, and then
    nothing is written."""
    path = Path(path)
    for language in languages:
        if not LANGUAGE_CODE.match(language):
            raise PackageMessagesError(
                [
                    Problem(
                        "-l",
                        0,
                        _("%(language)r is not a language code")
                        % {"language": language},
                    )
                ]
            )
    if (path / fmt.COURSE_FILE).exists():
        folders = [path]
    elif path.is_dir():
        folders = sorted(p for p in path.iterdir() if (p / fmt.COURSE_FILE).exists())
    else:
        folders = []
    work, problems = [], []
    for folder in folders:
        package, found = package_read(package_files(folder))
        for problem in found:
            if len(folders) > 1 or folder != path:
                problem.path = f"{folder.name}/{problem.path}"
        problems += found
        work.append((folder / fmt.LOCALE_DIR, package, fmt.TEMPLATE_FILE))
    library = path / fmt.LIBRARY_FILE
    if folder_is_curriculum(path) and library.exists():
        package, found = library_read(library)
        problems += found
        work.append((path / fmt.LOCALE_DIR, package, LIBRARY_TEMPLATE))
    if not work and not problems:
        problems.append(Problem(str(path), 0, _("no course package here")))
    if problems:
        raise PackageMessagesError(problems)
    # The library first: the packages' copies of its references follow it.
    work.sort(key=lambda item: item[2] != LIBRARY_TEMPLATE)
    reports, shared = [], None
    for locale_dir, package, template in work:
        reports += catalogues_write(
            locale_dir,
            package_entries(package),
            template=template,
            languages=languages,
            shared=shared,
        )
        if template == LIBRARY_TEMPLATE:
            shared = library_translations(locale_dir)
    return reports


def folder_is_curriculum(path: Path) -> bool:
    return path.is_dir() and not (path / fmt.COURSE_FILE).exists()


class PackageMessagesError(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
