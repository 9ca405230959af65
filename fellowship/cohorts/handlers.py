"""Signal handlers: each calls one service."""

from . import services


def preferences_links_revoke_on_password_change(sender, *, user, **kwargs):
    # A new password is what someone does when they fear others have access:
    # links in old e-mails stop opening their preferences too.
    services.preferences_tokens_revoke(user=user)
