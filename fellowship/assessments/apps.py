from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "fellowship.assessments"
    label = "assessments"
    verbose_name = _("Assessments")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The quiz block takes part in lesson completion (courses' registry).
        from courses.completion import register_requirement

        from .completion import quiz_requirement_met

        register_requirement("quiz", quiz_requirement_met)

        # Cohorts' dashboards and fellow record (a sibling app's registry).
        from fellowship.cohorts.registry import (
            register_record_source,
            register_score_source,
        )

        from .cohort_records import attempt_lines, course_quiz_scores

        register_record_source("attempts", attempt_lines)
        register_score_source(course_quiz_scores)
        # Quiz windows appear in fellows' calendars.
        from courses.calendar import register_calendar_source

        from .calendar import quiz_windows

        register_calendar_source(quiz_windows)
        # Question banks and quizzes travel in course packages (courses'
        # registry of package parts).
        from courses.packages.parts import register_package_part

        from .packages import BanksAndQuizzes

        register_package_part(BanksAndQuizzes())
        # A module's download opens an attempt at each untimed quiz, to be
        # answered offline (courses.offline's registry).
        from courses.offline.preparers import register_offline_preparer

        from .services import quiz_attempts_prepare

        register_offline_preparer(quiz_attempts_prepare)
