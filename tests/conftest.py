import os

import pytest
from django.core.cache import cache
from django.utils import translation

from tests.factories import UserFactory, user_with_role


@pytest.fixture(autouse=True)
def _clean_cache():
    # Rate limits live in the cache: each test starts with none.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _english_by_default():
    # A request leaves its language active in the thread; tests start in English.
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _private_files_in_tmp(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "fellowship.storage.PrivateFileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private")},
        },
    }


@pytest.fixture
def private_root(settings):
    """Where this test's private files (letters, certificate PDFs) are."""
    from pathlib import Path

    return Path(settings.STORAGES["private"]["OPTIONS"]["location"])


@pytest.fixture
def site(db):
    from content.demo import site_seed

    site_seed(log=lambda *_: None)
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


@pytest.fixture
def fellow(db):
    return user_with_role("Fellow")


@pytest.fixture
def instructor(db):
    return user_with_role("Instructor")


@pytest.fixture
def manager(db):
    return user_with_role("Programme manager")


@pytest.fixture
def focal_point(db):
    return user_with_role("National focal point")


@pytest.fixture
def site_admin(db):
    return user_with_role("Site admin", is_superuser=True, is_staff=True)


@pytest.fixture
def user_factory(db):
    return UserFactory


def pytest_configure(config):
    # Playwright's sync API runs an event loop in the test thread; the ORM
    # calls that live-server tests make around it are synchronous.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
