"""The embedded demo: `make run`."""

from .base import *  # noqa: F403
from .base import CREDENTIAL_SIGNING_KEY, SECRET_KEY, SITE_URL, VAR_DIR, _origin, env
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

# The H5P player on a host of its own, so that activities play offline
# (docs/decisions/0039): `make run` serves it on a second port.
H5P_PLAYER_ORIGIN = _origin(
    env(
        "H5P_PLAYER_ORIGIN",
        default="http://127.0.0.1:8001" if SITE_URL == "http://127.0.0.1:8000" else "",
    )
)
