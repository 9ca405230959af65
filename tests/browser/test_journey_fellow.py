"""A fellow's journey in Chromium, on a 390 px phone and on a desktop: from
sign-in to a quiz result, and from an anonymous visit to an enrolment.

On every page nothing scrolls sideways and axe finds no serious or critical
violation."""
# ruff: noqa: F811 - the fixtures are imported from the assessments tests

import re

import pytest
from django.core import mail
from django.urls import reverse

from courses.models import Enrolment, LessonPage
from fellowship.accounts.models import User
from fellowship.accounts.services import fellow_profile_update
from fellowship.cohorts.services import application_submit
from tests.assessments.conftest import (  # noqa: F401 - fixtures
    bank,
    enrol,
    home,
    make_lesson,
    make_question,
    make_quiz,
    tree,
)
from tests.cohorts import conftest as cohort_fixtures
from tests.cohorts.conftest import pdf_upload
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
WIDTHS = pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390px", "desktop"])


def assert_fits(page, axe_audit):
    """Nothing scrolls sideways, and axe finds nothing serious or critical."""
    page.wait_for_load_state()
    scroll_width, inner_width = page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert scroll_width <= inner_width, (page.url, scroll_width, inner_width)
    assert axe_audit(page) == [], page.url


@pytest.fixture
def small_course(tree, make_question, make_quiz, make_lesson):
    """Marking: a reading lesson, a lesson with a quiz, and a lesson after it."""
    reading = LessonPage(
        title="What marking is",
        slug="what-marking-is",
        body=[("rich_text", "<p>Marking gives each weapon a unique identity.</p>")],
    )
    tree.module.add_child(instance=reading)
    quiz = make_quiz(
        [make_question(stem="<p>Small arms are designed for what use?</p>")],
        title="Marking check",
        pass_mark=50,
    )
    make_lesson(quiz, slug="marking-check")
    following = LessonPage(
        title="Recording marks",
        slug="recording-marks",
        body=[("rich_text", "<p>Records are kept for decades.</p>")],
    )
    tree.module.add_child(instance=following)
    return tree.course


@WIDTHS
def test_fellow_journey_from_sign_in_to_quiz_result(
    page, viewport, fellow, sign_in, enrol, small_course, axe_audit
):
    page.set_viewport_size(viewport)
    enrol(fellow, small_course)
    sign_in(fellow, PASSWORD)
    page.get_by_role("heading", name="My learning").wait_for()
    assert_fits(page, axe_audit)
    assert page.get_by_role("link", name="What marking is").is_visible()

    page.get_by_role("link", name="Marking", exact=True).click()
    page.get_by_role("heading", name="Marking", level=1).wait_for()
    assert_fits(page, axe_audit)

    page.get_by_role("link", name="Start the course").click()
    page.get_by_role("heading", name="What marking is", level=1).wait_for()
    assert_fits(page, axe_audit)
    page.get_by_role("button", name="Mark this lesson complete").click()
    page.get_by_text("You have completed this lesson.").wait_for()

    page.get_by_role("link", name="Next: Module assessment").click()
    page.get_by_role("heading", name="Module assessment", level=1).wait_for()
    assert_fits(page, axe_audit)
    lesson_url = page.url
    page.goto(lesson_url + "lite/")
    page.get_by_role("heading", name=re.compile("Marking check")).wait_for()
    assert page.get_by_role("button", name="Start the quiz").is_visible()
    assert "images" not in page.locator("main").inner_text()
    assert_fits(page, axe_audit)

    page.goto(lesson_url)
    page.get_by_role("button", name="Start the quiz").click()
    page.get_by_role("heading", name=re.compile("Question 1")).wait_for()
    assert_fits(page, axe_audit)
    page.get_by_label("Individual use").check()
    page.locator("[data-status]", has_text="Saved").first.wait_for()
    page.get_by_role("button", name="Submit for grading").click()

    page.get_by_role("heading", name="Submit your answers?").wait_for()
    assert "You have answered 1 of 1 question." in page.content()
    assert_fits(page, axe_audit)
    page.get_by_role("button", name="Submit", exact=True).click()

    page.get_by_role("heading", name=re.compile("Result")).wait_for()
    assert page.get_by_text("You passed.").is_visible()
    assert_fits(page, axe_audit)
    page.get_by_role("link", name="Next lesson: Recording marks").click()
    page.get_by_role("heading", name="Recording marks", level=1).wait_for()
    assert_fits(page, axe_audit)


@WIDTHS
def test_anonymous_visitor_enrols_through_sign_up_and_confirmation(
    page, viewport, small_course, axe_audit
):
    page.set_viewport_size(viewport)
    page.goto(small_course.url)
    page.get_by_role("heading", name="Marking", level=1).wait_for()
    assert page.locator(f"form[action$='{small_course.url}enrol/']").count() == 0
    assert_fits(page, axe_audit)

    page.get_by_role("link", name="Create an account to enrol").click()
    page.get_by_label("Full name").fill("Nadia Rahman")
    page.get_by_label("Email").fill("nadia@example.org")
    page.get_by_label(re.compile(r"^Password:?$")).fill("a-long-and-unusual-passphrase")
    page.get_by_label(re.compile(r"^Password \(again\)")).fill(
        "a-long-and-unusual-passphrase"
    )
    page.get_by_role("button", name="Sign Up").click()
    page.get_by_role("heading", name="Verify Your Email Address").wait_for()
    assert not Enrolment.objects.exists()

    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", mail.outbox[-1].body)
    assert link, mail.outbox[-1].body
    page.goto("/" + link.group(0).split("/", 3)[3])
    page.get_by_role("button", name="Confirm").click()

    page.get_by_role("heading", name="Marking", level=1).wait_for()
    assert page.url.endswith(small_course.url)
    assert page.get_by_text("You are enrolled in Marking.").is_visible()
    assert page.get_by_role("link", name="Start the course").is_visible()
    nadia = User.objects.get(email="nadia@example.org")
    assert Enrolment.objects.filter(user=nadia, course=small_course).exists()
    assert_fits(page, axe_audit)


# The programme's fixtures, for the application pages.
curriculum = cohort_fixtures.curriculum
make_call = cohort_fixtures.make_call
make_cohort = cohort_fixtures.make_cohort
today = cohort_fixtures.today


def test_fellow_pages_fit_a_phone(
    page, fellow, sign_in, make_cohort, make_call, axe_audit
):
    page.set_viewport_size(PHONE)
    call = make_call(make_cohort(name="Cohort with a rather long name for phones"))
    fellow_profile_update(user=fellow, country="GH")
    application_submit(
        call=call,
        applicant=fellow,
        motivation="Registry work.",
        letter=pdf_upload(),
        profile={"country": "GH"},
    )
    other_call = make_call(make_cohort(name="Cohort Two"))
    for path in ("/en/", "/verify/"):
        page.goto(path)
        assert_fits(page, axe_audit)
    sign_in(fellow, PASSWORD)
    for path in (
        reverse("cohorts:my_applications"),
        reverse("cohorts:apply", args=[other_call.pk]),
        reverse("profile_edit"),
        reverse("my_learning"),
    ):
        page.goto(path)
        page.locator("h1").wait_for()
        assert_fits(page, axe_audit)
    page.goto(reverse("cohorts:my_applications"))
    assert page.get_by_role("button", name=re.compile("Withdraw")).is_visible()
    assert page.get_by_role("link", name=re.compile("Download")).is_visible()


def test_autosave_says_what_failed(
    page, fellow, sign_in, enrol, small_course, axe_audit
):
    enrol(fellow, small_course)
    sign_in(fellow, PASSWORD)
    quiz_lesson = LessonPage.objects.get(slug="marking-check")
    page.goto(quiz_lesson.url)
    page.get_by_role("button", name="Start the quiz").click()
    page.get_by_role("heading", name=re.compile("Question 1")).wait_for()
    # The autosave script listens once the page has loaded: on a busy machine
    # the heading shows before it runs.
    page.wait_for_load_state("load")
    status = page.locator("[data-status]").first
    autosave = "**/autosave/"

    page.route(autosave, lambda route: route.abort("internetdisconnected"))
    page.get_by_label("Individual use").check()
    status.filter(has_text="Not saved: no connection.").wait_for()
    page.unroute(autosave)

    page.route(
        autosave,
        lambda route: route.fulfill(
            status=500, content_type="text/html", body="<h1>Server Error</h1>"
        ),
    )
    page.get_by_label("Crew use").check()
    status.filter(
        has_text="Not saved: the server had a problem (error 500). Try again."
    ).wait_for()
    page.unroute(autosave)

    page.route(
        autosave,
        lambda route: route.fulfill(
            status=400,
            content_type="application/json",
            body='{"error": "Choose one of the options.", '
            '"message": "Choose one of the options.", "code": "invalid_answer"}',
        ),
    )
    page.get_by_label("Armed forces only").check()
    status.filter(has_text="Choose one of the options.").wait_for()
    page.unroute(autosave)

    page.get_by_label("Individual use").check()
    status.filter(has_text=re.compile(r"^Saved$")).wait_for()
    assert axe_audit(page) == []
