import pytest
from django.urls import reverse

from fellowship.accounts.models import FellowProfile

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    data = {
        "account-full_name": "Amina Diallo",
        "account-preferred_language": "fr",
        "profile-country": "SN",
        "profile-institution": "National Commission",
        "profile-agency_type": "police",
        "profile-position": "Records officer",
        "profile-gender": "woman",
        "profile-gender_self_description": "",
        "profile-languages": ["fr", "en"],
    }
    data.update(overrides)
    return data


def test_profile_saves_and_derives_regional_group(client, fellow):
    client.force_login(fellow)
    response = client.post(reverse("profile_edit"), form_data(), follow=True)
    assert "Your profile has been saved." in response.content.decode()
    profile = FellowProfile.objects.get(user=fellow)
    assert profile.country == "SN"
    assert profile.regional_group == "african"
    assert profile.languages == ["fr", "en"]
    fellow.refresh_from_db()
    assert fellow.preferred_language == "fr"
    assert "African States" in response.content.decode()


def test_profile_self_described_gender_needs_words(client, fellow):
    client.force_login(fellow)
    response = client.post(
        reverse("profile_edit"), form_data(**{"profile-gender": "self_described"})
    )
    assert response.status_code == 200
    assert (
        "Describe your gender, or choose another answer." in response.content.decode()
    )
    assert FellowProfile.objects.get(user=fellow).country == ""


def test_profile_unknown_country_is_refused(client, fellow):
    client.force_login(fellow)
    response = client.post(
        reverse("profile_edit"), form_data(**{"profile-country": "XX"})
    )
    assert response.status_code == 200
    assert "XX is not one of them." in response.content.decode()
    assert FellowProfile.objects.get(user=fellow).institution == ""


def test_profile_self_description_dropped_for_other_answers(client, fellow):
    client.force_login(fellow)
    client.post(
        reverse("profile_edit"),
        form_data(
            **{
                "profile-gender": "prefer_not_to_say",
                "profile-gender_self_description": "x",
            }
        ),
    )
    profile = FellowProfile.objects.get(user=fellow)
    assert profile.gender == "prefer_not_to_say"
    assert profile.gender_self_description == ""


def test_profile_needs_login(client):
    assert client.get(reverse("profile_edit")).status_code == 302
