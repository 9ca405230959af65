from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    name = "fellowship.cohorts"
    label = "cohorts"
    verbose_name = _("Programme")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from fellowship.accounts.choices import Role
        from fellowship.accounts.landing import register_landing

        from .landing import focal_point_landing_url, manager_landing_url

        register_landing(Role.PROGRAMME_MANAGER, manager_landing_url, rank=20)
        register_landing(Role.NATIONAL_FOCAL_POINT, focal_point_landing_url, rank=35)
