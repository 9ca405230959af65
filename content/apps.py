from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = _("Learning content")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.core.signals import request_finished, request_started

        from . import localized

        request_started.connect(
            localized.request_started, dispatch_uid="content.localized.request"
        )
        request_finished.connect(
            localized.request_finished, dispatch_uid="content.localized.request"
        )
