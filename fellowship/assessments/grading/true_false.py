"""True or false, with feedback for each answer."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

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

FORM_VALUES = {"true": True, "false": False}


class TrueFalseGrader(Grader):
    type = QuestionType.TRUE_FALSE
    template = "assessments/includes/question_true_false.html"

    def clean_definition(self, definition: Any) -> dict:
        definition = require_mapping(definition)
        answer = definition.get("answer")
        if not isinstance(answer, bool):
            raise ValidationError(_("The answer must be true or false."))
        return {
            "answer": answer,
            "feedback_true": clean_rich_text(definition.get("feedback_true")),
            "feedback_false": clean_rich_text(definition.get("feedback_false")),
        }

    def clean_response(self, definition: dict, response: Any) -> Any:
        if response in (None, ""):
            return None
        if isinstance(response, bool):
            return response
        if isinstance(response, str) and response in FORM_VALUES:
            return FORM_VALUES[response]
        raise ResponseError(_("Answer true or false."))

    def grade(self, definition: dict, response: Any) -> Grade:
        if not isinstance(response, bool):
            return Grade(0.0)
        feedback = definition["feedback_true" if response else "feedback_false"]
        return Grade(
            1.0 if response == definition["answer"] else 0.0,
            [feedback] if feedback else [],
        )

    def review(self, definition: dict, response: Any, *, rng=None, key: bool) -> dict:
        view = {"chosen": response if isinstance(response, bool) else None}
        if key:
            view["answer"] = definition["answer"]
        return view

    def texts(self, definition: dict) -> list[tuple[str, str]]:
        return text_entries(
            (name, definition.get(name)) for name in ("feedback_true", "feedback_false")
        )

    def with_texts(self, definition: dict, texts: dict[str, str]) -> dict:
        return replaced(definition, texts)
