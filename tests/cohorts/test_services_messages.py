"""Managers write to fellows of their cohorts: logged, e-mailed once, in the
fellow's language for the wrapper text."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from fellowship.cohorts.models import FellowMessage, Notification
from fellowship.cohorts.services import (
    fellow_message_deliver,
    fellows_message,
    membership_create,
)
from tests.factories import user_with_role


@pytest.fixture
def cohort(make_cohort, manager):
    return make_cohort(managers=[manager])


def test_fellows_message_logs_and_mails_each_fellow_in_their_language(
    cohort, manager, make_fellow, django_capture_on_commit_callbacks
):
    english = membership_create(cohort=cohort, user=make_fellow(language="en"))
    french = membership_create(cohort=cohort, user=make_fellow(language="fr"))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        sent = fellows_message(
            cohort=cohort,
            sender=manager,
            membership_ids=[str(english.pk), str(french.pk)],
            subject="Module 2 & the quiz",
            body="Please finish module 2 by Friday.",
        )
    assert len(sent) == 2
    assert (
        FellowMessage.objects.filter(sender=manager, sent_at__isnull=False).count() == 2
    )
    by_recipient = {m.to[0]: m for m in mail.outbox}
    assert set(by_recipient) == {english.user.email, french.user.email}
    french_mail = by_recipient[french.user.email]
    assert french_mail.subject == "Module 2 & the quiz"
    assert "Bonjour" in french_mail.body
    assert "Please finish module 2 by Friday." in french_mail.body
    assert "Dear" in by_recipient[english.user.email].body


def test_fellow_message_deliver_sends_once(cohort, manager, make_fellow):
    membership = membership_create(cohort=cohort, user=make_fellow())
    message = fellows_message(
        cohort=cohort,
        sender=manager,
        membership_ids=[membership.pk],
        subject="Hello",
        body="Body",
    )[0]
    mail.outbox.clear()
    assert fellow_message_deliver(message=message) is True
    assert fellow_message_deliver(message=message) is False
    assert len(mail.outbox) == 1
    assert Notification.objects.filter(kind="manager_message").count() == 1


def test_fellows_message_refuses_a_fellow_of_another_cohort(
    cohort, manager, make_fellow, make_cohort, django_capture_on_commit_callbacks
):
    mine = membership_create(cohort=cohort, user=make_fellow())
    other = membership_create(
        cohort=make_cohort(name="Other", managers=[manager]), user=make_fellow()
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(PermissionDenied):
            fellows_message(
                cohort=cohort,
                sender=manager,
                membership_ids=[mine.pk, other.pk],
                subject="Hello",
                body="Body",
            )
    assert not FellowMessage.objects.exists()
    assert mail.outbox == []


def test_fellows_message_is_refused_to_a_manager_of_another_cohort(
    cohort, make_fellow, make_cohort
):
    outsider = user_with_role("Programme manager")
    make_cohort(name="Elsewhere", managers=[outsider])
    membership = membership_create(cohort=cohort, user=make_fellow())
    with pytest.raises(PermissionDenied):
        fellows_message(
            cohort=cohort,
            sender=outsider,
            membership_ids=[membership.pk],
            subject="Hello",
            body="Body",
        )
    assert not FellowMessage.objects.exists()


@pytest.mark.parametrize(
    ("ids", "subject", "body"),
    [([], "Hello", "Body"), (None, "", "Body"), (None, "Hello", "   ")],
)
def test_fellows_message_refuses_bad_input_with_a_message(
    cohort, manager, make_fellow, ids, subject, body
):
    membership = membership_create(cohort=cohort, user=make_fellow())
    with pytest.raises(ValidationError):
        fellows_message(
            cohort=cohort,
            sender=manager,
            membership_ids=[membership.pk] if ids is None else ids,
            subject=subject,
            body=body,
        )
    assert not FellowMessage.objects.exists()
