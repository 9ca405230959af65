"""PO entries of a package's question banks and quizzes.

Contexts ``question/QKEY/FIELD`` and ``quiz/QUIZKEY/title``: the package
part that owns the banks and quizzes (fellowship.assessments, registered in
parts.py) lists them from its parsed data, since courses knows no question
type (docs/decisions/0001-app-boundaries.md).
"""

from __future__ import annotations

from collections.abc import Iterator

from .registry import entry_source


@entry_source(order=10)
def question_entries(package) -> Iterator[tuple[str, str]]:
    """(context, msgid) for every text of the package's questions and quizzes."""
    for part, data in package.parts:
        entries = getattr(part, "message_entries", None)
        if entries is not None:
            yield from entries(data)
