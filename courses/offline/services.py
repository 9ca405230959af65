"""Writes of the offline module: keeping the receipts no longer than needed."""

import datetime

from django.utils import timezone

from .models import WriteReceipt

# The device's queue drops a write after 14 days (sw-src.js); a receipt is
# kept well beyond, so that no write still queued somewhere can be taken twice.
RECEIPT_RETENTION = datetime.timedelta(days=30)


def write_receipts_purge(*, now: datetime.datetime | None = None) -> int:
    """Delete the receipts older than the retention; returns how many."""
    before = (now or timezone.now()) - RECEIPT_RETENTION
    deleted, _by_model = WriteReceipt.objects.filter(created_at__lt=before).delete()
    return deleted
