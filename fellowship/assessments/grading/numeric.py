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
from .base import (
    Grade,
    Grader,
    ResponseError,
    clean_rich_text,
    replaced,
    require_mapping,
    text_entries,
)

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


def _credit(value: Any) -> float:
    number = _finite(value, _("A credit"))
    if not 0.0 <= number <= 1.0:
        raise ValidationError(_("An answer's credit must be between 0% and 100%."))
    return round(number, 5)


class NumericGrader(Grader):
    """Numeric answers, each with its tolerance, credit and feedback (Moodle).

    `answers` lists `{"answer", "tolerance", "fraction", "feedback"}`; the
    first answer whose range holds the response gives the grade, as in
    Moodle. A lone `answer`/`tolerance` is read as one full-credit answer,
    and the first full-credit answer is written back there for the review.
    """

    type = QuestionType.NUMERIC
    template = "assessments/includes/question_numeric.html"

    def clean_definition(self, definition: Any) -> dict:
        definition = require_mapping(definition)
        answers = definition.get("answers")
        if answers is None:
            answers = [
                {
                    "answer": definition.get("answer"),
                    "tolerance": definition.get("tolerance", 0),
                    "fraction": 1,
                }
            ]
        if not isinstance(answers, list) or not answers:
            raise ValidationError(_("Give at least one answer."))
        cleaned = []
        for answer in answers:
            answer = require_mapping(answer)
            tolerance = _finite(answer.get("tolerance", 0), _("The tolerance"))
            if tolerance < 0:
                raise ValidationError(_("The tolerance cannot be negative."))
            cleaned.append(
                {
                    "answer": _finite(answer.get("answer"), _("The answer")),
                    "tolerance": tolerance,
                    "fraction": _credit(answer.get("fraction", 1)),
                    "feedback": clean_rich_text(answer.get("feedback")),
                }
            )
        best = next((a for a in cleaned if a["fraction"] >= 1.0), None)
        if best is None:
            raise ValidationError(_("Give one answer full credit (100%)."))
        unit = definition.get("unit", "")
        if not isinstance(unit, str) or len(unit) > 32:
            raise ValidationError(_("The unit must be short text."))
        return {
            "answers": cleaned,
            "answer": best["answer"],
            "tolerance": best["tolerance"],
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
        answers = definition.get("answers") or [
            {**definition, "fraction": 1.0, "feedback": ""}
        ]
        match = next(
            (a for a in answers if abs(number - a["answer"]) <= a["tolerance"] + 1e-9),
            None,
        )
        fraction = match["fraction"] if match else 0.0
        feedback = [match["feedback"]] if match and match["feedback"] else []
        general = definition[
            "feedback_correct" if fraction >= 1.0 else "feedback_incorrect"
        ]
        if general:
            feedback.append(general)
        return Grade(fraction, feedback)

    def review(self, definition: dict, response: Any, *, rng=None, key: bool) -> dict:
        view = {"unit": definition.get("unit", ""), "response": response or ""}
        if key:
            view["answer"] = definition["answer"]
            view["tolerance"] = definition["tolerance"]
        return view

    def texts(self, definition: dict) -> list[tuple[str, str]]:
        # The numbers and tolerances are the key: only the words are texts.
        entries = [("unit", definition.get("unit"))]
        for number, answer in enumerate(definition.get("answers") or [], start=1):
            entries.append((f"answers.{number}.feedback", answer.get("feedback")))
        for name in ("feedback_correct", "feedback_incorrect"):
            entries.append((name, definition.get(name)))
        return text_entries(entries)

    def with_texts(self, definition: dict, texts: dict[str, str]) -> dict:
        return replaced(definition, texts)
