"""The managers' message, publication and fellow pages, and the focal
point's page: permissions, bad input, and query counts."""

import datetime

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from fellowship.cohorts.models import (
    Application,
    CohortCourse,
    FellowMessage,
    Nomination,
    Session,
)
from fellowship.cohorts.services import (
    application_submit,
    attendance_record,
    fellows_message,
    membership_create,
    nomination_create,
)
from tests.cohorts.conftest import pdf_upload
from tests.factories import activate_totp, user_with_role


@pytest.fixture
def manager_client(client, manager):
    activate_totp(manager)
    client.force_login(manager)
    return client


@pytest.fixture
def cohort(make_cohort, manager):
    return make_cohort(managers=[manager])


def _message(client, cohort, ids, subject="Hello", body="Please continue."):
    return client.post(
        reverse("programme:message", args=[cohort.pk]),
        {"fellows": ids, "message-subject": subject, "message-body": body},
    )


def test_message_view_sends_to_the_ticked_fellows(
    manager_client, cohort, make_fellow, django_capture_on_commit_callbacks
):
    first = membership_create(cohort=cohort, user=make_fellow())
    second = membership_create(cohort=cohort, user=make_fellow())
    membership_create(cohort=cohort, user=make_fellow())
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = _message(manager_client, cohort, [first.pk, second.pk])
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [first.user.email, second.user.email]
    )
    assert FellowMessage.objects.count() == 2


def test_message_view_refuses_a_fellow_of_another_cohort_with_404(
    manager_client, cohort, make_cohort, manager, make_fellow
):
    mine = membership_create(cohort=cohort, user=make_fellow())
    other = membership_create(cohort=make_cohort(name="Other"), user=make_fellow())
    mail.outbox.clear()
    response = _message(manager_client, cohort, [mine.pk, other.pk])
    assert response.status_code == 404
    assert not FellowMessage.objects.exists()
    assert mail.outbox == []


def test_message_view_is_refused_to_a_fellow_with_403(client, cohort, make_fellow):
    membership = membership_create(cohort=cohort, user=make_fellow())
    client.force_login(membership.user)
    assert _message(client, cohort, [membership.pk]).status_code == 403
    assert not FellowMessage.objects.exists()


def test_message_view_refuses_an_empty_message_with_a_clear_message(
    manager_client, cohort, make_fellow
):
    membership = membership_create(cohort=cohort, user=make_fellow())
    response = _message(manager_client, cohort, [membership.pk], body="")
    assert response.status_code == 302
    page = manager_client.get(response["Location"]).content.decode()
    assert "Write a subject and a message" in page


def test_message_to_all_at_risk_with_nobody_at_risk_sends_nothing(
    manager_client, cohort, make_fellow
):
    """A cohort that has not begun: nobody is at risk, so "all at risk"
    names nobody and the manager is told to choose."""
    membership_create(cohort=cohort, user=make_fellow())
    cohort.online_starts_on = timezone.localdate() + datetime.timedelta(days=10)
    cohort.save(update_fields=["online_starts_on"])
    mail.outbox.clear()
    response = manager_client.post(
        reverse("programme:message", args=[cohort.pk]),
        {"all_at_risk": "1", "message-subject": "Hi", "message-body": "Go on."},
    )
    assert response.status_code == 302
    page = manager_client.get(response["Location"]).content.decode()
    assert "Choose at least one fellow." in page
    assert not FellowMessage.objects.exists() and mail.outbox == []

    assert not FellowMessage.objects.exists()


def test_publish_view_refuses_while_the_call_is_open(
    manager_client, cohort, make_call, make_fellow, manager
):
    from fellowship.cohorts.services import decision_draft

    call = make_call(cohort)
    application = application_submit(
        call=call,
        applicant=make_fellow(),
        motivation="Registry work.",
        letter=pdf_upload(),
        profile={"country": "GH"},
    )
    decision_draft(application=application, decision="accepted", actor=manager)
    response = manager_client.post(reverse("programme:publish", args=[cohort.pk]))
    page = manager_client.get(response["Location"]).content.decode()
    assert "after the call closes" in page
    application.refresh_from_db()
    assert application.status == "submitted"


def test_publish_view_is_refused_to_a_manager_of_another_cohort(
    client, cohort, make_cohort, make_call
):
    make_call(cohort)
    outsider = user_with_role("Programme manager")
    make_cohort(name="Elsewhere", managers=[outsider])
    activate_totp(outsider)
    client.force_login(outsider)
    response = client.post(reverse("programme:publish", args=[cohort.pk]))
    assert response.status_code == 404


def test_selection_page_flags_candidates_outside_the_region_focus(
    manager_client, make_cohort, make_call, make_fellow, manager
):
    cohort = make_cohort(name="Africa", managers=[manager], region_focus="african")
    call = make_call(cohort)
    for country in ("GH", "FR"):
        application_submit(
            call=call,
            applicant=make_fellow(country=country),
            motivation="Registry work.",
            letter=pdf_upload(),
            profile={"country": country},
        )
    page = manager_client.get(
        reverse("programme:selection", args=[cohort.pk])
    ).content.decode()
    assert page.count("Outside the region focus") == 1


def _fellow_page_queries(client, membership):
    url = reverse("programme:membership", args=[membership.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_fellow_page_runs_the_same_queries_for_one_and_three_courses(
    manager_client, cohort, make_fellow, manager, curriculum
):
    membership = membership_create(cohort=cohort, user=make_fellow())
    CohortCourse.objects.filter(cohort=cohort, course=curriculum["b"]).delete()
    fellows_message(
        cohort=cohort,
        sender=manager,
        membership_ids=[membership.pk],
        subject="First note",
        body="Body",
    )
    one, page = _fellow_page_queries(manager_client, membership)
    assert "First note" in page and "Course A" in page
    # Three courses, more sessions, attendance and messages.
    from courses.models import CoursePage

    course_c = (
        curriculum["a"]
        .get_parent()
        .add_child(instance=CoursePage(title="Course C", slug="course-c", summary="S"))
    )
    for course in (curriculum["b"], course_c):
        CohortCourse.objects.create(
            cohort=cohort,
            course=course,
            due_date=timezone.localdate() + datetime.timedelta(days=9),
        )
    for n in range(3):
        session = Session.objects.create(
            cohort=cohort,
            title=f"Session {n}",
            starts_at=timezone.now() - datetime.timedelta(days=n + 1),
            ends_at=timezone.now() - datetime.timedelta(days=n + 1, hours=-2),
        )
        attendance_record(session=session, user=membership.user, status="present")
    fellows_message(
        cohort=cohort,
        sender=manager,
        membership_ids=[membership.pk],
        subject="Second note",
        body="Body",
    )
    three, page = _fellow_page_queries(manager_client, membership)
    assert "Course C" in page and "Session 2" in page and "Second note" in page
    assert one == three


def test_fellow_page_is_refused_to_a_manager_of_another_cohort(
    client, cohort, make_cohort, make_fellow
):
    membership = membership_create(cohort=cohort, user=make_fellow())
    outsider = user_with_role("Programme manager")
    make_cohort(name="Elsewhere", managers=[outsider])
    activate_totp(outsider)
    client.force_login(outsider)
    url = reverse("programme:membership", args=[membership.pk])
    assert client.get(url).status_code == 404


def test_nominations_page_counts_the_places_shown_and_disables_the_form_at_the_limit(
    client, make_cohort, make_call, make_fellow, make_focal_point, manager
):
    call = make_call(make_cohort(name="Open", managers=[manager]), limit=2)
    applications = [
        application_submit(
            call=call,
            applicant=make_fellow(country="GH"),
            motivation="Registry work.",
            letter=pdf_upload(),
            profile={"country": "GH"},
        )
        for _ in range(3)
    ]
    focal_point = make_focal_point("GH")
    for application in applications[:2]:
        nomination_create(application=application, focal_point=focal_point)
    # A nominee decided since: still one of the State's places, still shown.
    Application.objects.filter(pk=applications[0].pk).update(status="rejected")
    client.force_login(focal_point)
    page = client.get(reverse("cohorts:nominations")).content.decode()
    assert "Open: 2 of 2 places used" in page
    assert page.count('class="card programme-candidate"') == 3
    assert page.count("<fieldset disabled") == 1
    assert "Your State has used all 2 places in this call." in page
    assert "Endorsed" in page and "Your State supports the application" in page
    assert Nomination.objects.count() == 2
