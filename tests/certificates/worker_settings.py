"""Settings for the real Celery worker that test_tasks_worker starts.

The test settings plus: tasks go to the broker, the broker gives an
unacknowledged message back after a short visibility timeout (so a killed
worker's task is redelivered within seconds, not the default hour), and the
certificate services call a hook that can stop the first worker mid-task.
"""

from fellowship.settings.test import *  # noqa: F403
from fellowship.settings.test import env

CELERY_TASK_ALWAYS_EAGER = False
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_TASK_DEFAULT_QUEUE", default="celery")
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env.int("CELERY_BROKER_VISIBILITY_TIMEOUT", default=3600),
    # Look for abandoned messages every second rather than every 100.
    "unacked_restore_interval": 1,
    "unacked_restore_throttle": 1,
}
CERTIFICATES_TEST_HOOK = "tests.certificates.worker_hooks.pause"
