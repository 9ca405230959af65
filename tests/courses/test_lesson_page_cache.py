"""The lesson page reads what is the same for every fellow from the cache:
routes, outline, sources, rendered body. Every publish, unpublish, move or
slug change must show at once; a page view writes only when something changed.
"""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from courses import services
from courses.models import CourseProgress, LessonProgress
from tests.factories_courses import LessonPageFactory, ModulePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(client, fellow, course):
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    return client


def _sql(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, [query["sql"] for query in captured.captured_queries]


def test_second_view_routes_without_walking_the_tree(reader, lessons):
    assert reader.get(lessons[0].url).status_code == 200
    response, sql = _sql(reader, lessons[0].url)
    assert response.status_code == 200
    assert not any('FROM "wagtailcore_site"' in query for query in sql)
    assert not any('FROM "wagtailcore_locale"' in query for query in sql)
    # The lesson is loaded by id from its own table (joined to the page's);
    # no ancestor is read, not even for view restrictions.
    assert sum('FROM "wagtailcore_page"' in query for query in sql) == 0
    assert sum('FROM "courses_lessonpage"' in query for query in sql) == 1
    assert not any(query.startswith(("INSERT", "UPDATE")) for query in sql)


def test_slug_change_moves_the_lesson_at_once(reader, lessons):
    old_url = lessons[0].url
    assert reader.get(old_url).status_code == 200
    lessons[0].slug = "renamed-lesson"
    lessons[0].save_revision().publish()
    lessons[0].refresh_from_db()
    # Gone from the old address (or redirected from it), never served there.
    assert reader.get(old_url).status_code in (301, 404)
    new_url = lessons[0].url
    assert new_url.endswith("/renamed-lesson/")
    assert reader.get(new_url).status_code == 200


def test_unpublished_lesson_is_gone_at_once(reader, lessons):
    url = lessons[1].url
    assert reader.get(url).status_code == 200
    lessons[1].unpublish()
    assert reader.get(url).status_code == 404


def test_moved_lesson_is_served_at_its_new_address_only(reader, course, lessons):
    old_url = lessons[0].url
    assert reader.get(old_url).status_code == 200
    other_module = lessons[-1].get_parent()
    lessons[0].move(other_module, pos="last-child")
    lessons[0].refresh_from_db()
    assert lessons[0].url != old_url
    response = reader.get(old_url)
    assert (response.status_code, response["Location"]) == (301, lessons[0].url)
    assert reader.get(lessons[0].url).status_code == 200


def test_published_body_and_outline_show_at_once(reader, course, lessons):
    html = reader.get(lessons[0].url).content.decode()
    assert "Synthetic lesson text" in html
    lessons[0].body = [{"type": "rich_text", "value": "<p>Revised wording.</p>"}]
    lessons[0].save_revision().publish()
    module = ModulePageFactory(parent=course)
    added = LessonPageFactory(parent=module, title="A lesson added later")
    added.save_revision().publish()
    html = reader.get(lessons[0].url).content.decode()
    assert "Revised wording." in html
    assert "Synthetic lesson text" not in html
    assert "A lesson added later" in html


def test_draft_does_not_show_to_fellows(reader, lessons):
    reader.get(lessons[0].url)
    lessons[0].body = [{"type": "rich_text", "value": "<p>Unreviewed draft.</p>"}]
    lessons[0].save_revision()
    html = reader.get(lessons[0].url).content.decode()
    assert "Unreviewed draft." not in html
    assert "Synthetic lesson text" in html


def test_lesson_open_is_recorded_at_most_once_a_minute(reader, fellow, lessons):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        reader.get(lessons[0].url)
        progress = CourseProgress.objects.get(user=fellow)
        assert progress.last_lesson_id == lessons[0].pk
        assert progress.last_activity_at == start
    with time_machine.travel(start + datetime.timedelta(seconds=30), tick=False):
        response, sql = _sql(reader, lessons[0].url)
        assert response.status_code == 200
        assert not any(query.startswith(("INSERT", "UPDATE")) for query in sql)
        assert CourseProgress.objects.get(user=fellow).last_activity_at == start
    later = start + datetime.timedelta(seconds=61)
    with time_machine.travel(later, tick=False):
        reader.get(lessons[0].url)
        assert CourseProgress.objects.get(user=fellow).last_activity_at == later


def test_opening_another_lesson_is_recorded_at_once(reader, fellow, lessons):
    reader.get(lessons[0].url)
    reader.get(lessons[1].url)
    assert CourseProgress.objects.get(user=fellow).last_lesson_id == lessons[1].pk
    assert LessonProgress.objects.filter(user=fellow, lesson=lessons[1]).exists()
    reader.get(lessons[0].url)
    assert CourseProgress.objects.get(user=fellow).last_lesson_id == lessons[0].pk


def test_cached_route_still_refuses_a_fellow_not_enrolled(
    client, reader, lessons, course
):
    from tests.factories import user_with_role

    reader.get(lessons[0].url)  # the route is now cached
    stranger = user_with_role("Fellow")
    client.force_login(stranger)
    response = client.get(lessons[0].url)
    assert response.status_code == 302
    assert response["Location"] == course.url


def test_second_view_reads_no_view_restriction(reader, lessons):
    assert reader.get(lessons[0].url).status_code == 200
    response, sql = _sql(reader, lessons[0].url)
    assert response.status_code == 200
    assert not any("wagtailcore_pageviewrestriction" in query for query in sql)


def test_a_view_restriction_added_or_removed_applies_at_once(reader, course, lessons):
    assert reader.get(lessons[0].url).status_code == 200
    staff_only = Group.objects.create(name="Restricted readers")
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(staff_only)
    refused = reader.get(lessons[0].url)
    assert refused.status_code == 302
    assert "login" in refused["Location"]
    restriction.delete()
    assert reader.get(lessons[0].url).status_code == 200


# Parts rendered once per process (courses.templatetags.shared_html): the
# outline's links and the Sources section follow every change at once.


def test_outline_and_pager_links_follow_a_slug_change_at_once(reader, lessons):
    html = reader.get(lessons[0].url).content.decode()
    assert f'href="{lessons[1].url}"' in html
    lessons[1].slug = "renamed-second-lesson"
    lessons[1].save_revision().publish()
    lessons[1].refresh_from_db()
    html = reader.get(lessons[0].url).content.decode()
    assert 'href="' + lessons[1].url + '"' in html
    assert lessons[1].url.endswith("/renamed-second-lesson/")
    assert html.count("renamed-second-lesson") >= 2  # outline and "Next"


def test_sources_follow_an_edited_provision_at_once(reader, lessons):
    from content.choices import InstrumentKind
    from content.models import Instrument, Provision

    instrument = Instrument.objects.create(
        key="ITI-TEST",
        title="International Tracing Instrument",
        kind=InstrumentKind.values[0],
    )
    provision = Provision.objects.create(
        key="ITI-TEST-1",
        instrument=instrument,
        reference="Test paragraph",
        title="Marking at the time of manufacture",
    )
    lessons[0].provisions.add(provision)
    lessons[0].save_revision().publish()
    html = reader.get(lessons[0].url).content.decode()
    assert "Marking at the time of manufacture" in html
    provision.title = "Unique marking at manufacture"
    provision.save()
    html = reader.get(lessons[0].url).content.decode()
    assert "Unique marking at manufacture" in html
    assert "Marking at the time of manufacture" not in html
