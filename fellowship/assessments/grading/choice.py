"""Single choice and multiple response: options with per-option feedback."""

from __future__ import annotations

import random
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..choices import MultipleResponseScoring, QuestionType
from .base import (
    MAX_OPTIONS,
    Grade,
    Grader,
    ResponseError,
    clean_fraction,
    clean_id,
    clean_plain_text,
    clean_rich_text,
    replaced,
    require_mapping,
    shuffled,
    text_entries,
)

TOLERANCE = 0.01


def _clean_options(definition: dict) -> list[dict]:
    options = definition.get("options")
    if not isinstance(options, list) or not 2 <= len(options) <= MAX_OPTIONS:
        raise ValidationError(
            ngettext(
                "Give between 2 and %(max)d option.",
                "Give between 2 and %(max)d options.",
                MAX_OPTIONS,
            )
            % {"max": MAX_OPTIONS}
        )
    seen: set[str] = set()
    cleaned = []
    for option in options:
        option = require_mapping(option)
        cleaned.append(
            {
                "id": clean_id(option.get("id"), seen),
                "text": clean_plain_text(option.get("text"), label=_("Option text")),
                "feedback": clean_rich_text(option.get("feedback")),
                **{k: option[k] for k in ("correct", "fraction") if k in option},
            }
        )
    texts = [option["text"] for option in cleaned]
    if len(set(texts)) != len(texts):
        raise ValidationError(_("Two options have the same text."))
    return cleaned


def _option_credit(option: dict) -> float:
    """A single-choice option's credit; `correct` wins over a stale credit."""
    fraction = option.get("fraction", 1.0 if option["correct"] else 0.0)
    if bool(option["correct"]) != (fraction >= 1.0):
        return 1.0 if option["correct"] else 0.0
    return fraction


def _option_texts(definition: dict) -> list[tuple[str, str]]:
    entries = []
    for number, option in enumerate(definition.get("options") or [], start=1):
        entries.append((f"options.{number}.text", option.get("text")))
        entries.append((f"options.{number}.feedback", option.get("feedback")))
    return text_entries(entries)


def _getlist(data, name: str) -> list:
    if hasattr(data, "getlist"):
        return data.getlist(name)
    value = data.get(name, [])
    return value if isinstance(value, list) else [value]


class SingleChoiceGrader(Grader):
    """One option to choose; each option carries a credit, as in Moodle.

    An option's `fraction` runs from -1 to 1 and at least one option gives
    full credit; `correct` (true for full credit) is accepted on input and
    kept on output for the templates and the review. A negative credit
    counts as nothing for the question: a question's grade never goes below
    zero.
    """

    type = QuestionType.SINGLE_CHOICE
    template = "assessments/includes/question_single_choice.html"

    def clean_definition(self, definition: Any) -> dict:
        definition = require_mapping(definition)
        options = _clean_options(definition)
        for option in options:
            if "fraction" in option:
                option["fraction"] = clean_fraction(option["fraction"])
            else:
                option["fraction"] = 1.0 if option.get("correct") else 0.0
            # An edit of `correct` alone (the key corrected) wins over a
            # stale credit.
            if "correct" in option and bool(option["correct"]) != (
                option["fraction"] >= 1.0
            ):
                option["fraction"] = 1.0 if option["correct"] else 0.0
            option["correct"] = option["fraction"] >= 1.0
        if not any(option["correct"] for option in options):
            raise ValidationError(_("Give one option full credit (100%)."))
        return {"options": options}

    def public_view(self, definition: dict, *, rng: random.Random | None) -> dict:
        options = [{"id": o["id"], "text": o["text"]} for o in definition["options"]]
        return {"options": shuffled(options, rng)}

    def with_response(self, view: dict, response: Any) -> dict:
        for option in view["options"]:
            option["checked"] = option["id"] == response
        return view

    def clean_response(self, definition: dict, response: Any) -> Any:
        if response in (None, ""):
            return ""
        ids = {option["id"] for option in definition["options"]}
        if not isinstance(response, str) or response not in ids:
            raise ResponseError(_("Choose one of the options."))
        return response

    def grade(self, definition: dict, response: Any) -> Grade:
        for option in definition["options"]:
            if option["id"] == response:
                feedback = [option["feedback"]] if option["feedback"] else []
                return Grade(round(max(0.0, _option_credit(option)), 5), feedback)
        return Grade(0.0)

    def review(self, definition: dict, response: Any, *, rng=None, key: bool) -> dict:
        return {
            "options": [
                {
                    "id": option["id"],
                    "text": option["text"],
                    "chosen": option["id"] == response,
                    **({"correct": option["correct"]} if key else {}),
                }
                for option in shuffled(definition["options"], rng)
            ]
        }

    def texts(self, definition: dict) -> list[tuple[str, str]]:
        return _option_texts(definition)

    def with_texts(self, definition: dict, texts: dict[str, str]) -> dict:
        return replaced(definition, texts)


class MultipleResponseGrader(Grader):
    type = QuestionType.MULTIPLE_RESPONSE
    template = "assessments/includes/question_multiple_response.html"

    def clean_definition(self, definition: Any) -> dict:
        definition = require_mapping(definition)
        scoring = definition.get("scoring", MultipleResponseScoring.ALL_OR_NOTHING)
        if scoring not in MultipleResponseScoring.values:
            raise ValidationError(_("Unknown scoring: %(value)r.") % {"value": scoring})
        options = _clean_options(definition)
        if all("fraction" not in option for option in options):
            correct_count = sum(bool(option.get("correct")) for option in options)
            if correct_count == 0:
                raise ValidationError(_("Mark at least one option as correct."))
            for option in options:
                sign = 1 if option.get("correct") else -1
                option["fraction"] = round(sign / correct_count, 5)
        for option in options:
            option.pop("correct", None)
            try:
                fraction = float(option.get("fraction", 0))
            except (TypeError, ValueError):
                raise ValidationError(
                    _("An option's fraction is not a number.")
                ) from None
            if not -1.0 <= fraction <= 1.0:
                raise ValidationError(
                    _("An option's fraction must be within -1 and 1.")
                )
            option["fraction"] = fraction
        positive = sum(o["fraction"] for o in options if o["fraction"] > 0)
        if abs(positive - 1.0) > TOLERANCE:
            raise ValidationError(
                _("The fractions of the correct options must add up to 100%.")
            )
        return {"scoring": str(scoring), "options": options}

    def public_view(self, definition: dict, *, rng: random.Random | None) -> dict:
        options = [{"id": o["id"], "text": o["text"]} for o in definition["options"]]
        return {"options": shuffled(options, rng)}

    def with_response(self, view: dict, response: Any) -> dict:
        chosen = set(response) if isinstance(response, list) else set()
        for option in view["options"]:
            option["checked"] = option["id"] in chosen
        return view

    def response_from_form(self, data, name: str) -> Any:
        return [value for value in _getlist(data, name) if value]

    def clean_response(self, definition: dict, response: Any) -> Any:
        if response in (None, "", []):
            return []
        ids = {option["id"] for option in definition["options"]}
        if not isinstance(response, list) or not all(
            isinstance(value, str) and value in ids for value in response
        ):
            raise ResponseError(_("Choose among the options."))
        return sorted(set(response))

    def grade(self, definition: dict, response: Any) -> Grade:
        chosen = set(response) if isinstance(response, list) else set()
        options = definition["options"]
        feedback = [
            o["feedback"] for o in options if o["id"] in chosen and o["feedback"]
        ]
        if not chosen:
            return Grade(0.0, feedback)
        if definition["scoring"] == MultipleResponseScoring.PARTIAL:
            total = sum(o["fraction"] for o in options if o["id"] in chosen)
            return Grade(round(min(1.0, max(0.0, total)), 5), feedback)
        key = {o["id"] for o in options if o["fraction"] > 0}
        return Grade(1.0 if chosen == key else 0.0, feedback)

    def review(self, definition: dict, response: Any, *, rng=None, key: bool) -> dict:
        chosen = set(response) if isinstance(response, list) else set()
        return {
            "options": [
                {
                    "id": o["id"],
                    "text": o["text"],
                    "chosen": o["id"] in chosen,
                    **({"correct": o["fraction"] > 0} if key else {}),
                }
                for o in shuffled(definition["options"], rng)
            ]
        }

    def texts(self, definition: dict) -> list[tuple[str, str]]:
        return _option_texts(definition)

    def with_texts(self, definition: dict, texts: dict[str, str]) -> dict:
        return replaced(definition, texts)
