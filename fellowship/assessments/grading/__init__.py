"""Graders by question type: one module per type, one registry."""

from __future__ import annotations

from .base import Grade, Grader, ResponseError
from .choice import MultipleResponseGrader, SingleChoiceGrader
from .cloze import ClozeGrader
from .essay import EssayGrader
from .matching import MatchingGrader
from .numeric import NumericGrader
from .ordering import OrderingGrader
from .short_text import ShortTextGrader
from .true_false import TrueFalseGrader

_REGISTRY: dict[str, Grader] = {}


def register(grader: Grader) -> Grader:
    _REGISTRY[grader.type] = grader
    return grader


def grader_for(question_type: str) -> Grader:
    try:
        return _REGISTRY[question_type]
    except KeyError:
        raise LookupError(f"No grader for question type {question_type!r}") from None


for _grader_class in (
    SingleChoiceGrader,
    MultipleResponseGrader,
    TrueFalseGrader,
    NumericGrader,
    ShortTextGrader,
    MatchingGrader,
    OrderingGrader,
    EssayGrader,
    ClozeGrader,
):
    register(_grader_class())

__all__ = ["Grade", "Grader", "ResponseError", "grader_for", "register"]
