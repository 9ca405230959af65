"""A programme manager's journey in a real browser, from sign-in: the
dashboard, the at-risk fellows, a message to two of them, the selection with
a draft decision undone and made again, publication after the call closes,
and a fellow's page. Every page opened passes axe (no serious or critical
violation)."""

import datetime

import pytest
from django.utils import timezone

from fellowship.cohorts.models import Application, Call, FellowMessage
from fellowship.cohorts.services import application_submit, membership_create
from tests.cohorts import conftest as cohort_fixtures
from tests.cohorts.conftest import pdf_upload
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)

certified = cohort_fixtures.certified
curriculum = cohort_fixtures.curriculum
make_call = cohort_fixtures.make_call
make_cohort = cohort_fixtures.make_cohort
make_fellow = cohort_fixtures.make_fellow
today = cohort_fixtures.today

# The bounding boxes of each breakdown's content (every element inside it),
# so that content spilling out of its column counts.
BOXES = """(selector) => Array.from(document.querySelectorAll(selector)).map((box) => {
    const rects = [box, ...box.querySelectorAll('*')].map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0);
    return {
        left: Math.min(...rects.map((r) => r.left)),
        right: Math.max(...rects.map((r) => r.right)),
        top: Math.min(...rects.map((r) => r.top)),
        bottom: Math.max(...rects.map((r) => r.bottom)),
    };
})"""


def assert_no_overlap(page, selector):
    boxes = page.evaluate(BOXES, selector)
    assert len(boxes) >= 2
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            overlap = (
                a["left"] < b["right"] - 0.5
                and b["left"] < a["right"] - 0.5
                and a["top"] < b["bottom"] - 0.5
                and b["top"] < a["bottom"] - 0.5
            )
            assert not overlap, (a, b)


@pytest.fixture
def programme(make_cohort, make_call, make_fellow, manager, certified):
    cohort = make_cohort(
        name="Cohort Africa", managers=[manager], region_focus="african"
    )
    fellows = []
    for n, (country, gender, agency) in enumerate(
        [
            ("GH", "woman", "police"),
            ("KE", "man", "customs_border"),
            ("SN", "woman", "justice"),
        ]
    ):
        user = make_fellow(country=country, gender=gender, agency_type=agency)
        user.full_name = f"Fellow {'ABC'[n]}"
        user.save(update_fields=["full_name"])
        membership_create(cohort=cohort, user=user)
        fellows.append(user)
    call = make_call(cohort)
    candidates = []
    for name, country in (("Candidate Ghana", "GH"), ("Candidate France", "FR")):
        applicant = make_fellow(country=country)
        applicant.full_name = name
        applicant.save(update_fields=["full_name"])
        candidates.append(
            application_submit(
                call=call,
                applicant=applicant,
                motivation="Registry work.",
                letter=pdf_upload(),
                profile={"country": country},
            )
        )
    cohort.fellows_for_test = fellows
    cohort.candidates_for_test = candidates
    return cohort


def test_manager_journey_from_sign_in_to_publication(
    page, sign_in, axe_audit, manager, programme, settings
):
    settings.MFA_REQUIRED_FOR_ADMIN = False
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(manager, PASSWORD)
    # Lands on the dashboard of the one cohort they manage.
    assert page.url.endswith(f"/admin/programme/cohorts/{programme.pk}/")
    page.get_by_role("heading", name="Fellows and courses").wait_for()
    assert axe_audit(page) == []
    assert_no_overlap(page, ".programme-grid:last-of-type > section")

    # The at-risk list: message two fellows.
    page.get_by_role("heading", name="3 fellows at risk").wait_for()
    page.get_by_label("Fellow A").check()
    page.get_by_label("Fellow B").check()
    page.get_by_label("Subject").fill("Module 1 this week")
    page.get_by_label("Message").fill("Please finish module 1 by Friday.")
    page.get_by_role("button", name="Send the message").click()
    page.get_by_text("Message sent to 2 fellows.").wait_for()
    assert axe_audit(page) == []
    assert set(
        FellowMessage.objects.values_list("recipient__full_name", flat=True)
    ) == {
        "Fellow A",
        "Fellow B",
    }
    # Then every fellow at risk, as the server counts them when it sends.
    page.get_by_label("All 3 fellows at risk that the filters select").check()
    page.get_by_label("Subject").fill("Reminder")
    page.get_by_label("Message").fill("Please keep going.")
    page.get_by_role("button", name="Send the message").click()
    page.get_by_text("Message sent to 3 fellows.").wait_for()
    assert FellowMessage.objects.filter(subject="Reminder").count() == 3

    # Selection: the candidate from outside the region focus is flagged.
    page.get_by_role("link", name="Selection", exact=True).click()
    page.get_by_role("heading", name="Balance of the selection").wait_for()
    assert axe_audit(page) == []
    assert page.get_by_text("Outside the region focus").count() == 1
    assert_no_overlap(page, "#balance-heading ~ .programme-grid > section")

    # A draft decision, undone, then drafted again.
    page.get_by_role("link", name="Candidate Ghana").click()
    page.get_by_label("Accept").check()
    page.get_by_role("button", name="Save as draft").click()
    page.get_by_text("Draft decision saved.").wait_for()
    assert axe_audit(page) == []
    page.get_by_role("button", name="Undo the draft decision").click()
    page.get_by_text("The draft decision has been undone.").wait_for()
    assert axe_audit(page) == []
    application = Application.objects.get(applicant__full_name="Candidate Ghana")
    assert application.draft_decision == ""
    page.get_by_label("Accept").check()
    page.get_by_role("button", name="Save as draft").click()
    page.get_by_text("Draft decision saved.").wait_for()
    application.refresh_from_db()
    assert (application.status, application.draft_decision) == (
        "submitted",
        "accepted",
    )

    # The call closes; the decisions are published once.
    Call.objects.filter(pk=programme.call.pk).update(
        opens_at=timezone.now() - datetime.timedelta(days=5),
        closes_at=timezone.now() - datetime.timedelta(minutes=1),
    )
    page.goto(f"/admin/programme/cohorts/{programme.pk}/selection/")
    page.get_by_role("button", name="Publish the decisions").click()
    page.get_by_text("Decisions published: 1 accepted").wait_for()
    assert axe_audit(page) == []
    application.refresh_from_db()
    assert application.status == "accepted"

    # A fellow's page: courses, attendance and the message, in one place.
    page.goto(f"/admin/programme/cohorts/{programme.pk}/")
    page.get_by_role("link", name="Fellow A", exact=True).first.click()
    page.get_by_role("heading", name="Messages from the programme").wait_for()
    assert page.get_by_text("Module 1 this week").count() == 1
    page.get_by_role("heading", name="Courses and progress").wait_for()
    assert axe_audit(page) == []
