"""The real packages that other H5P hosts play also play here, in the
sandboxed frame, and report xAPI to the platform."""

import re

import pytest

from content.h5p.services import package_import
from courses.services import enrolment_create
from courses.xapi.models import Statement
from tests.factories import PASSWORD
from tests.h5p import archives
from tests.xapi.lessons import h5p_lesson

pytestmark = pytest.mark.django_db(transaction=True)

PLAYER = "iframe[data-h5p-frame]"
STATEMENTS = re.compile(r"/xapi/statements$")


def lesson_playing(site, fellow, fixture):
    package = package_import(file=fixture.read_bytes(), filename=fixture.name).package
    built = h5p_lesson(site=site, package=package)
    enrolment_create(user=fellow, course=built.course)
    return built.lesson


def start(page, sign_in, fellow, lesson):
    sign_in(fellow, PASSWORD)
    page.goto(lesson.url)
    page.get_by_role("button", name="Start activity").click()
    page.get_by_text("The activity is ready.").wait_for()
    return page.frame_locator(PLAYER)


def test_drag_text_plays_and_reports_its_score(page, site, fellow, sign_in, axe_audit):
    lesson = lesson_playing(site, fellow, archives.DRAG_TEXT)
    player = start(page, sign_in, fellow, lesson)
    player.get_by_text("What are the colors of these berries").wait_for()
    with page.expect_response(
        lambda response: (
            STATEMENTS.search(response.url) and response.request.method == "POST"
        )
    ) as posted:
        player.get_by_role("button", name="Check").click()
    assert posted.value.status == 200
    answered = Statement.objects.get(
        user=fellow, verb="http://adlnet.gov/expapi/verbs/answered"
    )
    assert answered.lesson_id == lesson.pk
    assert answered.payload["result"]["score"]["max"] == 3
    assert answered.score == 0.0
    assert axe_audit(page) == []


def test_agamotto_shows_its_images(page, site, fellow, sign_in):
    lesson = lesson_playing(site, fellow, archives.AGAMOTTO)
    player = start(page, sign_in, fellow, lesson)
    image = player.locator("img").first
    image.wait_for()
    # Agamotto draws the images into a canvas and shows what it reads back:
    # that works only because the files were loaded with CORS (the frame's
    # origin is opaque), so the canvas is not tainted.
    assert image.get_attribute("src").startswith("data:image/")
    assert image.evaluate("element => element.naturalWidth") > 0
