"""Events that apps above courses react to, without courses importing them.

An app registers a handler at ready(); the progress service announces a
course completion inside its transaction, and handlers defer their side
effects with `transaction.on_commit`.

Filled at start-up by `fellowship.certificates` (`CertificatesConfig.ready`
registers `services.course_completed_handle`, which enqueues the course
certificate task). Announced only by `courses.services` (the progress
service).
"""

from collections.abc import Callable

CourseCompletedHandler = Callable[..., None]
_course_completed_handlers: list[CourseCompletedHandler] = []


def register_course_completed(handler: CourseCompletedHandler) -> None:
    """Call `handler(user=..., course=...)` whenever a fellow completes a course."""
    if handler not in _course_completed_handlers:
        _course_completed_handlers.append(handler)


def course_completed(*, user, course) -> None:
    for handler in list(_course_completed_handlers):
        handler(user=user, course=course)
