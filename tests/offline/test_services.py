import datetime
import uuid

import pytest
from django.utils import timezone

from courses.offline.models import WriteReceipt
from courses.offline.services import RECEIPT_RETENTION
from courses.offline.tasks import write_receipts_purge

pytestmark = pytest.mark.django_db


def test_old_receipts_are_forgotten_recent_ones_kept(fellow):
    now = timezone.now()
    for age in (RECEIPT_RETENTION + datetime.timedelta(hours=1), datetime.timedelta()):
        WriteReceipt.objects.create(
            user=fellow,
            write_id=uuid.uuid4(),
            path="/xapi/state",
            status=204,
            created_at=now - age,
        )

    assert write_receipts_purge() == 1
    assert WriteReceipt.objects.get().created_at == now
