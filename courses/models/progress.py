from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import EnrolmentSource, EnrolmentStatus, LessonStatus


class Enrolment(models.Model):
    """A person's place in a course (always the course in the source language)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    source = models.CharField(
        _("source"),
        max_length=10,
        choices=EnrolmentSource.choices,
        default=EnrolmentSource.SELF,
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=EnrolmentStatus.choices,
        default=EnrolmentStatus.ACTIVE,
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"], name="enrolment_unique_per_user_course"
            )
        ]

    def __str__(self):
        return f"{self.user} — {self.course}"


class LessonProgress(models.Model):
    """What one person did in one lesson (the lesson in the source language)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="lesson_progress",
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("lesson"),
        on_delete=models.CASCADE,
        related_name="progress",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="lesson_progress",
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=LessonStatus.choices,
        default=LessonStatus.STARTED,
    )
    started_at = models.DateTimeField(_("started at"))
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    time_spent_seconds = models.PositiveIntegerField(
        _("time spent (seconds)"), default=0
    )
    last_position = models.CharField(_("last position"), max_length=64, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson"], name="lesson_progress_unique_per_user"
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(status=LessonStatus.COMPLETED, completed_at__isnull=False)
                    | models.Q(status=LessonStatus.STARTED, completed_at__isnull=True)
                ),
                name="lesson_progress_completed_has_date",
            ),
        ]
        indexes = [models.Index(fields=["user", "course"])]

    def __str__(self):
        return f"{self.user} — {self.lesson} ({self.status})"

    @property
    def is_completed(self) -> bool:
        return self.status == LessonStatus.COMPLETED


class CourseProgress(models.Model):
    """The running total of one enrolment, kept by the progress service only."""

    enrolment = models.OneToOneField(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="progress",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="course_progress",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="course_progress",
    )
    lessons_total = models.PositiveIntegerField(_("lessons in the course"), default=0)
    lessons_completed = models.PositiveIntegerField(_("lessons completed"), default=0)
    percent = models.PositiveSmallIntegerField(_("percent complete"), default=0)
    last_lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("last lesson"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("course progress")
        verbose_name_plural = _("course progress")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"], name="course_progress_unique_per_user"
            ),
            models.CheckConstraint(
                condition=models.Q(percent__lte=100), name="course_progress_percent"
            ),
        ]

    def __str__(self):
        return f"{self.user} — {self.course}: {self.percent}%"


class Reflection(models.Model):
    """A fellow's answer to a reflection prompt; only they ever read it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="reflections",
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("lesson"),
        on_delete=models.CASCADE,
        related_name="reflections",
    )
    block_id = models.UUIDField(_("prompt"))
    text = models.TextField(_("your reflection"), max_length=10_000)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("reflection")
        verbose_name_plural = _("reflections")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "block_id"],
                name="reflection_unique_per_prompt",
            )
        ]

    def __str__(self):
        return f"{self.user} — {self.lesson}"


class ExerciseAnswer(models.Model):
    """A fellow's answer to an exercise; only they ever read it. Once it
    exists, the exercise's model answer is shown to them."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="exercise_answers",
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("lesson"),
        on_delete=models.CASCADE,
        related_name="exercise_answers",
    )
    block_id = models.UUIDField(_("exercise"))
    text = models.TextField(_("your answer"), max_length=20_000)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("exercise answer")
        verbose_name_plural = _("exercise answers")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "block_id"],
                name="exercise_answer_unique_per_exercise",
            )
        ]

    def __str__(self):
        return f"{self.user} — {self.lesson}"
