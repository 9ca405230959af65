"""The embedded demo: `make run`."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
# The demo has no mail server to send a verification link through.
ACCOUNT_EMAIL_VERIFICATION = env("ACCOUNT_EMAIL_VERIFICATION", default="optional")
MFA_REQUIRED_FOR_ADMIN = env.bool("MFA_REQUIRED_FOR_ADMIN", default=False)
