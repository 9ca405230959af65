"""The sources of a package's PO entries, for the `curriculum_messages`
command: each yields (context, msgid) pairs for a parsed Package."""

from __future__ import annotations

from collections.abc import Callable, Iterable

ENTRY_SOURCES: list[Callable[..., Iterable[tuple[str, str]]]] = []


def entry_source(func):
    ENTRY_SOURCES.append(func)
    return func
