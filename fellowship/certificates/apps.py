from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "fellowship.certificates"
    label = "certificates"
    verbose_name = _("Certificates")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from courses.events import register_course_completed
        from fellowship.cohorts.registry import register_certification_source

        from .selectors import certified_pairs
        from .services import course_completed_handle

        register_course_completed(course_completed_handle)
        register_certification_source(certified_pairs)

        from fellowship.cohorts.registry import register_record_source

        from .cohort_records import certificate_lines

        register_record_source("certificates", certificate_lines)
