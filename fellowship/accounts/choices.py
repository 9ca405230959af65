from django.db import models
from django.utils.translation import gettext_lazy as _


class AgencyType(models.TextChoices):
    POLICE = "police", _("Police")
    CUSTOMS_BORDER = "customs_border", _("Customs and border control")
    ARMED_FORCES = "armed_forces", _("Armed forces")
    JUSTICE = "justice", _("Justice")
    FOREIGN_AFFAIRS = "foreign_affairs", _("Foreign affairs")
    OTHER = "other", _("Other")


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    SELF_DESCRIBED = "self_described", _("I describe myself as…")
    PREFER_NOT_TO_SAY = "prefer_not_to_say", _("Prefer not to say")


class Role(models.TextChoices):
    """The programme's roles; each is a group of the same name."""

    FELLOW = "Fellow", _("Fellow")
    INSTRUCTOR = "Instructor", _("Instructor")
    PROGRAMME_MANAGER = "Programme manager", _("Programme manager")
    NATIONAL_FOCAL_POINT = "National focal point", _("National focal point")
    SITE_ADMIN = "Site admin", _("Site admin")
