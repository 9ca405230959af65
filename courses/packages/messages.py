"""Where the PO entries of a package come from, for `curriculum_messages`.

Each source yields (context, msgid) pairs for a parsed Package; a module
registers its source with `@entry_source`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .parse import Package

ENTRY_SOURCES: list[Callable[[Package], Iterable[tuple[str, str]]]] = []


def entry_source(func):
    ENTRY_SOURCES.append(func)
    return func
