from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


def _my_learning_url(*, user) -> str:
    from django.urls import reverse

    return reverse("my_learning")


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from allauth.account.signals import email_confirmed, user_logged_in

        from fellowship.accounts.choices import Role
        from fellowship.accounts.landing import register_landing

        from . import handlers
        from .models import CoursePage

        post_save.connect(
            handlers.course_page_created,
            sender=CoursePage,
            dispatch_uid="courses_course_page_created",
        )
        user_logged_in.connect(
            handlers.enrol_intent_honour, dispatch_uid="courses.enrol_intent"
        )
        email_confirmed.connect(
            handlers.enrol_intent_honour_on_confirmation,
            dispatch_uid="courses.enrol_intent_confirmed",
        )
        register_landing(Role.FELLOW, _my_learning_url, rank=40)
