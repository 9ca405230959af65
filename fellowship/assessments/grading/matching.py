"""Matching: each prompt to one answer; distractors may pad the answers."""

from __future__ import annotations

import copy
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
    text_entries,
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
        labels = definition.get("choice_labels") or {}
        return {
            "prompts": shuffled(prompts, rng),
            "choices": choices,
            # What the fellow reads for each choice; the value sent is the
            # source text, which the key compares.
            "choice_options": [
                {"value": choice, "label": labels.get(choice, choice)}
                for choice in choices
            ],
        }

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
        labels = definition.get("choice_labels") or {}
        # In the order the attempt showed the prompts.
        shown = self.public_view(definition, rng=rng)["prompts"]
        return {
            "pairs": [
                {
                    "id": prompt["id"],
                    "prompt": prompt["text"],
                    "chosen": labels.get(
                        response.get(prompt["id"], ""), response.get(prompt["id"], "")
                    ),
                    **(
                        {
                            "answer": labels.get(
                                answers[prompt["id"]], answers[prompt["id"]]
                            ),
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

    def texts(self, definition: dict) -> list[tuple[str, str]]:
        entries = []
        for number, pair in enumerate(definition.get("pairs") or [], start=1):
            entries.append((f"pairs.{number}.prompt", pair.get("prompt")))
            entries.append((f"pairs.{number}.answer", pair.get("answer")))
        for number, text in enumerate(definition.get("distractors") or [], start=1):
            entries.append((f"distractors.{number}", text))
        entries.append(("feedback", definition.get("feedback")))
        return text_entries(entries)

    def with_texts(self, definition: dict, texts: dict[str, str]) -> dict:
        """Prompts and feedback are replaced; an answer's text is the key a
        response holds, so its translation goes to `choice_labels` (source
        text -> translated label) and the answer itself stays."""

        def given(field_name: str) -> str | None:
            text = texts.get(field_name)
            return text if isinstance(text, str) and text.strip() else None

        result = copy.deepcopy(definition)
        labels: dict[str, str] = dict(result.get("choice_labels") or {})
        for number, pair in enumerate(result.get("pairs") or [], start=1):
            if prompt := given(f"pairs.{number}.prompt"):
                pair["prompt"] = prompt
            if answer := given(f"pairs.{number}.answer"):
                labels[pair["answer"]] = answer
        for number, text in enumerate(result.get("distractors") or [], start=1):
            if label := given(f"distractors.{number}"):
                labels[text] = label
        if feedback := given("feedback"):
            result["feedback"] = feedback
        if labels:
            result["choice_labels"] = labels
        return result
