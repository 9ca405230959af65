"""Requests through Django's test Client in the harness process: the same
settings and middleware as the server, with the queries counted."""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


@dataclass
class Measured:
    status: int
    queries: int
    milliseconds: float
    cpu_milliseconds: float  # this process's CPU: the app's share, not the DB's
    size: int
    response: object


def client(user=None) -> Client:
    # The server's own host name: ALLOWED_HOSTS has no "testserver".
    result = Client(SERVER_NAME="127.0.0.1")
    if user is not None:
        result.force_login(user)
    # A new client builds its middleware chain on its first request
    # (whitenoise indexes every static file): not part of any measurement.
    result.get("/bench/baseline/")
    return result


def measure(test_client: Client, method: str, path: str, **options) -> Measured:
    with CaptureQueriesContext(connection) as captured:
        started, cpu = time.perf_counter(), time.process_time()
        response = getattr(test_client, method)(path, **options)
        # A streamed response is made while it is read: read it all, timed.
        content = (
            b"".join(response.streaming_content)
            if response.streaming
            else response.content
        )
        elapsed = (time.perf_counter() - started) * 1000
        cpu_elapsed = (time.process_time() - cpu) * 1000
    return Measured(
        status=response.status_code,
        queries=len(captured),
        milliseconds=elapsed,
        cpu_milliseconds=cpu_elapsed,
        size=len(content),
        response=response,
    )
