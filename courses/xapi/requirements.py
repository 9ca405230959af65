"""The H5P block's part in lesson completion (registered in XapiConfig.ready)."""

from courses.selectors import course_of_lesson

from .selectors import activity_result_get


def h5p_requirement_met(*, user, lesson, block) -> bool:
    """Whether an H5P block lets its lesson complete for this person.

    A block that is not required never holds the lesson back. A required one
    needs a completed result; when the course lets browser-computed scores
    count toward certification (`counts_browser_scores`), a passed one.
    """
    if not block.value.get("required"):
        return True
    result = activity_result_get(user=user, lesson=lesson, block_id=block.id)
    if result is None:
        return False
    course = course_of_lesson(lesson=lesson)
    if course is not None and course.counts_browser_scores:
        return result.passed
    return result.completed
