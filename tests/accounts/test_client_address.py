"""One client address for every rate limit, direct or behind trusted proxies.

Direct (TRUSTED_PROXY_COUNT=0): REMOTE_ADDR, whatever X-Forwarded-For says.
Proxied (1): the address the trusted proxy appended, not one the client wrote.
"""

import runpy

import pytest
from django.test import RequestFactory
from django.urls import reverse

import fellowship.settings.base as base_settings
from fellowship.accounts.client_address import client_address
from fellowship.certificates.codes import code_generate
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.1"
LOCKED = "Too many failed login attempts"


def fail_five_logins(client, **headers):
    """Five wrong passwords, each for a different address: only the per-IP limit fills."""
    for n in range(5):
        client.post(
            reverse("account_login"),
            {"login": f"nobody{n}@example.org", "password": "wrong-password"},
            **headers,
        )


def sign_in(client, user, **headers):
    return client.post(
        reverse("account_login"), {"login": user.email, "password": PASSWORD}, **headers
    )


def verify(client, **headers):
    url = reverse("certificates:verify_detail", args=[code_generate()])
    return client.get(url, **headers).status_code


@pytest.fixture
def proxied(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1


@pytest.fixture
def verify_limit_two(settings):
    settings.CERTIFICATES_VERIFY_RATE_LIMIT = "2/m"


def test_trusted_proxy_count_comes_from_the_environment(monkeypatch):
    monkeypatch.delenv("TRUSTED_PROXY_COUNT", raising=False)
    default = runpy.run_path(base_settings.__file__)
    monkeypatch.setenv("TRUSTED_PROXY_COUNT", "2")
    configured = runpy.run_path(base_settings.__file__)
    assert default["ALLAUTH_TRUSTED_PROXY_COUNT"] == 0
    assert configured["ALLAUTH_TRUSTED_PROXY_COUNT"] == 2


def test_client_address_direct_ignores_forwarded_for():
    request = RequestFactory().get(
        "/", REMOTE_ADDR="192.0.2.7", HTTP_X_FORWARDED_FOR="198.51.100.1"
    )
    assert client_address(request) == "192.0.2.7"


def test_client_address_proxied_takes_what_the_proxy_appended(proxied):
    request = RequestFactory().get(
        "/",
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="198.51.100.99, 203.0.113.5",
    )
    assert client_address(request) == "203.0.113.5"


def test_client_address_cuts_ipv6_to_its_network():
    one = RequestFactory().get("/", REMOTE_ADDR="2001:db8:1:2::10")
    other = RequestFactory().get("/", REMOTE_ADDR="2001:db8:1:2:ffff::1")
    assert client_address(one) == client_address(other) == "2001:db8:1:2::"


# Login lockout


def test_login_lockout_direct_spoofed_forwarded_for_does_not_escape(client, fellow):
    fail_five_logins(
        client, REMOTE_ADDR="192.0.2.7", HTTP_X_FORWARDED_FOR="198.51.100.1"
    )
    response = sign_in(
        client, fellow, REMOTE_ADDR="192.0.2.7", HTTP_X_FORWARDED_FOR="198.51.100.2"
    )
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_login_lockout_direct_two_spoofed_values_share_the_lockout(client, fellow):
    for n in range(5):
        spoofed = ["198.51.100.1", "198.51.100.2"][n % 2]
        client.post(
            reverse("account_login"),
            {"login": f"nobody{n}@example.org", "password": "wrong-password"},
            REMOTE_ADDR="192.0.2.7",
            HTTP_X_FORWARDED_FOR=spoofed,
        )
    response = sign_in(
        client, fellow, REMOTE_ADDR="192.0.2.7", HTTP_X_FORWARDED_FOR="198.51.100.1"
    )
    assert LOCKED in response.content.decode()


def test_login_lockout_proxied_clients_do_not_share_it(client, fellow, proxied):
    fail_five_logins(client, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.5")
    locked = sign_in(
        client, fellow, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.5"
    )
    assert LOCKED in locked.content.decode()

    other = sign_in(
        client, fellow, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.6"
    )
    assert other.status_code == 302
    assert client.session["_auth_user_id"] == str(fellow.pk)


def test_login_lockout_proxied_left_most_value_is_not_trusted(client, fellow, proxied):
    fail_five_logins(client, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.5")
    response = sign_in(
        client,
        fellow,
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="203.0.113.77, 203.0.113.5",
    )
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session


# Certificate verification limit


def test_verify_limit_direct_spoofed_forwarded_for_does_not_escape(
    client, verify_limit_two
):
    statuses = [
        verify(client, REMOTE_ADDR="192.0.2.7", HTTP_X_FORWARDED_FOR=spoofed)
        for spoofed in ["198.51.100.1", "198.51.100.2", "198.51.100.3"]
    ]
    assert statuses == [404, 404, 429]


def test_verify_limit_direct_two_spoofed_values_share_the_limit(
    client, verify_limit_two
):
    statuses = [
        verify(client, REMOTE_ADDR="192.0.2.7", HTTP_X_FORWARDED_FOR=spoofed)
        for spoofed in ["198.51.100.1", "198.51.100.2", "198.51.100.1"]
    ]
    assert statuses[-1] == 429
    assert verify(client, REMOTE_ADDR="192.0.2.8") == 404


def test_verify_limit_proxied_clients_do_not_share_it(
    client, verify_limit_two, proxied
):
    first = [
        verify(client, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.5")
        for _ in range(3)
    ]
    other = verify(client, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.6")
    assert first == [404, 404, 429]
    assert other == 404


def test_verify_limit_proxied_left_most_value_is_not_trusted(
    client, verify_limit_two, proxied
):
    for _ in range(2):
        verify(client, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.5")
    forged = verify(
        client, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.77, 203.0.113.5"
    )
    assert forged == 429


def test_verify_limit_ipv6_addresses_of_one_network_share_it(client, verify_limit_two):
    statuses = [
        verify(client, REMOTE_ADDR=address)
        for address in ["2001:db8:1:2::10", "2001:db8:1:2::11", "2001:db8:1:2::12"]
    ]
    assert statuses == [404, 404, 429]
