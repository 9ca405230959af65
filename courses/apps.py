from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import handlers
        from .models import CoursePage

        post_save.connect(
            handlers.course_page_created,
            sender=CoursePage,
            dispatch_uid="courses_course_page_created",
        )
