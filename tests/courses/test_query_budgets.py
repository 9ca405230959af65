"""Pages that grow with data run a fixed number of queries.

Each test measures a page with N items, adds 2N more, and checks that the
page still runs the same number of queries, within its budget.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import services
from tests.factories_courses import (
    LessonPageFactory,
    ModulePageFactory,
    MosaicModuleFactory,
    ProvisionFactory,
    course_with_lessons,
)

pytestmark = pytest.mark.django_db

N = 3
# A signed-in page's session is read from the cache (docs/decisions/0034).
BUDGETS = {"catalogue": 7, "course": 9, "lesson": 4, "my_learning": 10}


def _queries(client, url, budget, django_assert_max_num_queries) -> int:
    client.get(url)  # warm per-process caches (content types, site root paths)
    with django_assert_max_num_queries(budget):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def _assert_fixed(client, url, budget, grow, django_assert_max_num_queries):
    at_n = _queries(client, url, budget, django_assert_max_num_queries)
    grow()
    at_3n = _queries(client, url, budget, django_assert_max_num_queries)
    assert at_n == at_3n, (at_n, at_3n)


def _enrolled_course(catalog, fellow, lessons=1):
    course, created = course_with_lessons(catalog=catalog, lessons=lessons)
    services.enrolment_create(user=fellow, course=course)
    services.lesson_mark_complete(user=fellow, lesson=created[0])
    return course, created


def test_catalogue_queries_do_not_grow_with_courses(
    client, fellow, catalog, django_assert_max_num_queries
):
    for _number in range(N):
        _enrolled_course(catalog, fellow)
    client.force_login(fellow)

    def grow():
        for _number in range(2 * N):
            _enrolled_course(catalog, fellow)

    _assert_fixed(
        client, catalog.url, BUDGETS["catalogue"], grow, django_assert_max_num_queries
    )


def _add_lessons(course, fellow, count):
    module = ModulePageFactory(parent=course)
    for _number in range(count):
        lesson = LessonPageFactory(parent=module)
        services.lesson_mark_complete(user=fellow, lesson=lesson)


def _cite(page, count):
    """Give a page `count` more provisions and MOSAIC modules as sources."""
    page.provisions.add(*ProvisionFactory.create_batch(count))
    page.mosaic_modules.add(*MosaicModuleFactory.create_batch(count))
    page.save()


def test_course_page_queries_do_not_grow_with_lessons(
    client, fellow, catalog, django_assert_max_num_queries
):
    course, _lessons = _enrolled_course(catalog, fellow, lessons=N)
    _cite(course, N)
    client.force_login(fellow)

    def grow():
        _add_lessons(course, fellow, 2 * N)
        _cite(course, 2 * N)

    _assert_fixed(
        client, course.url, BUDGETS["course"], grow, django_assert_max_num_queries
    )


def test_lesson_page_queries_do_not_grow_with_lessons(
    client, fellow, catalog, django_assert_max_num_queries
):
    course, lessons = _enrolled_course(catalog, fellow, lessons=N)
    _cite(lessons[1], N)
    client.force_login(fellow)

    def grow():
        _add_lessons(course, fellow, 2 * N)
        _cite(lessons[1], 2 * N)

    for url in (lessons[1].url, lessons[1].url + "lite/"):
        _assert_fixed(
            client, url, BUDGETS["lesson"], grow, django_assert_max_num_queries
        )


def test_my_learning_queries_do_not_grow_with_enrolments(
    client, fellow, catalog, django_assert_max_num_queries
):
    for _number in range(N):
        _enrolled_course(catalog, fellow, lessons=2)
    client.force_login(fellow)

    def grow():
        for _number in range(2 * N):
            _enrolled_course(catalog, fellow, lessons=2)

    _assert_fixed(
        client,
        reverse("my_learning"),
        BUDGETS["my_learning"],
        grow,
        django_assert_max_num_queries,
    )


def test_my_learning_queries_do_not_grow_with_locked_courses(
    client, fellow, catalog, django_assert_max_num_queries
):
    basics, _lessons = course_with_lessons(catalog=catalog, lessons=1)

    def locked(count):
        for _number in range(count):
            course, _created = course_with_lessons(catalog=catalog, lessons=2)
            course.prerequisites.set([basics])
            course.save()
            services.enrolment_create(user=fellow, course=course)

    locked(N)
    client.force_login(fellow)
    _assert_fixed(
        client,
        reverse("my_learning"),
        BUDGETS["my_learning"],
        lambda: locked(2 * N),
        django_assert_max_num_queries,
    )
