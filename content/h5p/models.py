from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import PackageStatus, WarningCode


class H5PLibrary(models.Model):
    """An installed H5P library, shared by every package that needs it.

    A row exists only once the library's files are stored and it may run in
    fellows' browsers; packages waiting for approval keep theirs aside.
    """

    machine_name = models.CharField(_("machine name"), max_length=127)
    major_version = models.PositiveIntegerField(_("major version"))
    minor_version = models.PositiveIntegerField(_("minor version"))
    patch_version = models.PositiveIntegerField(_("patch version"), default=0)
    title = models.CharField(_("title"), max_length=255, blank=True)
    runnable = models.BooleanField(_("runnable"), default=False)
    metadata = models.JSONField(_("library.json"), default=dict)
    semantics = models.JSONField(_("semantics.json"), null=True, blank=True)
    # Where the files are stored under libraries/: "" is the version's own
    # folder (Name-major.minor); a patch upgrade stores the new patch beside
    # the old one (Name-major.minor.patch) and switches this in one commit.
    storage_folder = models.CharField(_("storage folder"), max_length=160, blank=True)
    installed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("installed by"),
    )
    installed_at = models.DateTimeField(_("installed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("H5P library")
        verbose_name_plural = _("H5P libraries")
        ordering = ["machine_name", "major_version", "minor_version"]
        constraints = [
            models.UniqueConstraint(
                fields=["machine_name", "major_version", "minor_version"],
                name="h5p_library_one_per_version",
            )
        ]
        permissions = [
            ("install_library", _("Can install H5P libraries (code run by fellows)"))
        ]

    def __str__(self):
        return (
            f"{self.machine_name} "
            f"{self.major_version}.{self.minor_version}.{self.patch_version}"
        )

    @property
    def directory(self) -> str:
        return f"{self.machine_name}-{self.major_version}.{self.minor_version}"

    @property
    def stored_directory(self) -> str:
        return self.storage_folder or self.directory


class H5PPackage(models.Model):
    """An imported H5P package, stored once per content hash."""

    title = models.CharField(_("title"), max_length=255)
    content_hash = models.CharField(_("content hash"), max_length=64, unique=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=PackageStatus.choices,
        default=PackageStatus.PENDING_APPROVAL,
    )
    main_library = models.CharField(_("main library"), max_length=160, blank=True)
    metadata = models.JSONField(_("h5p.json"), default=dict)
    libraries = models.ManyToManyField(
        H5PLibrary,
        blank=True,
        related_name="packages",
        verbose_name=_("libraries"),
    )
    # Libraries the package brings that are not installed yet, as
    # [{"machine_name", "major", "minor", "patch"}]; emptied by approval.
    pending_libraries = models.JSONField(_("libraries awaiting approval"), default=list)
    warnings = models.JSONField(_("import warnings"), default=list, blank=True)
    file_count = models.PositiveIntegerField(_("files"), default=0)
    total_bytes = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    # What the player loads, as sent with gzip (content/h5p/weight.py); None
    # for a package imported before it was counted.
    player_bytes = models.PositiveBigIntegerField(
        _("bytes the player loads"), null=True, blank=True
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("approved by"),
    )
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("H5P package")
        verbose_name_plural = _("H5P packages")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=PackageStatus.values),
                name="h5p_package_status_valid",
            )
        ]

    def __str__(self):
        return self.title

    @property
    def is_installed(self) -> bool:
        return self.status == PackageStatus.INSTALLED

    def warning_messages(self) -> list[str]:
        """The import warnings, in the reader's language."""
        messages = []
        for item in self.warnings:
            code = item.get("code", "")
            label = WarningCode(code).label if code in WarningCode.values else code
            detail = item.get("detail", "")
            messages.append(f"{label} ({detail})" if detail else str(label))
        return messages
