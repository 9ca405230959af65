from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class XapiConfig(AppConfig):
    name = "courses.xapi"
    label = "xapi"
    verbose_name = _("Activity tracking (xAPI)")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from courses.completion import register_requirement

        from .requirements import h5p_requirement_met

        register_requirement("h5p", h5p_requirement_met)
