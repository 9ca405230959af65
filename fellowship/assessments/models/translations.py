from django.db import models
from django.utils.translation import gettext_lazy as _


class TextsTranslation(models.Model):
    """Translated texts of one object in one language, by FIELD.

    `texts` maps a FIELD ("stem", "options.2.text"...) to its translation;
    `sources` maps it to the source text it was made from, so that a text
    whose source has changed since counts as not translated (fuzzy).
    """

    language = models.CharField(_("language"), max_length=16)
    texts = models.JSONField(_("translated texts"), default=dict, blank=True)
    sources = models.JSONField(_("source texts"), default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    def current(self, sources: dict[str, str]) -> dict[str, str]:
        """The translations whose source is still `sources`' text."""
        return {
            name: text
            for name, text in self.texts.items()
            if name in sources
            and isinstance(text, str)
            and text.strip()
            and self.sources.get(name) == sources[name]
        }


class QuestionTranslation(TextsTranslation):
    question = models.ForeignKey(
        "assessments.Question",
        verbose_name=_("question"),
        on_delete=models.CASCADE,
        related_name="translations",
    )

    class Meta:
        verbose_name = _("question translation")
        verbose_name_plural = _("question translations")
        constraints = [
            models.UniqueConstraint(
                fields=["question", "language"], name="question_translation_once"
            )
        ]

    def __str__(self):
        return f"{self.question} [{self.language}]"


class QuizTranslation(TextsTranslation):
    quiz = models.ForeignKey(
        "assessments.Quiz",
        verbose_name=_("quiz"),
        on_delete=models.CASCADE,
        related_name="translations",
    )

    class Meta:
        verbose_name = _("quiz translation")
        verbose_name_plural = _("quiz translations")
        constraints = [
            models.UniqueConstraint(
                fields=["quiz", "language"], name="quiz_translation_once"
            )
        ]

    def __str__(self):
        return f"{self.quiz} [{self.language}]"
