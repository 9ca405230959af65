"""Read a package (a folder or its zip) and check it against the format.

Nothing here writes to the database. Every problem is collected, named by
file and line, so that the author sees them all at once.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import polib
import yaml
from django.utils.translation import gettext as _

from content.choices import InstrumentKind
from content.services import MOSAIC_PREFIX

from ..choices import Level, Track
from . import format as fmt
from .markdown import Lesson, Problem, fragment_parse, lesson_parse
from .parts import PartReading, package_parts
from .references_i18n import (
    is_reference_context,
    reference_context_check,
    reference_keys,
)


class PackageError(Exception):
    """A package that cannot be imported; `problems` lists every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class _LineLoader(yaml.SafeLoader):
    """yaml.safe_load's loader, keeping the line of every mapping."""


def _mapping(loader, node):
    value = LineDict(loader.construct_mapping(node, deep=True))
    value.line = node.start_mark.line + 1
    return value


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


class LineDict(dict):
    line = 0


def yaml_read(path: str, text: str, problems: list[Problem]):
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problems.append(
            Problem(
                path,
                mark.line + 1 if mark else 0,
                _("not valid YAML: %(error)s") % {"error": error},
            )
        )
        return None


@dataclass
class Package:
    course: dict
    references: dict
    lessons: dict[str, Lesson]
    # (part, its checked data) for each registered package part.
    parts: list = field(default_factory=list)
    # language -> {context: (translated text, line)}
    translations: dict[str, dict[str, tuple[str, int]]] = field(default_factory=dict)
    # H5P slot key -> the checked .h5p archive (h5p/KEY.h5p).
    h5p: dict[str, bytes] = field(default_factory=dict)
    # media/... path -> the checked image file.
    media: dict[str, bytes] = field(default_factory=dict)
    # media/... path -> a video or captions file (stored as a document).
    documents: dict[str, bytes] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.course["key"]


def package_files(source) -> dict[str, str]:
    """path -> text of a package folder, a zip file or zip bytes."""
    if isinstance(source, (bytes, bytearray)):
        return _zip_files(io.BytesIO(source))
    path = Path(source)
    if path.is_file():
        with path.open("rb") as handle:
            return _zip_files(handle)
    files = {}
    for item in sorted(path.rglob("*")):
        if item.is_file() and not item.name.startswith("."):
            name = item.relative_to(path).as_posix()
            files[name] = _content(name, item.read_bytes())
    return files


def _content(name: str, data: bytes) -> str | bytes:
    """Text for the package's text files; bytes for H5P and media files."""
    if name.split("/", 1)[0] in fmt.BINARY_DIRS:
        return data
    return data.decode("utf-8", errors="replace")


def _zip_files(handle) -> dict[str, str]:
    try:
        archive = zipfile.ZipFile(handle)
    except zipfile.BadZipFile:
        raise PackageError(
            [Problem("package", 0, _("not a folder or zip file"))]
        ) from None
    infos = [i for i in archive.infolist() if not i.is_dir()]
    if (
        len(infos) > fmt.MAX_PACKAGE_FILES
        or sum(i.file_size for i in infos) > fmt.MAX_PACKAGE_BYTES
    ):
        raise PackageError([Problem("package", 0, _("the package is too large"))])
    files = {}
    problems = []
    for info in infos:
        name = PurePosixPath(info.filename)
        if name.is_absolute() or ".." in name.parts:
            problems.append(Problem(info.filename, 0, _("a path outside the package")))
            continue
        files[name.as_posix()] = archive.read(info)
    if problems:
        raise PackageError(problems)
    # A zip of a folder: the package is the folder inside.
    if fmt.COURSE_FILE not in files:
        tops = {name.split("/", 1)[0] for name in files}
        if len(tops) == 1:
            top = tops.pop() + "/"
            files = {name.removeprefix(top): text for name, text in files.items()}
    return {name: _content(name, data) for name, data in files.items()}


def _require(data, names, path, problems, line=None) -> bool:
    missing = [n for n in names if data.get(n) in (None, "", [])]
    for name in missing:
        problems.append(
            Problem(
                path,
                line or getattr(data, "line", 0),
                _("%(name)s is missing") % {"name": name},
            )
        )
    return not missing


def _strings(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def package_parse(files: dict[str, str], *, known=None) -> Package:
    """The package read and checked; PackageError lists every problem.

    `known` gives the reference keys, course keys and glossary terms that
    the installation (or the other packages of the same import) already has.
    """
    known = known or {}
    problems: list[Problem] = []
    path = fmt.COURSE_FILE
    if path not in files:
        raise PackageError([Problem(path, 0, _("the package has no course.yaml"))])
    course = yaml_read(path, files[path], problems)
    if problems:
        raise PackageError(problems)
    if not isinstance(course, dict):
        raise PackageError([Problem(path, 1, _("course.yaml must be a mapping"))])
    if course.get("format") != fmt.FORMAT:
        problems.append(
            Problem(
                path,
                course.line,
                _("format must be %(format)s") % {"format": fmt.FORMAT},
            )
        )
    if course.get("version") != fmt.VERSION:
        problems.append(
            Problem(
                path,
                course.line,
                _("version %(version)r is not one this site reads (%(supported)s)")
                % {"version": course.get("version"), "supported": fmt.VERSION},
            )
        )
    _require(course, ("key", "title", "summary", "modules"), path, problems)
    if course.get("track", "other") not in Track.values:
        problems.append(
            Problem(
                path,
                course.line,
                _("unknown track %(track)r") % {"track": course["track"]},
            )
        )
    if course.get("level", "introductory") not in Level.values:
        problems.append(
            Problem(
                path,
                course.line,
                _("unknown level %(level)r") % {"level": course["level"]},
            )
        )
    try:
        hours = float(course.get("estimated_hours", 1))
        if hours < 0:
            raise ValueError
    except (TypeError, ValueError):
        problems.append(
            Problem(path, course.line, _("estimated_hours is not a number"))
        )
    for name in ("objectives", "prerequisites", "provisions", "mosaic"):
        if not _strings(course.get(name, []) or []):
            problems.append(
                Problem(
                    path,
                    course.line,
                    _("%(name)s must be a list of text") % {"name": name},
                )
            )
            course[name] = []

    # References: the package's own, then those the site has.
    references = {}
    if fmt.REFERENCES_FILE in files:
        references = yaml_read(
            fmt.REFERENCES_FILE, files[fmt.REFERENCES_FILE], problems
        )
        references = references if isinstance(references, dict) else {}
    references = _check_references(references, known, problems)
    provisions = set(known.get("provisions", ())) | {
        p["key"] for p in references.get("provisions", [])
    }
    mosaic = set(known.get("mosaic", ())) | {
        str(m["number"]) for m in references.get("mosaic_modules", [])
    }
    glossary = set(known.get("glossary", ())) | {
        g["term"] for g in references.get("glossary", [])
    }

    def check_source(key, where, line):
        if key.startswith(MOSAIC_PREFIX):
            if key.removeprefix(MOSAIC_PREFIX) not in mosaic:
                problems.append(
                    Problem(
                        where, line, _("unknown MOSAIC module %(key)r") % {"key": key}
                    )
                )
        elif key not in provisions:
            problems.append(
                Problem(where, line, _("unknown provision %(key)r") % {"key": key})
            )

    for key in course.get("provisions") or []:
        check_source(key, path, course.line)
    for number in course.get("mosaic") or []:
        check_source(MOSAIC_PREFIX + number, path, course.line)
    for key in course.get("prerequisites") or []:
        if key not in known.get("courses", ()) and key != course.get("key"):
            problems.append(
                Problem(
                    path, course.line, _("unknown prerequisite %(key)r") % {"key": key}
                )
            )

    # Modules and lessons.
    lessons: dict[str, Lesson] = {}
    module_keys = set()
    for module in course.get("modules") or []:
        if not isinstance(module, dict) or not _require(
            module, ("key", "title"), path, problems
        ):
            continue
        if module["key"] in module_keys:
            problems.append(
                Problem(
                    path,
                    module.line,
                    _("module %(key)s twice") % {"key": module["key"]},
                )
            )
        module_keys.add(module["key"])
        if not _strings(module.get("lessons") or []):
            problems.append(
                Problem(path, module.line, _("lessons must list lesson keys"))
            )
            continue
        for key in module.get("lessons") or []:
            name = f"{fmt.LESSONS_DIR}/{key}.md"
            if key in lessons:
                problems.append(
                    Problem(path, module.line, _("lesson %(key)s twice") % {"key": key})
                )
            elif name not in files:
                problems.append(
                    Problem(path, module.line, _("no file %(name)s") % {"name": name})
                )
            else:
                lesson, found = lesson_parse(name, files[name])
                problems.extend(found)
                if lesson is not None:
                    if lesson.key != key:
                        problems.append(
                            Problem(
                                name,
                                2,
                                # Translators: the lesson's front matter key, then its file's name.
                                _("key %(found)r is not %(expected)r")
                                % {"found": lesson.key, "expected": key},
                            )
                        )
                    lessons[key] = lesson

    # Parts read by the apps above courses (question banks and quizzes).
    parts = []
    slot_keys: dict[str, set[str]] = {}
    for part in package_parts():
        reading = PartReading(
            files=files,
            course=course,
            module_keys=module_keys,
            check_source=check_source,
            problems=problems,
        )
        data, keys = part.parse(reading)
        parts.append((part, data))
        slot_keys[part.slot_type] = keys

    h5p = _h5p_files(files, lessons, problems)
    slot_keys["h5p"] = set(h5p)
    documents = _document_files(files)
    media = _media_files(files, problems, skip=documents)
    slot_keys["image"] = set(media)

    for lesson in lessons.values():
        for key in lesson.sources:
            check_source(key, lesson.path, 2)
        _check_blocks(
            lesson.path, lesson.blocks, provisions, glossary, slot_keys, problems
        )
        _check_videos(lesson.path, lesson.blocks, documents, problems)

    # Translations.
    translations = {}
    page_keys = {course.get("key")} | module_keys | set(lessons)
    known_references = reference_keys(references, known)
    for name in sorted(files):
        if not (name.startswith(fmt.LOCALE_DIR + "/") and name.endswith(".po")):
            continue
        language = PurePosixPath(name).stem
        try:
            po = polib.pofile(files[name])
        except (OSError, ValueError) as error:
            problems.append(
                Problem(name, 0, _("not a PO file: %(error)s") % {"error": error})
            )
            continue
        entries = {}
        # Contexts of the parts' texts ("question/...") are the parts' own.
        claimed: set[str] = set()
        for part, part_data in parts:
            if hasattr(part, "translations_read"):
                problems += part.translations_read(part_data, name, language, po)
                claimed.update(part.translation_prefixes)
        for entry in po:
            if not entry.msgstr or entry.obsolete or "fuzzy" in entry.flags:
                continue
            context = entry.msgctxt or ""
            if is_reference_context(context):
                if reference_context_check(
                    context, known_references, name, entry.linenum, problems
                ):
                    entries[context] = (entry.msgstr, entry.linenum)
                continue
            page, _slash, field_name = context.partition("/")
            if page in claimed:
                continue
            if page not in page_keys or not field_name:
                problems.append(
                    Problem(
                        name,
                        entry.linenum,
                        _("unknown context %(context)r") % {"context": context},
                    )
                )
                continue
            if field_name.startswith("block-") or field_name == "body":
                blocks, found = fragment_parse(name, entry.msgstr, entry.linenum)
                problems += found
                _check_blocks(
                    name,
                    [b[:2] + (entry.linenum,) for b in blocks],
                    provisions,
                    glossary,
                    slot_keys,
                    problems,
                )
                _check_videos(
                    name,
                    [b[:2] + (entry.linenum,) for b in blocks],
                    documents,
                    problems,
                )
            entries[context] = (entry.msgstr, entry.linenum)
        translations[language] = entries
    if problems:
        raise PackageError(problems)
    return Package(
        course=course,
        references=references,
        lessons=lessons,
        parts=parts,
        translations=translations,
        h5p=h5p,
        media=media,
        documents=documents,
    )


IMAGE_FORMATS = {"PNG": ".png", "JPEG": ".jpg", "GIF": ".gif", "WEBP": ".webp"}


VIDEO_SUFFIXES = (".mp4", ".webm", ".ogv")
CAPTIONS_SUFFIX = ".vtt"


def _document_files(files) -> dict[str, bytes]:
    """The package's videos and captions tracks (media/...), by suffix; the
    video blocks naming them check them."""
    return {
        name: files[name]
        for name in sorted(files)
        if name.startswith(fmt.MEDIA_DIR + "/")
        and name.lower().endswith(VIDEO_SUFFIXES + (CAPTIONS_SUFFIX,))
        and isinstance(files[name], bytes)
    }


def _is_video(data: bytes) -> bool:
    """The container's signature: MP4 (ftyp box), WebM (EBML) or Ogg."""
    return (
        data[4:8] == b"ftyp"
        or data.startswith(b"\x1a\x45\xdf\xa3")
        or data.startswith(b"OggS")
    )


def _check_videos(path, blocks, documents, problems):
    """A video's file and captions are media files of the package; captions
    are WebVTT (the file starts with WEBVTT)."""
    for block_type, value, line in blocks:
        if block_type != "video":
            continue
        video = value["file"]
        if video and (
            video not in documents or not video.lower().endswith(VIDEO_SUFFIXES)
        ):
            problems.append(
                Problem(
                    path,
                    line,
                    _("no video file %(video)r (media/NAME.mp4, .webm or .ogv)")
                    % {"video": video},
                )
            )
        elif video and not _is_video(documents[video]):
            problems.append(
                Problem(
                    path,
                    line,
                    _("%(video)r is not an MP4, WebM or Ogg video") % {"video": video},
                )
            )
        captions = value["captions"]
        if not captions:
            continue
        if captions not in documents:
            problems.append(
                Problem(
                    path,
                    line,
                    _("no captions file %(captions)r") % {"captions": captions},
                )
            )
        elif not captions.lower().endswith(CAPTIONS_SUFFIX) or not documents[
            captions
        ].removeprefix(b"\xef\xbb\xbf").startswith(b"WEBVTT"):
            problems.append(
                Problem(
                    path,
                    line,
                    _(
                        "the captions %(captions)r are not WebVTT "
                        "(a .vtt file starting with WEBVTT)"
                    )
                    % {"captions": captions},
                )
            )


def _media_files(files, problems, skip=()) -> dict[str, bytes]:
    """The package's images (media/...), each opened to check it is one."""
    from PIL import Image, UnidentifiedImageError

    found = {}
    for name in sorted(files):
        if not name.startswith(fmt.MEDIA_DIR + "/") or name in skip:
            continue
        try:
            with Image.open(io.BytesIO(files[name])) as image:
                image_format = image.format
                image.verify()
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            image_format = None
        if image_format not in IMAGE_FORMATS:
            problems.append(
                Problem(
                    name, 0, _("not an image this site takes (PNG, JPEG, GIF, WebP)")
                )
            )
            continue
        found[name] = files[name]
    return found


def _h5p_files(files, lessons, problems) -> dict[str, bytes]:
    """The package's H5P archives, each checked as an upload is (the same
    validation and content filter); a refused one is a problem named by
    its file. Nothing is stored here."""
    from content.h5p.selectors import library_index
    from content.h5p.validation import Limits, PackageRefused, package_inspect

    found = {}
    prefix = fmt.H5P_DIR + "/"
    names = [n for n in sorted(files) if n.startswith(prefix)]
    if not names:
        return found
    limits = Limits.from_settings()
    installed = library_index()
    for name in names:
        key = name.removeprefix(prefix).removesuffix(".h5p")
        data = files[name]
        if not name.endswith(".h5p") or "/" in key or not isinstance(data, bytes):
            problems.append(Problem(name, 0, _("not an H5P file (h5p/KEY.h5p)")))
            continue
        try:
            package_inspect(
                data=data, filename=name, installed=installed, limits=limits
            )
        except PackageRefused as refused:
            problems.append(
                Problem(
                    name,
                    0,
                    _("H5P package refused: %(reason)s") % {"reason": refused.message},
                )
            )
            continue
        found[key] = data
    return found


def _check_blocks(path, blocks, provisions, glossary, slot_keys, problems):
    for block_type, value, line in blocks:
        if block_type == "quotation" and value["provision"] not in provisions:
            problems.append(
                Problem(
                    path,
                    line,
                    _("unknown provision %(key)r") % {"key": value["provision"]},
                )
            )
        elif block_type == "glossary_term" and value["term"] not in glossary:
            problems.append(
                Problem(
                    path,
                    line,
                    _("unknown glossary term %(term)r") % {"term": value["term"]},
                )
            )
        elif block_type in slot_keys and value["key"] not in slot_keys[block_type]:
            problems.append(
                Problem(
                    path,
                    line,
                    # Translators: block_type is the block's kind, e.g. "quiz", "h5p" or "image".
                    _("unknown %(block_type)s %(key)r")
                    % {"block_type": block_type, "key": value["key"]},
                )
            )


def _check_references(data, known, problems) -> dict:
    """The package's references.yaml entries that are complete."""
    path = fmt.REFERENCES_FILE
    out = {"instruments": [], "provisions": [], "mosaic_modules": [], "glossary": []}
    required = {
        "instruments": ("key", "title", "kind"),
        "provisions": ("key", "instrument", "reference", "title"),
        "mosaic_modules": ("number", "title"),
        "glossary": ("term", "definition"),
    }
    for kind, names in required.items():
        for entry in data.get(kind) or []:
            if isinstance(entry, dict) and _require(entry, names, path, problems):
                for name in ("adopted", "date", "number", "version"):
                    if name in entry and entry[name] is not None:
                        entry[name] = str(entry[name])
                out[kind].append(entry)
    for entry in out["instruments"]:
        if entry["kind"] not in InstrumentKind.values:
            choices = ", ".join(InstrumentKind.values)
            problems.append(
                Problem(
                    path,
                    entry.line,
                    _("unknown instrument kind %(kind)r (one of %(choices)s)")
                    % {"kind": entry["kind"], "choices": choices},
                )
            )
    instruments = set(known.get("instruments", ())) | {
        i["key"] for i in out["instruments"]
    }
    for entry in out["provisions"]:
        if entry["instrument"] not in instruments:
            problems.append(
                Problem(
                    path,
                    entry.line,
                    _("unknown instrument %(key)r") % {"key": entry["instrument"]},
                )
            )
    return out
