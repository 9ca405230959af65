from django.db import models
from django.utils.translation import gettext_lazy as _


class Quiz(models.Model):
    """A graded quiz; the server decides every score."""

    title = models.CharField(_("title"), max_length=255)

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def __str__(self):
        return self.title
