"""The quiz block's part in lesson completion (courses' registry)."""

from .selectors import quiz_passed, quiz_submitted


def quiz_requirement_met(*, user, lesson, block) -> bool:
    """A required quiz counts once passed; any other once submitted."""
    value = block.value
    quiz = value.get("quiz")
    if quiz is None:
        # The quiz was deleted: it can no longer hold the lesson back.
        return True
    if value.get("required"):
        return quiz_passed(quiz_id=quiz.pk, user=user)
    return quiz_submitted(quiz_id=quiz.pk, user=user)
