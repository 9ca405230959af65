from celery import shared_task

from .models import UserNotification
from .services import notification_email


@shared_task(name="accounts.notification_email")
def notification_email_task(notification_id: int) -> None:
    notification = (
        UserNotification.objects.select_related("user")
        .filter(pk=notification_id)
        .first()
    )
    if notification is not None:
        notification_email(notification=notification)
