from .roles import roles_sync


def sync_roles_after_migrate(sender, **kwargs):
    # Permissions of every app exist only once all apps have migrated, so the
    # role definitions are re-applied after each migrate run.
    if sender.label == "accounts":
        roles_sync(using=kwargs.get("using", "default"))


def unread_count_remember(sender, request, user, **kwargs):
    """At sign-in, count the person's unread notifications for the header."""
    from .services import notifications_unread_count_refresh

    notifications_unread_count_refresh(user_id=user.pk)
