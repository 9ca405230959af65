"""The test suite: SQLite in memory unless DATABASE_URL names PostgreSQL."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import CACHES, REDIS_URL, env

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-production-use-0123456789"  # noqa: S105
# A fixed test seed (not derived from SECRET_KEY), so test runs are repeatable.
CREDENTIAL_SIGNING_KEY = "dGVzdC1vbmx5LWNyZWRlbnRpYWwta2V5LTMyLWJ5dGU="  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DATABASES = {"default": env.db("DATABASE_URL", default="sqlite://:memory:")}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=True)
# Private files in a temporary directory (each test gets its own, see
# tests/conftest.py; this one serves processes such as the Celery worker).
PRIVATE_ROOT = Path(tempfile.gettempdir()) / "fellowship-tests" / "private"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "fellowship.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": str(PRIVATE_ROOT)},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
MFA_REQUIRED_FOR_ADMIN = True
WAGTAILADMIN_BASE_URL = "http://testserver"
MEDIA_SERVE = True

# Parallel test workers (pytest-xdist) each get their own Redis database, since
# clearing the cache between tests empties the whole database.
_worker = env("PYTEST_XDIST_WORKER", default="gw0")
if REDIS_URL:
    _base, _, _database = REDIS_URL.rpartition("/")
    _offset = int(_worker.removeprefix("gw") or 0)
    CACHES["default"]["LOCATION"] = f"{_base}/{int(_database or 0) + 8 + _offset}"
