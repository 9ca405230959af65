"""Reminders and exports speak the reader's language: dates and State names."""

import datetime

import time_machine
from django.core import mail
from django.utils import formats, translation

from fellowship.cohorts import tasks
from fellowship.cohorts.services import membership_create
from tests.factories import activate_totp


def _streamed(response) -> str:
    """The text of a streamed CSV export (sent row by row, never whole)."""
    assert response.streaming
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_due_reminder_writes_the_date_in_the_recipients_language(
    make_cohort, make_fellow, curriculum, manager
):
    cohort = make_cohort(managers=[manager], reminder_days_before=7)
    french = make_fellow(country="SN", language="fr")
    russian = make_fellow(country="KZ", language="ru")
    for user in (french, russian):
        membership_create(cohort=cohort, user=user)
    due = cohort.cohort_courses.get(course=curriculum["a"]).due_date
    mail.outbox.clear()
    moment = datetime.datetime.combine(
        due - datetime.timedelta(days=3), datetime.time(6, 0), tzinfo=datetime.UTC
    )
    with time_machine.travel(moment, tick=False):
        tasks.send_due_reminders.delay()
    with translation.override("fr"):
        french_date = formats.date_format(due, "DATE_FORMAT")
    with translation.override("ru"):
        russian_date = formats.date_format(due, "DATE_FORMAT")
    (to_french,) = [m for m in mail.outbox if french.email in m.to]
    (to_russian,) = [m for m in mail.outbox if russian.email in m.to]
    assert french_date in to_french.body and french_date in to_french.subject
    assert russian_date in to_russian.body and russian_date.endswith(" г.")
    assert due.strftime("%m/%d/%Y") not in to_french.body


def test_dashboard_export_names_the_state_in_the_managers_language(
    client, manager, known_cohort
):
    import csv
    import io

    from django.urls import reverse

    activate_totp(manager)
    manager.preferred_language = "es"
    manager.save(update_fields=["preferred_language"])
    client.force_login(manager)
    url = reverse("programme:dashboard_export", args=[known_cohort.pk, "csv"])
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="es")
    rows = list(csv.reader(io.StringIO(_streamed(response))))
    header, body = rows[0], rows[1:]
    assert header[2:4] == ["País", "Estado"]
    codes_and_names = {(row[2], row[3]) for row in body}
    assert ("FR", "Francia") in codes_and_names
