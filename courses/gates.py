"""The lesson gate registry: what else keeps a course's lessons closed.

Filled by `fellowship.evaluation` (in `EvaluationConfig.ready()`): a course
with a pre-test keeps its lessons closed until the fellow has taken it.

A gate is ``fn(*, user, course_id) -> Gate | None``: the id of a course in
the source language, whose user is enrolled (an id, so that the endpoints a
player calls on every click build no page to ask). It runs a fixed number of queries. The
first gate that answers closes the lessons; courses imports none of the apps
that register here.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Gate:
    message: str  # why the lessons are closed, in the active language
    url: str = ""  # where the fellow opens them (e.g. the pre-test)
    label: str = ""  # the link's text


LessonGate = Callable[..., Gate | None]

_gates: list[LessonGate] = []


def register_lesson_gate(gate: LessonGate) -> None:
    if gate not in _gates:
        _gates.append(gate)


def unregister_lesson_gate(gate: LessonGate) -> None:
    if gate in _gates:
        _gates.remove(gate)


def course_gate(*, user, course_id: int) -> Gate | None:
    for gate in _gates:
        found = gate(user=user, course_id=course_id)
        if found is not None:
            return found
    return None
