"""Celery tasks: load by id, call one service.

Acknowledged late and rejected back to the queue when the worker dies
(settings), retried with exponential backoff on errors; the services they
call are idempotent, so a second delivery changes nothing.
"""

from celery import shared_task
from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist

from courses.models import CoursePage
from fellowship.cohorts.choices import CohortStatus
from fellowship.cohorts.models import Cohort

from . import services
from .models import Certificate

RELIABLE = {
    "acks_late": True,
    "reject_on_worker_lost": True,
    "autoretry_for": (Exception,),
    # Something deleted meanwhile will not come back: do not retry.
    "dont_autoretry_for": (ObjectDoesNotExist,),
    "retry_backoff": 5,
    "retry_backoff_max": 600,
    "retry_jitter": True,
    "max_retries": 8,
}


@shared_task(name="certificates.issue_course", **RELIABLE)
def certificate_issue_course_task(user_id: int, course_id: int) -> int | None:
    holder = get_user_model().objects.get(pk=user_id)
    course = CoursePage.objects.get(pk=course_id)
    certificate = services.certificate_issue_for_course(holder=holder, course=course)
    return certificate.pk if certificate else None


@shared_task(name="certificates.issue_programme", **RELIABLE)
def certificate_issue_programme_task(user_id: int, cohort_id: int) -> int | None:
    holder = get_user_model().objects.get(pk=user_id)
    cohort = Cohort.objects.get(pk=cohort_id)
    certificate = services.certificate_issue_for_programme(holder=holder, cohort=cohort)
    return certificate.pk if certificate else None


@shared_task(name="certificates.deliver", **RELIABLE)
def certificate_deliver_task(certificate_id: int) -> bool:
    certificate = Certificate.objects.get(pk=certificate_id)
    return services.certificate_deliver(certificate=certificate)


@shared_task(name="certificates.programme_sweep", **RELIABLE)
def programme_certificates_sweep_task() -> int:
    """For Celery beat: attendance is recorded in the cohorts app, which
    cannot call up into this one, so running cohorts are checked daily."""
    checked = 0
    for cohort in Cohort.objects.filter(
        status__in=[CohortStatus.RUNNING, CohortStatus.COMPLETED]
    ):
        checked += services.programme_certificates_check(cohort=cohort)
    return checked
