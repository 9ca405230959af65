"""The applicant-facing pages: apply, my applications, letters, nominations."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from fellowship.cohorts.models import Application, Nomination
from fellowship.cohorts.services import application_submit
from tests.cohorts.conftest import PDF_BYTES, assign_state, pdf_upload
from tests.factories import activate_totp, user_with_role

FORM = {
    "country": "GH",
    "institution": "Fictional Police Service",
    "agency_type": "police",
    "position": "Inspector",
    "gender": "woman",
    "gender_self_description": "",
    "motivation": "I keep the national firearms register.",
}


@pytest.fixture
def call(make_cohort, make_call, manager):
    return make_call(make_cohort(managers=[manager]))


def submit(user, call, country="GH"):
    return application_submit(
        call=call,
        applicant=user,
        motivation="M",
        letter=pdf_upload(),
        profile={"country": country, "gender": "man", "agency_type": "police"},
    )


def test_open_calls_are_listed_for_everyone(client, call):
    response = client.get(reverse("cohorts:calls"))
    assert response.status_code == 200
    assert call.cohort.name in response.content.decode()


def test_apply_form_creates_the_application(client, fellow, call, settings):
    client.force_login(fellow)
    url = reverse("cohorts:apply", args=[call.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {**FORM, "letter": pdf_upload()})
    assert response.status_code == 302
    application = Application.objects.get(applicant=fellow)
    assert application.country == "GH" and application.status == "submitted"
    mine = client.get(reverse("cohorts:my_applications")).content.decode()
    assert call.cohort.name in mine and "Submitted" in mine


def test_apply_form_refuses_html_posing_as_pdf_with_a_clear_message(
    client, fellow, call, settings, private_root
):
    client.force_login(fellow)
    response = client.post(
        reverse("cohorts:apply", args=[call.pk]),
        {**FORM, "letter": pdf_upload(content=b"<!doctype html><script>x</script>")},
    )
    assert response.status_code == 200
    assert "is not a PDF document" in response.content.decode()
    assert not Application.objects.exists()
    assert not (settings.MEDIA_ROOT / "cohorts" / "letters").exists()
    assert not (private_root / "cohorts" / "letters").exists()


def test_apply_requires_sign_in(client, call):
    response = client.get(reverse("cohorts:apply", args=[call.pk]))
    assert response.status_code == 302 and "login" in response["Location"]


def test_my_applications_lists_only_my_own(client, make_fellow, call):
    me, other = make_fellow(), make_fellow()
    mine = submit(me, call)
    theirs = submit(other, call)
    client.force_login(me)
    body = client.get(reverse("cohorts:my_applications")).content.decode()
    assert reverse("cohorts:application_letter", args=[mine.pk]) in body
    assert reverse("cohorts:application_letter", args=[theirs.pk]) not in body
    # Nor can they withdraw someone else's application.
    response = client.post(reverse("cohorts:application_withdraw", args=[theirs.pk]))
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == "submitted"


def test_letter_is_served_to_the_applicant_focal_point_and_managers_only(
    client, make_fellow, call, manager, focal_point
):
    applicant = make_fellow()
    application = submit(applicant, call, country="GH")
    url = reverse("cohorts:application_letter", args=[application.pk])
    assign_state(focal_point, "GH")
    kenyan_focal_point = user_with_role("National focal point")
    assign_state(kenyan_focal_point, "KE")
    other_manager = user_with_role("Programme manager")
    allowed = [applicant, focal_point, manager]
    refused = [make_fellow(), kenyan_focal_point, other_manager]
    for user in allowed + refused:
        client.force_login(user)
        response = client.get(url)
        if user in allowed:
            assert response.status_code == 200, user
            assert b"".join(response.streaming_content) == PDF_BYTES
            assert response["Content-Type"] == "application/pdf"
            assert "attachment" in response["Content-Disposition"]
        else:
            assert response.status_code == 404, user
    client.logout()
    assert client.get(url).status_code == 302


def test_focal_point_sees_only_their_states_candidates(
    client, make_fellow, call, focal_point
):
    assign_state(focal_point, "GH")
    ghanaian, kenyan = make_fellow(), make_fellow()
    submit(ghanaian, call, country="GH")
    submit(kenyan, call, country="KE")
    client.force_login(focal_point)
    body = client.get(reverse("cohorts:nominations")).content.decode()
    assert ghanaian.full_name in body
    assert kenyan.full_name not in body


def test_focal_point_cannot_nominate_another_states_candidate_by_posting(
    client, make_fellow, call, focal_point
):
    assign_state(focal_point, "GH")
    kenyan = submit(make_fellow(), call, country="KE")
    client.force_login(focal_point)
    response = client.post(
        reverse("cohorts:nominations"),
        {"application": kenyan.pk, "kind": "nominated"},
    )
    assert response.status_code == 404
    assert not Nomination.objects.exists()


def test_focal_point_nominates_through_the_page_within_the_limit(
    client, make_fellow, make_cohort, make_call, focal_point
):
    assign_state(focal_point, "GH")
    call = make_call(make_cohort(name="Limited"), limit=1)
    first, second = submit(make_fellow(), call), submit(make_fellow(), call)
    client.force_login(focal_point)
    url = reverse("cohorts:nominations")
    client.post(url, {"application": first.pk, "kind": "nominated"})
    response = client.post(
        url, {"application": second.pk, "kind": "nominated"}, follow=True
    )
    assert "the most it may" in response.content.decode()
    assert list(Nomination.objects.values_list("application_id", flat=True)) == [
        first.pk
    ]


def test_nominations_page_is_refused_to_anyone_but_focal_points(
    client, fellow, manager
):
    for user in (fellow, manager):
        client.force_login(user)
        assert client.get(reverse("cohorts:nominations")).status_code == 403


def test_nominations_page_runs_a_fixed_number_of_queries(
    client, make_fellow, call, focal_point
):
    assign_state(focal_point, "GH")
    client.force_login(focal_point)
    url = reverse("cohorts:nominations")
    submit(make_fellow(), call)
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    for _ in range(3):
        submit(make_fellow(), call)
    with CaptureQueriesContext(connection) as large:
        client.get(url)
    assert len(small) == len(large)


def test_manager_scores_and_accepts_in_the_admin(client, manager, make_fellow, call):
    import datetime

    from django.utils import timezone

    from fellowship.cohorts.models import Call, Membership, RubricCriterion

    criterion = RubricCriterion.objects.create(call=call, name="Relevance", weight=2)
    application = submit(make_fellow(), call)
    activate_totp(manager)
    client.force_login(manager)
    url = reverse("programme:application", args=[application.pk])
    assert client.get(url).status_code == 200
    client.post(
        url, {f"score-criterion_{criterion.pk}": "4", "score-comment": "", "score": "1"}
    )
    assert application.scores.get().score == 4
    client.post(url, {"decision-decision": "accepted", "decide": "1"})
    application.refresh_from_db()
    # A draft: nothing changes for the candidate until publication.
    assert (application.status, application.draft_decision) == (
        "submitted",
        "accepted",
    )
    assert not Membership.objects.filter(user=application.applicant).exists()
    Call.objects.filter(pk=call.pk).update(
        opens_at=timezone.now() - datetime.timedelta(days=3),
        closes_at=timezone.now() - datetime.timedelta(minutes=1),
    )
    client.post(reverse("programme:publish", args=[call.cohort_id]))
    application.refresh_from_db()
    assert application.status == "accepted"
    assert Membership.objects.filter(
        user=application.applicant, cohort=call.cohort
    ).exists()
    selection = client.get(reverse("programme:selection", args=[call.cohort_id]))
    assert "80 / 100" in selection.content.decode()
