"""The contract every question type's grader keeps.

A grader knows one question type: it validates and normalises the type's JSON
`definition`, builds the public view a fellow's browser may receive (never an
answer key), reads a response from a submitted form, grades a response and,
when the review options allow, describes the key beside the response.
"""

from __future__ import annotations

import copy
import random
import re
import secrets
from dataclasses import dataclass, field
from typing import Any, ClassVar

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.whitelist import Whitelister

MAX_TEXT = 500
MAX_FEEDBACK = 5000
MAX_OPTIONS = 50
ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,32}$")


@dataclass(frozen=True)
class Grade:
    """A graded response: a fraction of the question's points in [0, 1]."""

    fraction: float
    feedback: list[str] = field(default_factory=list)

    @property
    def correct(self) -> bool:
        return self.fraction >= 1.0


class ResponseError(ValidationError):
    """A response that cannot be saved (too long, malformed)."""


def new_id() -> str:
    # Opaque ids: an option's id must not reveal its place in the key.
    return secrets.token_hex(4)


def clean_rich_text(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(_("Feedback must be text."))
    if len(value) > MAX_FEEDBACK:
        raise ValidationError(
            ngettext(
                "Feedback is longer than %(max)d character.",
                "Feedback is longer than %(max)d characters.",
                MAX_FEEDBACK,
            )
            % {"max": MAX_FEEDBACK}
        )
    value = value.strip()
    return Whitelister().clean(value) if value else ""


def clean_plain_text(value: Any, *, label: str, required: bool = True) -> str:
    if not isinstance(value, str):
        raise ValidationError(_("%(label)s must be text.") % {"label": label})
    value = value.strip()
    if required and not value:
        raise ValidationError(_("%(label)s is empty.") % {"label": label})
    if len(value) > MAX_TEXT:
        raise ValidationError(
            ngettext(
                "%(label)s is longer than %(max)d character.",
                "%(label)s is longer than %(max)d characters.",
                MAX_TEXT,
            )
            % {"label": label, "max": MAX_TEXT}
        )
    return value


def clean_id(value: Any, seen: set[str]) -> str:
    if value in (None, ""):
        value = new_id()
        while value in seen:
            value = new_id()
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise ValidationError(_("An identifier is not valid: %(id)r.") % {"id": value})
    if value in seen:
        raise ValidationError(_("Identifier %(id)s is used twice.") % {"id": value})
    seen.add(value)
    return value


def clean_fraction(value: Any, *, minimum: float = -1.0) -> float:
    """An answer's credit as a fraction of the mark, between `minimum` and 1
    (Moodle allows negative credit on choices and embedded answers)."""
    if isinstance(value, bool):
        raise ValidationError(_("An answer's credit is not a number."))
    try:
        fraction = float(value)
    except (TypeError, ValueError):
        raise ValidationError(_("An answer's credit is not a number.")) from None
    if not minimum <= fraction <= 1.0:
        raise ValidationError(
            _("A credit must be between %(min)s%% and 100%%.")
            % {"min": f"{minimum * 100:g}"}
        )
    return round(fraction, 5)


def require_mapping(definition: Any) -> dict:
    if not isinstance(definition, dict):
        raise ValidationError(_("The definition must be a JSON object."))
    return definition


def shuffled(items: list, rng: random.Random | None) -> list:
    items = list(items)
    if rng is not None:
        rng.shuffle(items)
    return items


class Grader:
    """Base class; one subclass per question type, registered by `type`."""

    type: ClassVar[str]
    auto_graded: ClassVar[bool] = True
    template: ClassVar[str]

    def clean_definition(self, definition: Any) -> dict:
        raise NotImplementedError

    def public_view(self, definition: dict, *, rng: random.Random | None) -> dict:
        """What the browser may see while answering: never the key."""
        return {}

    def with_response(self, view: dict, response: Any) -> dict:
        """The public view marked with the fellow's saved response."""
        return view

    def response_from_form(self, data, name: str) -> Any:
        """Read this question's response from POST data (fields named `name…`)."""
        return data.get(name, "")

    def clean_response(self, definition: dict, response: Any) -> Any:
        """Validate a response before it is saved; raise ResponseError."""
        raise NotImplementedError

    def is_blank(self, response: Any) -> bool:
        return response in (None, "", [], {})

    def grade(self, definition: dict, response: Any) -> Grade:
        raise NotImplementedError

    def review(
        self,
        definition: dict,
        response: Any,
        *,
        rng: random.Random | None = None,
        key: bool,
    ) -> dict:
        """A finished attempt's answer for its review page.

        `response` is None when the fellow's answers are not to be shown; the
        key (which option is right, the accepted answers, the right pairs or
        positions) is in the result only when `key` is true, so nothing the
        template receives can give it away before the review options allow.
        Entries come in the order the attempt showed them (`rng`).
        """
        return {}

    # Translations: the texts a fellow reads, never the key.

    def texts(self, definition: dict) -> list[tuple[str, str]]:
        """(FIELD, text) for each non-empty text of the definition a translator
        translates; FIELD is a path into the definition ("options.2.text").
        Keys, credits, tolerances and numbers are never among them."""
        return []

    def with_texts(self, definition: dict, texts: dict[str, str]) -> dict:
        """A copy of the definition with the given FIELD texts replaced; a
        FIELD not in `texts` keeps its source text. Only texts change."""
        return definition


def text_entries(paths) -> list[tuple[str, str]]:
    """(FIELD, text) for the `paths` pairs (FIELD, value) that hold text."""
    entries = []
    for field_name, value in paths:
        if isinstance(value, str) and value.strip():
            entries.append((field_name, value))
    return entries


def replaced(definition: dict, texts: dict[str, str]) -> dict:
    """A deep copy of `definition` with each FIELD of `texts` written in.

    A FIELD is a dotted path whose numbers count list entries from 1
    ("options.2.text", "items.3"); a path that leads nowhere is ignored,
    since only the FIELDs a grader lists are ever stored.
    """
    result = copy.deepcopy(definition)
    for field_name, text in texts.items():
        if not isinstance(text, str) or not text.strip():
            continue
        *parents, last = field_name.split(".")
        target: Any = result
        for part in parents:
            target = _step(target, part)
            if target is None:
                break
        if target is None:
            continue
        if isinstance(target, list) and last.isdigit():
            index = int(last) - 1
            if 0 <= index < len(target) and isinstance(target[index], str):
                target[index] = text
        elif isinstance(target, dict) and isinstance(target.get(last), str):
            target[last] = text
    return result


def _step(target: Any, part: str) -> Any:
    if isinstance(target, list) and part.isdigit():
        index = int(part) - 1
        return target[index] if 0 <= index < len(target) else None
    if isinstance(target, dict):
        return target.get(part)
    return None


class KeyedResponseGrader(Grader):
    """A grader whose response maps each entry of the question to a value.

    The public view lists the entries under `view_entries`; the form has one
    field per entry, named "<question field>-<entry id>".
    """

    view_entries: ClassVar[str] = ""

    def with_response(self, view: dict, response: Any) -> dict:
        response = response if isinstance(response, dict) else {}
        for entry in view[self.view_entries]:
            entry["selected"] = response.get(entry["id"])
        return view

    def response_from_form(self, data, name: str) -> Any:
        prefix = f"{name}-"
        return {
            key[len(prefix) :]: value
            for key, value in data.items()
            if key.startswith(prefix) and value
        }
