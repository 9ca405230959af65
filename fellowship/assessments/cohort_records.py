"""A fellow's quiz attempts, for the managers' fellow page (cohorts' registry)."""

from django.utils.translation import gettext as _

from .choices import AttemptState
from .models import Attempt


def attempt_lines(*, user_id: int, course_ids: list[int], cohort_id: int) -> list:
    """Submitted attempts in these courses, newest first: one query."""
    from fellowship.cohorts.registry import RecordLine

    lines = []
    for attempt in (
        Attempt.objects.filter(user_id=user_id, quiz__course_id__in=course_ids)
        .exclude(state=AttemptState.IN_PROGRESS)
        .select_related("quiz")
        .order_by("-submitted_at", "-pk")
    ):
        if attempt.percent is None:
            detail = _("attempt %(n)s, awaiting grading") % {"n": attempt.number}
        else:
            detail = _("attempt %(n)s, %(percent)s%% (%(result)s)") % {
                "n": attempt.number,
                "percent": round(attempt.percent),
                "result": _("passed") if attempt.passed else _("not passed"),
            }
        lines.append(
            RecordLine(
                title=attempt.quiz.title,
                detail=detail,
                when=attempt.submitted_at,
                course_id=attempt.quiz.course_id,
            )
        )
    return lines
