"""Public pages for anonymous visitors: no cookie, shared-cacheable, served
whole from the cache, and fresh at once after a publish. Signed-in pages
stay private."""

from unittest import mock

import pytest
from django.urls import reverse
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from courses import services
from courses.models import CoursePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def public_urls(home, catalog, course):
    return {"home": home.url, "catalogue": catalog.url, "course": course.url}


@pytest.mark.parametrize("name", ["home", "catalogue", "course"])
def test_anonymous_public_page_sets_no_cookie_and_is_shared_cacheable(
    client, public_urls, name
):
    response = client.get(public_urls[name])
    assert response.status_code == 200
    assert not response.cookies
    control = response["Cache-Control"]
    assert "public" in control and "s-maxage=300" in control
    assert "csrfmiddlewaretoken" not in response.content.decode()


@pytest.mark.parametrize("name", ["home", "catalogue", "course"])
def test_signed_in_public_page_is_private(client, fellow, public_urls, name):
    client.force_login(fellow)
    response = client.get(public_urls[name])
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_anonymous_course_page_offers_sign_in_to_enrol(client, course):
    html = client.get(course.url).content.decode()
    assert "Sign in to enrol" in html
    assert 'method="post"' not in html


def test_second_anonymous_visit_is_served_from_the_cache(
    client, public_urls, django_assert_num_queries
):
    for url in public_urls.values():
        first = client.get(url)
        with django_assert_num_queries(0):
            again = client.get(url)
        assert again.content == first.content
        assert again["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_publish_shows_at_once_to_anonymous_visitors(client, course):
    assert "Course renamed" not in client.get(course.url).content.decode()
    course.title = "Course renamed"
    course.save_revision().publish()
    assert "Course renamed" in client.get(course.url).content.decode()


def test_cached_page_is_not_served_to_a_signed_in_fellow(client, fellow, course):
    client.get(course.url)  # cached for anonymous visitors
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    html = client.get(course.url).content.decode()
    assert "Sign in to enrol" not in html
    assert "Sign out" in html


def test_filtered_catalogue_is_cached_apart(client, catalog, course):
    everything = client.get(catalog.url).content.decode()
    none = client.get(catalog.url + "?track=no-such-track").content.decode()
    assert course.title in everything
    assert none != everything


def test_publishing_a_lesson_purges_its_course_and_catalogue(
    settings, catalog, course, lessons
):
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://frontend-cache.invalid",
        }
    }
    with mock.patch(
        "wagtail.contrib.frontend_cache.backends.http.HTTPBackend.purge"
    ) as purge:
        lessons[0].save_revision().publish()
    purged = {call.args[0] for call in purge.call_args_list}
    assert any(url.endswith(lessons[0].url) for url in purged)
    assert any(url.endswith(course.url) for url in purged)
    assert any(url.endswith(catalog.url) for url in purged)


# The language switcher.


@pytest.fixture
def french_course(catalog, course, french):
    LocaleSynchronization.objects.create(locale=french, sync_from=Locale.get_default())
    alias = course.get_translation(french)
    ConvertAliasPageAction(alias.specific).execute(skip_permission_checks=True)
    translated = CoursePage.objects.get(pk=alias.pk)
    translated.title = "Cours traduit"
    translated.slug = "cours-traduit"
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


def test_language_switcher_links_to_the_translated_page(client, course, french_course):
    html = client.get(course.url).content.decode()
    assert french_course.url.endswith("/cours-traduit/")
    assert f'href="{french_course.url}" lang="fr"' in html
    assert f'href="{course.url}" lang="en" hreflang="en" aria-current="true"' in html


def test_language_switcher_on_other_pages_keeps_the_address(client):
    html = client.get(reverse("account_login")).content.decode()
    assert 'href="/fr/accounts/login/" lang="fr"' in html
    assert 'href="/ar/accounts/login/" lang="ar"' in html


def test_other_public_responses_are_not_kept_by_the_page_cache():
    from django.http import HttpResponse
    from django.test import RequestFactory
    from django.utils.cache import patch_cache_control

    from courses.caching import PublicPageCacheMiddleware

    answers = iter(["first", "second"])

    def view(request):
        response = HttpResponse(next(answers))
        patch_cache_control(response, public=True, max_age=600)
        return response

    middleware = PublicPageCacheMiddleware(view)
    factory = RequestFactory()
    assert middleware(factory.get("/en/status/")).content == b"first"
    assert middleware(factory.get("/en/status/")).content == b"second"
