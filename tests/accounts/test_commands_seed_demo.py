import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from wagtail.models import Locale, Page, Site

from content.models import HomePage
from fellowship.accounts.demo import DEMO_USERS
from fellowship.accounts.models import User

pytestmark = pytest.mark.django_db


def counts():
    return (
        User.objects.count(),
        Group.objects.count(),
        Page.objects.count(),
        Site.objects.count(),
    )


def test_seed_demo_is_idempotent_and_prints_sign_ins(capsys):
    call_command("seed_demo")
    first = counts()
    call_command("seed_demo")
    assert counts() == first
    out = capsys.readouterr().out
    for spec in DEMO_USERS:
        assert spec["email"] in out and spec["password"] in out
    assert isinstance(
        Site.objects.get(is_default_site=True).root_page.specific, HomePage
    )
    assert set(Locale.objects.values_list("language_code", flat=True)) == {
        "ar",
        "zh-hans",
        "en",
        "fr",
        "ru",
        "es",
    }


def test_seed_demo_users_sign_in_with_their_role():
    call_command("seed_demo")
    for spec in DEMO_USERS:
        client = Client()
        response = client.post(
            "/en/accounts/login/",
            {"login": spec["email"], "password": spec["password"]},
        )
        assert response.status_code == 302, spec["email"]
        user = User.objects.get(email=spec["email"])
        assert user.groups.filter(name=str(spec["role"])).exists()
