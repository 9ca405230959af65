"""United Nations regional groups of Member States, by ISO 3166-1 alpha-2 code.

Source: United Nations Department for General Assembly and Conference
Management, "Regional groups of Member States". The United States of America
attends the Western European and Others Group as an observer and is counted
with it for electoral purposes; the State of Palestine takes part in the
Asia-Pacific Group. Countries outside every group (non-member territories)
map to no group.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RegionalGroup(models.TextChoices):
    AFRICAN = "african", _("African States")
    ASIA_PACIFIC = "asia_pacific", _("Asia-Pacific States")
    EASTERN_EUROPEAN = "eastern_european", _("Eastern European States")
    LATIN_AMERICAN_CARIBBEAN = (
        "latin_american_caribbean",
        _("Latin American and Caribbean States"),
    )
    WESTERN_EUROPEAN_OTHERS = (
        "western_european_others",
        _("Western European and Other States"),
    )


MEMBERS: dict[str, frozenset[str]] = {
    RegionalGroup.AFRICAN: frozenset(
        "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN "
        "GW KE LS LR LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD "
        "TZ TG TN UG ZM ZW".split()
    ),
    RegionalGroup.ASIA_PACIFIC: frozenset(
        "AF BH BD BT BN KH CN CY KP FJ IN ID IR IQ JP JO KZ KI KW KG LA LB MY MV "
        "MH FM MN MM NR NP OM PK PW PG PH QA KR WS SA SG SB LK SY TJ TH TL TO TM "
        "TV AE UZ VU VN YE PS".split()
    ),
    RegionalGroup.EASTERN_EUROPEAN: frozenset(
        "AL AM AZ BY BA BG HR CZ EE GE HU LV LT ME PL MD RO RU RS SK SI MK UA".split()
    ),
    RegionalGroup.LATIN_AMERICAN_CARIBBEAN: frozenset(
        "AG AR BS BB BZ BO BR CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA "
        "PY PE KN LC VC SR TT UY VE".split()
    ),
    RegionalGroup.WESTERN_EUROPEAN_OTHERS: frozenset(
        "AD AT AU BE CA DK FI FR DE GR IS IE IL IT LI LU MT MC NL NZ NO PT SM ES "
        "SE CH TR GB US".split()
    ),
}


def regional_group_for(country_code: str) -> str:
    """The regional group of a country code, or "" for a country in none."""
    for group, members in MEMBERS.items():
        if country_code in members:
            return str(group)
    return ""


def regional_group_expression(field_name: str = "country") -> models.Case:
    """A database expression that derives the regional group from a country column."""
    return models.Case(
        *[
            models.When(
                **{f"{field_name}__in": sorted(members)}, then=models.Value(str(group))
            )
            for group, members in MEMBERS.items()
        ],
        default=models.Value(""),
        output_field=models.CharField(max_length=32),
    )
