from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    name = "fellowship.cohorts"
    label = "cohorts"
    verbose_name = _("Programme")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from fellowship.accounts.visibility import user_scope_register

        from .selectors import users_visible_to

        # Who sees whom in the user admin: the programme's roles decide.
        user_scope_register(users_visible_to)
