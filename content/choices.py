from django.db import models
from django.utils.translation import gettext_lazy as _


class InstrumentKind(models.TextChoices):
    POLITICAL = "political", _("Politically binding")
    LEGALLY_BINDING = "legally_binding", _("Legally binding")
    RESOLUTION = "resolution", _("Resolution")


class CalloutKind(models.TextChoices):
    KEY_POINT = "key_point", _("Key point")
    WARNING = "warning", _("Warning")
    EXERCISE = "exercise", _("Exercise")
