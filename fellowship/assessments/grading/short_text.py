"""Short text: any accepted answer, ignoring case, spacing and Unicode forms."""

from __future__ import annotations

import re
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
    clean_fraction,
    clean_plain_text,
    clean_rich_text,
    replaced,
    require_mapping,
    text_entries,
)

MAX_INPUT = 500


def normalise(text: str, *, case_sensitive: bool = False) -> str:
    """NFKC, casefold unless asked not to, whitespace runs collapsed."""
    text = unicodedata.normalize("NFKC", text)
    return " ".join((text if case_sensitive else text.casefold()).split())


def _pattern(answer: str, *, case_sensitive: bool) -> re.Pattern:
    """Moodle's short-answer match: `*` is any run of characters, `\\*` a star."""
    text = normalise(answer, case_sensitive=case_sensitive)
    parts = re.split(r"(?<!\\)\*", text)
    body = ".*".join(re.escape(part.replace("\\*", "*")) for part in parts)
    return re.compile(rf"^{body}$", re.DOTALL)


class ShortTextGrader(Grader):
    """Accepted answers, each with its credit and feedback, as Moodle has them.

    `answers` is the list of `{"text", "fraction", "feedback"}`; a `*` in a
    text matches any characters. The first answer that matches (in order)
    gives the grade, as in Moodle. `accepted` (full-credit texts) is read
    on input and written on output for the review and older callers.
    """

    type = QuestionType.SHORT_TEXT
    template = "assessments/includes/question_short_text.html"

    def clean_definition(self, definition: Any) -> dict:
        definition = require_mapping(definition)
        answers = definition.get("answers")
        if answers is None:
            accepted = definition.get("accepted")
            if not isinstance(accepted, list):
                accepted = []
            answers = [{"text": text, "fraction": 1} for text in accepted]
        if not isinstance(answers, list) or not answers:
            raise ValidationError(_("Give at least one accepted answer."))
        case_sensitive = bool(definition.get("case_sensitive", False))
        cleaned: list[dict] = []
        seen: set[str] = set()
        for answer in answers:
            answer = require_mapping(answer)
            text = clean_plain_text(answer.get("text"), label=_("An accepted answer"))
            key = normalise(text, case_sensitive=case_sensitive)
            if key in seen:
                continue
            seen.add(key)
            cleaned.append(
                {
                    "text": text,
                    "fraction": clean_fraction(answer.get("fraction", 1), minimum=0.0),
                    "feedback": clean_rich_text(answer.get("feedback")),
                }
            )
        if not any(answer["fraction"] >= 1.0 for answer in cleaned):
            raise ValidationError(_("Give one accepted answer full credit (100%)."))
        return {
            "answers": cleaned,
            "accepted": [a["text"] for a in cleaned if a["fraction"] >= 1.0],
            "case_sensitive": case_sensitive,
            "feedback_correct": clean_rich_text(definition.get("feedback_correct")),
            "feedback_incorrect": clean_rich_text(definition.get("feedback_incorrect")),
        }

    @staticmethod
    def matching_answer(definition: dict, response: str) -> dict | None:
        case_sensitive = definition.get("case_sensitive", False)
        answers = definition.get("answers") or [
            {"text": text, "fraction": 1.0, "feedback": ""}
            for text in definition["accepted"]
        ]
        typed = normalise(response, case_sensitive=case_sensitive)
        for answer in answers:
            if _pattern(answer["text"], case_sensitive=case_sensitive).match(typed):
                return answer
        return None

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
        answer = self.matching_answer(definition, response)
        fraction = answer["fraction"] if answer else 0.0
        feedback = [answer["feedback"]] if answer and answer["feedback"] else []
        general = definition[
            "feedback_correct" if fraction >= 1.0 else "feedback_incorrect"
        ]
        if general:
            feedback.append(general)
        return Grade(fraction, feedback)

    def review(self, definition: dict, response: Any, *, rng=None, key: bool) -> dict:
        view = {"response": response or ""}
        if key:
            view["accepted"] = definition["accepted"]
        return view

    def texts(self, definition: dict) -> list[tuple[str, str]]:
        entries = []
        for number, answer in enumerate(definition.get("answers") or [], start=1):
            entries.append((f"answers.{number}.text", answer.get("text")))
            entries.append((f"answers.{number}.feedback", answer.get("feedback")))
        for name in ("feedback_correct", "feedback_incorrect"):
            entries.append((name, definition.get(name)))
        return text_entries(entries)

    def with_texts(self, definition: dict, texts: dict[str, str]) -> dict:
        # Each translated answer keeps its source's credit; the full-credit
        # texts are listed again for the review.
        result = replaced(definition, texts)
        if result.get("answers"):
            result["accepted"] = [
                a["text"] for a in result["answers"] if a["fraction"] >= 1.0
            ]
        return result
