from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    name = "fellowship.cohorts"
    label = "cohorts"
    verbose_name = _("Programme")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from allauth.account.signals import (
            password_changed,
            password_reset,
            password_set,
        )

        from .handlers import preferences_links_revoke_on_password_change

        for signal in (password_changed, password_set, password_reset):
            signal.connect(
                preferences_links_revoke_on_password_change,
                dispatch_uid="cohorts-preferences-links",
            )
