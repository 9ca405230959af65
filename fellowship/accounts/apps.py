from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    # The module holds two configurations: this one is the app's own.
    default = True
    name = "fellowship.accounts"
    label = "accounts"
    verbose_name = _("Accounts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import handlers

        post_migrate.connect(
            handlers.sync_roles_after_migrate, dispatch_uid="accounts-roles"
        )
        user_logged_in.connect(
            handlers.unread_count_remember, dispatch_uid="accounts-unread-count"
        )


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with a full name instead of first and last names."""

    user_viewset = "fellowship.accounts.viewsets.UserViewSet"
