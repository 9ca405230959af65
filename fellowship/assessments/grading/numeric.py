"""A number, right within a tolerance."""

from __future__ import annotations

import math
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..choices import QuestionType
from .base import Grade, Grader, ResponseError, clean_rich_text, require_mapping

MAX_INPUT = 64


def parse_number(text: str) -> float | None:
    """Read a number as a person types it: NFKC digits, comma or dot decimals."""
    text = unicodedata.normalize("NFKC", text).strip().replace(" ", "")
    text = text.replace("\u2212", "-")  # the minus sign
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    if not number.is_finite():
        return None
    value = float(number)
    return value if math.isfinite(value) else None


def _finite(value: Any, label: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValidationError(_("%(label)s must be a number.") % {"label": label})
    number = parse_number(str(value))
    if number is None:
        raise ValidationError(_("%(label)s must be a number.") % {"label": label})
    return number


class NumericGrader(Grader):
    type = QuestionType.NUMERIC
    template = "assessments/includes/question_numeric.html"

    def clean_definition(self, definition: Any) -> dict:
        definition = require_mapping(definition)
        answer = _finite(definition.get("answer"), _("The answer"))
        tolerance = _finite(definition.get("tolerance", 0), _("The tolerance"))
        if tolerance < 0:
            raise ValidationError(_("The tolerance cannot be negative."))
        unit = definition.get("unit", "")
        if not isinstance(unit, str) or len(unit) > 32:
            raise ValidationError(_("The unit must be short text."))
        return {
            "answer": answer,
            "tolerance": tolerance,
            "unit": unit.strip(),
            "feedback_correct": clean_rich_text(definition.get("feedback_correct")),
            "feedback_incorrect": clean_rich_text(definition.get("feedback_incorrect")),
        }

    def public_view(self, definition: dict, *, rng) -> dict:
        return {"unit": definition.get("unit", "")}

    def clean_response(self, definition: dict, response: Any) -> Any:
        if response in (None, ""):
            return ""
        if not isinstance(response, str):
            raise ResponseError(_("Type a number."))
        if len(response) > MAX_INPUT:
            raise ResponseError(
                ngettext(
                    "Type at most %(max)d character.",
                    "Type at most %(max)d characters.",
                    MAX_INPUT,
                )
                % {"max": MAX_INPUT}
            )
        # An unreadable number is saved as typed and graded wrong, so that
        # the fellow sees what they sent; only the length is refused.
        return response.strip()

    def grade(self, definition: dict, response: Any) -> Grade:
        number = parse_number(response) if isinstance(response, str) else None
        if number is None:
            return Grade(0.0)
        right = abs(number - definition["answer"]) <= definition["tolerance"] + 1e-9
        feedback = definition["feedback_correct" if right else "feedback_incorrect"]
        return Grade(1.0 if right else 0.0, [feedback] if feedback else [])

    def review(self, definition: dict, response: Any, *, rng=None, key: bool) -> dict:
        view = {"unit": definition.get("unit", ""), "response": response or ""}
        if key:
            view["answer"] = definition["answer"]
            view["tolerance"] = definition["tolerance"]
        return view
