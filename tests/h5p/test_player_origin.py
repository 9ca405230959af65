"""The H5P player on a host of its own (H5P_PLAYER_ORIGIN): the frame keeps
that origin so that its worker can play it offline, and the host serves
the player and nothing else (docs/decisions/0039)."""

import pytest
from django.test import Client
from django.urls import reverse

from content.h5p.selectors import package_player_config, player_origin

pytestmark = pytest.mark.django_db

SITE = "http://learn.example.org"
PLAYER = "http://play.example.org"


@pytest.fixture
def own_host(settings):
    settings.SITE_URL = SITE
    settings.H5P_PLAYER_ORIGIN = PLAYER
    settings.ALLOWED_HOSTS = ["learn.example.org", "play.example.org"]


def on(host):
    return Client(HTTP_HOST=host)


def directives(response):
    policy = response["Content-Security-Policy"]
    return dict(
        item.strip().split(" ", 1) for item in policy.split(";") if " " in item.strip()
    )


def frame_path(package):
    return reverse("h5p:player_frame", kwargs={"content_hash": package.content_hash})


def test_player_config_names_the_players_host(own_host, true_false):
    config = package_player_config(package=true_false)
    assert config["frameUrl"] == f"{PLAYER}{frame_path(true_false)}"
    # Its files come from that host too, so that its worker can keep them.
    assert config["h5pJsonPath"].startswith(f"{PLAYER}/h5p/content/")
    assert config["librariesPath"] == f"{PLAYER}/h5p/libraries"


def test_the_sites_own_origin_is_never_the_players(settings, true_false):
    settings.SITE_URL = SITE
    settings.H5P_PLAYER_ORIGIN = SITE
    assert player_origin() == ""
    assert package_player_config(package=true_false)["frameUrl"] == frame_path(
        true_false
    )


def test_frame_on_the_players_host_keeps_its_origin_framed_by_the_site(
    own_host, true_false
):
    response = on("play.example.org").get(frame_path(true_false))
    assert response.status_code == 200
    policy = directives(response)
    assert policy["sandbox"] == "allow-scripts allow-same-origin"
    assert policy["frame-ancestors"] == SITE
    assert policy["script-src"] == f"{PLAYER}/static/ {PLAYER}/h5p/libraries/"
    assert f'"parentOrigin": "{SITE}"' in response.content.decode()
    assert not response.cookies


def test_frame_on_the_sites_host_stays_opaque(own_host, true_false):
    """The same document asked of the site's own host: never allow-same-origin,
    whatever the frame element says."""
    response = on("learn.example.org").get(frame_path(true_false))
    assert response.status_code == 200
    policy = directives(response)
    assert policy["sandbox"] == "allow-scripts"
    assert "allow-same-origin" not in response["Content-Security-Policy"]
    assert policy["frame-ancestors"] == SITE


def test_worker_and_keeper_are_served_on_the_players_host_only(own_host):
    player = on("play.example.org")
    worker = player.get(reverse("h5p:worker"))
    assert worker.status_code == 200
    assert worker["Content-Type"] == "text/javascript; charset=utf-8"
    assert b'addEventListener("fetch"' in worker.content
    keeper = player.get(reverse("h5p:keeper"))
    assert keeper.status_code == 200
    assert directives(keeper)["frame-ancestors"] == SITE
    assert f'data-site-origin="{SITE}"' in keeper.content.decode()
    assert "'unsafe-inline'" not in keeper["Content-Security-Policy"]
    assert not worker.cookies and not keeper.cookies

    site = on("learn.example.org")
    assert site.get(reverse("h5p:worker"), follow=True).status_code == 404
    assert site.get(reverse("h5p:keeper"), follow=True).status_code == 404


def test_worker_and_keeper_do_not_exist_without_a_players_host(client):
    assert client.get(reverse("h5p:worker"), follow=True).status_code == 404
    assert client.get(reverse("h5p:keeper"), follow=True).status_code == 404


def test_no_package_or_library_file_can_become_a_worker(own_host, true_false):
    """A package's script registered as a service worker would answer for
    the host's frames: the browser's worker fetch is refused."""
    player = on("play.example.org")
    library = reverse(
        "h5p:library_file",
        kwargs={
            "directory": "H5P.TrueFalse-1.6",
            "path": "scripts/h5p-true-false.js",
        },
    )
    package = reverse(
        "h5p:package_file",
        kwargs={"content_hash": true_false.content_hash, "path": "h5p.json"},
    )
    assert player.get(library).status_code == 200
    assert player.get(library, HTTP_SERVICE_WORKER="script").status_code == 404
    assert player.get(package).status_code == 200
    assert player.get(package, HTTP_SERVICE_WORKER="script").status_code == 404


@pytest.mark.parametrize(
    "path", ["/en/", "/en/accounts/login/", "/admin/", "/xapi/state"]
)
def test_the_players_host_serves_no_page_of_the_site(own_host, site, path):
    player = on("play.example.org")
    response = player.get(path)
    assert response.status_code == 302
    assert response["Location"] == f"{SITE}{path}"
    assert not response.cookies
    refused = player.post(path, {"email": "fellow@example.org"})
    assert refused.status_code == 404
    assert not refused.cookies


def test_signed_in_pages_may_frame_and_read_the_players_host(
    own_host, client, fellow, site
):
    client = Client(HTTP_HOST="learn.example.org")
    client.force_login(fellow)
    response = client.get("/en/my-learning/offline/")
    assert response.status_code == 200
    policy = directives(response)
    assert PLAYER in policy["frame-src"].split()
    assert PLAYER in policy["connect-src"].split()
    assert PLAYER not in policy["script-src"]
    assert f'data-h5p-keeper="{PLAYER}/h5p/offline/"' in response.content.decode()


def test_without_a_players_host_the_library_has_no_keeper(client, fellow, site):
    client.force_login(fellow)
    response = client.get("/en/my-learning/offline/")
    assert "data-h5p-keeper" not in response.content.decode()
    assert (
        "frame-src 'self' https://www.youtube.com"
        in response["Content-Security-Policy"]
    )


def test_a_write_sent_from_the_players_origin_is_refused(own_host, fellow, site):
    """Package code on the player's host may learn the CSRF token (in the
    demo the two ports share cookies): its POST to the site still carries
    the player's Origin, which Django's CSRF check refuses."""
    browser = Client(HTTP_HOST="learn.example.org", enforce_csrf_checks=True)
    browser.force_login(fellow)
    browser.get("/en/my-learning/")
    token = browser.cookies["csrftoken"].value

    def post_from(origin):
        return browser.post(
            "/xapi/statements",
            data="[]",
            content_type="application/json",
            HTTP_X_CSRFTOKEN=token,
            HTTP_ORIGIN=origin,
        )

    assert post_from(PLAYER).status_code == 403
    # From the site's own origin the same request is past the CSRF check
    # (and refused for its empty list of statements).
    assert post_from(SITE).status_code == 400
