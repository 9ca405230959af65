"""The pre-test gate: lessons stay closed until the fellow has taken it."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils.translation import gettext as _

from courses.gates import Gate
from fellowship.assessments.selectors import quiz_submitted

from .models import TestPlan


def _key(course_id) -> str:
    return f"evaluation:pre-test:{course_id}"


def _locking_pre_quiz_id(course_id: int) -> int:
    """The pre-test that keeps the course's lessons closed (0: none), kept in
    the cache until the course's test plan changes."""
    quiz_id = cache.get(_key(course_id))
    if quiz_id is None:
        quiz_id = (
            TestPlan.objects.filter(course_id=course_id, locks_lessons=True)
            .values_list("pre_quiz_id", flat=True)
            .first()
        ) or 0
        cache.set(_key(course_id), quiz_id, None)
    return quiz_id


@receiver([post_save, post_delete], sender=TestPlan)
def _plan_changed(sender, instance, **kwargs):
    cache.delete(_key(instance.course_id))


def pre_test_gate(*, user, course_id: int) -> Gate | None:
    """No query for a course without a pre-test (once cached), one with one."""
    pre_quiz_id = _locking_pre_quiz_id(course_id)
    if not pre_quiz_id or quiz_submitted(quiz_id=pre_quiz_id, user=user):
        return None
    return Gate(
        message=_(
            "The lessons open once you have taken the pre-test. It shows what "
            "you already know, so that you and the programme can see what the "
            "course adds."
        ),
        url=reverse("assessments:quiz_detail", kwargs={"quiz_id": pre_quiz_id}),
        label=_("Take the pre-test"),
    )
