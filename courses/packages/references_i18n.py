"""The reference library's texts as PO entries (docs/decisions/0029).

Contexts: ``instrument/KEY/FIELD``, ``provision/KEY/FIELD``,
``mosaic/NUMBER/FIELD`` and ``glossary/TERM/FIELD``, where TERM is the
term's English text (it may hold a slash: the field is after the last one).
The msgid is the source text; an empty or fuzzy msgstr is "not translated".

A package's PO files carry the entries of the references it carries (its
references.yaml); the curriculum's library has its own catalogue,
``locale/references.pot`` and ``locale/LANG.po`` beside references.yaml.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import PurePosixPath

import polib
from django.utils.translation import gettext as _

from content.choices import ReferenceKind
from content.models import REFERENCE_KEY_FIELDS, REFERENCE_MODELS, REFERENCE_TEXT_FIELDS
from content.selectors import reference_translations

from .markdown import Problem
from .registry import entry_source

LIBRARY_LOCALE_DIR = "locale"
LIBRARY_TEMPLATE_FILE = "references.pot"

# references.yaml's lists, by the kind their PO contexts name.
YAML_KINDS = {
    ReferenceKind.INSTRUMENT: "instruments",
    ReferenceKind.PROVISION: "provisions",
    ReferenceKind.MOSAIC: "mosaic_modules",
    ReferenceKind.GLOSSARY: "glossary",
}


def is_reference_context(context: str) -> bool:
    """KIND/KEY/FIELD: two slashes at least, so a page keyed like a kind
    (a lesson "glossary": ``glossary/title``) keeps its own entries."""
    return context.partition("/")[0] in REFERENCE_TEXT_FIELDS and (
        context.count("/") >= 2
    )


def context_split(context: str) -> tuple[str, str, str]:
    """("glossary", "end-user certificate", "definition") from its context."""
    kind, _slash, rest = context.partition("/")
    key, _slash, field = rest.rpartition("/")
    return kind, key, field


def reference_entries(references: dict) -> Iterator[tuple[str, str]]:
    """(context, source text) of every text of references.yaml's data."""
    for kind, fields in REFERENCE_TEXT_FIELDS.items():
        key_field = REFERENCE_KEY_FIELDS[kind]
        for entry in references.get(YAML_KINDS[kind]) or []:
            for field in fields:
                text = entry.get(field)
                if text:
                    yield f"{kind}/{entry[key_field]}/{field}", str(text)


@entry_source(order=90)
def package_reference_entries(package) -> Iterable[tuple[str, str]]:
    """The reference entries of a parsed package (curriculum_messages)."""
    return reference_entries(package.references)


def library_entries(references: dict) -> Iterable[tuple[str, str]]:
    """The entries of the library catalogue, from references.yaml's data."""
    return reference_entries(references)


def reference_keys(references: dict, known: dict | None = None) -> dict[str, set]:
    """The keys a translation may name, by kind: the references' own and
    the ones the site (or the import) already has."""
    known = known or {}
    known_names = {
        ReferenceKind.INSTRUMENT: "instruments",
        ReferenceKind.PROVISION: "provisions",
        ReferenceKind.MOSAIC: "mosaic",
        ReferenceKind.GLOSSARY: "glossary",
    }
    keys = {}
    for kind, yaml_kind in YAML_KINDS.items():
        key_field = REFERENCE_KEY_FIELDS[kind]
        keys[kind] = set(known.get(known_names[kind], ())) | {
            str(entry[key_field]) for entry in references.get(yaml_kind) or []
        }
    return keys


def reference_context_check(context, keys, path, line, problems) -> bool:
    """Whether a reference entry names a known reference and field; a
    problem named by file and line when not."""
    kind, key, field = context_split(context)
    if key not in keys.get(kind, ()):
        problems.append(
            Problem(
                path,
                line,
                # Translators: kind is instrument, provision, mosaic or glossary.
                _("unknown %(kind)s %(key)r in %(context)r")
                % {"kind": kind, "key": key, "context": context},
            )
        )
        return False
    if field not in REFERENCE_TEXT_FIELDS[kind]:
        problems.append(
            Problem(
                path,
                line,
                _("%(kind)s has no translated field %(field)r (one of %(fields)s)")
                % {
                    "kind": kind,
                    "field": field,
                    "fields": ", ".join(REFERENCE_TEXT_FIELDS[kind]),
                },
            )
        )
        return False
    return True


def translations_by_reference(
    translations: dict[str, dict[str, tuple[str, int]]],
) -> dict[str, dict[tuple[str, str], dict[str, str]]]:
    """A package's translated entries (language -> context -> (text, line))
    as the content service stores them: language -> (kind, key) -> texts."""
    out: dict[str, dict[tuple[str, str], dict[str, str]]] = {}
    for language, entries in translations.items():
        for context, (text, _line) in entries.items():
            if not is_reference_context(context):
                continue
            kind, key, field = context_split(context)
            out.setdefault(language, {}).setdefault((kind, key), {})[field] = text
    return out


def library_catalogues_read(
    files: dict[str, str], keys: dict[str, set], problems: list[Problem]
) -> dict[str, dict[str, tuple[str, int]]]:
    """The library's LANG.po files (path -> text), checked: language ->
    context -> (text, line). Every entry must be a reference entry."""
    translations = {}
    for name in sorted(files):
        if not name.endswith(".po"):
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
        for entry in po:
            if not entry.msgstr or entry.obsolete or "fuzzy" in entry.flags:
                continue
            context = entry.msgctxt or ""
            if not is_reference_context(context):
                problems.append(
                    Problem(
                        name,
                        entry.linenum,
                        _("unknown context %(context)r") % {"context": context},
                    )
                )
                continue
            if reference_context_check(context, keys, name, entry.linenum, problems):
                entries[context] = (entry.msgstr, entry.linenum)
        translations[language] = entries
    return translations


def reference_po_entries(references: dict, language: str | None):
    """(context, source, translation or "") for references.yaml's data, the
    translations read from the site (nothing for the template)."""
    stored = reference_translations(language=language) if language else {}
    ids = _ids(references) if stored else {}
    for context, text in reference_entries(references):
        kind, key, field = context_split(context)
        texts = stored.get((kind, ids.get((kind, key))), {})
        yield context, text, texts.get(field, "")


def _ids(references: dict) -> dict[tuple[str, str], int]:
    ids = {}
    for kind, yaml_kind in YAML_KINDS.items():
        key_field = REFERENCE_KEY_FIELDS[kind]
        keys = [str(e[key_field]) for e in references.get(yaml_kind) or []]
        for key, pk in (
            REFERENCE_MODELS[kind]
            .objects.filter(**{f"{key_field}__in": keys})
            .values_list(key_field, "pk")
        ):
            ids[(kind, key)] = pk
    return ids
