import pytest
from django.urls import reverse

from tests.factories import activate_totp

pytestmark = pytest.mark.django_db


def test_fellow_is_refused_the_admin(client, fellow):
    client.force_login(fellow)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 403
    assert "No access to the administration" in response.content.decode()
    assert client.get(reverse("wagtailadmin_explore_root")).status_code == 403


def test_focal_point_is_refused_the_admin(client, focal_point):
    client.force_login(focal_point)
    assert client.get(reverse("wagtailadmin_home")).status_code == 403


@pytest.mark.parametrize("role", ["instructor", "manager", "site_admin"])
def test_staff_without_mfa_is_sent_to_set_it_up(client, request, role):
    person = request.getfixturevalue(role)
    client.force_login(person)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


@pytest.mark.parametrize("role", ["instructor", "manager", "site_admin"])
def test_staff_with_mfa_reach_the_admin(client, request, role, site):
    person = request.getfixturevalue(role)
    activate_totp(person)
    client.force_login(person)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200


def test_demo_setting_lets_staff_in_without_mfa(client, instructor, settings, site):
    settings.MFA_REQUIRED_FOR_ADMIN = False
    client.force_login(instructor)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_admin_login_goes_through_the_site_login(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response["Location"].startswith(reverse("account_login"))


def test_site_history_is_for_site_admins_only(client):
    from django.urls import reverse

    from tests.factories import activate_totp, user_with_role

    manager = user_with_role("Programme manager")
    activate_totp(manager)
    client.force_login(manager)
    url = reverse("wagtailadmin_reports:site_history")
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert url not in home
    admin = user_with_role("Site admin", is_superuser=True)
    activate_totp(admin)
    client.force_login(admin)
    assert client.get(url).status_code == 200
