from django.db import models
from django.utils.translation import gettext_lazy as _


class H5PPackage(models.Model):
    """An imported H5P package, stored once per content hash."""

    title = models.CharField(_("title"), max_length=255)
    content_hash = models.CharField(_("content hash"), max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("H5P package")
        verbose_name_plural = _("H5P packages")

    def __str__(self):
        return self.title
