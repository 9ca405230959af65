"""Writes for messages: a programme manager writing to fellows of a cohort.

Each message is logged (`FellowMessage`: who wrote what to whom and when)
before anything is sent; a task then e-mails it through the Notification log,
so it goes out once. The wrapper text is in the fellow's language; the
manager's subject and words are sent as written.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..choices import NotificationKind
from ..models import Cohort, FellowMessage, Membership
from ..selectors.access import cohorts_for_manager
from .notifications import notification_send

SUBJECT_MAX = 200
BODY_MAX = 5000


def _enqueue(message_ids: list[int]) -> None:
    from ..tasks import fellow_message_email

    def send():
        for message_id in message_ids:
            fellow_message_email.delay(message_id)

    transaction.on_commit(send)


@transaction.atomic
def fellows_message(
    *, cohort: Cohort, sender, membership_ids, subject: str, body: str
) -> list[FellowMessage]:
    """Write to fellows of one of the sender's cohorts; one message each.

    Every id must be a membership of that cohort: one from anywhere else
    refuses the whole message (PermissionDenied) and nothing is sent.
    """
    if not cohorts_for_manager(user=sender).filter(pk=cohort.pk).exists():
        raise PermissionDenied
    subject, body = subject.strip(), body.strip()
    wanted = set()
    for value in membership_ids:
        if not str(value).isdigit():
            raise PermissionDenied
        wanted.add(int(value))
    if not wanted:
        raise ValidationError(_("Choose at least one fellow."), code="recipients")
    if not subject or len(subject) > SUBJECT_MAX:
        raise ValidationError(
            ngettext(
                "Write a subject of at most %(max)s character.",
                "Write a subject of at most %(max)s characters.",
                SUBJECT_MAX,
            )
            % {"max": SUBJECT_MAX},
            code="subject",
        )
    if not body or len(body) > BODY_MAX:
        raise ValidationError(
            ngettext(
                "Write a message of at most %(max)s character.",
                "Write a message of at most %(max)s characters.",
                BODY_MAX,
            )
            % {"max": BODY_MAX},
            code="body",
        )
    memberships = list(
        Membership.objects.filter(cohort=cohort, pk__in=wanted).select_related("user")
    )
    if len(memberships) != len(wanted):
        raise PermissionDenied
    messages = FellowMessage.objects.bulk_create(
        [
            FellowMessage(
                cohort=cohort,
                sender=sender,
                recipient=membership.user,
                subject=subject,
                body=body,
            )
            for membership in memberships
        ]
    )
    _enqueue([message.pk for message in messages])
    return messages


def fellow_message_deliver(*, message: FellowMessage) -> bool:
    """E-mail one logged message to its fellow (once, whatever the retries)."""
    message = FellowMessage.objects.select_related("recipient", "sender", "cohort").get(
        pk=message.pk
    )
    sent = notification_send(
        user=message.recipient,
        kind=NotificationKind.MANAGER_MESSAGE,
        subject_key=f"message:{message.pk}",
        period="",
        template="manager_message",
        context={
            "message": message,
            "cohort": message.cohort,
            "sender": message.sender,
        },
    )
    if sent:
        FellowMessage.objects.filter(pk=message.pk).update(sent_at=timezone.now())
    return sent
