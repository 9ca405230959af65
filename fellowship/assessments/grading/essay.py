"""Essay: graded by hand against a rubric."""

from __future__ import annotations

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
    clean_id,
    clean_plain_text,
    clean_rich_text,
    replaced,
    require_mapping,
    text_entries,
)

MAX_ESSAY = 20_000
MAX_CRITERIA = 20
MAX_LEVELS = 10


class EssayGrader(Grader):
    type = QuestionType.ESSAY
    auto_graded = False
    template = "assessments/includes/question_essay.html"

    def clean_definition(self, definition: Any) -> dict:
        definition = require_mapping(definition)
        rubric = definition.get("rubric", [])
        if not isinstance(rubric, list) or len(rubric) > MAX_CRITERIA:
            raise ValidationError(
                _("The rubric holds at most %(max)d criteria.") % {"max": MAX_CRITERIA}
            )
        seen: set[str] = set()
        criteria = []
        for criterion in rubric:
            criterion = require_mapping(criterion)
            try:
                points = Decimal(str(criterion.get("points", 1)))
            except InvalidOperation:
                raise ValidationError(
                    _("A criterion's points must be a number.")
                ) from None
            if not points.is_finite() or points <= 0:
                raise ValidationError(_("A criterion's points must be above zero."))
            levels = self._clean_levels(criterion.get("levels") or [], points)
            criteria.append(
                {
                    **({"levels": levels} if levels else {}),
                    "id": clean_id(criterion.get("id"), seen),
                    "criterion": clean_plain_text(
                        criterion.get("criterion"), label=_("A criterion")
                    ),
                    "description": clean_plain_text(
                        criterion.get("description", ""),
                        label=_("A description"),
                        required=False,
                    ),
                    "points": str(points),
                }
            )
        lines = definition.get("response_lines")
        if lines in ("", None):
            lines = None
        else:
            try:
                lines = int(lines)
            except (TypeError, ValueError):
                raise ValidationError(
                    _("The answer box's lines must be a number.")
                ) from None
            if not 3 <= lines <= 60:
                raise ValidationError(_("The answer box has between 3 and 60 lines."))
        return {
            "rubric": criteria,
            "guidance": clean_rich_text(definition.get("guidance")),
            # Text the answer box starts with (Moodle's response template).
            "response_template": clean_plain_text(
                definition.get("response_template") or "",
                label=_("The response template"),
                required=False,
            ),
            "response_lines": lines,
        }

    @staticmethod
    def _clean_levels(levels: Any, maximum: Decimal) -> list[dict]:
        """A criterion's levels (Moodle's rubric): each a description and
        points within 0 and the criterion's points."""
        if not isinstance(levels, list) or len(levels) > MAX_LEVELS:
            raise ValidationError(
                ngettext(
                    "A criterion holds at most %(max)d level.",
                    "A criterion holds at most %(max)d levels.",
                    MAX_LEVELS,
                )
                % {"max": MAX_LEVELS}
            )
        seen: set[str] = set()
        cleaned = []
        for level in levels:
            level = require_mapping(level)
            try:
                points = Decimal(str(level.get("points")))
            except InvalidOperation:
                raise ValidationError(_("A level's points must be a number.")) from None
            if not points.is_finite() or not 0 <= points <= maximum:
                raise ValidationError(
                    _("A level's points must be within 0 and %(max)s.")
                    % {"max": maximum.normalize()}
                )
            cleaned.append(
                {
                    "id": clean_id(level.get("id"), seen),
                    "label": clean_plain_text(level.get("label"), label=_("A level")),
                    "points": str(points),
                }
            )
        return cleaned

    def public_view(self, definition: dict, *, rng) -> dict:
        # The criteria tell fellows what is looked for; they are no key.
        return {
            "rubric": [
                {"criterion": c["criterion"], "points": c["points"]}
                for c in definition["rubric"]
            ],
            "max_length": MAX_ESSAY,
            "template": definition.get("response_template", ""),
            "lines": definition.get("response_lines") or 10,
        }

    def clean_response(self, definition: dict, response: Any) -> Any:
        if response in (None, ""):
            return ""
        if not isinstance(response, str):
            raise ResponseError(_("Type your answer."))
        if len(response) > MAX_ESSAY:
            raise ResponseError(
                ngettext(
                    "Type at most %(max)d character.",
                    "Type at most %(max)d characters.",
                    MAX_ESSAY,
                )
                % {"max": MAX_ESSAY}
            )
        return response

    def grade(self, definition: dict, response: Any) -> Grade:
        raise NotImplementedError("Essays are graded by hand.")

    def criteria(self, definition: dict, *, points: Decimal) -> list[dict]:
        """The criteria a grader scores; one overall criterion without a rubric."""
        if definition["rubric"]:
            return definition["rubric"]
        return [
            {
                "id": "overall",
                "criterion": _("Overall"),
                "description": "",
                "points": str(points),
            }
        ]

    def manual_fraction(
        self, definition: dict, scores: dict[str, Any], *, points: Decimal
    ) -> float:
        """The fraction of the question's points that a grader's scores give."""
        total = Decimal(0)
        maximum = Decimal(0)
        for criterion in self.criteria(definition, points=points):
            criterion_points = Decimal(criterion["points"])
            total += self.criterion_score(criterion, scores.get(criterion["id"]))
            maximum += criterion_points
        return float(round(total / maximum, 5))

    def criterion_score(self, criterion: dict, value: Any) -> Decimal:
        """The points a grader's choice gives: the chosen level's points when
        the criterion has levels (the grader picks one, the server knows its
        points), else the number given."""
        levels = criterion.get("levels")
        if levels:
            for level in levels:
                if level["id"] == str(value):
                    return Decimal(level["points"])
            raise ValidationError(
                _("Choose a level for “%(criterion)s”.")
                % {"criterion": criterion["criterion"]}
            )
        return self._bounded(value, Decimal(criterion["points"]))

    @staticmethod
    def chosen_level(criterion: dict, value: Any) -> dict | None:
        for level in criterion.get("levels") or []:
            if level["id"] == str(value):
                return level
        return None

    @staticmethod
    def _bounded(value: Any, maximum: Decimal) -> Decimal:
        try:
            number = Decimal(str(value).strip().replace(",", "."))
        except InvalidOperation:
            raise ValidationError(_("Every criterion needs a number.")) from None
        if not number.is_finite() or not 0 <= number <= maximum:
            raise ValidationError(
                _("A score must be within 0 and %(max)s.") % {"max": maximum}
            )
        return number

    def review(self, definition: dict, response: Any, *, rng=None, key: bool) -> dict:
        view = {"response": response or ""}
        if key:
            view["rubric"] = definition["rubric"]
        return view

    def texts(self, definition: dict) -> list[tuple[str, str]]:
        entries = [
            ("guidance", definition.get("guidance")),
            ("template", definition.get("response_template")),
        ]
        for number, criterion in enumerate(definition.get("rubric") or [], start=1):
            prefix = f"rubric.{number}"
            entries.append((f"{prefix}.criterion", criterion.get("criterion")))
            entries.append((f"{prefix}.description", criterion.get("description")))
            for level_number, level in enumerate(criterion.get("levels") or [], 1):
                entries.append(
                    (f"{prefix}.levels.{level_number}.label", level.get("label"))
                )
        return text_entries(entries)

    def with_texts(self, definition: dict, texts: dict[str, str]) -> dict:
        texts = dict(texts)
        # "template" names the answer box's starting text.
        if "template" in texts:
            texts["response_template"] = texts.pop("template")
        return replaced(definition, texts)
