"""Parts of a course package that apps above courses read and write.

Courses knows no app above it (docs/decisions/0001-app-boundaries.md): the
question banks and quizzes of a package are read, checked, imported and
exported by fellowship.assessments, which registers its part here in its
AppConfig.ready (`fellowship/assessments/packages.py`). A part owns one kind
of lesson slot (``::: quiz KEY``): the import gives courses the object each
slot key names, and the export the key of each slot's object.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from .markdown import Problem


@dataclass
class PartReading:
    """What a part gets to read and check a package."""

    files: dict[str, str]
    course: dict
    module_keys: set[str]
    # check_source(key, path, line) adds a problem for an unknown reference.
    check_source: Callable[[str, str, int], None]
    problems: list[Problem] = field(default_factory=list)


class PackagePart(Protocol):
    # The lesson block type whose slots the part fills, and the block's
    # field that holds the object ("quiz").
    slot_type: str
    slot_field: str

    def parse(self, reading: PartReading) -> tuple[Any, set[str]]:
        """The part's checked data, and the slot keys a lesson may name."""

    def write(self, data, *, course, modules: dict, source_fields) -> dict[str, int]:
        """Create or update; the object's pk for each slot key."""

    def export(self, *, course, modules: dict) -> tuple[dict, dict, set, list]:
        """(course.yaml entries, files, source keys cited, notes)."""

    def slot_key(self, obj) -> str:
        """The key a lesson slot names the object by."""


class TranslatedPart(PackagePart, Protocol):
    """A part whose texts travel in the package's PO files too, under
    contexts starting with one of `translation_prefixes` ("question/...")."""

    translation_prefixes: tuple[str, ...]

    def translations_read(self, data, path: str, language: str, po) -> list[Problem]:
        """Check a PO file's entries of the part and keep them in `data`
        (written by `write`); the problems name the file and the line."""

    def translation_entries(self, *, course, modules: dict, language: str | None):
        """(context, source, translation or "") for the part's texts."""

    def message_entries(self, data):
        """(context, msgid) for the part's texts, from parsed data."""


_PARTS: list[PackagePart] = []


def register_package_part(part: PackagePart) -> None:
    """Called by fellowship.assessments (AppConfig.ready) for banks and quizzes."""
    if not any(type(p) is type(part) for p in _PARTS):
        _PARTS.append(part)


def package_parts() -> list[PackagePart]:
    return list(_PARTS)
