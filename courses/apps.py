from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from allauth.account.signals import email_confirmed, user_logged_in

        from . import handlers

        user_logged_in.connect(
            handlers.enrol_intent_honour, dispatch_uid="courses.enrol_intent"
        )
        email_confirmed.connect(
            handlers.enrol_intent_honour_on_confirmation,
            dispatch_uid="courses.enrol_intent_confirmed",
        )
