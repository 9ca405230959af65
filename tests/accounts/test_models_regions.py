import pytest

from fellowship.accounts.regions import MEMBERS, RegionalGroup, regional_group_for
from fellowship.accounts.services import fellow_profile_update


def test_regional_groups_partition_the_member_states():
    every_code = [code for members in MEMBERS.values() for code in members]
    assert len(every_code) == len(set(every_code)), "a country sits in two groups"
    # 193 Member States, plus the State of Palestine in the Asia-Pacific Group.
    assert len(every_code) == 194


@pytest.mark.parametrize(
    ("country", "group"),
    [
        ("SN", RegionalGroup.AFRICAN),
        ("FJ", RegionalGroup.ASIA_PACIFIC),
        ("UA", RegionalGroup.EASTERN_EUROPEAN),
        ("JM", RegionalGroup.LATIN_AMERICAN_CARIBBEAN),
        ("NZ", RegionalGroup.WESTERN_EUROPEAN_OTHERS),
        ("AQ", ""),
    ],
)
def test_regional_group_for_country(country, group):
    assert regional_group_for(country) == group


@pytest.mark.django_db
def test_fellow_profile_regional_group_follows_country(fellow):
    profile = fellow_profile_update(user=fellow, country="KE")
    assert profile.regional_group == RegionalGroup.AFRICAN
    profile = fellow_profile_update(user=fellow, country="BR")
    assert profile.regional_group == RegionalGroup.LATIN_AMERICAN_CARIBBEAN
    assert profile.get_regional_group_display() == "Latin American and Caribbean States"
