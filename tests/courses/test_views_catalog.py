import datetime

import pytest
from django.urls import reverse

from courses import services
from tests.factories_courses import course_with_lessons

pytestmark = pytest.mark.django_db


def test_catalogue_lists_live_courses_for_anyone(client, catalog):
    live, _lessons = course_with_lessons(catalog=catalog, title="Open course")
    draft, _lessons = course_with_lessons(catalog=catalog, title="Hidden course")
    draft.unpublish()
    html = client.get(catalog.url).content.decode()
    assert "Open course" in html
    assert "Hidden course" not in html


def test_catalogue_filters_by_track_and_level(client, catalog):
    course_with_lessons(
        catalog=catalog, title="Tracing basics", track="tracing", level="introductory"
    )
    course_with_lessons(
        catalog=catalog, title="Tracing advanced", track="tracing", level="advanced"
    )
    course_with_lessons(
        catalog=catalog, title="Stockpiles", track="stockpile_management"
    )
    html = client.get(catalog.url, {"track": "tracing"}).content.decode()
    assert "Tracing basics" in html and "Tracing advanced" in html
    assert "Stockpiles" not in html
    html = client.get(
        catalog.url, {"track": "tracing", "level": "advanced"}
    ).content.decode()
    assert "Tracing advanced" in html and "Tracing basics" not in html


def test_catalogue_ignores_invalid_filters(client, catalog):
    course_with_lessons(catalog=catalog, title="Still listed")
    response = client.get(catalog.url, {"track": "<script>"})
    assert response.status_code == 200
    assert "Still listed" in response.content.decode()


def test_catalogue_filters_by_language_with_a_translation(client, catalog, french):
    translated, _lessons = course_with_lessons(catalog=catalog, title="Translated")
    course_with_lessons(catalog=catalog, title="English only")
    french_course = translated.copy_for_translation(french, copy_parents=True)
    french_course.title = "Traduit"
    french_course.save_revision().publish()
    html = client.get(catalog.url, {"language": "fr"}).content.decode()
    assert "Translated" in html
    assert "English only" not in html


def test_my_learning_shows_progress_next_lesson_and_due_date(client, fellow, catalog):
    course, lessons = course_with_lessons(catalog=catalog, title="Records", lessons=2)
    services.enrolment_create(
        user=fellow, course=course, source="cohort", due_date=datetime.date(2031, 3, 1)
    )
    services.lesson_mark_complete(user=fellow, lesson=lessons[0])
    client.force_login(fellow)
    html = client.get(reverse("my_learning")).content.decode()
    assert "Records" in html
    assert "50% complete" in html
    assert f'href="{lessons[1].url}"' in html
    assert "Due by" in html and "2031" in html
    assert "Overdue" not in html


def test_my_learning_says_overdue_in_words(client, fellow, catalog):
    course, _lessons = course_with_lessons(catalog=catalog, title="Records", lessons=2)
    services.enrolment_create(
        user=fellow, course=course, source="cohort", due_date=datetime.date(2020, 3, 1)
    )
    client.force_login(fellow)
    html = client.get(reverse("my_learning")).content.decode()
    assert "Overdue" in html and "2020" in html


def test_my_learning_hides_withdrawn_enrolments(client, fellow, catalog):
    course, _lessons = course_with_lessons(catalog=catalog, title="Left behind")
    enrolment = services.enrolment_create(user=fellow, course=course)
    services.enrolment_withdraw(enrolment=enrolment)
    client.force_login(fellow)
    html = client.get(reverse("my_learning")).content.decode()
    assert "Left behind" not in html
    assert "You are not enrolled in any course yet." in html


def test_my_learning_requires_sign_in(client, site):
    response = client.get(reverse("my_learning"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_course_overview_continues_where_the_fellow_left_off(
    client, fellow, course, lessons
):
    services.enrolment_create(user=fellow, course=course)
    services.lesson_open(user=fellow, lesson=lessons[2])
    client.force_login(fellow)
    html = client.get(course.url).content.decode()
    assert "Continue where you left off" in html
    assert f'href="{lessons[2].url}"' in html


def test_catalogue_address_leads_to_the_catalogue(client, catalog):
    response = client.get(reverse("catalogue"))
    assert response.status_code == 302
    assert response["Location"] == catalog.url


def test_catalogue_address_is_404_without_a_catalogue(client, db):
    assert client.get(reverse("catalogue")).status_code == 404


def test_my_learning_names_the_prerequisite_instead_of_a_next_lesson(
    client, fellow, catalog
):
    basics, _basic_lessons = course_with_lessons(catalog=catalog, title="Basics")
    advanced, advanced_lessons = course_with_lessons(catalog=catalog, title="Advanced")
    advanced.prerequisites.set([basics])
    advanced.save()
    services.enrolment_create(user=fellow, course=advanced)
    client.force_login(fellow)
    html = client.get(reverse("my_learning")).content.decode()
    assert f'href="{advanced_lessons[0].url}"' not in html
    assert f'Complete <a href="{basics.url}">Basics</a> first.' in html


def test_my_learning_offers_the_next_lesson_once_the_prerequisite_is_done(
    client, fellow, catalog
):
    basics, basic_lessons = course_with_lessons(
        catalog=catalog, title="Basics", lessons=1
    )
    advanced, advanced_lessons = course_with_lessons(catalog=catalog, title="Advanced")
    advanced.prerequisites.set([basics])
    advanced.save()
    services.enrolment_create(user=fellow, course=basics)
    services.lesson_mark_complete(user=fellow, lesson=basic_lessons[0])
    services.enrolment_create(user=fellow, course=advanced)
    client.force_login(fellow)
    html = client.get(reverse("my_learning")).content.decode()
    assert f'href="{advanced_lessons[0].url}"' in html
    assert "first." not in html


def test_course_page_of_a_locked_course_offers_no_continue(client, fellow, catalog):
    basics, _basic_lessons = course_with_lessons(catalog=catalog, title="Basics")
    advanced, advanced_lessons = course_with_lessons(catalog=catalog, title="Advanced")
    advanced.prerequisites.set([basics])
    advanced.save()
    services.enrolment_create(user=fellow, course=advanced)
    client.force_login(fellow)
    html = client.get(advanced.url).content.decode()
    assert "Start the course" not in html
    assert (
        f'href="{advanced_lessons[0].url}"'
        not in html.split("Your progress")[1].split("</section>")[0]
    )
    assert f'Complete <a href="{basics.url}">Basics</a> first.' in html
