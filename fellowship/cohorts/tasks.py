"""Celery tasks: load by id (or take no argument) and call one service.

Each task is safe to run twice: the services claim a row in the Notification
log before sending anything.
"""

from celery import shared_task

from . import services
from .models import Application


@shared_task
def application_status_email(application_id: int) -> bool:
    application = Application.objects.filter(pk=application_id).first()
    if application is None:
        return False
    return services.application_status_notify(application=application)


@shared_task
def send_due_reminders() -> int:
    return services.reminders_send_due()


@shared_task
def send_inactivity_nudges() -> int:
    return services.nudges_send_inactive()


@shared_task
def send_manager_digests() -> int:
    return services.digests_send_managers()


@shared_task
def fellow_message_email(message_id: int) -> bool:
    from .models import FellowMessage

    message = FellowMessage.objects.filter(pk=message_id).first()
    if message is None:
        return False
    return services.fellow_message_deliver(message=message)
