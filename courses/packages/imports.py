"""Import packages: one transaction creates or updates pages, translations,
references and question banks, matched by their stable keys.

Courses, modules and lessons are matched by their keys (the page slugs),
questions by their keys (the question titles) within the course's banks:
a changed package updates the same rows, so fellows' progress, which points
at the lesson pages, is kept. A key that leaves the package leaves its page
in place (progress may point at it); nothing is deleted by an import.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path, PurePosixPath

import yaml
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.translation import get_supported_language_variant
from django.utils.translation import gettext as _
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail.utils.file import hash_filelike
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import synchronize_tree

from content.h5p.services import package_import
from content.h5p.validation import PackageRefused
from content.models import GlossaryTerm, Instrument, MosaicModule, Provision
from content.selectors import (
    glossary_terms_by_term,
    mosaic_modules_by_number,
    provisions_by_key,
    split_source_keys,
)
from content.services import reference_library_import, reference_translations_import

from ..models import CatalogPage, CoursePage, LessonPage, ModulePage
from . import format as fmt
from .markdown import Problem, fragment_parse
from .parse import Package, PackageError, package_files, package_parse, yaml_read
from .references_i18n import (
    LIBRARY_LOCALE_DIR,
    library_catalogues_read,
    reference_keys,
    translations_by_reference,
)
from .translations import translatable

CATALOG = {
    "slug": "courses",
    "title": "Course catalogue",
    "introduction": (
        "Courses of the fellowship training programme on small arms and light "
        "weapons, by thematic area."
    ),
}


def _known(extra_courses=()) -> dict:
    return {
        "instruments": set(Instrument.objects.values_list("key", flat=True)),
        "provisions": set(Provision.objects.values_list("key", flat=True)),
        "mosaic": set(MosaicModule.objects.values_list("number", flat=True)),
        "glossary": set(GlossaryTerm.objects.values_list("term", flat=True)),
        "courses": set(CoursePage.objects.values_list("slug", flat=True))
        | set(extra_courses),
    }


def _folder_packages(path: Path, problems) -> list[Path]:
    """A package, or a curriculum folder of packages (one per subfolder), in
    the order its curriculum.yaml gives (the catalogue's order), then by name."""
    if path.is_file() or (path / fmt.COURSE_FILE).exists():
        return [path]
    found = sorted(p for p in path.iterdir() if (p / fmt.COURSE_FILE).exists())
    order = []
    if (path / fmt.CURRICULUM_FILE).exists():
        data = yaml_read(
            fmt.CURRICULUM_FILE,
            (path / fmt.CURRICULUM_FILE).read_text("utf-8"),
            problems,
        )
        order = (
            list((data or {}).get("packages") or []) if isinstance(data, dict) else []
        )
    rank = {name: number for number, name in enumerate(order)}
    return sorted(found, key=lambda p: (rank.get(p.name, len(rank)), p.name))


def curriculum_import(path, *, log=lambda *_: None) -> list[CoursePage]:
    """Import a package (folder or zip) or a folder of packages, all or none.

    A curriculum folder may hold a references.yaml (the reference library
    the packages share) beside the package folders; a prerequisite may name
    another package of the same import.
    """
    path = Path(path)
    library = {}
    catalogues = {}
    problems: list[Problem] = []
    if path.is_dir() and not (path / fmt.COURSE_FILE).exists():
        library_file = path / fmt.LIBRARY_FILE
        if library_file.exists():
            library = (
                yaml_read(fmt.LIBRARY_FILE, library_file.read_text("utf-8"), problems)
                or {}
            )
            # The library's own catalogue: locale/LANG.po beside it.
            catalogues = {
                f"{LIBRARY_LOCALE_DIR}/{po.name}": po.read_text("utf-8")
                for po in sorted((path / LIBRARY_LOCALE_DIR).glob("*.po"))
            }
    file_sets = []
    for package_path in _folder_packages(path, problems):
        try:
            file_sets.append((package_path.name, package_files(package_path)))
        except PackageError as error:
            problems += error.problems
    if not file_sets and not problems:
        problems.append(Problem(str(path), 0, _("no course package here")))
    return packages_import(
        file_sets,
        library=library,
        library_catalogues=catalogues,
        problems=problems,
        log=log,
    )


def packages_import(
    file_sets,
    *,
    library=None,
    library_catalogues=None,
    problems=None,
    log=lambda *_: None,
    uploaded_by=None,
):
    """Check every package, then write them all in one transaction.

    `library_catalogues` (path -> text) are the library's LANG.po files.

    `uploaded_by` is the person importing through the admin, None for the
    operator at the command line: their H5P files are imported as their
    uploads, so library code they may not install waits for approval."""
    from .parse import _check_references

    problems = list(problems or [])
    library = _check_references(library or {}, _known(), problems)
    known = _known()
    for kind, name in (
        ("instruments", "key"),
        ("provisions", "key"),
        ("mosaic_modules", "number"),
        ("glossary", "term"),
    ):
        target = {"mosaic_modules": "mosaic"}.get(kind, kind)
        known[target] |= {entry[name] for entry in library[kind]}
    course_keys = set()
    for _name, files in file_sets:
        try:
            data = yaml.safe_load(files.get(fmt.COURSE_FILE, "")) or {}
        except yaml.YAMLError:  # reported by package_parse below
            continue
        if isinstance(data, dict):
            course_keys.add(data.get("key"))
    known["courses"] |= course_keys
    library_translations = library_catalogues_read(
        library_catalogues or {}, reference_keys(library, known), problems
    )
    packages = []
    for name, files in file_sets:
        try:
            packages.append(package_parse(files, known=known))
        except PackageError as error:
            for problem in error.problems:
                if len(file_sets) > 1:
                    problem.path = f"{name}/{problem.path}"
            problems += error.problems
    if problems:
        raise PackageError(problems)
    with transaction.atomic():
        reference_library_import(**library)
        courses, importers = {}, {}
        for package in packages:
            reference_library_import(**package.references)
        reference_translations_import(
            translations=translations_by_reference(library_translations)
        )
        for package in packages:
            reference_translations_import(
                translations=translations_by_reference(package.translations)
            )
        for package in packages:
            importers[package.key] = _Importer(
                package, log=log, uploaded_by=uploaded_by
            )
            courses[package.key] = importers[package.key].run()
        for package in packages:
            _update(
                courses[package.key],
                {},
                m2m={
                    "prerequisites": list(
                        CoursePage.objects.filter(
                            slug__in=package.course.get("prerequisites") or [],
                            locale=courses[package.key].locale,
                        )
                    )
                },
            )
        language_trees_sync()
        for package in packages:
            _translate(courses[package.key], package, importers[package.key])
    return list(courses.values())


# Pages.


def _home() -> Page:
    site = Site.objects.get(is_default_site=True)
    return site.root_page.specific


def catalog_page(*, log=lambda *_: None) -> CatalogPage:
    home = _home()
    catalog = CatalogPage.objects.child_of(home).first()
    if catalog is None:
        catalog = CatalogPage(live=False, locale=home.locale, **CATALOG)
        home.add_child(instance=catalog)
        catalog.save_revision().publish()
        log("Created the course catalogue.")
    return catalog


def _stream(value) -> list[dict]:
    return [{"type": c["type"], "value": c["value"]} for c in value.get_prep_value()]


def _update(page: Page, fields: dict, *, m2m: dict | None = None) -> bool:
    """Set fields that differ; publish a revision only when something changed."""
    changed = False
    for name, value in fields.items():
        current = getattr(page, name)
        if name in ("body", "objectives"):
            stored = current.get_prep_value()
            current = [{"type": c["type"], "value": c["value"]} for c in stored]
            if name == "body":
                # H5P activities placed by an editor stay, with their block
                # ids, which fellows' results refer to.
                kept = [c for c in stored if c["type"] == "h5p"]
                if kept and not any(c["type"] == "h5p" for c in value):
                    compared = value + [
                        {"type": c["type"], "value": c["value"]} for c in kept
                    ]
                    if current == compared:
                        continue
                    value = value + kept
        if current != value:
            setattr(page, name, value)
            changed = True
    for name, objects in (m2m or {}).items():
        wanted = {obj.pk for obj in objects}
        if {obj.pk for obj in getattr(page, name).all()} != wanted:
            getattr(page, name).set(objects)
            changed = True
    if changed or not page.live:
        page.save_revision().publish()
    return changed


def _order(parent: Page, pages: list[Page]) -> None:
    """Put `pages`, children of `parent`, in the package's order; children
    the package no longer names keep their place before them."""
    current = [
        pk
        for pk in parent.get_children().order_by("path").values_list("pk", flat=True)
        if pk in {page.pk for page in pages}
    ]
    if current == [page.pk for page in pages]:
        return
    for page in pages:
        Page.objects.get(pk=page.pk).move(parent, pos="last-child")


def _child(parent: Page, model, slug: str, fields: dict, *, m2m=None):
    page = model.objects.child_of(parent).filter(slug=slug).first()
    created = page is None
    if created:
        page = model(slug=slug, locale_id=parent.locale_id, live=False, **fields)
        parent.add_child(instance=page)
    _update(page, fields, m2m=m2m)
    return page, created


class _References:
    def __init__(self):
        self.provisions = provisions_by_key()
        self.mosaic = mosaic_modules_by_number()
        self.glossary = glossary_terms_by_term()

    def sources(self, keys):
        provision_keys, numbers = split_source_keys(keys)
        return (
            [self.provisions[k] for k in provision_keys if k in self.provisions],
            [self.mosaic[n] for n in numbers if n in self.mosaic],
        )

    def source_fields(self, key: str) -> dict:
        provisions, mosaic = self.sources([key] if key else [])
        if provisions:
            return {"provision": provisions[0], "mosaic_module": None}
        if mosaic:
            return {"provision": None, "mosaic_module": mosaic[0]}
        return {"provision": None, "mosaic_module": None}


class _Importer:
    def __init__(self, package: Package, *, log, uploaded_by=None):
        self.package = package
        self.log = log
        self.uploaded_by = uploaded_by
        self.references = _References()
        # Lesson slot type -> {slot key: object pk}, from the package parts.
        self.slots: dict[str, dict[str, int]] = {}
        self.slot_parts = {part.slot_type: part for part, _data in package.parts}
        # Media path -> image pk.
        self.images: dict[str, int] = {}
        # Media path -> document pk (videos, captions).
        self.documents: dict[str, int] = {}
        # H5P slot key -> package pk.
        self.h5p: dict[str, int] = {}

    def body(self, blocks) -> list[dict]:
        body = []
        for block_type, value, _line in blocks:
            if block_type == "quotation":
                value = {
                    **value,
                    "provision": self.references.provisions[value["provision"]].pk,
                }
            elif block_type == "glossary_term":
                value = {"term": self.references.glossary[value["term"]].pk}
            elif block_type in self.slots:
                part = self.slot_parts[block_type]
                value = {
                    part.slot_field: self.slots[block_type][value["key"]],
                    "required": value["required"],
                }
            elif block_type == "image":
                value = {
                    "image": self.image(value["key"]),
                    "alt_text": value["alt_text"],
                    "caption": value["caption"],
                }
            elif block_type == "video":
                value = {
                    "title": value["title"],
                    "embed": value["embed"] or None,
                    "file": self.document(value["file"]) if value["file"] else None,
                    "captions": (
                        self.document(value["captions"]) if value["captions"] else None
                    ),
                    "transcript": value["transcript"],
                }
            elif block_type == "h5p":
                value = {
                    "package": self.h5p[value["key"]],
                    "grading_policy": "best",
                    "required": value["required"],
                }
            body.append({"type": block_type, "value": value})
        return body

    def run(self) -> CoursePage:
        data = self.package.course
        provisions, mosaic = self.references.sources(
            list(data.get("provisions") or [])
            + [f"MOSAIC:{n}" for n in data.get("mosaic") or []]
        )
        course, created = _child(
            catalog_page(log=self.log),
            CoursePage,
            data["key"],
            {
                "title": data["title"],
                "summary": data["summary"],
                "objectives": [
                    {"type": "objective", "value": text}
                    for text in data.get("objectives") or []
                ],
                "track": data.get("track", "other"),
                "level": data.get("level", "introductory"),
                "estimated_hours": Decimal(str(data.get("estimated_hours", 1))),
                "requires_sequence": bool(data.get("requires_sequence", False)),
            },
            m2m={"provisions": provisions, "mosaic_modules": mosaic},
        )
        if created:
            self.log(f"Created the course {data['title']}.")
        modules = {}
        for module_data in data["modules"]:
            modules[module_data["key"]], _created = _child(
                course,
                ModulePage,
                module_data["key"],
                {
                    "title": module_data["title"],
                    "summary": module_data.get("summary", ""),
                },
            )
        for part, part_data in self.package.parts:
            self.slots[part.slot_type] = part.write(
                part_data,
                course=course,
                modules=modules,
                source_fields=self.references.source_fields,
            )
        _order(course, [modules[m["key"]] for m in data["modules"]])
        self.h5p_import()
        for module_data in data["modules"]:
            lessons = []
            for key in module_data.get("lessons") or []:
                lesson = self.package.lessons[key]
                provisions, mosaic = self.references.sources(lesson.sources)
                page, _created = _child(
                    modules[module_data["key"]],
                    LessonPage,
                    key,
                    {
                        "title": lesson.title,
                        "estimated_minutes": lesson.minutes,
                        "body": self.body(lesson.blocks),
                    },
                    m2m={"provisions": provisions, "mosaic_modules": mosaic},
                )
                lessons.append(page)
            _order(modules[module_data["key"]], lessons)
        return course

    def image(self, path: str) -> int:
        """The Wagtail image of a media file: one with the same content is
        used again, so a second import adds nothing."""
        if path not in self.images:
            data = self.package.media[path]
            image = (
                get_image_model()
                .objects.filter(file_hash=hash_filelike(io.BytesIO(data)))
                .first()
            )
            if image is None:
                name = PurePosixPath(path).name
                image = get_image_model()(
                    title=PurePosixPath(path).stem[:255],
                    file=ImageFile(io.BytesIO(data), name=name),
                    collection=Collection.get_first_root_node()
                    or Collection.add_root(name="Root"),
                    uploaded_by_user=self.uploaded_by,
                )
                image._set_image_file_metadata()
                image.save()
                self.log(f"Imported the image {path}.")
            self.images[path] = image.pk
        return self.images[path]

    def document(self, path: str) -> int:
        """The Wagtail document of a media file (a video, its captions): one
        with the same content is used again, so a second import adds nothing."""
        if path not in self.documents:
            data = self.package.documents[path]
            model = get_document_model()
            document = model.objects.filter(
                file_hash=hash_filelike(io.BytesIO(data))
            ).first()
            if document is None:
                document = model(
                    title=PurePosixPath(path).stem[:255],
                    file=ContentFile(data, name=PurePosixPath(path).name),
                    collection=Collection.get_first_root_node()
                    or Collection.add_root(name="Root"),
                    uploaded_by_user=self.uploaded_by,
                )
                document._set_document_file_metadata()
                document.save()
                self.log(f"Imported the file {path}.")
            self.documents[path] = document.pk
        return self.documents[path]

    def h5p_import(self) -> None:
        """The package's H5P files through the H5P import (as an operator's
        upload); the same content is found again by its hash, so a second
        import adds nothing."""
        for key, data in sorted(self.package.h5p.items()):
            path = f"{fmt.H5P_DIR}/{key}.h5p"
            try:
                result = package_import(
                    file=data, filename=path, uploaded_by=self.uploaded_by
                )
            except PackageRefused as refused:
                raise PackageError(
                    [
                        Problem(
                            path,
                            0,
                            _("H5P package refused: %(reason)s")
                            % {"reason": refused.message},
                        )
                    ]
                ) from None
            if result.created:
                self.log(f"Imported the H5P package {path}.")
            self.h5p[key] = result.package.pk


# Translations.


def language_trees_sync() -> None:
    """Give every content language a tree: untranslated pages appear there as
    aliases of the source page, so a fellow reads each course in their
    language when it is translated and in the source language until then."""
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == source.language_code:
            continue
        locale, _created = Locale.objects.get_or_create(language_code=code)
        _sync, created = LocaleSynchronization.objects.get_or_create(
            locale=locale, defaults={"sync_from": source}
        )
        if not created:
            synchronize_tree(source, locale)


def _translation_of(page: Page, locale: Locale) -> Page:
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale, copy_parents=True)
    elif translation.alias_of_id is not None:
        ConvertAliasPageAction(translation.specific).execute(
            skip_permission_checks=True
        )
        translation = Page.objects.get(pk=translation.pk)
    return translation.specific


def _content_language(code: str) -> str:
    """The content language a PO file's name gives: zh.po is zh-hans."""
    try:
        return get_supported_language_variant(code.replace("_", "-").lower())
    except LookupError:
        return code


def _translate(course: CoursePage, package: Package, importer) -> None:
    pages = [course] + [p.specific for p in course.get_descendants().order_by("path")]
    for language, entries in package.translations.items():
        locale = Locale.objects.filter(
            language_code=_content_language(language)
        ).first()
        if locale is None:
            continue
        for page in pages:
            mine = {
                c.partition("/")[2]: value
                for c, value in entries.items()
                if c.partition("/")[0] == page.slug
            }
            if not mine:
                continue
            translated = _translation_of(page, locale)
            fields = {"title": mine.get("title", (page.title,))[0]}
            if isinstance(page, (CoursePage, ModulePage)):
                fields["summary"] = mine.get("summary", (page.summary,))[0]
            if isinstance(page, CoursePage):
                fields["objectives"] = [
                    {
                        "type": "objective",
                        "value": mine.get(f"objective-{n}", (block.value,))[0],
                    }
                    for n, block in enumerate(page.objectives, start=1)
                ]
            if isinstance(page, LessonPage):
                fields["body"] = _translated_body(page, package, importer, mine)
            _update(translated, fields)


def _translated_body(page, package, importer, mine) -> list[dict]:
    lesson = package.lessons.get(page.slug)
    if lesson is None:
        return _stream(page.body)
    if "body" in mine:
        blocks, _problems = fragment_parse("", mine["body"][0])
        return importer.body(blocks)
    blocks = []
    number = 0
    for block in lesson.blocks:
        if block not in translatable([block]):
            blocks.append(block)  # An H5P activity: the same in every language.
            continue
        number += 1
        if f"block-{number}" in mine:
            found, _problems = fragment_parse("", mine[f"block-{number}"][0])
            blocks += found
        else:
            blocks.append(block)
    return importer.body(blocks)
