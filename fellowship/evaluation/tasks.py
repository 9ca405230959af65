"""Celery tasks: call one service. Safe to run twice (the notification log)."""

from celery import shared_task

from . import services


@shared_task(name="evaluation.send_follow_ups")
def send_follow_ups() -> int:
    return services.follow_ups_send_due()


@shared_task(name="evaluation.invite_in_person_surveys")
def invite_in_person_surveys() -> int:
    return services.in_person_surveys_invite()
