"""What an instructor sees of a package in the admin, the chooser's search,
and a manager moving a package to a newer library version."""

import pytest
from django.urls import reverse

from content.h5p.models import H5PPackage
from content.h5p.services import package_import
from tests.factories import activate_totp
from tests.h5p import archives

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, site):
    def sign_in(person):
        activate_totp(person)
        client.force_login(person)
        return client

    return sign_in


def _import(entries, title=None):
    data = entries if isinstance(entries, bytes) else archives.build_zip(entries)
    return package_import(file=data, filename="p.h5p", title=title or "").package


def test_package_page_shows_type_libraries_warnings_usage_and_preview(
    admin_client, h5p_instructor, true_false
):
    client = admin_client(h5p_instructor)
    html = client.get(
        reverse("h5p_packages:edit", args=[true_false.pk])
    ).content.decode()
    assert "H5P.TrueFalse 1.6" in html
    assert "H5P.Question 1.4.10" in html or "H5P.Question 1.4." in html
    assert "H5P_CONTENT_HERE.txt" in html  # the import warning
    assert reverse("h5p_packages:usage", args=[true_false.pk]) in html
    preview = reverse(
        "h5p:player_frame", kwargs={"content_hash": true_false.content_hash}
    )
    assert f'src="{preview}#preview"' in html
    assert 'sandbox="allow-scripts"' in html
    # Instructors cannot move packages between library versions.
    assert reverse("h5p_packages:upgrade", args=[true_false.pk]) not in html


def test_package_list_runs_a_fixed_number_of_queries(
    admin_client, h5p_manager, true_false, django_assert_max_num_queries
):
    client = admin_client(h5p_manager)
    url = reverse("h5p_packages:list")
    with django_assert_max_num_queries(40) as few:
        assert client.get(url).status_code == 200
    for index in range(4):
        _import(archives.retitled(f"More {index}"))
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(url).status_code == 200


def test_chooser_lists_installed_packages_and_searches_content_type(
    admin_client, h5p_instructor, true_false, django_assert_max_num_queries
):
    _import(archives.retitled("Marking quiz"))
    pending = package_import(
        file=archives.build_zip(archives.with_new_main_library_version()),
        filename="new.h5p",
        uploaded_by=h5p_instructor,
    ).package
    client = admin_client(h5p_instructor)
    url = reverse("wagtailsnippetchoosers_h5p_h5ppackage:choose_results")
    html = client.get(url).content.decode()
    assert "Hello World" in html and "Marking quiz" in html
    assert pending.title not in html

    by_type = client.get(url, {"q": "truefalse"}).content.decode()
    assert "Hello World" in by_type and "Marking quiz" in by_type
    by_title = client.get(url, {"q": "marking"}).content.decode()
    assert "Marking quiz" in by_title and "Hello World" not in by_title
    assert "Hello World" not in client.get(url, {"q": "Column"}).content.decode()

    with django_assert_max_num_queries(30) as few:
        client.get(url)
    for index in range(4):
        _import(archives.retitled(f"Extra {index}"))
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url)


@pytest.fixture
def with_newer_minor(true_false):
    _import(archives.with_new_main_library_version())
    return true_false


def test_manager_moves_a_package_to_a_newer_version(
    admin_client, h5p_manager, with_newer_minor
):
    client = admin_client(h5p_manager)
    edit = reverse("h5p_packages:edit", args=[with_newer_minor.pk])
    upgrade = reverse("h5p_packages:upgrade", args=[with_newer_minor.pk])
    assert upgrade in client.get(edit).content.decode()
    page = client.get(upgrade).content.decode()
    assert "H5P.TrueFalse 1.7" in page

    response = client.post(upgrade, {"minor": "7"}, follow=True)
    assert H5PPackage.objects.get(pk=with_newer_minor.pk).main_library == (
        "H5P.TrueFalse 1.7"
    )
    messages = [str(message) for message in response.context["messages"]]
    assert any("now uses H5P.TrueFalse 1.7" in message for message in messages)
    assert any("upgrade script" in message for message in messages)


@pytest.mark.parametrize("minor", ["8", "6", "seven", ""])
def test_move_to_a_bad_version_changes_nothing(
    admin_client, h5p_manager, with_newer_minor, minor
):
    client = admin_client(h5p_manager)
    upgrade = reverse("h5p_packages:upgrade", args=[with_newer_minor.pk])
    response = client.post(upgrade, {"minor": minor}, follow=True)
    unchanged = H5PPackage.objects.get(pk=with_newer_minor.pk)
    assert unchanged.main_library == "H5P.TrueFalse 1.6"
    assert unchanged.content_hash == with_newer_minor.content_hash
    messages = [str(message) for message in response.context["messages"]]
    assert any("nothing changed" in message for message in messages)


def test_instructor_may_not_move_a_package(
    admin_client, h5p_instructor, with_newer_minor
):
    client = admin_client(h5p_instructor)
    upgrade = reverse("h5p_packages:upgrade", args=[with_newer_minor.pk])
    # Wagtail answers a refused permission with a redirect to the admin home.
    refused = client.get(upgrade)
    assert (refused.status_code, refused.url) == (302, "/admin/")
    refused = client.post(upgrade, {"minor": "7"})
    assert (refused.status_code, refused.url) == (302, "/admin/")
    assert H5PPackage.objects.get(pk=with_newer_minor.pk).main_library == (
        "H5P.TrueFalse 1.6"
    )


def test_fellow_may_not_reach_the_move(client, fellow, with_newer_minor):
    client.force_login(fellow)
    upgrade = reverse("h5p_packages:upgrade", args=[with_newer_minor.pk])
    assert client.post(upgrade, {"minor": "7"}).status_code in (302, 403)
    assert H5PPackage.objects.get(pk=with_newer_minor.pk).main_library == (
        "H5P.TrueFalse 1.6"
    )
