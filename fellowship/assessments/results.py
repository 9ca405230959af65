"""The result listener registry: who else hears that a quiz result changed.

Filled by `fellowship.evaluation` (in `EvaluationConfig.ready()`), which keeps
pre- and post-test scores per objective. A listener is
``fn(*, quiz, user) -> None``, called in the transaction that changed the
result, after the fellow's `QuizResult` is refreshed.
"""

from collections.abc import Callable

ResultListener = Callable[..., None]

_listeners: list[ResultListener] = []


def register_result_listener(listener: ResultListener) -> None:
    if listener not in _listeners:
        _listeners.append(listener)


def result_changed(*, quiz, user) -> None:
    for listener in _listeners:
        listener(quiz=quiz, user=user)
