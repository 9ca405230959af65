"""Celery tasks: load by id, call one service."""

import requests
from celery import shared_task

from . import services


@shared_task(
    autoretry_for=(requests.ConnectionError, requests.Timeout, services.LrsUnavailable),
    retry_backoff=True,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=8,
    acks_late=True,
)
def forward_statements(statement_ids: list[str]) -> int:
    """Forward stored statements to the external LRS, retrying outages."""
    return services.statements_forward(statement_ids=statement_ids)


@shared_task(
    autoretry_for=(requests.ConnectionError, requests.Timeout, services.LrsUnavailable),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=3,
)
def forward_pending_statements() -> int:
    """Catch up on statements the LRS did not take (schedule it with beat)."""
    return services.statements_forward_pending()
