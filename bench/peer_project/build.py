"""Build the peer's site and print what the benchmark needs as one JSON line.

Run with the peer virtualenv's Python, in this directory:
migrate, a course of `PEER_LESSONS` rich-text lessons (wagtail-lms's
H5PLessonPage, whose body is rich text and H5P blocks) under the default
Wagtail site's home page, `PEER_FELLOWS` users enrolled in it and signed in
(database sessions), and the queries of one lesson view counted through
Django's test client.
"""

import json
import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings")
django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Page, Site  # noqa: E402
from wagtail_lms.models import CourseEnrollment, CoursePage, H5PLessonPage  # noqa: E402

PARAGRAPH = (
    "<p>Stockpile management covers the whole life of ammunition: receipt, "
    "<strong>storage</strong>, inspection, issue and disposal. Each step has "
    "its records, and each record is checked against the physical count so "
    'that losses are found early. <a href="https://example.org/iatg">The '
    "guidelines</a> describe risk-reduction levels a state can reach in "
    "turn.</p><ul><li>Separate incompatible groups.</li><li>Keep distances "
    "between buildings.</li><li>Inspect on a fixed schedule.</li></ul>"
)


def build(lessons: int, fellows: int) -> dict:
    call_command("migrate", "--noinput", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    home = Site.objects.get(is_default_site=True).root_page
    course = home.add_child(
        instance=CoursePage(
            title="Stockpile management",
            slug="stockpile-management",
            description="<p>A course of rich-text lessons.</p>",
        )
    )
    first = None
    for number in range(1, lessons + 1):
        lesson = course.add_child(
            instance=H5PLessonPage(
                title=f"Lesson {number}: records and storage",
                slug=f"lesson-{number}",
                intro=f"<p>What lesson {number} covers and why it matters.</p>",
                body=[("paragraph", PARAGRAPH) for _ in range(6)],
            )
        )
        lesson.save_revision().publish()
        first = first or lesson
    course.save_revision().publish()
    users = get_user_model()
    cookies = []
    for index in range(fellows):
        user = users.objects.create_user(
            username=f"fellow{index}", email=f"fellow{index}@peer.example.org"
        )
        CourseEnrollment.objects.create(user=user, course=course)
        client = Client()
        client.force_login(user)
        cookies.append(
            f"{settings.SESSION_COOKIE_NAME}="
            f"{client.cookies[settings.SESSION_COOKIE_NAME].value}"
        )
    url = Page.objects.get(pk=first.pk).url
    client = Client()
    client.force_login(users.objects.get(username="fellow0"))
    client.get(url)  # per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"peer lesson {url}: {response.status_code}")
    return {
        "lesson_url": url,
        "cookies": cookies,
        "queries": len(captured),
        "bytes": len(response.content),
    }


if __name__ == "__main__":
    result = build(int(os.environ["PEER_LESSONS"]), int(os.environ["PEER_FELLOWS"]))
    print("PEER_JSON " + json.dumps(result), flush=True)
