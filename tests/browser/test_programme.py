"""Programme operations in a real browser: the managers' dashboard and the
applicant-facing pages (axe audit: no serious or critical violation)."""

import pytest
from django.urls import reverse

from fellowship.cohorts.services import application_submit, preferences_token
from tests.cohorts import conftest as cohort_fixtures
from tests.cohorts.conftest import assign_state, pdf_upload
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)

# The programme's fixtures, shared with tests/cohorts.
certified = cohort_fixtures.certified
curriculum = cohort_fixtures.curriculum
known_cohort = cohort_fixtures.known_cohort
make_call = cohort_fixtures.make_call
make_cohort = cohort_fixtures.make_cohort
make_fellow = cohort_fixtures.make_fellow
today = cohort_fixtures.today


@pytest.fixture
def open_call(make_cohort, make_call, manager):
    return make_call(make_cohort(name="Cohort Open", managers=[manager]))


def test_manager_signs_in_and_sees_the_dashboard_matrix(
    page, sign_in, manager, known_cohort, settings
):
    settings.MFA_REQUIRED_FOR_ADMIN = False
    sign_in(manager, PASSWORD)
    page.goto(reverse("programme:index"))
    page.get_by_role("link", name=known_cohort.name).first.click()
    page.get_by_role("heading", name="Fellows and courses").wait_for()
    matrix = page.locator("table.programme-matrix")
    assert matrix.locator("tbody tr").count() == 4
    for fellow in known_cohort.fellows_for_test:
        assert matrix.get_by_role("link", name=fellow.full_name).count() == 1
    assert "100%" in matrix.inner_text()
    # Filters narrow the matrix without JavaScript.
    page.get_by_label("Country").select_option("GH")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_load_state()
    assert page.locator("table.programme-matrix tbody tr").count() == 2


def test_calls_page_has_no_serious_accessibility_violations(page, axe_audit, open_call):
    page.goto("/en/programme/")
    page.get_by_role("heading", name="Calls for applications").wait_for()
    assert axe_audit(page) == []


def test_apply_and_my_applications_have_no_serious_accessibility_violations(
    page, axe_audit, sign_in, fellow, open_call
):
    sign_in(fellow, PASSWORD)
    page.goto(reverse("cohorts:apply", args=[open_call.pk]))
    page.get_by_role("heading", name="Apply to Cohort Open").wait_for()
    assert axe_audit(page) == []
    # A letter that is not a PDF is refused with a message, and that page too
    # must be accessible.
    page.get_by_label("Country (the State you serve)").select_option("GH")
    page.locator("#id_institution").fill("Fictional Police Service")
    page.get_by_label("Agency type").select_option("police")
    page.locator("#id_position").fill("Inspector")
    page.get_by_label("Why do you want to join this cohort?").fill("Registry work.")
    page.get_by_label("Endorsement letter from your institution (PDF)").set_input_files(
        files=[
            {
                "name": "letter.pdf",
                "mimeType": "application/pdf",
                "buffer": b"<html></html>",
            }
        ]
    )
    page.get_by_role("button", name="Submit my application").click()
    page.get_by_text("is not a PDF document").first.wait_for()
    assert axe_audit(page) == []
    page.get_by_label("Endorsement letter from your institution (PDF)").set_input_files(
        files=[
            {
                "name": "letter.pdf",
                "mimeType": "application/pdf",
                "buffer": b"%PDF-1.4\n%%EOF\n",
            }
        ]
    )
    page.get_by_role("button", name="Submit my application").click()
    page.get_by_role("heading", name="My applications").wait_for()
    assert "Cohort Open" in page.content()
    assert axe_audit(page) == []


def test_nominations_page_has_no_serious_accessibility_violations(
    page, axe_audit, sign_in, focal_point, make_fellow, open_call
):
    assign_state(focal_point, "GH")
    application_submit(
        call=open_call,
        applicant=make_fellow(),
        motivation="Registry work.",
        letter=pdf_upload(),
        profile={"country": "GH"},
    )
    sign_in(focal_point, PASSWORD)
    page.goto(reverse("cohorts:nominations"))
    page.get_by_role("heading", name="Candidates from Ghana").wait_for()
    assert axe_audit(page) == []


@pytest.mark.parametrize("language", ["en", "ar"])
def test_preferences_page_has_no_serious_accessibility_violations(
    page, axe_audit, fellow, language
):
    from django.utils import translation

    with translation.override(language):
        path = reverse(
            "cohorts:preferences", kwargs={"token": preferences_token(user=fellow)}
        )
    page.goto(path)
    page.locator("h1").wait_for()
    assert axe_audit(page) == []
