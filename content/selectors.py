"""Reads for content: the reference library, by the keys that data uses."""

from django.db.models import Prefetch

from .models import (
    GlossaryTerm,
    Instrument,
    MosaicModule,
    Provision,
    ReferenceTranslation,
    reference_kind,
)
from .services import MOSAIC_PREFIX


def provisions_by_key() -> dict[str, Provision]:
    return {p.key: p for p in Provision.objects.select_related("instrument")}


def mosaic_modules_by_number() -> dict[str, MosaicModule]:
    return {m.number: m for m in MosaicModule.objects.all()}


def glossary_terms_by_term() -> dict[str, GlossaryTerm]:
    return {t.term: t for t in GlossaryTerm.objects.all()}


def split_source_keys(keys: list[str]) -> tuple[list[str], list[str]]:
    """Split source keys into provision keys and MOSAIC module numbers."""
    provisions = [key for key in keys if not key.startswith(MOSAIC_PREFIX)]
    modules = [
        key.removeprefix(MOSAIC_PREFIX) for key in keys if key.startswith(MOSAIC_PREFIX)
    ]
    return provisions, modules


def reference_translations(*, language: str) -> dict[tuple[str, int], dict[str, str]]:
    """Every translated reference text in one language, by (kind, id): one
    query, however many references a page shows."""
    return {
        (kind, object_id): texts
        for kind, object_id, texts in ReferenceTranslation.objects.filter(
            language=language
        ).values_list("kind", "object_id", "texts")
    }


def reference_translations_of(*, reference) -> dict[str, dict[str, str]]:
    """The translations of one reference, by language."""
    return dict(
        ReferenceTranslation.objects.filter(
            kind=reference_kind(reference), object_id=reference.pk
        ).values_list("language", "texts")
    )


def glossary_with_sources():
    """The glossary in its order, each term with its source: one query."""
    return GlossaryTerm.objects.select_related(
        "source_provision__instrument", "source_mosaic_module"
    ).order_by("term")


def reference_library() -> tuple[list, list]:
    """Instruments with their provisions, and the MOSAIC modules: three
    queries."""
    instruments = Instrument.objects.prefetch_related(
        Prefetch("provisions", queryset=Provision.objects.order_by("key"))
    ).order_by("key")
    return list(instruments), list(MosaicModule.objects.order_by("number"))
