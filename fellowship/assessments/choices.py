from django.db import models
from django.utils.translation import gettext_lazy as _


class QuestionType(models.TextChoices):
    SINGLE_CHOICE = "single_choice", _("Single choice")
    MULTIPLE_RESPONSE = "multiple_response", _("Multiple response")
    TRUE_FALSE = "true_false", _("True or false")
    NUMERIC = "numeric", _("Numeric")
    SHORT_TEXT = "short_text", _("Short text")
    MATCHING = "matching", _("Matching")
    ORDERING = "ordering", _("Ordering")
    ESSAY = "essay", _("Essay")
    CLOZE = "cloze", _("Embedded answers (cloze)")


class MultipleResponseScoring(models.TextChoices):
    ALL_OR_NOTHING = "all_or_nothing", _("All or nothing")
    PARTIAL = "partial", _("Partial credit")


class GradingMethod(models.TextChoices):
    HIGHEST = "highest", _("Highest attempt")
    LAST = "last", _("Last attempt")
    FIRST = "first", _("First attempt")
    AVERAGE = "average", _("Average of attempts")


class ReviewTiming(models.TextChoices):
    """When a part of a finished attempt's review opens to the fellow."""

    AFTER_EACH_ATTEMPT = "after_each_attempt", _("Immediately after each attempt")
    AFTER_LAST_ATTEMPT = (
        "after_last_attempt",
        _("After the fellow's last allowed attempt, or once the quiz closes"),
    )
    AFTER_CLOSE = "after_close", _("After the quiz closes")
    NEVER = "never", _("Never")


class AttemptState(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    AWAITING_GRADING = "awaiting_grading", _("Awaiting grading")
    GRADED = "graded", _("Graded")


class AnswerState(models.TextChoices):
    UNANSWERED = "unanswered", _("Not answered")
    SAVED = "saved", _("Saved")
    AWAITING_GRADING = "awaiting_grading", _("Awaiting grading")
    GRADED = "graded", _("Graded")


class AssessmentErrorCode(models.TextChoices):
    """Why a request about a quiz or an attempt was refused."""

    NOT_ENROLLED = "not_enrolled", _("You are not enrolled in this quiz's course.")
    NOT_OPEN_YET = "not_open_yet", _("This quiz is not open yet.")
    CLOSED = "closed", _("This quiz is closed.")
    NO_ATTEMPTS_LEFT = "no_attempts_left", _("You have used all your attempts.")
    TOO_SOON = "too_soon", _("You must wait before your next attempt.")
    NO_QUESTIONS = "no_questions", _("This quiz has no questions yet.")
    NOT_IN_PROGRESS = "not_in_progress", _("This attempt has already been submitted.")
    DEADLINE_PASSED = (
        "deadline_passed",
        _("The time for this attempt is over; your answer was not saved."),
    )
    UNKNOWN_QUESTION = "unknown_question", _("This question is not in the attempt.")
    INVALID_DEFINITION = "invalid_definition", _("The question is not well defined.")
    NOT_MANUALLY_GRADED = (
        "not_manually_graded",
        _("This answer is graded automatically."),
    )
    INVALID_GRADE = "invalid_grade", _("The grade is not valid for this rubric.")
    NOT_ENOUGH_QUESTIONS = (
        "not_enough_questions",
        _("The question pool has fewer questions than the quiz draws."),
    )


class GiftErrorCode(models.TextChoices):
    """Why a line of a GIFT file could not be imported."""

    SYNTAX = "syntax", _("The question cannot be read")
    DESCRIPTION = "description", _("Description items (no answer) are not supported")
    INVALID_QUESTION = "invalid_question", _("The question is not valid")
    EMPTY = "empty", _("The file holds no question")
