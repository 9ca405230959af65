"""A hook the worker test installs (worker_settings) to stop a real worker
at a known point of the issuing service, so it can be killed there."""

import os
import time
from pathlib import Path


def pause(*, stage: str, certificate) -> None:
    marker = os.environ.get("CERTIFICATES_TEST_PAUSE_MARKER")
    if not marker or os.environ.get("CERTIFICATES_TEST_PAUSE_STAGE") != stage:
        return
    Path(marker).write_text(str(certificate.pk if certificate else ""))
    time.sleep(600)  # until the test kills this worker
