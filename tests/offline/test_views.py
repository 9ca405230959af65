"""The installable app and the offline library, as a fellow's browser sees them."""

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils import translation

from courses.models import LessonProgress
from courses.services import enrolment_create
from tests.factories_courses import LessonPageFactory, course_with_lessons

pytestmark = pytest.mark.django_db


def test_web_manifest_speaks_the_fellows_language_and_direction(client, site):
    arabic = client.get("/ar/manifest.webmanifest")
    english = client.get("/en/manifest.webmanifest")

    assert arabic["Content-Type"] == "application/manifest+json"
    body = arabic.json()
    assert (body["lang"], body["dir"]) == ("ar", "rtl")
    assert body["start_url"] == "/ar/my-learning/"
    assert body["display"] == "standalone"
    assert {"192x192", "512x512"} <= {icon["sizes"] for icon in body["icons"]}
    for icon in body["icons"]:
        assert finders.find(icon["src"].removeprefix(settings.STATIC_URL))
    assert english.json()["dir"] == "ltr"
    assert english.json()["start_url"] == "/en/my-learning/"


def test_pages_link_the_manifest_and_the_worker(client, fellow, site):
    client.force_login(fellow)
    html = client.get(reverse("my_learning")).content.decode()

    assert 'rel="manifest" href="/en/manifest.webmanifest"' in html
    assert 'data-worker="/sw.js"' in html
    assert f'data-user="{fellow.pk}"' in html


def test_service_worker_is_served_at_the_root_never_stale(client, site):
    response = client.get("/sw.js")

    assert response.status_code == 200
    assert response["Service-Worker-Allowed"] == "/"
    assert response["Cache-Control"] == "no-cache"
    assert response["Content-Type"].startswith("text/javascript")
    source = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    text = source.decode()
    # The shell is precached with Workbox revisions, and the offline page of
    # every language is in it.
    assert "self.__WB_MANIFEST" not in text
    assert '"url":"css/site.css"' in text
    assert '"ar": "/ar/offline/"' in text
    assert "/static/vendor/workbox/workbox-background-sync.prod.js" in text


def test_offline_page_is_open_to_anyone_in_their_language(client, site):
    french = client.get("/fr/offline/")
    arabic = client.get("/ar/offline/")

    assert french.status_code == arabic.status_code == 200
    assert 'lang="fr" dir="ltr"' in french.content.decode()
    assert 'lang="ar" dir="rtl"' in arabic.content.decode()


def test_offline_library_needs_a_signed_in_person(client, site):
    response = client.get(reverse("offline_library"))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_offline_library_lists_only_modules_of_enrolled_courses(
    client, fellow, catalog, course, lessons
):
    other, _other_lessons = course_with_lessons(catalog=catalog, modules=1)
    enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    html = client.get(reverse("offline_library")).content.decode()

    for module in course.get_children():
        assert module.title in html
    assert other.get_children().first().title not in html
    assert "Make available offline (about" in html


def test_offline_library_queries_do_not_grow_with_modules(
    client, fellow, catalog, course, django_assert_max_num_queries
):
    enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    client.get(reverse("offline_library"))
    with django_assert_max_num_queries(20) as few:
        client.get(reverse("offline_library"))
    bigger, _lessons = course_with_lessons(catalog=catalog, modules=4, lessons=5)
    enrolment_create(user=fellow, course=bigger)
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = client.get(reverse("offline_library")).content.decode()
    assert html.count("data-offline-module=") == 2 + 4


def manifest_url(module):
    return reverse("offline_module_manifest", args=[module.pk])


def test_module_manifest_lists_the_lessons_with_sizes(enrolled_client, lessons):
    module = lessons[0].get_parent()
    body = enrolled_client.get(manifest_url(module)).json()

    assert body["module"] == module.pk
    assert [lesson["url"] for lesson in body["lessons"]] == [
        lessons[0].url,
        lessons[1].url,
    ]
    assert all(lesson["bytes"] > 0 for lesson in body["lessons"])
    assert body["bytes"] == sum(lesson["bytes"] for lesson in body["lessons"])


def test_module_manifest_is_refused_outside_the_fellows_courses(
    client, fellow, lessons
):
    module = lessons[0].get_parent()
    anonymous = client.get(manifest_url(module))
    client.force_login(fellow)
    not_enrolled = client.get(manifest_url(module))
    missing = client.get(reverse("offline_module_manifest", args=[999999]))

    assert anonymous.status_code == 302
    assert not_enrolled.status_code == 404
    assert missing.status_code == 404


def test_module_manifest_version_changes_when_a_lesson_is_published(
    enrolled_client, lessons
):
    module = lessons[0].get_parent()
    before = enrolled_client.get(manifest_url(module)).json()["version"]
    assert enrolled_client.get(manifest_url(module)).json()["version"] == before
    lessons[0].save_revision().publish()

    assert enrolled_client.get(manifest_url(module)).json()["version"] != before


def test_module_manifest_queries_do_not_grow_with_lessons(
    enrolled_client, lessons, django_assert_max_num_queries
):
    module = lessons[0].get_parent()
    enrolled_client.get(manifest_url(module))
    with django_assert_max_num_queries(20) as few:
        enrolled_client.get(manifest_url(module))
    for _index in range(6):
        LessonPageFactory(parent=module)
    with django_assert_max_num_queries(len(few.captured_queries)):
        body = enrolled_client.get(manifest_url(module)).json()
    assert len(body["lessons"]) == 8


def test_module_manifest_in_the_modules_language(enrolled_client, lessons):
    module = lessons[0].get_parent()
    with translation.override("en"):
        body = enrolled_client.get(manifest_url(module)).json()

    assert body["language"] == "en"
    assert body["title"] == module.title


def test_lesson_fetched_for_offline_reading_is_not_opened(
    enrolled_client, fellow, lessons
):
    response = enrolled_client.get(lessons[0].url, HTTP_X_OFFLINE_COPY="1")

    assert response.status_code == 200
    assert "Mark this lesson complete" in response.content.decode()
    assert not LessonProgress.objects.filter(user=fellow).exists()
    enrolled_client.get(lessons[0].url)
    assert LessonProgress.objects.filter(user=fellow).exists()


def test_completed_course_stays_available_a_withdrawn_one_does_not(
    client, fellow, catalog, course, lessons
):
    from courses.choices import EnrolmentStatus
    from courses.models import Enrolment

    left, _left_lessons = course_with_lessons(catalog=catalog, modules=1)
    for enrolled_in in (course, left):
        enrolment_create(user=fellow, course=enrolled_in)
    Enrolment.objects.filter(user=fellow, course=course).update(
        status=EnrolmentStatus.COMPLETED
    )
    Enrolment.objects.filter(user=fellow, course=left).update(
        status=EnrolmentStatus.WITHDRAWN
    )
    client.force_login(fellow)
    html = client.get(reverse("offline_library")).content.decode()
    withdrawn_module = left.get_children().first()

    assert html.count("data-offline-module=") == 2
    assert withdrawn_module.title not in html
    response = client.get(manifest_url(withdrawn_module))
    assert response.status_code == 404


def test_an_activity_counts_in_the_size_only_where_it_can_play_offline(
    client, fellow, site, settings
):
    """The player's own host keeps an activity for offline use; without one,
    the download leaves it out and its size does not count."""
    from content.h5p.services import package_import
    from courses.offline.selectors import player_files_bytes
    from tests.h5p import archives
    from tests.xapi.lessons import h5p_lesson

    package = package_import(
        file=archives.true_false_bytes(), filename="true-false.h5p"
    ).package
    built = h5p_lesson(site=site, package=package)
    enrolment_create(user=fellow, course=built.course)
    client.force_login(fellow)
    url = manifest_url(built.module)

    def activity_lesson_bytes():
        lessons = client.get(url).json()["lessons"]
        return next(item["bytes"] for item in lessons if item["id"] == built.lesson.pk)

    without = activity_lesson_bytes()
    settings.SITE_URL = "http://learn.example.org"
    settings.H5P_PLAYER_ORIGIN = "http://play.example.org"
    with_player = activity_lesson_bytes()
    # Fonts the player's style sheets use (one format each) count too.
    assert player_files_bytes() > 500_000
    assert package.player_bytes > 0
    assert with_player == without + player_files_bytes() + package.player_bytes
