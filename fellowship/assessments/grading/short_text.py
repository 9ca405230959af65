"""Short text: any accepted answer, ignoring case, spacing and Unicode forms."""

from __future__ import annotations

import unicodedata
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..choices import QuestionType
from .base import (
    Grade,
    Grader,
    ResponseError,
    clean_plain_text,
    clean_rich_text,
    require_mapping,
)

MAX_INPUT = 500


def normalise(text: str) -> str:
    """NFKC, casefold, and whitespace runs collapsed to one space."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


class ShortTextGrader(Grader):
    type = QuestionType.SHORT_TEXT
    template = "assessments/includes/question_short_text.html"

    def clean_definition(self, definition: Any) -> dict:
        definition = require_mapping(definition)
        accepted = definition.get("accepted")
        if not isinstance(accepted, list) or not accepted:
            raise ValidationError(_("Give at least one accepted answer."))
        cleaned = []
        for answer in accepted:
            answer = clean_plain_text(answer, label=_("An accepted answer"))
            if normalise(answer) not in {normalise(a) for a in cleaned}:
                cleaned.append(answer)
        return {
            "accepted": cleaned,
            "feedback_correct": clean_rich_text(definition.get("feedback_correct")),
            "feedback_incorrect": clean_rich_text(definition.get("feedback_incorrect")),
        }

    def clean_response(self, definition: dict, response: Any) -> Any:
        if response in (None, ""):
            return ""
        if not isinstance(response, str):
            raise ResponseError(_("Type your answer."))
        if len(response) > MAX_INPUT:
            raise ResponseError(
                ngettext(
                    "Type at most %(max)d character.",
                    "Type at most %(max)d characters.",
                    MAX_INPUT,
                )
                % {"max": MAX_INPUT}
            )
        return response.strip()

    def grade(self, definition: dict, response: Any) -> Grade:
        if not isinstance(response, str) or not response.strip():
            return Grade(0.0)
        right = normalise(response) in {normalise(a) for a in definition["accepted"]}
        feedback = definition["feedback_correct" if right else "feedback_incorrect"]
        return Grade(1.0 if right else 0.0, [feedback] if feedback else [])

    def review(self, definition: dict, response: Any, *, rng=None, key: bool) -> dict:
        view = {"response": response or ""}
        if key:
            view["accepted"] = definition["accepted"]
        return view
