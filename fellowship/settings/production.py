"""Production: every secret from the environment, HTTPS only."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import MIDDLEWARE, env
from .keys import SECRET_KEY_COMMAND, SIGNING_KEY_COMMAND

DEBUG = False
SECRET_KEY = env("SECRET_KEY", default="")
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("insecure-"):
    raise ImproperlyConfigured(
        "Set SECRET_KEY to a random value of 50 characters or more, e.g. the "
        f"output of: {SECRET_KEY_COMMAND}"
    )
CREDENTIAL_SIGNING_KEY = env("CREDENTIAL_SIGNING_KEY", default="")
if not CREDENTIAL_SIGNING_KEY:
    raise ImproperlyConfigured(
        "Set CREDENTIAL_SIGNING_KEY to the Ed25519 seed that signs certificates "
        f"(32 random bytes in base64), e.g. the output of: {SIGNING_KEY_COMMAND}"
    )
try:
    from fellowship.certificates.credentials.keys import seed_decode

    seed_decode(CREDENTIAL_SIGNING_KEY)
except ImproperlyConfigured as error:
    raise ImproperlyConfigured(
        f"{error} Make one with: {SIGNING_KEY_COMMAND}"
    ) from None

# Keep database connections between requests: a new PostgreSQL connection
# cost about 15 ms of each lesson page in the benchmarks (bench/RESULTS.md).
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Behind that proxy, set TRUSTED_PROXY_COUNT (base.py) to the number of proxies
# in front of the application; otherwise every client shares one login lockout.
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Compressed, cache-busted static files served by the application itself.
_CACHED = MIDDLEWARE.index("courses.caching.PublicPageCacheMiddleware") + 1
MIDDLEWARE = [
    *MIDDLEWARE[:_CACHED],
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[_CACHED:],
]

# Wagtail's live preview and the H5P player frame pages of this same origin,
# so frames stay SAMEORIGIN rather than DENY.
SILENCED_SYSTEM_CHECKS = ["security.W019"]

# Browsers fetch any http:// URL of a page over HTTPS (as SECURE_SSL_REDIRECT,
# it can be switched off for a plain-HTTP run behind no proxy).
CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY,  # noqa: F405
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],  # noqa: F405
        "upgrade-insecure-requests": env.bool(
            "CSP_UPGRADE_INSECURE_REQUESTS", default=True
        ),
    },
}
