"""Embedded answers (cloze, Moodle's multianswer): one text, several gaps.

The definition holds `text`, the question's text with a `{#N}` marker where
gap N stands (as Moodle stores it), and `gaps`, each with its `kind`
(multichoice, multiresponse, shortanswer, numerical), its `weight`, its
`answers` (text, credit as `fraction`, feedback; an `id` for choices, a
`tolerance` for numbers) and, by kind, `display`, `shuffle` or
`case_sensitive`. A definition given as `{"text": <Moodle syntax>}` alone is
parsed. The response maps each gap's number ("1", "2", …) to an option id,
a list of option ids or the text typed. The grade is the sum over gaps of
the gap's credit times its weight, over the total weight.
"""

from __future__ import annotations

import copy
import random
import re
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..choices import QuestionType
from .base import (
    MAX_OPTIONS,
    Grade,
    Grader,
    ResponseError,
    clean_fraction,
    clean_id,
    clean_plain_text,
    clean_rich_text,
    require_mapping,
    shuffled,
)
from .cloze_syntax import (
    CHOICE_KINDS,
    DROPDOWN,
    HORIZONTAL,
    KINDS,
    MARKER,
    MULTICHOICE,
    MULTIRESPONSE,
    NUMBER,
    NUMERICAL,
    SHORTANSWER,
    VERTICAL,
    check_gap_key,
    parse_cloze,
    write_cloze,
)
from .numeric import parse_number
from .short_text import _pattern, normalise

MAX_TEXT_LENGTH = 20000
MAX_INPUT = 500
HTML_TAG = re.compile(r"<[A-Za-z/!]")


def gap_label(number: int, total: int) -> str:
    return _("Gap %(number)d of %(total)d") % {"number": number, "total": total}


def _clean_text(text: Any) -> str:
    if not isinstance(text, str) or not text.strip():
        raise ValidationError(_("Write the text with its gaps."))
    if len(text) > MAX_TEXT_LENGTH:
        raise ValidationError(
            ngettext(
                "The text is longer than %(max)d character.",
                "The text is longer than %(max)d characters.",
                MAX_TEXT_LENGTH,
            )
            % {"max": MAX_TEXT_LENGTH}
        )
    text = text.strip()
    # HTML (Moodle's) is cleaned as rich text; plain text stays as typed.
    return clean_rich_text(text) if HTML_TAG.search(text) else text


def _clean_answer(kind: str, answer: Any, seen: set[str]) -> dict:
    answer = require_mapping(answer)
    minimum = -1.0 if kind == MULTIRESPONSE else 0.0
    cleaned = {
        "text": clean_plain_text(answer.get("text"), label=_("An answer")),
        "fraction": clean_fraction(answer.get("fraction", 0), minimum=minimum),
        "feedback": clean_rich_text(answer.get("feedback")),
    }
    if kind in CHOICE_KINDS:
        cleaned = {"id": clean_id(answer.get("id"), seen), **cleaned}
    if kind == NUMERICAL:
        text = cleaned["text"]
        if text != "*" and not NUMBER.match(text):
            raise ValidationError(_("“%(text)s” is not a number.") % {"text": text})
        cleaned["text"] = text.replace(",", ".")
        tolerance = parse_number(str(answer.get("tolerance", 0)))
        if tolerance is None:
            raise ValidationError(_("The tolerance must be a number."))
        cleaned["tolerance"] = abs(tolerance)
    return cleaned


def _clean_gap(gap: Any, number: int) -> dict:
    gap = require_mapping(gap)
    kind = gap.get("kind")
    if kind not in KINDS:
        raise ValidationError(
            _("Gap %(number)d: unknown kind %(kind)r.")
            % {"number": number, "kind": kind}
        )
    weight = gap.get("weight", 1)
    if isinstance(weight, bool) or not isinstance(weight, int) or weight < 1:
        raise ValidationError(
            _("Gap %(number)d: the weight must be 1 or more.") % {"number": number}
        )
    answers = gap.get("answers")
    if not isinstance(answers, list) or not 1 <= len(answers) <= MAX_OPTIONS:
        raise ValidationError(
            ngettext(
                "Gap %(number)d: give between 1 and %(max)d answer.",
                "Gap %(number)d: give between 1 and %(max)d answers.",
                MAX_OPTIONS,
            )
            % {"number": number, "max": MAX_OPTIONS}
        )
    seen: set[str] = set()
    cleaned = {
        "kind": kind,
        "weight": weight,
        "answers": [_clean_answer(kind, answer, seen) for answer in answers],
    }
    if kind in CHOICE_KINDS:
        display = gap.get("display") or (DROPDOWN if kind == MULTICHOICE else VERTICAL)
        allowed = (DROPDOWN, VERTICAL, HORIZONTAL)
        if display not in allowed or (kind == MULTIRESPONSE and display == DROPDOWN):
            raise ValidationError(
                _("Gap %(number)d: unknown layout %(display)r.")
                % {"number": number, "display": display}
            )
        cleaned["display"] = display
        cleaned["shuffle"] = bool(gap.get("shuffle", False))
    if kind == SHORTANSWER:
        cleaned["case_sensitive"] = bool(gap.get("case_sensitive", False))
    check_gap_key(cleaned, number)
    return cleaned


def _numeric_match(answer: dict, number: float | None) -> bool:
    if answer["text"] == "*":
        return True
    if number is None:
        return False
    return abs(number - float(answer["text"])) <= answer["tolerance"] + 1e-9


def _right_answer(gap: dict) -> str:
    """The key of a gap, as a review shows it."""
    best = [a for a in gap["answers"] if a["fraction"] >= 1.0] or [
        a for a in gap["answers"] if a["fraction"] > 0
    ]
    if gap["kind"] == NUMERICAL:
        return ", ".join(
            a["text"] + (f" ± {a['tolerance']:g}" if a.get("tolerance") else "")
            for a in best
            if a["text"] != "*"
        )
    return ", ".join(a["text"] for a in best)


class ClozeGrader(Grader):
    type = QuestionType.CLOZE
    template = "assessments/includes/question_cloze.html"

    # Definition.

    def clean_definition(self, definition: Any) -> dict:
        definition = require_mapping(definition)
        if "gaps" not in definition:
            text, gaps = parse_cloze(definition.get("text"))
        else:
            text, gaps = definition.get("text"), definition["gaps"]
            if not isinstance(gaps, list) or not gaps:
                raise ValidationError(_("The text has no gap."))
        text = _clean_text(text)
        markers = [int(number) for number in MARKER.findall(text)]
        if sorted(markers) != list(range(1, len(gaps) + 1)):
            raise ValidationError(
                _("The text must hold each gap's marker once, from {#1} to {#%(n)d}.")
                % {"n": len(gaps)}
            )
        return {
            "text": text,
            "gaps": [_clean_gap(gap, number) for number, gap in enumerate(gaps, 1)],
        }

    @staticmethod
    def kind_label(gap: dict) -> str:
        labels = {
            (MULTICHOICE, DROPDOWN): _("Choice (drop-down menu)"),
            (MULTICHOICE, VERTICAL): _("Choice (buttons, one under the other)"),
            (MULTICHOICE, HORIZONTAL): _("Choice (buttons in a row)"),
            (MULTIRESPONSE, VERTICAL): _("Multiple response (one under the other)"),
            (MULTIRESPONSE, HORIZONTAL): _("Multiple response (in a row)"),
        }
        if gap["kind"] in CHOICE_KINDS:
            label = labels[(gap["kind"], gap["display"])]
            if gap["shuffle"]:
                label = _("%(kind)s, shuffled") % {"kind": label}
            return label
        if gap["kind"] == SHORTANSWER:
            if gap["case_sensitive"]:
                return _("Short answer (case matters)")
            return _("Short answer")
        return _("Number")

    def syntax(self, definition: dict) -> str:
        """The definition written back in Moodle's syntax."""
        return write_cloze(definition["text"], definition["gaps"])

    # Answering.

    def public_view(self, definition: dict, *, rng: random.Random | None) -> dict:
        total = len(definition["gaps"])
        gaps = []
        for number, gap in enumerate(definition["gaps"], start=1):
            view = {
                "number": number,
                "key": str(number),
                "kind": gap["kind"],
                "label": gap_label(number, total),
            }
            if gap["kind"] in CHOICE_KINDS:
                options = [{"id": a["id"], "text": a["text"]} for a in gap["answers"]]
                view["display"] = gap["display"]
                view["options"] = shuffled(options, rng) if gap["shuffle"] else options
            gaps.append(view)
        return {"text": definition["text"], "gaps": gaps}

    def with_response(self, view: dict, response: Any) -> dict:
        response = response if isinstance(response, dict) else {}
        for gap in view["gaps"]:
            value = response.get(gap["key"])
            if "options" in gap:
                chosen = set(value) if isinstance(value, list) else {value}
                for option in gap["options"]:
                    option["checked"] = option["id"] in chosen
            else:
                gap["value"] = value if isinstance(value, str) else ""
        return view

    def response_from_form(self, data, name: str) -> Any:
        prefix = f"{name}-"
        response = {}
        for key in data:
            if not key.startswith(prefix):
                continue
            values = data.getlist(key) if hasattr(data, "getlist") else [data[key]]
            values = [value for value in values if value]
            if values:
                response[key[len(prefix) :]] = values if len(values) > 1 else values[0]
        return response

    def clean_response(self, definition: dict, response: Any) -> Any:
        if response in (None, "", {}):
            return {}
        if not isinstance(response, dict):
            raise ResponseError(_("Fill in the gaps."))
        gaps = definition["gaps"]
        cleaned = {}
        for key, value in response.items():
            if not str(key).isdigit() or not 1 <= int(key) <= len(gaps):
                raise ResponseError(_("This gap is not in the question."))
            gap = gaps[int(key) - 1]
            value = self._clean_gap_response(gap, value, int(key), len(gaps))
            if value not in ("", []):
                cleaned[str(int(key))] = value
        return cleaned

    def _clean_gap_response(self, gap: dict, value: Any, number: int, total: int):
        label = gap_label(number, total)
        if gap["kind"] in CHOICE_KINDS:
            ids = {answer["id"] for answer in gap["answers"]}
            values = value if isinstance(value, list) else [value]
            values = [v for v in values if v not in (None, "")]
            if not all(isinstance(v, str) and v in ids for v in values) or (
                gap["kind"] == MULTICHOICE and len(values) > 1
            ):
                raise ResponseError(
                    _("%(gap)s: choose among its options.") % {"gap": label}
                )
            if gap["kind"] == MULTICHOICE:
                return values[0] if values else ""
            return sorted(set(values))
        if not isinstance(value, str):
            raise ResponseError(_("%(gap)s: type your answer.") % {"gap": label})
        if len(value) > MAX_INPUT:
            raise ResponseError(
                ngettext(
                    "%(gap)s: type at most %(max)d character.",
                    "%(gap)s: type at most %(max)d characters.",
                    MAX_INPUT,
                )
                % {"gap": label, "max": MAX_INPUT}
            )
        return value.strip()

    # Grading.

    def gap_results(self, definition: dict, response: Any) -> list[dict]:
        """Per gap: its credit (0..1) and the feedback of the answers given."""
        response = response if isinstance(response, dict) else {}
        results = []
        for number, gap in enumerate(definition["gaps"], start=1):
            value = response.get(str(number))
            credit, feedback = self._gap_credit(gap, value)
            results.append(
                {
                    "number": number,
                    "credit": round(credit, 5),
                    "feedback": feedback,
                    "answered": value not in (None, "", []),
                }
            )
        return results

    def _gap_credit(self, gap: dict, value: Any) -> tuple[float, list[str]]:
        answers = gap["answers"]
        if gap["kind"] == MULTIRESPONSE:
            chosen = set(value) if isinstance(value, list) else set()
            picked = [a for a in answers if a["id"] in chosen]
            total = sum(a["fraction"] for a in picked)
            return (
                min(1.0, max(0.0, total)) if picked else 0.0,
                [a["feedback"] for a in picked if a["feedback"]],
            )
        match = None
        if gap["kind"] == MULTICHOICE:
            match = next((a for a in answers if a["id"] == value), None)
        elif isinstance(value, str) and value.strip():
            if gap["kind"] == SHORTANSWER:
                case = gap.get("case_sensitive", False)
                typed = normalise(value, case_sensitive=case)
                match = next(
                    (
                        a
                        for a in answers
                        if _pattern(a["text"], case_sensitive=case).match(typed)
                    ),
                    None,
                )
            else:
                number = parse_number(value)
                match = next((a for a in answers if _numeric_match(a, number)), None)
        if match is None:
            return 0.0, []
        return max(0.0, match["fraction"]), [match["feedback"]] if match[
            "feedback"
        ] else []

    def grade(self, definition: dict, response: Any) -> Grade:
        gaps = definition["gaps"]
        results = self.gap_results(definition, response)
        total_weight = sum(gap["weight"] for gap in gaps)
        earned = sum(
            result["credit"] * gap["weight"]
            for result, gap in zip(results, gaps, strict=True)
        )
        feedback = []
        for result in results:
            for text in result["feedback"]:
                feedback.append(
                    format_html(
                        "<p><strong>{}</strong></p>{}",
                        gap_label(result["number"], len(gaps)),
                        mark_safe(text),  # noqa: S308 - cleaned when saved
                    )
                )
        return Grade(round(earned / total_weight, 5), feedback)

    def review(self, definition: dict, response: Any, *, rng=None, key: bool) -> dict:
        """Per gap: the answer given and whether it is right (when the
        response may be shown), the key (when `key`)."""
        gaps = definition["gaps"]
        results = self.gap_results(definition, response)
        shown = response is not None
        response = response if isinstance(response, dict) else {}
        rows = []
        for gap, result in zip(gaps, results, strict=True):
            row = {
                "number": result["number"],
                "label": gap_label(result["number"], len(gaps)),
                "shown": shown,
            }
            if shown:
                row["response"] = self._response_text(
                    gap, response.get(str(result["number"]))
                )
                row["credit"] = result["credit"]
                row["correct"] = result["credit"] >= 1.0
                row["partial"] = 0 < result["credit"] < 1.0
            if key:
                row["answer"] = _right_answer(gap)
            rows.append(row)
        return {"text": definition["text"], "gaps": rows}

    @staticmethod
    def _response_text(gap: dict, value: Any) -> str:
        if gap["kind"] in CHOICE_KINDS:
            chosen = set(value) if isinstance(value, list) else {value}
            return ", ".join(a["text"] for a in gap["answers"] if a["id"] in chosen)
        return value if isinstance(value, str) else ""

    # Translations: the texts a translator may change, by a stable path.

    def texts(self, definition: dict) -> list[tuple[str, str]]:
        texts = [("text", definition["text"])]
        for gap_index, gap in enumerate(definition["gaps"]):
            for answer_index, answer in enumerate(gap["answers"]):
                path = f"gaps.{gap_index}.answers.{answer_index}"
                if gap["kind"] != NUMERICAL and answer["text"] != "*":
                    texts.append((f"{path}.text", answer["text"]))
                if answer.get("feedback"):
                    texts.append((f"{path}.feedback", answer["feedback"]))
        return texts

    def with_texts(self, definition: dict, texts: dict[str, str]) -> dict:
        """A copy with the translated texts; keys, credits and numbers are
        the source's. A text that loses or adds a gap marker is not taken."""
        translated = copy.deepcopy(definition)
        allowed = dict(self.texts(definition))
        for path, value in texts.items():
            if path not in allowed or not isinstance(value, str) or not value:
                continue
            if path == "text":
                if sorted(MARKER.findall(value)) == sorted(
                    MARKER.findall(definition["text"])
                ):
                    translated["text"] = value
                continue
            _gaps, gap_index, _answers, answer_index, name = path.split(".")
            answer = translated["gaps"][int(gap_index)]["answers"][int(answer_index)]
            answer[name] = value
        return translated
