"""Reminders, nudges and digests: sent once, in the recipient's language,
with a working unsubscribe link; running the task twice sends nothing more."""

import datetime
import re

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from fellowship.cohorts import tasks
from fellowship.cohorts.models import Notification, NotificationPreference
from fellowship.cohorts.services import membership_create, preferences_update
from tests.cohorts.conftest import complete_lessons


def at(day: datetime.date):
    return time_machine.travel(
        datetime.datetime.combine(day, datetime.time(6, 0), tzinfo=datetime.UTC),
        tick=False,
    )


@pytest.fixture
def running(make_cohort, make_fellow, curriculum, manager):
    cohort = make_cohort(managers=[manager], reminder_days_before=7)
    done = make_fellow()
    french = make_fellow(country="SN", language="fr")
    behind = make_fellow(country="KE")
    for user in (done, french, behind):
        membership_create(cohort=cohort, user=user)
    complete_lessons(done, curriculum["a"], 4)
    complete_lessons(done, curriculum["b"], 2)
    cohort.people = {"done": done, "french": french, "behind": behind}
    return cohort


def _subjects_to(user):
    return [m.subject for m in mail.outbox if user.email in m.to]


def test_due_reminders_are_sent_once_even_when_the_task_runs_twice(running, curriculum):
    due = running.cohort_courses.get(course=curriculum["a"]).due_date
    mail.outbox.clear()
    with at(due - datetime.timedelta(days=5)):
        first = tasks.send_due_reminders.delay().get()
        second = tasks.send_due_reminders.delay().get()
    assert (first, second) == (2, 0)
    people = running.people
    assert _subjects_to(people["done"]) == []
    assert len(_subjects_to(people["behind"])) == 1
    assert "Course A" in _subjects_to(people["behind"])[0]
    # Course B is due later than the seven days' notice: no reminder yet.
    assert not any("Course B" in s for s in _subjects_to(people["behind"]))

    with at(due + datetime.timedelta(days=1)):
        assert tasks.send_due_reminders.delay().get() == 2
        assert tasks.send_due_reminders.delay().get() == 0
    assert Notification.objects.filter(kind="overdue").count() == 2
    assert Notification.objects.filter(kind="due_soon").count() == 2
    assert Notification.objects.filter(sent_at__isnull=True).count() == 0


def test_reminders_go_out_in_the_recipients_language_with_an_unsubscribe_link(
    running, curriculum, client
):
    due = running.cohort_courses.get(course=curriculum["a"]).due_date
    mail.outbox.clear()
    with at(due - datetime.timedelta(days=3)):
        tasks.send_due_reminders.delay()
    french = running.people["french"]
    (message,) = [m for m in mail.outbox if french.email in m.to]
    link = re.search(r"http://\S+/fr/programme/preferences/\S+/", message.body)
    assert link, message.body
    assert french.email not in link.group(0)
    assert message.extra_headers["List-Unsubscribe"] == f"<{link.group(0)}>"
    # The link works without signing in, and unsubscribing stops reminders.
    path = "/" + link.group(0).split("/", 3)[3]
    assert client.get(path).status_code == 200
    client.post(path, {"unsubscribe": "1"})
    mail.outbox.clear()
    with at(due + datetime.timedelta(days=2)):
        tasks.send_due_reminders.delay()
    assert _subjects_to(french) == []
    assert len(_subjects_to(running.people["behind"])) == 1


def test_preferences_link_with_a_forged_token_changes_nothing(client, fellow):
    response = client.post(
        "/en/programme/preferences/forged-token/", {"unsubscribe": "1"}
    )
    assert response.status_code == 404
    assert not NotificationPreference.objects.exists()


def test_inactivity_nudges_once_per_spell(running):
    mail.outbox.clear()
    today = timezone.localdate()
    with at(today + datetime.timedelta(days=15)):
        assert (
            tasks.send_inactivity_nudges.delay().get() == 2
        )  # not the one who finished
        assert tasks.send_inactivity_nudges.delay().get() == 0
    with at(today + datetime.timedelta(days=20)):
        assert tasks.send_inactivity_nudges.delay().get() == 0  # same spell
    assert Notification.objects.filter(kind="inactivity").count() == 2


def test_due_reminder_preference_is_respected(running, curriculum):
    preferences_update(user=running.people["behind"], due_reminders=False)
    due = running.cohort_courses.get(course=curriculum["a"]).due_date
    mail.outbox.clear()
    with at(due - datetime.timedelta(days=2)):
        assert tasks.send_due_reminders.delay().get() == 1
    assert _subjects_to(running.people["behind"]) == []


def test_manager_digest_is_weekly(running, manager):
    mail.outbox.clear()
    monday = timezone.localdate() + datetime.timedelta(
        days=7 - timezone.localdate().weekday()
    )
    with at(monday):
        assert tasks.send_manager_digests.delay().get() == 1
    with at(monday + datetime.timedelta(days=2)):
        assert tasks.send_manager_digests.delay().get() == 0
    with at(monday + datetime.timedelta(days=7)):
        assert tasks.send_manager_digests.delay().get() == 1
    bodies = [m.body for m in mail.outbox if manager.email in m.to]
    assert len(bodies) == 2 and running.name in bodies[0]


def test_application_status_email_task_is_idempotent(
    make_cohort, make_call, fellow, django_capture_on_commit_callbacks
):
    from fellowship.cohorts.services import application_submit
    from tests.cohorts.conftest import pdf_upload

    call = make_call(make_cohort())
    with django_capture_on_commit_callbacks(execute=True):
        application = application_submit(
            call=call,
            applicant=fellow,
            motivation="M",
            letter=pdf_upload(),
            profile={"country": "GH"},
        )
    assert len(mail.outbox) == 1
    assert tasks.application_status_email.delay(application.pk).get() is False
    assert len(mail.outbox) == 1
