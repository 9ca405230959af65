from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _my_learning_url(*, user) -> str:
    from django.urls import reverse

    return reverse("my_learning")


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from fellowship.accounts.choices import Role
        from fellowship.accounts.landing import register_landing

        register_landing(Role.FELLOW, _my_learning_url, rank=40)
