"""Reads for content: the reference library, by the keys that data uses."""

from .models import GlossaryTerm, MosaicModule, Provision
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
