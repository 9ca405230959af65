"""A worker killed mid-task: the task is delivered again, and there is still
exactly one certificate. Runs real `celery -A fellowship worker` processes
against the broker in CELERY_BROKER_URL and the test's PostgreSQL database."""

import os
import re
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.db import connection

from fellowship.certificates.choices import CertificateStatus
from fellowship.certificates.models import Certificate

from .conftest import complete

ROOT = Path(__file__).resolve().parents[2]
CELERY = Path(sys.executable).parent / "celery"
VISIBILITY_TIMEOUT = 3
WAIT = 120  # seconds: generous, for slow CI machines; never a timing assertion


def wait_for(condition, message):
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    pytest.fail(message)


def database_url() -> str:
    settings = connection.settings_dict
    user = settings["USER"] or "postgres"
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    host = settings["HOST"] or "127.0.0.1"
    port = settings["PORT"] or 5432
    return f"postgres://{user}{password}@{host}:{port}/{settings['NAME']}"


def start_worker(queue: str, log: Path, **extra_env) -> subprocess.Popen:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DJANGO_SETTINGS_MODULE": "tests.certificates.worker_settings",
        "DATABASE_URL": database_url(),
        "CELERY_TASK_DEFAULT_QUEUE": queue,
        "CELERY_BROKER_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT),
        **extra_env,
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    command = [
        str(CELERY), "-A", "fellowship", "worker", "--pool=prefork",
        "--concurrency=1", "--without-gossip", "--without-mingle",
        "--without-heartbeat", "-Q", queue, "--loglevel=INFO",
    ]  # fmt: skip
    return subprocess.Popen(  # noqa: S603 (fixed command)
        command,
        cwd=ROOT,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: killed as one machine
    )


def kill(worker: subprocess.Popen) -> None:
    if worker.poll() is None:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait()


@pytest.fixture
def broker():
    if not os.environ.get("CELERY_BROKER_URL"):
        pytest.skip(
            "CELERY_BROKER_URL is not set: this test runs real Celery workers "
            "against a broker (as in CI: redis://127.0.0.1:6379/2)."
        )
    if connection.vendor != "postgresql":
        pytest.skip(
            "The worker test shares the test database with worker processes: "
            "set DATABASE_URL to PostgreSQL (as in CI)."
        )
    from fellowship.celery import app

    queue = f"certificates-test-{uuid.uuid4().hex[:12]}"
    saved = (app.conf.task_always_eager, app.conf.task_default_queue)
    app.conf.task_always_eager = False
    app.conf.task_default_queue = queue
    yield queue
    app.conf.task_always_eager, app.conf.task_default_queue = saved
    with app.connection_for_write() as broker_connection:
        broker_connection.default_channel.queue_delete(queue)


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("stage", ["before_commit", "after_commit"])
def test_a_worker_killed_mid_task_leaves_a_retried_task_and_one_certificate(
    broker, stage, course, make_fellow, tmp_path
):
    fellow = make_fellow()
    marker = tmp_path / "paused"
    first = start_worker(
        broker,
        tmp_path / "worker-1.log",
        CERTIFICATES_TEST_PAUSE_STAGE=stage,
        CERTIFICATES_TEST_PAUSE_MARKER=str(marker),
    )
    second = None
    try:
        # The real path: the last lesson's commit enqueues the issuing task.
        complete(fellow, course)
        wait_for(
            marker.exists,
            f"the first worker never reached {stage}: "
            + (tmp_path / "worker-1.log").read_text(errors="replace")[-3000:],
        )
        if stage == "before_commit":
            assert not Certificate.objects.exists()  # not committed when killed
        kill(first)

        second_log = tmp_path / "worker-2.log"
        second = start_worker(broker, second_log)

        def redelivered_and_done():
            log = second_log.read_text(errors="replace")
            return (
                re.search(r"Task certificates\.issue_course\[[^]]+\] succeeded", log)
                and Certificate.objects.filter(emailed_at__isnull=False).exists()
            )

        wait_for(
            redelivered_and_done,
            "the task was not delivered again after the worker died: "
            + second_log.read_text(errors="replace")[-3000:],
        )
    finally:
        kill(first)
        if second is not None:
            kill(second)

    certificate = Certificate.objects.get()
    assert certificate.holder == fellow
    assert certificate.status == CertificateStatus.VALID
