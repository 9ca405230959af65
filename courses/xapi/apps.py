from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class XapiConfig(AppConfig):
    name = "courses.xapi"
    label = "xapi"
    verbose_name = _("Activity tracking (xAPI)")
    default_auto_field = "django.db.models.BigAutoField"
