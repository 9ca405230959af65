from django.db import models
from django.utils.translation import gettext_lazy as _


class InstrumentKind(models.TextChoices):
    # The value is kept for stored data; the UN's own wording is "not
    # legally binding" (the PoA, the ITI, the Global Framework).
    POLITICAL = "political", _("Not legally binding")
    TECHNICAL_GUIDELINES = "technical_guidelines", _("Voluntary technical guidelines")
    LEGALLY_BINDING = "legally_binding", _("Legally binding")
    RESOLUTION = "resolution", _("Resolution")


class CalloutKind(models.TextChoices):
    KEY_POINT = "key_point", _("Key point")
    WARNING = "warning", _("Warning")
    EXERCISE = "exercise", _("Exercise")
    CASE = "case", _("Case study")


class ReferenceKind(models.TextChoices):
    """The kinds of reference whose texts are translated (PO contexts
    ``instrument/KEY/FIELD``, ``provision/KEY/FIELD``, ``mosaic/NUMBER/FIELD``,
    ``glossary/TERM/FIELD``)."""

    INSTRUMENT = "instrument", _("Instrument")
    PROVISION = "provision", _("Provision")
    MOSAIC = "mosaic", _("MOSAIC module")
    GLOSSARY = "glossary", _("Glossary term")
