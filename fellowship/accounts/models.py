from django.conf import settings
from django.contrib.auth.models import (
    AbstractBaseUser,
    BaseUserManager,
    PermissionsMixin,
)
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from .choices import AgencyType, Gender
from .regions import RegionalGroup, regional_group_expression


def language_choices():
    return settings.LANGUAGES


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in with their e-mail address."""

    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(
        _("full name"),
        max_length=200,
        help_text=_("As it should appear on certificates, in any script."),
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=10, choices=language_choices, default="en"
    )
    is_staff = models.BooleanField(_("staff status"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["full_name", "email"]

    def __str__(self):
        return self.full_name or self.email

    def get_full_name(self):
        return self.full_name

    def get_short_name(self):
        return self.full_name.split(" ")[0] if self.full_name else self.email


class FellowProfile(models.Model):
    """What the programme knows of a person beyond their account."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="fellow_profile",
    )
    country = CountryField(_("country"), blank=True)
    regional_group = models.GeneratedField(
        expression=regional_group_expression("country"),
        output_field=models.CharField(max_length=32, choices=RegionalGroup.choices),
        db_persist=True,
        verbose_name=_("UN regional group"),
    )
    institution = models.CharField(_("institution"), max_length=200, blank=True)
    agency_type = models.CharField(
        _("agency type"), max_length=20, choices=AgencyType.choices, blank=True
    )
    position = models.CharField(_("position"), max_length=200, blank=True)
    gender = models.CharField(
        _("gender"),
        max_length=20,
        choices=Gender.choices,
        blank=True,
        help_text=_("Optional. Used only for balance statistics."),
    )
    gender_self_description = models.CharField(
        _("gender, in your own words"), max_length=100, blank=True
    )
    languages = models.JSONField(_("working languages"), default=list, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("fellow profile")
        verbose_name_plural = _("fellow profiles")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(gender="self_described")
                | models.Q(gender_self_description=""),
                name="gender_description_only_when_self_described",
            )
        ]

    def __str__(self):
        return str(self.user)

    def get_regional_group_display(self):
        return RegionalGroup(self.regional_group).label if self.regional_group else ""


class UserNotification(models.Model):
    """A message for one person in the site: a grade released, a decision
    published, a certificate issued.

    The text is kept as a message id with its parameters and translated when
    shown, so each person reads it in the language of the page.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(_("kind"), max_length=40)
    message = models.CharField(_("message"), max_length=300)
    params = models.JSONField(_("parameters"), default=dict, blank=True)
    url = models.CharField(_("link"), max_length=500, blank=True)
    dedupe_key = models.CharField(_("once per"), max_length=120)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "dedupe_key"],
                name="accounts_notification_once",
            )
        ]
        indexes = [
            models.Index(
                fields=["user", "read_at"], name="accounts_notification_unread"
            )
        ]

    def __str__(self):
        return f"{self.kind} → {self.user_id}"

    @property
    def text(self) -> str:
        """The message in the active language, with its parameters."""
        from django.utils.translation import gettext

        try:
            return gettext(self.message) % self.params
        except (KeyError, TypeError, ValueError):
            return gettext(self.message)
