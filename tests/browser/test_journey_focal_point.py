"""A national focal point's journey in a real browser, from sign-in: the
candidates of their State, endorsing and nominating up to the call's limit,
then the form disabled with its reason. Every page passes axe."""

import pytest

from fellowship.cohorts.services import application_submit
from tests.cohorts import conftest as cohort_fixtures
from tests.cohorts.conftest import pdf_upload
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)

curriculum = cohort_fixtures.curriculum
make_call = cohort_fixtures.make_call
make_cohort = cohort_fixtures.make_cohort
make_fellow = cohort_fixtures.make_fellow
make_focal_point = cohort_fixtures.make_focal_point
today = cohort_fixtures.today


def test_focal_point_journey_up_to_the_limit(
    page, sign_in, axe_audit, make_focal_point, make_cohort, make_call, make_fellow
):
    call = make_call(make_cohort(name="Cohort Open"), limit=2)
    for name in ("Ama", "Kofi", "Efua"):
        applicant = make_fellow(country="GH")
        applicant.full_name = name
        applicant.save(update_fields=["full_name"])
        application_submit(
            call=call,
            applicant=applicant,
            motivation="Registry work.",
            letter=pdf_upload(),
            profile={"country": "GH"},
        )
    focal_point = make_focal_point("GH")
    sign_in(focal_point, PASSWORD)
    # Lands on the candidates of their State, linked from the navigation.
    assert page.url.endswith("/en/programme/nominations/")
    assert page.title().startswith("Candidates of your State")
    page.get_by_role("heading", name="Candidates from Ghana").wait_for()
    assert (
        page.get_by_role("navigation", name="Main")
        .get_by_role("link", name="Candidates of your State")
        .count()
        == 1
    )
    assert page.get_by_text("Your State supports the application").count() == 1
    assert page.get_by_text("Cohort Open: 0 of 2 places used").count() == 1
    assert axe_audit(page) == []

    ama = page.locator("section", has=page.get_by_role("heading", name="Ama"))
    ama.get_by_role("button", name="Put forward").click()
    page.get_by_text("Your State's support has been recorded.").wait_for()
    assert page.get_by_text("Cohort Open: 1 of 2 places used").count() == 1
    assert axe_audit(page) == []

    kofi = page.locator("section", has=page.get_by_role("heading", name="Kofi"))
    kofi.get_by_label("Nominated").check()
    kofi.get_by_role("button", name="Put forward").click()
    page.get_by_text("Your State's support has been recorded.").wait_for()
    assert page.get_by_text("Cohort Open: 2 of 2 places used").count() == 1

    # At the limit: the last candidate's form is disabled, with its reason.
    efua = page.locator("section", has=page.get_by_role("heading", name="Efua"))
    assert efua.get_by_role("button", name="Put forward").is_disabled()
    assert (
        efua.get_by_text("Your State has used all 2 places in this call.").count() == 1
    )
    assert page.locator("section.programme-candidate").count() == 3
    assert axe_audit(page) == []
