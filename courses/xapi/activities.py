"""Activity IRIs: which lesson and which H5P block a statement is about.

    <SITE_URL>/xapi/activities/lesson/<lesson page id>/block/<block uuid>

The lesson is the one in the source language, so a fellow's result is the
same whichever translation they played. H5P appends `?subContentId=…` for
statements about a part of the activity; those name the same activity.
"""

from __future__ import annotations

import functools
import re
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse

_PATH = re.compile(
    r"^/xapi/activities/lesson/(?P<lesson>[1-9][0-9]{0,18})"
    r"/block/(?P<block>[0-9a-fA-F-]{36})$"
)


@dataclass(frozen=True)
class ActivityRef:
    lesson_id: int
    block_id: uuid.UUID
    is_subcontent: bool

    @property
    def iri(self) -> str:
        return activity_iri(lesson_id=self.lesson_id, block_id=self.block_id)


def site_url() -> str:
    return (getattr(settings, "SITE_URL", "") or "").rstrip("/")


# Placeholders the activity's URL pattern accepts, replaced in its path.
_LESSON, _BLOCK = 987654321, "00000000-0000-4000-8000-00000000b10c"


@functools.lru_cache(maxsize=8)
def _path_template(script_prefix: str, urlconf) -> tuple[str, str, str]:
    """The activity path around its lesson and block, reversed once (every
    statement names one, and reversing costs more than the rest of its
    parsing)."""
    path = reverse("xapi:activity", kwargs={"lesson_id": _LESSON, "block_id": _BLOCK})
    before, _lesson, rest = path.partition(str(_LESSON))
    middle, _block, after = rest.partition(_BLOCK)
    return before, middle, after


def activity_iri(*, lesson_id: int, block_id: uuid.UUID | str) -> str:
    before, middle, after = _path_template(get_script_prefix(), get_urlconf())
    return f"{site_url()}{before}{int(lesson_id)}{middle}{block_id}{after}"


def activity_parse(iri: str) -> ActivityRef | None:
    """The lesson and block an IRI names, or None when it is not one of ours."""
    if not isinstance(iri, str) or len(iri) > 512:
        return None
    root, _question, query = iri.partition("?")
    prefix = site_url()
    if not prefix or not root.startswith(prefix):
        return None
    match = _PATH.match(root[len(prefix) :])
    if match is None:
        return None
    try:
        block_id = uuid.UUID(match["block"])
    except ValueError:
        return None
    return ActivityRef(
        lesson_id=int(match["lesson"]),
        block_id=block_id,
        is_subcontent=bool(query),
    )
