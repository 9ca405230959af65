"""Ordering: put the items in sequence (not a GIFT type)."""

from __future__ import annotations

import copy
import random
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..choices import MultipleResponseScoring, QuestionType
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


class OrderingGrader(KeyedResponseGrader):
    type = QuestionType.ORDERING
    template = "assessments/includes/question_ordering.html"
    view_entries = "items"

    def clean_definition(self, definition: Any) -> dict:
        definition = require_mapping(definition)
        items = definition.get("items")
        if not isinstance(items, list) or not 2 <= len(items) <= MAX_OPTIONS:
            raise ValidationError(
                ngettext(
                    "Give between 2 and %(max)d item.",
                    "Give between 2 and %(max)d items.",
                    MAX_OPTIONS,
                )
                % {"max": MAX_OPTIONS}
            )
        scoring = definition.get("scoring", MultipleResponseScoring.PARTIAL)
        if scoring not in MultipleResponseScoring.values:
            raise ValidationError(_("Unknown scoring: %(value)r.") % {"value": scoring})
        seen: set[str] = set()
        cleaned = []
        for item in items:
            if isinstance(item, str):
                item = {"text": item}
            item = require_mapping(item)
            cleaned.append(
                {
                    "id": clean_id(item.get("id"), seen),
                    "text": clean_plain_text(item.get("text"), label=_("An item")),
                }
            )
        return {
            "items": cleaned,
            "scoring": str(scoring),
            "feedback": clean_rich_text(definition.get("feedback")),
        }

    def public_view(self, definition: dict, *, rng: random.Random | None) -> dict:
        items = [{"id": i["id"], "text": i["text"]} for i in definition["items"]]
        # Always shown out of order, or the question answers itself.
        if rng:
            order = shuffled(items, rng)
        else:
            order = sorted(items, key=lambda item: item["text"].casefold())
        if [i["id"] for i in order] == [i["id"] for i in items]:
            order = order[1:] + order[:1]
        return {"items": order, "positions": list(range(1, len(items) + 1))}

    def clean_response(self, definition: dict, response: Any) -> Any:
        if response in (None, "", {}):
            return {}
        if not isinstance(response, dict):
            raise ResponseError(_("Give each item a position."))
        ids = {item["id"] for item in definition["items"]}
        count = len(ids)
        cleaned = {}
        for item_id, position in response.items():
            try:
                position = int(position)
            except (TypeError, ValueError):
                raise ResponseError(_("Give each item a position.")) from None
            if item_id not in ids or not 1 <= position <= count:
                raise ResponseError(
                    _("Positions run from 1 to %(count)d.") % {"count": count}
                )
            cleaned[item_id] = position
        return cleaned

    def grade(self, definition: dict, response: Any) -> Grade:
        response = response if isinstance(response, dict) else {}
        items = definition["items"]
        right = sum(
            response.get(item["id"]) == index
            for index, item in enumerate(items, start=1)
        )
        feedback = [definition["feedback"]] if definition.get("feedback") else []
        if definition["scoring"] == MultipleResponseScoring.ALL_OR_NOTHING:
            return Grade(1.0 if right == len(items) else 0.0, feedback)
        return Grade(round(right / len(items), 5), feedback)

    def review(self, definition: dict, response: Any, *, rng=None, key: bool) -> dict:
        response = response if isinstance(response, dict) else {}
        positions = {
            item["id"]: index for index, item in enumerate(definition["items"], start=1)
        }
        # In the order the attempt showed them, never in the key's order.
        shown = self.public_view(definition, rng=rng)["items"]
        return {
            "items": [
                {
                    "id": item["id"],
                    "text": item["text"],
                    "chosen": response.get(item["id"]),
                    **(
                        {
                            "position": positions[item["id"]],
                            "correct": response.get(item["id"])
                            == positions[item["id"]],
                        }
                        if key
                        else {}
                    ),
                }
                for item in shown
            ]
        }

    def texts(self, definition: dict) -> list[tuple[str, str]]:
        entries = [
            (f"items.{number}", item.get("text"))
            for number, item in enumerate(definition.get("items") or [], start=1)
        ]
        entries.append(("feedback", definition.get("feedback")))
        return text_entries(entries)

    def with_texts(self, definition: dict, texts: dict[str, str]) -> dict:
        # An item is stored as {"id", "text"}: its FIELD names the item.
        result = copy.deepcopy(definition)
        for number, item in enumerate(result.get("items") or [], start=1):
            text = texts.get(f"items.{number}")
            if isinstance(text, str) and text.strip():
                item["text"] = text
        if (texts.get("feedback") or "").strip():
            result["feedback"] = texts["feedback"]
        return result
