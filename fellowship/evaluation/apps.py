from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluationConfig(AppConfig):
    name = "fellowship.evaluation"
    label = "evaluation"
    verbose_name = _("Evaluation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Lessons stay closed until the pre-test is taken (courses' registry).
        from courses.gates import register_lesson_gate

        from .gates import pre_test_gate

        register_lesson_gate(pre_test_gate)

        # A graded pre- or post-test attempt is kept per objective.
        from fellowship.assessments.results import register_result_listener

        from .services import objective_scores_from_quiz

        register_result_listener(objective_scores_from_quiz)

        # Completing a course invites the fellow to its survey.
        from courses.events import register_course_completed

        from .services import course_survey_invite

        register_course_completed(course_survey_invite)
