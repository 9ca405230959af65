"""Writes for content: the reference library."""

import datetime
from collections.abc import Iterable

from django.db import transaction

from .models import GlossaryTerm, Instrument, MosaicModule, Provision

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
