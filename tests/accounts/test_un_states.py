"""A person's State is one of the UN Member States or observer States, named as the UN names it."""

import pytest
from django.urls import reverse
from django.utils import translation

from fellowship.accounts.data.un_states import (
    MEMBER_STATES,
    OBSERVER_STATES,
    STATES,
    state_choices,
    state_name,
)
from fellowship.accounts.forms import FellowProfileForm
from fellowship.accounts.models import FellowProfile
from fellowship.accounts.regions import regional_group_for


def test_states_are_the_193_members_and_two_observers():
    assert len(MEMBER_STATES) == 193
    assert OBSERVER_STATES == {"VA", "PS"}
    assert len(STATES) == 195
    assert not {"BV", "PR", "HK", "AQ", "TW", "EH", "XK"} & STATES


def test_every_member_state_and_palestine_resolve_to_a_regional_group():
    for code in STATES - {"VA"}:
        assert regional_group_for(code), code
    # The Holy See belongs to no regional group.
    assert regional_group_for("VA") == ""


@pytest.mark.parametrize(
    ("code", "language", "name"),
    [
        ("CI", "en", "Côte d'Ivoire"),
        ("TR", "en", "Türkiye"),
        ("KR", "en", "Republic of Korea"),
        ("IR", "en", "Iran (Islamic Republic of)"),
        ("TZ", "en", "United Republic of Tanzania"),
        ("NR", "en", "Nauru"),
        ("KR", "fr", "République de Corée"),
        ("TR", "fr", "Türkiye"),
        ("CI", "fr", "Côte d'Ivoire"),
        ("BO", "fr", "Bolivie (État plurinational de)"),
        ("KR", "es", "República de Corea"),
        ("KR", "ar", "جمهورية كوريا"),
        ("EG", "ar", "مصر"),
        ("RU", "ru", "Российская Федерация"),
        ("GB", "zh-hans", "大不列颠及北爱尔兰联合王国"),
    ],
)
def test_state_names_are_the_un_names(code, language, name):
    assert state_name(code, language) == name


def test_choices_follow_each_language_order():
    assert [name for _code, name in state_choices("fr")][:3] == [
        "Afghanistan",
        "Afrique du Sud",
        "Albanie",
    ]
    spanish = [code for code, _name in state_choices("es")]
    assert spanish.index("DE") < spanish.index("AD")  # Alemania before Andorra
    chinese = [code for code, _name in state_choices("zh-hans")]
    assert chinese[0] == "AL"  # 阿尔巴尼亚, a-er-ba-ni-ya


def test_profile_form_offers_exactly_the_states():
    with translation.override("en"):
        choices = FellowProfileForm().fields["country"].choices
    codes = [code for code, _name in choices if code]
    assert len(codes) == 195
    assert set(codes) == STATES
    labels = [str(label) for _code, label in choices]
    assert "Bouvet Island" not in labels
    assert "Nauru" in labels and "Naoero" not in labels


def test_profile_form_in_french_and_arabic_names_the_states_as_the_un():
    with translation.override("fr"):
        french = dict(FellowProfileForm().fields["country"].choices)
    with translation.override("ar"):
        arabic = dict(FellowProfileForm().fields["country"].choices)
    assert french["KR"] == "République de Corée"
    assert french["CI"] == "Côte d'Ivoire"
    assert arabic["KR"] == "جمهورية كوريا"


@pytest.mark.django_db
def test_country_name_is_shown_in_the_active_language():
    from django_countries import countries

    with translation.override("fr"):
        assert countries.name("TR") == "Türkiye"
    with translation.override("es"):
        assert countries.name("KR") == "República de Corea"
    assert countries.name("BV") == ""


@pytest.mark.django_db
@pytest.mark.parametrize("territory", ["BV", "PR"])
def test_profile_post_with_a_territory_is_refused_and_nothing_saved(
    client, fellow, territory
):
    from fellowship.accounts.services import fellow_profile_update

    fellow_profile_update(user=fellow, country="KE", institution="Police")
    client.force_login(fellow)
    response = client.post(
        reverse("profile_edit"),
        {
            "account-full_name": "Amina Diallo",
            "account-preferred_language": "en",
            "profile-country": territory,
            "profile-institution": "Customs",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Member States of the United Nations" in html
    assert f"{territory} is not one of them" in html
    profile = FellowProfile.objects.get(user=fellow)
    assert (profile.country, profile.institution) == ("KE", "Police")


@pytest.mark.django_db
def test_profile_post_with_a_state_is_saved(client, fellow):
    client.force_login(fellow)
    response = client.post(
        reverse("profile_edit"),
        {
            "account-full_name": "Amina Diallo",
            "account-preferred_language": "en",
            "profile-country": "PS",
            "profile-institution": "Customs",
        },
    )
    assert response.status_code == 302
    assert FellowProfile.objects.get(user=fellow).country == "PS"


def test_application_form_offers_the_states():
    from fellowship.cohorts.forms import ApplicationForm

    with translation.override("es"):
        choices = dict(ApplicationForm().fields["country"].choices)
    assert len(choices) == 196  # the empty choice and 195 States
    assert choices["KR"] == "República de Corea"
    assert "BV" not in choices
