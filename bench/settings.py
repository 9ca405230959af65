"""Production settings for a plain-HTTP server on loopback.

Everything else (database, cache, broker, keys, static and media roots) comes
from the environment that `python -m bench` sets up, as in production.
"""

from fellowship.settings.production import *  # noqa: F403

DEBUG = False
# The benchmark server speaks plain HTTP on 127.0.0.1: no redirect to HTTPS,
# no secure-only cookies, no HSTS.
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.urls"
# Certificates are e-mailed by the workers: build the message, send nothing.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
