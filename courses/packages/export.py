"""Write a course, its banks, references and translations as a package."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path, PurePosixPath

import polib
import yaml
from django.utils.text import slugify
from wagtail.models import Locale

from content.h5p.selectors import package_archive
from content.models import GlossaryTerm, Instrument, MosaicModule, Provision
from content.services import MOSAIC_PREFIX

from ..models import CoursePage, LessonPage, ModulePage
from ..selectors import source_language_code
from . import format as fmt
from .markdown import lesson_write
from .parts import package_parts
from .references_i18n import (
    LIBRARY_LOCALE_DIR,
    LIBRARY_TEMPLATE_FILE,
    reference_po_entries,
)


def _dump(data) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=88)


def _number(value) -> int | float:
    value = float(value)
    return int(value) if value.is_integer() else value


def _sources(page) -> list[str]:
    return [p.key for p in page.provisions.all().order_by("key")] + [
        MOSAIC_PREFIX + m.number for m in page.mosaic_modules.all().order_by("number")
    ]


class _Exporter:
    def __init__(self, course: CoursePage):
        self.course = course
        self.files: dict[str, str] = {}
        self.provisions: set[str] = set()
        self.mosaic: set[str] = set()
        self.glossary: set[str] = set()
        self.notes: list[str] = []
        self.slot_parts = {part.slot_type: part for part in package_parts()}
        self.h5p_keys: dict[int, str] = {}
        self.media: dict[tuple[str, int], str] = {}

    def _note_sources(self, keys):
        for key in keys:
            if key.startswith(MOSAIC_PREFIX):
                self.mosaic.add(key.removeprefix(MOSAIC_PREFIX))
            elif key:
                self.provisions.add(key)

    def media_path(self, image) -> str:
        """The media/... path of a Wagtail image or document, its file
        written there."""
        key = (image._meta.label, image.pk)
        if key not in self.media:
            name = PurePosixPath(image.file.name).name
            path, number = f"{fmt.MEDIA_DIR}/{name}", 1
            while path in self.media.values():
                number += 1
                stem, dot, suffix = name.rpartition(".")
                path = f"{fmt.MEDIA_DIR}/{stem}-{number}{dot}{suffix}"
            self.media[key] = path
            with image.open_file() as handle:
                self.files[path] = handle.read()
        return self.media[key]

    def h5p_key(self, package) -> str:
        """The slot key of an H5P package, its archive written as h5p/KEY.h5p."""
        if package.pk not in self.h5p_keys:
            base = slugify(package.title)[:60] or "h5p"
            key, number = base, 1
            while key in self.h5p_keys.values():
                number += 1
                key = f"{base}-{number}"
            self.h5p_keys[package.pk] = key
            self.files[f"{fmt.H5P_DIR}/{key}.h5p"] = package_archive(package=package)
        return self.h5p_keys[package.pk]

    # Lessons.

    def blocks(self, body) -> list[tuple[str, dict | str]]:
        blocks = []
        for child in body:
            kind, value = child.block_type, child.value
            if kind == "rich_text":
                # Markdown has one text between two blocks: consecutive
                # texts are one.
                if blocks and blocks[-1][0] == "rich_text":
                    blocks[-1] = (kind, blocks[-1][1] + value.source)
                else:
                    blocks.append((kind, value.source))
            elif kind == "quotation":
                provision = value["provision"]
                if provision is None:
                    continue
                self.provisions.add(provision.key)
                blocks.append(
                    (
                        kind,
                        {
                            "provision": provision.key,
                            "text": value["text"],
                            "citation": value["citation"],
                        },
                    )
                )
            elif kind == "glossary_term":
                if value["term"] is None:
                    continue
                self.glossary.add(value["term"].term)
                blocks.append((kind, {"term": value["term"].term}))
            elif kind == "callout":
                blocks.append(
                    (
                        kind,
                        {
                            "kind": value["kind"],
                            "title": value["title"],
                            "body": value["body"].source,
                        },
                    )
                )
            elif kind == "reflection":
                blocks.append((kind, {"prompt": value["prompt"]}))
            elif kind == "exercise":
                blocks.append(
                    (
                        kind,
                        {
                            "title": value["title"],
                            "minutes": value["minutes"],
                            "task": value["task"].source,
                            "model_answer": value["model_answer"].source,
                        },
                    )
                )
            elif kind in self.slot_parts:
                part = self.slot_parts[kind]
                obj = value[part.slot_field]
                if obj is None:
                    continue
                blocks.append(
                    (kind, {"key": part.slot_key(obj), "required": value["required"]})
                )
            elif kind == "image":
                if value["image"] is None:
                    continue
                blocks.append(
                    (
                        kind,
                        {
                            "key": self.media_path(value["image"]),
                            "alt_text": value["alt_text"],
                            "caption": value["caption"] or "",
                        },
                    )
                )
            elif kind == "video":
                if value["file"] is None and not value["embed"]:
                    continue
                captions = value["captions"]
                blocks.append(
                    (
                        kind,
                        {
                            "title": value["title"],
                            "file": (
                                self.media_path(value["file"]) if value["file"] else ""
                            ),
                            "embed": (
                                ""
                                if value["file"] is not None or not value["embed"]
                                else value["embed"].url
                            ),
                            "captions": self.media_path(captions) if captions else "",
                            "transcript": value["transcript"].source,
                        },
                    )
                )
            elif kind == "h5p":
                package = value["package"]
                if package is None:
                    continue
                blocks.append(
                    (
                        kind,
                        {"key": self.h5p_key(package), "required": value["required"]},
                    )
                )
            else:
                self.notes.append(f"A {kind} block was left out.")
        return blocks

    def lesson(self, lesson: LessonPage) -> None:
        sources = _sources(lesson)
        self._note_sources(sources)
        self.files[f"{fmt.LESSONS_DIR}/{lesson.slug}.md"] = lesson_write(
            key=lesson.slug,
            title=lesson.title,
            minutes=lesson.estimated_minutes,
            sources=sources,
            blocks=self.blocks(lesson.body),
        )

    # The course.

    def run(self) -> dict[str, str]:
        course = self.course
        course_sources = _sources(course)
        self._note_sources(course_sources)
        modules, module_pages = [], {}
        for module in ModulePage.objects.child_of(course).live().order_by("path"):
            module_pages[module.slug] = module
            lessons = LessonPage.objects.child_of(module).order_by("path")
            for lesson in lessons:
                self.lesson(lesson)
            modules.append(
                {
                    "key": module.slug,
                    "title": module.title,
                    **({"summary": module.summary} if module.summary else {}),
                    "lessons": [lesson.slug for lesson in lessons],
                }
            )
        data = {
            "format": fmt.FORMAT,
            "version": fmt.VERSION,
            "key": course.slug,
            "language": course.locale.language_code,
            "title": course.title,
            "summary": course.summary,
            "track": course.track,
            "level": course.level,
            "estimated_hours": _number(course.estimated_hours),
            "requires_sequence": course.requires_sequence,
            "objectives": [block.value for block in course.objectives],
            "prerequisites": [p.slug for p in course.prerequisites.order_by("slug")],
            "provisions": [
                k for k in course_sources if not k.startswith(MOSAIC_PREFIX)
            ],
            "mosaic": [
                k.removeprefix(MOSAIC_PREFIX)
                for k in course_sources
                if k.startswith(MOSAIC_PREFIX)
            ],
            "modules": modules,
        }
        for part in package_parts():
            fields, files, sources, notes = part.export(
                course=course, modules=module_pages
            )
            data.update(fields)
            self.files.update(files)
            self._note_sources(sorted(sources))
            self.notes += notes
        self.files[fmt.COURSE_FILE] = _dump(data)
        self.reference_data = self.references()
        self.files[fmt.REFERENCES_FILE] = _dump(self.reference_data)
        self.module_pages = module_pages
        self.translations(modules)
        return self.files

    def references(self) -> dict:
        glossary = list(
            GlossaryTerm.objects.filter(term__in=self.glossary)
            .select_related("source_provision", "source_mosaic_module")
            .order_by("term")
        )
        for term in glossary:
            if term.source_provision_id:
                self.provisions.add(term.source_provision.key)
            if term.source_mosaic_module_id:
                self.mosaic.add(term.source_mosaic_module.number)
        provisions = list(
            Provision.objects.filter(key__in=self.provisions)
            .select_related("instrument")
            .order_by("key")
        )
        instruments = Instrument.objects.filter(
            pk__in={p.instrument_id for p in provisions}
        ).order_by("key")
        return library_data(
            instruments,
            provisions,
            MosaicModule.objects.filter(number__in=self.mosaic).order_by("number"),
            glossary,
        )

    # Translations: one PO file per language; entries by key.

    def translations(self, modules) -> None:
        source = self.course.locale
        template = self._entries(self.course, modules, None)
        template += self._part_entries(modules, None)
        template += list(reference_po_entries(self.reference_data, None))
        self.files[f"{fmt.LOCALE_DIR}/{fmt.TEMPLATE_FILE}"] = po_write(template, None)
        for locale in Locale.objects.exclude(pk=source.pk).order_by("language_code"):
            translated = self.course.get_translation_or_none(locale)
            pages = [
                page
                for page in self._pages()
                if (t := page.get_translation_or_none(locale)) is not None
                and t.alias_of_id is None
            ]
            parts = self._part_entries(modules, locale.language_code)
            references = list(
                reference_po_entries(self.reference_data, locale.language_code)
            )
            has_pages = translated is not None and bool(pages)
            if not has_pages and not any(e[2] for e in parts + references):
                continue
            entries = (
                (self._entries(self.course, modules, locale) if has_pages else [])
                + parts
                + references
            )
            self.files[f"{fmt.LOCALE_DIR}/{locale.language_code}.po"] = po_write(
                entries, locale.language_code
            )

    def _part_entries(self, modules, language: str | None) -> list:
        """The parts' entries (questions, quizzes) in `language`'s PO."""
        entries = []
        for part in package_parts():
            if hasattr(part, "translation_entries"):
                entries += part.translation_entries(
                    course=self.course, modules=self.module_pages, language=language
                )
        return entries

    def _pages(self):
        return [self.course] + [
            page.specific for page in self.course.get_descendants().order_by("path")
        ]

    def _entries(self, course, modules, locale):
        """(context, source text, translated text) for every translatable text."""
        from .translations import page_entries

        entries = []
        for page in self._pages():
            translated = None
            if locale is not None:
                found = page.get_translation_or_none(locale)
                if found is not None and found.alias_of_id is None:
                    translated = found.specific
            for context, text, value in page_entries(page, translated, self.blocks):
                if text:  # an empty summary has nothing to translate
                    entries.append((context, text, value))
        return entries


def po_write(entries, language: str | None) -> str:
    """A PO file (or, without a language, the template), lines unwrapped."""
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": fmt.FORMAT,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    if language:
        po.metadata["Language"] = language
    for context, text, value in entries:
        po.append(polib.POEntry(msgctxt=context, msgid=text, msgstr=value or ""))
    return str(po)


def library_data(instruments, provisions, mosaic_modules, glossary) -> dict:
    """References as the package's references.yaml holds them."""
    return {
        "instruments": [
            _compact(
                {
                    "key": i.key,
                    "title": i.title,
                    "short_title": i.short_title,
                    "abbreviation": i.abbreviation,
                    "kind": i.kind,
                    "adopted": i.adopted_on.isoformat() if i.adopted_on else "",
                    "symbol": i.document_symbol,
                    "summary": i.summary,
                }
            )
            for i in instruments
        ],
        "provisions": [
            _compact(
                {
                    "key": p.key,
                    "instrument": p.instrument.key,
                    "reference": p.reference,
                    "title": p.title,
                    "summary": p.summary,
                }
            )
            for p in provisions
        ],
        "mosaic_modules": [
            _compact(
                {
                    "number": m.number,
                    "title": m.title,
                    "version": m.version,
                    "date": m.published_on.isoformat() if m.published_on else "",
                }
            )
            for m in mosaic_modules
        ],
        "glossary": [
            _compact(
                {
                    "term": t.term,
                    "definition": t.definition,
                    "source": (
                        t.source_provision.key
                        if t.source_provision_id
                        else (
                            MOSAIC_PREFIX + t.source_mosaic_module.number
                            if t.source_mosaic_module_id
                            else ""
                        )
                    ),
                }
            )
            for t in glossary
        ],
    }


def _compact(entry: dict) -> dict:
    return {k: v for k, v in entry.items() if v not in ("", None)}


def course_export(course: CoursePage) -> tuple[dict[str, str], list[str]]:
    """The package's files (path -> text) and notes on what it left out."""
    exporter = _Exporter(course)
    files = exporter.run()
    return files, exporter.notes


def package_write(files: dict[str, str], path: Path) -> None:
    """Write the files into a folder, or a zip when the path ends in .zip."""
    path = Path(path)
    if path.suffix == ".zip":
        path.write_bytes(package_zip(files))
        return
    for name, text in files.items():
        target = path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            target.write_bytes(text)
        else:
            target.write_text(text, encoding="utf-8")


def package_zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            archive.writestr(name, files[name])
    return buffer.getvalue()


def _library_data() -> dict:
    return library_data(
        Instrument.objects.order_by("key"),
        Provision.objects.select_related("instrument").order_by("key"),
        MosaicModule.objects.order_by("number"),
        GlossaryTerm.objects.select_related(
            "source_provision", "source_mosaic_module"
        ).order_by("term"),
    )


def library_export() -> str:
    """The whole reference library as one references.yaml."""
    return _dump(_library_data())


def library_catalogues_export() -> dict[str, str]:
    """The library's catalogue: locale/references.pot, and locale/LANG.po
    for each language with a translated reference text."""
    data = _library_data()
    files = {
        f"{LIBRARY_LOCALE_DIR}/{LIBRARY_TEMPLATE_FILE}": po_write(
            list(reference_po_entries(data, None)), None
        )
    }
    for locale in Locale.objects.exclude(language_code=source_language_code()).order_by(
        "language_code"
    ):
        entries = list(reference_po_entries(data, locale.language_code))
        if any(value for _context, _text, value in entries):
            files[f"{LIBRARY_LOCALE_DIR}/{locale.language_code}.po"] = po_write(
                entries, locale.language_code
            )
    return files
