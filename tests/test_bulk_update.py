"""Rows written with their own values in one UPDATE: each row gets its own,
rows left out keep theirs, and the values arrive with their types."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.offline.models import WriteReceipt
from fellowship.bulk_update import bulk_update_rows
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db


def test_each_row_gets_its_own_values_and_the_others_keep_theirs():
    fellow = user_with_role("Fellow")
    rows = [
        WriteReceipt.objects.create(
            user=fellow, write_id=uuid.uuid4(), path=f"/p/{index}", status=200
        )
        for index in range(4)
    ]
    changed = rows[:3]
    for index, row in enumerate(changed):
        row.status = 400 + index
        row.path = f"/changed/{index}’s"  # quotes and non-ASCII travel as data
        row.content_type = "" if index else "application/json"
    with CaptureQueriesContext(connection) as captured:
        bulk_update_rows(changed, ["status", "path", "content_type"])
    if connection.vendor == "postgresql":
        assert len(captured) == 1
    stored = {
        row.pk: (row.status, row.path, row.content_type)
        for row in WriteReceipt.objects.all()
    }
    assert stored == {
        rows[0].pk: (400, "/changed/0’s", "application/json"),
        rows[1].pk: (401, "/changed/1’s", ""),
        rows[2].pk: (402, "/changed/2’s", ""),
        rows[3].pk: (200, "/p/3", ""),
    }


def test_nothing_to_write_runs_no_query():
    with CaptureQueriesContext(connection) as captured:
        bulk_update_rows([], ["status"])
    assert len(captured) == 0
