"""Where the PO entries of a package come from, for `curriculum_messages`.

Each source yields ``(context, msgid)`` pairs for a parsed package; a module
registers its source with ``@entry_source``. This module imports nothing of
the package code, so any of it may register a source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

EntrySource = Callable[[Any], Iterable[tuple[str, str]]]
ENTRY_SOURCES: list[EntrySource] = []


def entry_source(func: EntrySource | None = None, *, order: int = 50):
    """Register a source of catalogue entries (a decorator). Sources are read
    by `order`, as the export writes them: pages, questions, references."""

    def register(func: EntrySource) -> EntrySource:
        func.entry_order = order
        if func not in ENTRY_SOURCES:
            ENTRY_SOURCES.append(func)
            ENTRY_SOURCES.sort(key=lambda source: source.entry_order)
        return func

    return register(func) if func is not None else register
