"""The completion registry: how graded blocks take part in lesson completion.

A graded block type registers a checker when its app is ready::

    register_requirement("quiz", quiz_passed)

where ``quiz_passed(*, user, lesson, block) -> bool``. ``lesson`` is the lesson
in the source language and ``block`` is the body's child (``block.id``,
``block.block_type``, ``block.value``). The checker receives every block of
its type, required or not, and decides what counts (a quiz that is not
required counts once it is submitted). A lesson with at least one block of a
registered type completes when every checker returns True; a lesson without
any completes when the fellow marks it complete.

Courses imports none of the apps that register here, so assessments and xAPI
(higher or sibling apps) take part without an upward import.

Filled at start-up (`AppConfig.ready`) by:

- ``quiz``: `fellowship.assessments` (`AssessmentsConfig.ready`,
  `fellowship.assessments.completion.quiz_requirement_met`);
- ``h5p``: `courses.xapi` (`XapiConfig.ready`,
  `courses.xapi.requirements.h5p_requirement_met`).

Asked by the progress service (`courses.services`) when a lesson may complete,
and by `courses.selectors.course_requirements_met` before a certificate.
"""

from collections.abc import Iterator
from typing import Any, Protocol


class Checker(Protocol):
    def __call__(self, *, user: Any, lesson: Any, block: Any) -> bool: ...


_checkers: dict[str, Checker] = {}


def register_requirement(block_type: str, checker: Checker) -> None:
    """Make `block_type` a graded block whose `checker` decides completion."""
    _checkers[block_type] = checker


def unregister_requirement(block_type: str) -> None:
    _checkers.pop(block_type, None)


def registered_block_types() -> frozenset[str]:
    return frozenset(_checkers)


def graded_blocks(*, lesson) -> Iterator[Any]:
    """The children of the lesson body that a registered checker judges."""
    for block in lesson.body:
        if block.block_type in _checkers:
            yield block


def lesson_is_graded(*, lesson) -> bool:
    # The body's raw data names each block's type without reading its value.
    return any(raw["type"] in _checkers for raw in lesson.body.raw_data)


def requirements_met(*, user, lesson) -> bool:
    """True when every graded block's checker passes (False if there are none)."""
    blocks = list(graded_blocks(lesson=lesson))
    if not blocks:
        return False
    return all(
        _checkers[block.block_type](user=user, lesson=lesson, block=block)
        for block in blocks
    )
