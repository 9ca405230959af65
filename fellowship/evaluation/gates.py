"""The pre-test gate: lessons stay closed until the fellow has taken it."""

from django.urls import reverse
from django.utils.translation import gettext as _

from courses.gates import Gate
from fellowship.assessments.selectors import quiz_submitted

from .models import TestPlan


def pre_test_gate(*, user, course) -> Gate | None:
    """One query for a course without a pre-test, two with one."""
    plan = (
        TestPlan.objects.filter(course=course, locks_lessons=True)
        .only("pre_quiz_id")
        .first()
    )
    if plan is None or quiz_submitted(quiz_id=plan.pre_quiz_id, user=user):
        return None
    return Gate(
        message=_(
            "The lessons open once you have taken the pre-test. It shows what "
            "you already know, so that you and the programme can see what the "
            "course adds."
        ),
        url=reverse("assessments:quiz_detail", kwargs={"quiz_id": plan.pre_quiz_id}),
        label=_("Take the pre-test"),
    )
