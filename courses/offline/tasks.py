"""Celery tasks: call one service."""

from celery import shared_task

from . import services


@shared_task(name="offline.write_receipts_purge")
def write_receipts_purge() -> int:
    """Forget old write receipts (scheduled daily with beat)."""
    return services.write_receipts_purge()
