"""Matching: each prompt to one answer; distractors may pad the answers."""

from __future__ import annotations

import random
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..choices import QuestionType
from .base import (
    MAX_OPTIONS,
    Grade,
    KeyedResponseGrader,
    ResponseError,
    clean_id,
    clean_plain_text,
    clean_rich_text,
    require_mapping,
    shuffled,
)


def _choices(definition: dict) -> list[str]:
    seen: dict[str, None] = {}
    for pair in definition["pairs"]:
        seen.setdefault(pair["answer"], None)
    for distractor in definition["distractors"]:
        seen.setdefault(distractor, None)
    return list(seen)


class MatchingGrader(KeyedResponseGrader):
    type = QuestionType.MATCHING
    template = "assessments/includes/question_matching.html"
    view_entries = "prompts"

    def clean_definition(self, definition: Any) -> dict:
        definition = require_mapping(definition)
        pairs = definition.get("pairs")
        if not isinstance(pairs, list) or not 2 <= len(pairs) <= MAX_OPTIONS:
            raise ValidationError(
                ngettext(
                    "Give between 2 and %(max)d pair.",
                    "Give between 2 and %(max)d pairs.",
                    MAX_OPTIONS,
                )
                % {"max": MAX_OPTIONS}
            )
        seen: set[str] = set()
        cleaned = []
        for pair in pairs:
            pair = require_mapping(pair)
            cleaned.append(
                {
                    "id": clean_id(pair.get("id"), seen),
                    "prompt": clean_plain_text(pair.get("prompt"), label=_("A prompt")),
                    "answer": clean_plain_text(
                        pair.get("answer"), label=_("An answer")
                    ),
                }
            )
        prompts = [pair["prompt"] for pair in cleaned]
        if len(set(prompts)) != len(prompts):
            raise ValidationError(_("Two prompts have the same text."))
        distractors = definition.get("distractors", [])
        if not isinstance(distractors, list):
            raise ValidationError(_("Distractors must be a list."))
        distractors = [
            clean_plain_text(d, label=_("A distractor")) for d in distractors
        ]
        return {
            "pairs": cleaned,
            "distractors": distractors,
            "feedback": clean_rich_text(definition.get("feedback")),
        }

    def public_view(self, definition: dict, *, rng: random.Random | None) -> dict:
        prompts = [{"id": p["id"], "text": p["prompt"]} for p in definition["pairs"]]
        # Never in authoring order, where they would line up with the prompts.
        choices = _choices(definition)
        choices = shuffled(choices, rng) if rng else sorted(choices, key=str.casefold)
        return {"prompts": shuffled(prompts, rng), "choices": choices}

    def clean_response(self, definition: dict, response: Any) -> Any:
        if response in (None, "", {}):
            return {}
        if not isinstance(response, dict):
            raise ResponseError(_("Match each prompt to an answer."))
        prompt_ids = {pair["id"] for pair in definition["pairs"]}
        choices = set(_choices(definition))
        cleaned = {}
        for prompt_id, answer in response.items():
            if prompt_id not in prompt_ids or answer not in choices:
                raise ResponseError(_("Match each prompt to one of the answers."))
            cleaned[prompt_id] = answer
        return cleaned

    def grade(self, definition: dict, response: Any) -> Grade:
        response = response if isinstance(response, dict) else {}
        pairs = definition["pairs"]
        right = sum(response.get(pair["id"]) == pair["answer"] for pair in pairs)
        feedback = [definition["feedback"]] if definition.get("feedback") else []
        return Grade(round(right / len(pairs), 5), feedback)

    def review(self, definition: dict, response: Any, *, rng=None, key: bool) -> dict:
        response = response if isinstance(response, dict) else {}
        answers = {pair["id"]: pair["answer"] for pair in definition["pairs"]}
        # In the order the attempt showed the prompts.
        shown = self.public_view(definition, rng=rng)["prompts"]
        return {
            "pairs": [
                {
                    "id": prompt["id"],
                    "prompt": prompt["text"],
                    "chosen": response.get(prompt["id"], ""),
                    **(
                        {
                            "answer": answers[prompt["id"]],
                            "correct": response.get(prompt["id"])
                            == answers[prompt["id"]],
                        }
                        if key
                        else {}
                    ),
                }
                for prompt in shown
            ]
        }
