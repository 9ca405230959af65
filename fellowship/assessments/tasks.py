"""Celery tasks: each loads what it needs and calls one service."""

from celery import shared_task

from .services import attempts_expire_overdue


@shared_task(name="assessments.attempts_expire_overdue")
def attempts_expire_overdue_task() -> int:
    """Submit attempts whose deadline has passed (run every few minutes)."""
    return attempts_expire_overdue()
