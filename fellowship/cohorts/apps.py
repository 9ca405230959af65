from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    name = "fellowship.cohorts"
    label = "cohorts"
    verbose_name = _("Programme")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Sessions of the in-person phase appear in fellows' calendars.
        from courses.calendar import register_calendar_source

        from .calendar import cohort_sessions

        register_calendar_source(cohort_sessions)

        # The e-mail preferences decide whether released grades are e-mailed.
        from fellowship.accounts.services import register_notification_email

        from .services.notifications import grades_released_wanted

        register_notification_email("grades_released", grades_released_wanted)
