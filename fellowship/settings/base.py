"""Settings shared by every environment.

Every switch comes from the environment; the defaults are the embedded demo
(SQLite under var/, tasks run in-process, local-memory cache, console e-mail,
media under var/media/).
"""

from pathlib import Path
from urllib.parse import urlsplit

import environ
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

from fellowship.accounts.data.un_states import lazy_state_names
from fellowship.cohorts.schedule import BEAT_SCHEDULE as COHORTS_BEAT_SCHEDULE

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
# No default anyone could sign with: production takes it from the environment,
# the demo from var/secrets.json (dev.py), the tests from test.py.
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000")

INSTALLED_APPS = [
    # Project apps first so their templates and translations win.
    "fellowship.accounts",
    "content",
    "content.h5p",
    "courses",
    "courses.xapi",
    "courses.offline",
    "fellowship.cohorts",
    "fellowship.assessments",
    "fellowship.certificates",
    "fellowship.evaluation",
    "fellowship.demo",
    # Wagtail and its translation layer.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "fellowship.accounts.apps.UsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts: e-mail login, verification, password reset, MFA.
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_countries",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # The H5P player's own host serves the player alone (content.h5p.middleware).
    "content.h5p.middleware.PlayerOriginMiddleware",
    # Anonymous visitors' public pages, whole, from the cache (courses.caching).
    "courses.caching.PublicPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "fellowship.content_security.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "fellowship.accounts.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "fellowship.accounts.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "fellowship.accounts.middleware.AdminAccessMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "fellowship.urls"
WSGI_APPLICATION = "fellowship.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "libraries": {"numbers": "fellowship.formats.templatetags"},
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "fellowship.accounts.context_processors.notifications",
            ],
        },
    },
]

# Database: SQLite under var/ unless DATABASE_URL names a real server.
DATABASES = {
    "default": env.db(
        "DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'fellowship.sqlite3'}"
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The demo's SQLite: readers never wait for a writer (WAL), writers queue
    # for up to 20 s instead of failing with "database is locked", and a
    # transaction takes its write lock at BEGIN so two never deadlock.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
    }
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache (and so login rate limits): Redis when REDIS_URL is set.
REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's, keeping one redis-py client (see fellowship/cache.py).
            "BACKEND": "fellowship.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", default="fellowship"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Celery: eager in-process without a broker, a real broker when configured.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = env.bool(
    "CELERY_TASK_ALWAYS_EAGER", default=not CELERY_BROKER_URL
)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default=None)
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"
CELERY_BROKER_TRANSPORT_OPTIONS = {
    # How long a task taken by a worker that died stays invisible before
    # another worker gets it again (acks late + Redis).
    "visibility_timeout": env.int("CELERY_BROKER_VISIBILITY_TIMEOUT", default=3600)
}
CELERY_BEAT_SCHEDULE: dict = {
    "assessments-expire-overdue": {
        "task": "assessments.attempts_expire_overdue",
        "schedule": 5 * 60,
    },
    "xapi-forward-pending": {
        "task": "courses.xapi.tasks.forward_pending_statements",
        "schedule": 15 * 60,
    },
    "offline-write-receipts-purge": {
        "task": "offline.write_receipts_purge",
        "schedule": 24 * 60 * 60,
    },
    "certificates-programme-sweep": {
        "task": "certificates.programme_sweep",
        "schedule": 24 * 60 * 60,
    },
    **COHORTS_BEAT_SCHEDULE,
    "evaluation-follow-ups": {
        "task": "evaluation.send_follow_ups",
        "schedule": 24 * 60 * 60,
    },
    "evaluation-in-person-surveys": {
        "task": "evaluation.invite_in_person_surveys",
        "schedule": 24 * 60 * 60,
    },
}

# E-mail: console unless EMAIL_URL names an SMTP server.
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", default="SALW Fellowship <no-reply@fellowship.example.org>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # Django's and allauth's, each reading the signed-in person with a
    # compiled query.
    "fellowship.accounts.backends.ModelBackend",
    "fellowship.accounts.backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "my_learning"
LOGOUT_REDIRECT_URL = "/"

# django-allauth: e-mail is the login, verified before use outside the demo.
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "fellowship.accounts.forms.SignupForm"
ACCOUNT_EMAIL_VERIFICATION = env("ACCOUNT_EMAIL_VERIFICATION", default="mandatory")
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = False
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_ADAPTER = "fellowship.accounts.adapters.AccountAdapter"
ACCOUNT_RATE_LIMITS = {
    "login_failed": env("LOGIN_FAILED_RATE_LIMIT", default="5/5m/ip,5/5m/key"),
    "login": "30/m/ip",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
}
ACCOUNT_DEFAULT_HTTP_PROTOCOL = env("ACCOUNT_DEFAULT_HTTP_PROTOCOL", default="http")
# A password reset never signs in: the next sign-in goes through the login, its
# rate limits and the second factor.
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
# The client address for every rate limit (fellowship/accounts/client_address.py):
# 0 uses REMOTE_ADDR and ignores X-Forwarded-For; N > 0 trusts the last N
# proxies, each of which appends the address it saw to X-Forwarded-For.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "SALW Fellowship"
# Staff who reach the Wagtail admin must have set up TOTP first.
MFA_REQUIRED_FOR_ADMIN = env.bool("MFA_REQUIRED_FOR_ADMIN", default=True)

# Internationalisation: the six official languages of the United Nations.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("ar", "العربية"),
    ("zh-hans", "中文"),
    ("en", "English"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("es", "Español"),
]
LANGUAGE_NAMES_IN_ENGLISH = {
    "ar": _("Arabic"),
    "zh-hans": _("Chinese"),
    "en": _("English"),
    "fr": _("French"),
    "ru": _("Russian"),
    "es": _("Spanish"),
}
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
# Dates, times and numbers as each language writes them (fellowship/formats/,
# docs/decisions/0016).
FORMAT_MODULE_PATH = ["fellowship.formats"]
# No grouping by default: ids, years and codes are rendered as plain integers
# in links, data attributes and forms; a figure that needs grouping asks for it
# (floatformat's "g" suffix), with each language's separator and NUMBER_GROUPING.
USE_THOUSAND_SEPARATOR = False
# The States a person may serve: the 193 Member States and the two observer
# States, named as the United Nations names them in the active language.
COUNTRIES_ONLY = lazy_state_names()
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# Static files and media.
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=VAR_DIR / "static")
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # The H5P player, installed from npm by the setup (never from a CDN).
    ("h5p-standalone", BASE_DIR / "node_modules" / "h5p-standalone" / "dist"),
]
MEDIA_URL = env("MEDIA_URL", default="/media/")
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
# Public media served by the application itself (fellowship/media.py, with
# headers that keep uploads from running script); off in production, where
# the reverse proxy or S3 serves /media/ (docs/decisions/0011).
MEDIA_SERVE = env.bool("MEDIA_SERVE", default=False)
# Private files (letters, certificate PDFs): outside MEDIA_ROOT, no URL.
PRIVATE_ROOT = env.path("PRIVATE_ROOT", default=VAR_DIR / "private")
# How long a signed URL to a private file on S3 stays valid, in seconds.
PRIVATE_URL_EXPIRY = env.int("PRIVATE_URL_EXPIRY", default=120)
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "fellowship.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": str(PRIVATE_ROOT)},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if AWS_STORAGE_BUCKET_NAME:
    # S3-compatible object storage; credentials come from AWS_* variables.
    _s3 = {
        "bucket_name": AWS_STORAGE_BUCKET_NAME,
        "endpoint_url": env("AWS_S3_ENDPOINT_URL", default=None),
        "region_name": env("AWS_S3_REGION_NAME", default=None),
        "file_overwrite": False,
    }
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3,
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN", default=None),
            "default_acl": None,
            "querystring_auth": env.bool("AWS_QUERYSTRING_AUTH", default=True),
        },
    }
    # Private files: their own bucket when AWS_PRIVATE_BUCKET_NAME is set,
    # else the private/ prefix of the media bucket (which must then not be
    # publicly readable). Private ACL, no custom domain, URLs signed for
    # PRIVATE_URL_EXPIRY seconds.
    _private_bucket = env("AWS_PRIVATE_BUCKET_NAME", default="")
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3,
            "bucket_name": _private_bucket or AWS_STORAGE_BUCKET_NAME,
            "location": env(
                "AWS_PRIVATE_LOCATION", default="" if _private_bucket else "private"
            ),
            "custom_domain": None,
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": PRIVATE_URL_EXPIRY,
            # SigV4: the URL carries its own lifetime (X-Amz-Expires).
            "signature_version": env("AWS_S3_SIGNATURE_VERSION", default="s3v4"),
        },
    }
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Certificates: the Ed25519 seed that signs verifiable credentials (base64).
# Never derived from SECRET_KEY: production requires it, the demo keeps a
# random one in var/secrets.json, the tests set a fixed one.
CREDENTIAL_SIGNING_KEY = env("CREDENTIAL_SIGNING_KEY", default="")
CERTIFICATES_VERIFY_RATE_LIMIT = env("CERTIFICATES_VERIFY_RATE_LIMIT", default="30/m")

# Wagtail.
WAGTAIL_SITE_NAME = "SALW Fellowship"
# Public pages (home, catalogue, course overview) for anonymous visitors:
# shared caches keep them this many seconds (0: not at all); publishing
# purges them from the site's cache and, with FRONTEND_CACHE_URL (a Varnish
# or other HTTP purge endpoint), from the frontend cache.
PUBLIC_PAGE_CACHE_SECONDS = env.int("PUBLIC_PAGE_CACHE_SECONDS", default=300)
_frontend_cache_url = env("FRONTEND_CACHE_URL", default="")
WAGTAILFRONTENDCACHE = (
    {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": _frontend_cache_url,
        }
    }
    if _frontend_cache_url
    else {}
)
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILADMIN_LOGIN_URL = "account_login"
# Draftail with an accessible name for its editable area (content/admin_widgets.py).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "content.admin_widgets.NamedDraftailRichTextArea"}
}
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Documents: downloads, captions tracks (vtt) and uploaded videos.
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "docx",
    "odt",
    "xlsx",
    "ods",
    "pptx",
    "odp",
    "txt",
    "vtt",
    "mp4",
    "webm",
]
# allauth is the only way in (docs/decisions/0007-one-door-in.md): Wagtail's
# own login and password reset are not used.
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
# E-mail addresses change through allauth only, which verifies the new one.
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = True
WAGTAIL_USER_CUSTOM_FIELDS = ["full_name", "preferred_language"]

# Security headers that hold in every environment.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
SESSION_COOKIE_HTTPONLY = True
# Sessions are kept in the database and read through the cache: every
# signed-in request reads one from Redis instead of PostgreSQL, and a
# session survives a cache flush (docs/decisions/0034).
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"


# Content-Security-Policy (docs/decisions/0012-content-security-policy.md):
# scripts only from this origin or with the request's nonce, no inline
# styles, no plugins, no framing by other sites. Origins that can vary by
# deployment (S3 media, a separate H5P origin) come from the environment.
def _origin(url: str) -> str:
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


H5P_CONTENT_ORIGIN = _origin(env("H5P_CONTENT_ORIGIN", default=""))
# A second host of this deployment for the H5P player frame alone (say
# https://play.example.org beside https://learn.example.org): the frame gets
# that origin instead of an opaque one, so that its service worker can keep
# activities for offline use (docs/decisions/0039). The host must be in
# ALLOWED_HOSTS; it serves only the player, its files and static files.
H5P_PLAYER_ORIGIN = _origin(env("H5P_PLAYER_ORIGIN", default=""))
CSP_MEDIA_ORIGINS = env.list("CSP_MEDIA_ORIGINS", default=[])
if not CSP_MEDIA_ORIGINS:
    CSP_MEDIA_ORIGINS = [_origin(MEDIA_URL)]
    if AWS_STORAGE_BUCKET_NAME:
        _custom_domain = STORAGES["default"]["OPTIONS"]["custom_domain"]
        _endpoint = STORAGES["default"]["OPTIONS"]["endpoint_url"]
        if _custom_domain:
            CSP_MEDIA_ORIGINS.append(f"https://{_custom_domain}")
        elif _endpoint:
            CSP_MEDIA_ORIGINS.append(_origin(_endpoint))
        else:
            CSP_MEDIA_ORIGINS.append(
                f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"
            )
            _region = STORAGES["default"]["OPTIONS"]["region_name"]
            if _region:
                CSP_MEDIA_ORIGINS.append(
                    f"https://{AWS_STORAGE_BUCKET_NAME}.s3.{_region}.amazonaws.com"
                )
CSP_MEDIA_ORIGINS = [origin for origin in dict.fromkeys(CSP_MEDIA_ORIGINS) if origin]
# The video block embeds players of video services in frames.
CSP_FRAME_ORIGINS = env.list(
    "CSP_FRAME_ORIGINS",
    default=[
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    ],
)
_h5p = [H5P_CONTENT_ORIGIN] if H5P_CONTENT_ORIGIN else []
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE, *_h5p],
        "style-src": [SELF, *_h5p],
        "img-src": [SELF, "data:", *CSP_MEDIA_ORIGINS, *_h5p],
        "media-src": [SELF, *CSP_MEDIA_ORIGINS, *_h5p],
        "font-src": [SELF, *_h5p],
        "connect-src": [SELF, *_h5p],
        "frame-src": [SELF, *CSP_FRAME_ORIGINS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
        "upgrade-insecure-requests": False,
    },
}
# The Wagtail admin renders inline <script> elements without a nonce (date
# widgets, choosers, inline panels) and inline styles: under this prefix only,
# scripts and styles may be inline; every other directive stays.
CSP_ADMIN_PATH_PREFIX = "/admin/"
CSP_ADMIN_REPLACE = {
    "script-src": [SELF, UNSAFE_INLINE, *_h5p],
    "style-src": [SELF, UNSAFE_INLINE, *_h5p],
}
# No avatars from gravatar.com and no release check against wagtail.org: the
# admin loads nothing from other origins.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}
