"""Quiz windows in fellows' calendars (courses' calendar registry)."""

from collections.abc import Iterable

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from courses.calendar import CalendarEntry, Kind
from courses.selectors import enrolled_course_ids

from .models import Quiz


def quiz_windows(*, user) -> Iterable[CalendarEntry]:
    """When each quiz of the person's courses opens and closes (two queries)."""
    quizzes = (
        Quiz.objects.filter(course_id__in=enrolled_course_ids(user=user))
        .filter(Q(opens_at__isnull=False) | Q(closes_at__isnull=False))
        .order_by("pk")
        .only("pk", "title", "opens_at", "closes_at")
    )
    for quiz in quizzes:
        url = reverse("assessments:quiz_detail", kwargs={"quiz_id": quiz.pk})
        if quiz.opens_at:
            yield CalendarEntry(
                uid=f"quiz-{quiz.pk}-opens",
                kind=Kind.QUIZ_OPENS,
                title=_("Quiz opens: %(quiz)s") % {"quiz": quiz.title},
                starts=quiz.opens_at,
                url=url,
            )
        if quiz.closes_at:
            yield CalendarEntry(
                uid=f"quiz-{quiz.pk}-closes",
                kind=Kind.QUIZ_CLOSES,
                title=_("Quiz closes: %(quiz)s") % {"quiz": quiz.title},
                starts=quiz.closes_at,
                url=url,
            )
