"""A published decision appears in the applicant's notifications, once."""

import pytest

from fellowship.accounts.models import UserNotification
from fellowship.cohorts.choices import ApplicationStatus
from fellowship.cohorts.models import Application
from fellowship.cohorts.services import application_status_notify, application_submit
from tests.cohorts.conftest import pdf_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def application(make_cohort, make_call, fellow):
    call = make_call(make_cohort(name="Cohort Accra"))
    return application_submit(
        call=call,
        applicant=fellow,
        motivation="M",
        letter=pdf_upload(),
        profile={"country": "GH"},
    )


def test_submission_alone_posts_no_decision(application, fellow):
    application_status_notify(application=application)
    assert not UserNotification.objects.filter(user=fellow).exists()


@pytest.mark.parametrize(
    ("status", "text"),
    [
        (ApplicationStatus.ACCEPTED, "You have been selected for “Cohort Accra”."),
        (
            ApplicationStatus.WAITLISTED,
            "Your application to “Cohort Accra” is on the waiting list.",
        ),
        (
            ApplicationStatus.REJECTED,
            "A decision on your application to “Cohort Accra” has been published.",
        ),
    ],
)
def test_decision_is_posted_once(application, fellow, status, text):
    Application.objects.filter(pk=application.pk).update(status=status)
    application.refresh_from_db()
    application_status_notify(application=application)
    application_status_notify(application=application)
    notification = UserNotification.objects.get(user=fellow)
    assert notification.text == text
    assert notification.url == "/en/programme/applications/"


def test_decision_link_is_in_the_applicants_language(application, fellow):
    fellow.preferred_language = "es"
    fellow.save(update_fields=["preferred_language"])
    Application.objects.filter(pk=application.pk).update(
        status=ApplicationStatus.ACCEPTED
    )
    application.refresh_from_db()
    application_status_notify(application=application)
    assert UserNotification.objects.get(user=fellow).url.startswith("/es/")
