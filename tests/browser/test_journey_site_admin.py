"""A site admin's journey in a real browser, from sign-in: the admin, the
Programme menu's "National focal points", a State assigned to a focal point;
then the focal point signs in and lands on the candidates of that State.
Every page opened passes axe (no serious or critical violation)."""

import pytest

from fellowship.cohorts.models import FocalPointAssignment
from fellowship.cohorts.services import application_submit
from tests.cohorts import conftest as cohort_fixtures
from tests.cohorts.conftest import pdf_upload
from tests.factories import PASSWORD, user_with_role

pytestmark = pytest.mark.django_db(transaction=True)

curriculum = cohort_fixtures.curriculum
make_call = cohort_fixtures.make_call
make_cohort = cohort_fixtures.make_cohort
make_fellow = cohort_fixtures.make_fellow
today = cohort_fixtures.today


def test_site_admin_assigns_a_state_and_the_focal_point_lands_on_its_candidates(
    page, sign_in, axe_audit, settings, site_admin, make_cohort, make_call, make_fellow
):
    settings.MFA_REQUIRED_FOR_ADMIN = False
    page.set_viewport_size({"width": 1280, "height": 900})
    call = make_call(make_cohort(name="Cohort Open"), limit=2)
    applicant = make_fellow(country="KE")
    applicant.full_name = "Wanjiru Kamau"
    applicant.save(update_fields=["full_name"])
    application_submit(
        call=call,
        applicant=applicant,
        motivation="Registry work.",
        letter=pdf_upload(),
        profile={"country": "KE"},
    )
    focal_point = user_with_role("National focal point", full_name="Otieno Njoroge")

    sign_in(site_admin, PASSWORD)
    # Lands in the admin.
    assert page.url.endswith("/admin/")
    assert axe_audit(page) == []

    page.get_by_role("button", name="Programme").click()
    page.get_by_role("link", name="National focal points").click()
    page.get_by_role("heading", name="Assign a focal point").wait_for()
    assert axe_audit(page) == []
    page.get_by_label("E-mail address of the person").fill(focal_point.email)
    page.get_by_label("State").select_option(label="Kenya")
    page.get_by_role("button", name="Assign").click()
    page.get_by_text("Otieno Njoroge now speaks for Kenya.").wait_for()
    assert axe_audit(page) == []
    assignment = FocalPointAssignment.objects.get(user=focal_point)
    assert (assignment.country, assignment.assigned_by) == ("KE", site_admin)

    # The focal point lands on the candidates of the State assigned to them.
    page.context.clear_cookies()
    sign_in(focal_point, PASSWORD)
    assert page.url.endswith("/en/programme/nominations/")
    page.get_by_role("heading", name="Candidates from Kenya").wait_for()
    page.get_by_role("heading", name="Wanjiru Kamau").wait_for()
    assert axe_audit(page) == []
