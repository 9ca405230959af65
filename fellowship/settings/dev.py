"""The embedded demo: `make run`."""

from .base import *  # noqa: F403
from .base import CREDENTIAL_SIGNING_KEY, SECRET_KEY, VAR_DIR, env
from .keys import demo_keys

DEBUG = env.bool("DEBUG", default=True)
# The demo has no mail server to send a verification link through.
ACCOUNT_EMAIL_VERIFICATION = env("ACCOUNT_EMAIL_VERIFICATION", default="optional")
MFA_REQUIRED_FOR_ADMIN = env.bool("MFA_REQUIRED_FOR_ADMIN", default=False)

# Keys of this installation, made on the first run and kept in var/ (mode
# 0600); the environment still wins.
if not (SECRET_KEY and CREDENTIAL_SIGNING_KEY):
    _keys = demo_keys(env.path("DEMO_SECRETS_FILE", default=VAR_DIR / "secrets.json"))
    SECRET_KEY = SECRET_KEY or _keys["SECRET_KEY"]
    CREDENTIAL_SIGNING_KEY = CREDENTIAL_SIGNING_KEY or _keys["CREDENTIAL_SIGNING_KEY"]

# Public media from the application, with safe headers (fellowship/media.py).
MEDIA_SERVE = env.bool("MEDIA_SERVE", default=True)
