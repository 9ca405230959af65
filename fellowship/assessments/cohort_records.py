"""What assessments gives the cohorts' registries, registered at ready():
a fellow's quiz attempts for the managers' fellow page, and the quiz score
of each fellow and course for the cohort dashboard."""

from django.db.models import Avg
from django.utils.translation import gettext as _

from .choices import AttemptState
from .models import Attempt, QuizResult


def course_quiz_scores(
    *, user_ids: list[int], course_ids: list[int]
) -> dict[tuple[int, int], float]:
    """The fellow's quiz grade in each course, by (user id, course id): one query.

    The mean of the fellow's results on the course's quizzes, each result
    kept by its quiz's grading method (`QuizResult`, written by the grading
    service). Quizzes not yet taken, or awaiting grading, do not count; a
    fellow with no graded result in a course has no score there.
    """
    return {
        (row["user_id"], row["quiz__course_id"]): float(row["score"])
        for row in QuizResult.objects.filter(
            user_id__in=user_ids,
            quiz__course_id__in=course_ids,
            percent__isnull=False,
        )
        .values("user_id", "quiz__course_id")
        .annotate(score=Avg("percent"))
        .order_by()
    }


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
