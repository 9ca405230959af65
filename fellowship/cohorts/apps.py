from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    name = "fellowship.cohorts"
    label = "cohorts"
    verbose_name = _("Programme")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from allauth.account.signals import (
            password_changed,
            password_reset,
            password_set,
        )

        from fellowship.accounts.choices import Role
        from fellowship.accounts.landing import register_landing

        from .handlers import preferences_links_revoke_on_password_change
        from .landing import focal_point_landing_url, manager_landing_url

        for signal in (password_changed, password_set, password_reset):
            signal.connect(
                preferences_links_revoke_on_password_change,
                dispatch_uid="cohorts-preferences-links",
            )
        register_landing(Role.PROGRAMME_MANAGER, manager_landing_url, rank=20)
        register_landing(Role.NATIONAL_FOCAL_POINT, focal_point_landing_url, rank=35)
        # Sessions of the in-person phase appear in fellows' calendars.
        from courses.calendar import register_calendar_source

        from .calendar import cohort_sessions

        register_calendar_source(cohort_sessions)

        # The e-mail preferences decide whether released grades are e-mailed.
        from fellowship.accounts.services import register_notification_email

        from .services.notifications import grades_released_wanted

        register_notification_email("grades_released", grades_released_wanted)

        from fellowship.accounts.visibility import user_scope_register

        from .selectors import users_visible_to

        # Who sees whom in the user admin: the programme's roles decide.
        user_scope_register(users_visible_to)
