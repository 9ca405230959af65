from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from fellowship.accounts.choices import AgencyType, Gender
from fellowship.accounts.regions import RegionalGroup, regional_group_expression


class DemographicsSnapshot(models.Model):
    """What a person declared about themself when they applied or joined.

    Selection balance and the Secretariat's report count what was true at the
    time, not what a profile says years later; and the dashboards read these
    columns without joining another app's tables.
    """

    country = CountryField(_("country"), blank=True)
    regional_group = models.GeneratedField(
        expression=regional_group_expression("country"),
        output_field=models.CharField(max_length=32, choices=RegionalGroup.choices),
        db_persist=True,
        verbose_name=_("UN regional group"),
    )
    gender = models.CharField(
        _("gender"), max_length=20, choices=Gender.choices, blank=True
    )
    agency_type = models.CharField(
        _("agency type"), max_length=20, choices=AgencyType.choices, blank=True
    )

    class Meta:
        abstract = True

    def get_regional_group_display(self):
        return RegionalGroup(self.regional_group).label if self.regional_group else ""
