from django.db import models
from django.utils.translation import gettext_lazy as _


class Phase(models.TextChoices):
    PRE = "pre", _("Pre-test")
    POST = "post", _("Post-test")


class SurveyKind(models.TextChoices):
    COURSE_END = "course_end", _("End of a course")
    IN_PERSON = "in_person", _("End of the in-person phase")
    FOLLOW_UP = "follow_up", _("Follow-up after the cohort")


class ItemKind(models.TextChoices):
    LIKERT = "likert", _("Agreement, 1 to 5")
    YES_NO = "yes_no", _("Yes or no")
    TEXT = "text", _("Free text")


# Months after a cohort ends when alumni receive the follow-up survey.
FOLLOW_UP_MONTHS = (3, 6)

# The follow-up item whose "yes" counts as having applied what was learned.
APPLIED_ITEM_KEY = "applied"

LIKERT_VALUES = (1, 2, 3, 4, 5)
