from django.db import models
from django.utils.translation import gettext_lazy as _


class GradingPolicy(models.TextChoices):
    """Which of a fellow's scored attempts makes the activity's result."""

    BEST = "best", _("Best attempt")
    LAST = "last", _("Last attempt")
    FIRST = "first", _("First attempt")
    AVERAGE = "average", _("Average of attempts")


class StatementRefusal(models.TextChoices):
    """Why statements were refused; the label is the message sent back."""

    UNSUPPORTED_MEDIA_TYPE = (
        "unsupported_media_type",
        _("Statements must be sent as application/json."),
    )
    TOO_LARGE = "too_large", _("The request body is larger than the platform accepts.")
    INVALID_JSON = "invalid_json", _("The request body is not valid JSON.")
    EMPTY = "empty", _("No statement was sent.")
    TOO_MANY = "too_many", _("Too many statements were sent at once.")
    NOT_AN_OBJECT = "not_an_object", _("A statement must be a JSON object.")
    INVALID_ID = "invalid_id", _("The statement id is not a UUID.")
    MISSING_VERB = "missing_verb", _("The statement has no verb.")
    MISSING_OBJECT = "missing_object", _("The statement has no activity as its object.")
    INVALID_RESULT = "invalid_result", _("The statement's result is malformed.")
    INVALID_SCORE = (
        "invalid_score",
        _("The score is malformed or outside its allowed range."),
    )
    INVALID_TIMESTAMP = (
        "invalid_timestamp",
        _("The statement's timestamp is malformed."),
    )
    FORBIDDEN_ACTIVITY = (
        "forbidden_activity",
        _("You may not record results for this activity."),
    )
    INVALID_STATE = "invalid_state", _("The saved state is malformed or too large.")
