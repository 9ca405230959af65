"""The curriculum in a real browser: authoring with moderation, and the
fellow's pages audited for accessibility."""

import pytest
from django.urls import reverse

from courses import demo, services
from courses.choices import StaffRole
from courses.models import LessonPage
from fellowship.accounts.roles import roles_sync
from tests.factories import PASSWORD
from tests.factories_courses import (
    CatalogPageFactory,
    ProvisionFactory,
    course_with_lessons,
)

pytestmark = pytest.mark.django_db(transaction=True)

LESSON_TITLE = "Reading a serial number"


@pytest.fixture
def curriculum(site):
    catalog = CatalogPageFactory(parent=site.root_page.specific)
    course, lessons = course_with_lessons(catalog=catalog, modules=2, lessons=2)
    provision = ProvisionFactory(title="Marking at manufacture")
    lessons[0].provisions.set([provision])
    lessons[0].body = [
        {"type": "rich_text", "value": "<h2>Why it matters</h2><p>Records.</p>"},
        {
            "type": "callout",
            "value": {"kind": "key_point", "title": "Remember", "body": "<p>A</p>"},
        },
        {
            "type": "quotation",
            "value": {"provision": provision.pk, "text": "Mark.", "citation": "X"},
        },
        {"type": "reflection", "value": {"prompt": "What do you record?"}},
    ]
    lessons[0].save_revision().publish()
    demo.review_workflow_seed()
    return {"catalog": catalog, "course": course, "lessons": lessons}


def test_instructor_submits_a_lesson_and_a_manager_approves_it(
    page, settings, instructor, manager, curriculum, sign_in
):
    settings.MFA_REQUIRED_FOR_ADMIN = False
    module = curriculum["lessons"][0].get_parent()
    # The manager's page permissions hang on the root page, which this test's
    # tree created after the role fixtures ran; the instructor's on the course.
    roles_sync()
    services.course_staff_add(
        course=curriculum["course"], user=instructor, role=StaffRole.INSTRUCTOR
    )

    sign_in(instructor, PASSWORD)
    page.goto(f"/admin/pages/add/courses/lessonpage/{module.pk}/")
    page.locator("#id_title").fill(LESSON_TITLE)
    page.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Text").click()
    editor = page.locator(".public-DraftEditor-content").first
    editor.click()
    editor.type("Each weapon carries a unique marking.")
    # Draftail writes the text into the form's hidden field after it settles.
    page.wait_for_function(
        """() => [...document.querySelectorAll('input[name$="-value"]')]
            .some((input) => input.value.includes('unique marking'))"""
    )
    page.get_by_role("tab", name="Promote").click()
    page.locator("#id_slug").fill("reading-a-serial-number")
    page.get_by_role("tab", name="Content").click()
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Curriculum review").click()
    page.wait_for_url(f"**/admin/pages/{module.pk}/")

    lesson = LessonPage.objects.get(title=LESSON_TITLE)
    assert not lesson.live
    assert lesson.current_workflow_state.status == "in_progress"
    draft = lesson.get_latest_revision_as_object()
    assert [block.block_type for block in draft.body] == ["rich_text"]
    assert "unique marking" in str(draft.body[0].value)

    page.context.clear_cookies()
    sign_in(manager, PASSWORD)
    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Approve and Publish", exact=True).click()
    # Approving sends the reviewer back to the page explorer of the module.
    page.wait_for_url(f"**/admin/pages/{module.pk}/")

    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.live
    assert lesson.current_workflow_state is None
    assert "unique marking" in str(lesson.body[0].value)


@pytest.fixture
def enrolled_fellow(fellow, curriculum):
    services.enrolment_create(user=fellow, course=curriculum["course"])
    services.lesson_mark_complete(user=fellow, lesson=curriculum["lessons"][1])
    return fellow


@pytest.mark.parametrize(
    "where", ["catalogue", "course", "lesson", "lite", "locked", "my_learning"]
)
def test_fellow_pages_have_no_serious_accessibility_violations(
    page, axe_audit, sign_in, enrolled_fellow, curriculum, where
):
    catalog, course, lessons = (
        curriculum["catalog"],
        curriculum["course"],
        curriculum["lessons"],
    )
    course.requires_sequence = where == "locked"
    course.save_revision().publish()
    urls = {
        "catalogue": catalog.url + "?track=marking_record_keeping",
        "course": course.url,
        "lesson": lessons[0].url,
        "lite": lessons[0].url + "lite/",
        "locked": lessons[3].url,
        "my_learning": reverse("my_learning"),
    }
    sign_in(enrolled_fellow, PASSWORD)
    page.goto(urls[where])
    assert page.locator("h1").count() == 1
    assert axe_audit(page) == []


def test_lesson_works_without_javascript(
    chromium, live_server, enrolled_fellow, curriculum
):
    context = chromium.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/en/accounts/login/")
    page.get_by_label("Email").fill(enrolled_fellow.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    lesson = curriculum["lessons"][0]
    page.goto(lesson.url)
    page.get_by_label("Your reflection (only you can read it)").fill("Kept.")
    page.get_by_role("button", name="Keep my reflection").click()
    page.get_by_text("Your reflection is saved.").wait_for()
    page.get_by_role("button", name="Mark this lesson complete").click()
    page.get_by_text("You have completed this lesson.").wait_for()
    context.close()


def test_arabic_course_page_is_right_to_left_and_accessible(
    page, axe_audit, curriculum
):
    page.goto(curriculum["course"].url.replace("/en/", "/ar/", 1))
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".notice--fallback").count() == 1
    assert axe_audit(page) == []
