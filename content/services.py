"""Writes for content: the reference library."""

import datetime
from collections.abc import Iterable

from django.conf import settings
from django.db import transaction

from .models import (
    REFERENCE_KEY_FIELDS,
    REFERENCE_MODELS,
    REFERENCE_TEXT_FIELDS,
    GlossaryTerm,
    Instrument,
    MosaicModule,
    Provision,
    ReferenceTranslation,
    reference_kind,
)

MOSAIC_PREFIX = "MOSAIC:"


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


@transaction.atomic
def reference_library_import(
    *,
    instruments: Iterable[dict] = (),
    provisions: Iterable[dict] = (),
    mosaic_modules: Iterable[dict] = (),
    glossary: Iterable[dict] = (),
) -> dict[str, int]:
    """Create or update references from plain data, keyed by their stable keys.

    Idempotent: running it again with the same data changes nothing. Returns
    how many entries of each kind were created.
    """
    created = {"instruments": 0, "provisions": 0, "mosaic_modules": 0, "glossary": 0}
    for entry in instruments:
        _instrument, was_created = Instrument.objects.update_or_create(
            key=entry["key"],
            defaults={
                "title": entry["title"],
                "short_title": entry.get("short_title", ""),
                "abbreviation": entry.get("abbreviation", ""),
                "kind": entry["kind"],
                "adopted_on": _date(entry.get("adopted")),
                "document_symbol": entry.get("symbol", ""),
                "summary": entry.get("summary", ""),
            },
        )
        created["instruments"] += was_created
    by_key = {i.key: i for i in Instrument.objects.all()}
    for entry in provisions:
        _provision, was_created = Provision.objects.update_or_create(
            key=entry["key"],
            defaults={
                "instrument": by_key[entry["instrument"]],
                "reference": entry["reference"],
                "title": entry["title"],
                "summary": entry.get("summary", ""),
            },
        )
        created["provisions"] += was_created
    for entry in mosaic_modules:
        _module, was_created = MosaicModule.objects.update_or_create(
            number=entry["number"],
            defaults={
                "title": entry["title"],
                "version": entry.get("version") or "",
                "published_on": _date(entry.get("date")),
            },
        )
        created["mosaic_modules"] += was_created
    for entry in glossary:
        provision, module = reference_resolve(key=entry.get("source") or "")
        _term, was_created = GlossaryTerm.objects.update_or_create(
            term=entry["term"],
            defaults={
                "definition": entry["definition"],
                "source_provision": provision,
                "source_mosaic_module": module,
            },
        )
        created["glossary"] += was_created
    return created


def reference_resolve(*, key: str) -> tuple[Provision | None, MosaicModule | None]:
    """Find what a source key names: "ITI-8a" or "MOSAIC:05.30"."""
    if not key:
        return None, None
    if key.startswith(MOSAIC_PREFIX):
        number = key.removeprefix(MOSAIC_PREFIX)
        return None, MosaicModule.objects.filter(number=number).first()
    return Provision.objects.filter(key=key).first(), None


# Translations of the reference library (docs/decisions/0029).


def _clean_texts(kind: str, texts: dict) -> dict[str, str]:
    fields = REFERENCE_TEXT_FIELDS[kind]
    return {
        name: str(value).strip()
        for name, value in texts.items()
        if name in fields and value is not None and str(value).strip()
    }


@transaction.atomic
def reference_translation_save(
    *, reference, language: str, texts: dict
) -> ReferenceTranslation | None:
    """Replace the texts of one reference in one language; empty texts are
    "not translated". Returns None when nothing is left translated."""
    kind = reference_kind(reference)
    cleaned = _clean_texts(kind, texts)
    found = ReferenceTranslation.objects.filter(
        kind=kind, object_id=reference.pk, language=language
    )
    if not cleaned:
        found.delete()
        return None
    translation, _created = ReferenceTranslation.objects.update_or_create(
        kind=kind,
        object_id=reference.pk,
        language=language,
        defaults={"texts": cleaned},
    )
    return translation


@transaction.atomic
def reference_translations_import(
    *, translations: dict[str, dict[tuple[str, str], dict[str, str]]]
) -> int:
    """Store translated texts given by language, then (kind, key): {field:
    text}, as PO files give them. A text given replaces the stored one; a
    text not given is kept (a reference is in several catalogues, and a
    catalogue without a translation does not take one away). Keys the
    library does not have are skipped: the caller checked them. Returns how
    many texts were stored."""
    wanted: dict[str, set[str]] = {}
    for by_reference in translations.values():
        for kind, key in by_reference:
            wanted.setdefault(kind, set()).add(key)
    ids = {
        kind: dict(
            REFERENCE_MODELS[kind]
            .objects.filter(**{f"{REFERENCE_KEY_FIELDS[kind]}__in": keys})
            .values_list(REFERENCE_KEY_FIELDS[kind], "pk")
        )
        for kind, keys in wanted.items()
    }
    stored = 0
    languages = {code for code, _name in settings.LANGUAGES}
    for language, by_reference in translations.items():
        if language not in languages:
            continue
        existing = {
            (row.kind, row.object_id): row
            for row in ReferenceTranslation.objects.filter(language=language)
        }
        for (kind, key), texts in by_reference.items():
            object_id = ids[kind].get(key)
            cleaned = _clean_texts(kind, texts)
            if object_id is None or not cleaned:
                continue
            row = existing.get((kind, object_id))
            if row is None:
                ReferenceTranslation.objects.create(
                    kind=kind, object_id=object_id, language=language, texts=cleaned
                )
            elif {**row.texts, **cleaned} != row.texts:
                row.texts = {**row.texts, **cleaned}
                row.save(update_fields=["texts", "updated_at"])
            stored += len(cleaned)
    return stored
