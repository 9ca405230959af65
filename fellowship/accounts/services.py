"""Writes for accounts: the app's public surface for other apps."""

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from fellowship import request_cache

from .choices import Gender, Role
from .models import FellowProfile, User, UserNotification
from .selectors import UNREAD_CACHE_SECONDS, unread_cache_key


@transaction.atomic
def user_register(*, user: User, full_name: str, preferred_language: str) -> User:
    """Finish a sign-up: name, language, profile and the fellow role."""
    user.full_name = full_name.strip()
    user.preferred_language = preferred_language
    user.save(update_fields=["full_name", "preferred_language"])
    FellowProfile.objects.get_or_create(user=user)
    user_assign_role(user=user, role=Role.FELLOW)
    return user


def user_assign_role(*, user: User, role: str) -> None:
    group, _created = Group.objects.get_or_create(name=str(role))
    user.groups.add(group)


@transaction.atomic
def fellow_profile_update(*, user: User, **fields) -> FellowProfile:
    """Update a person's profile; the regional group follows the country."""
    profile, _created = FellowProfile.objects.select_for_update().get_or_create(
        user=user
    )
    if fields.get("gender") != Gender.SELF_DESCRIBED:
        fields["gender_self_description"] = ""
    for name, value in fields.items():
        setattr(profile, name, value)
    profile.full_clean(exclude=["user"])
    profile.save()
    profile.refresh_from_db(fields=["regional_group"])
    return profile


@transaction.atomic
def user_update_account(*, user: User, full_name: str, preferred_language: str) -> User:
    user.full_name = full_name.strip()
    user.preferred_language = preferred_language
    user.full_clean(exclude=["password", "email"])
    user.save(update_fields=["full_name", "preferred_language"])
    return user


# Notifications in the site, and by e-mail where the person wants them.

EmailWanted = Callable[..., bool]
_email_preferences: dict[str, EmailWanted] = {}


def register_notification_email(kind: str, wanted: EmailWanted) -> None:
    """Let an app decide, by `wanted(*, user) -> bool`, whether notifications
    of `kind` also go out by e-mail (the app that keeps the preferences)."""
    _email_preferences[kind] = wanted


def notification_post(
    *,
    user: User,
    kind: str,
    message: str,
    params: dict | None = None,
    url: str = "",
    dedupe_key: str,
    email: bool = False,
) -> UserNotification | None:
    """Put a notification in a person's list, once per (kind, dedupe_key).

    `message` is an untranslated message id (mark it with gettext_noop) with
    %(name)s parameters; it is translated when shown. With `email`, the
    notification is also e-mailed after commit, in the person's language,
    unless the app registered for `kind` says the person does not want it.
    Returns the new notification, or None if it had been posted already.
    """
    notification, created = UserNotification.objects.get_or_create(
        user=user,
        kind=kind,
        dedupe_key=dedupe_key[:120],
        defaults={"message": message, "params": params or {}, "url": url},
    )
    if not created:
        return None
    _forget_unread_count(user.pk)
    wanted = _email_preferences.get(kind)
    if email and user.email and (wanted is None or wanted(user=user)):
        from .tasks import notification_email_task

        notification_id = notification.pk
        transaction.on_commit(lambda: notification_email_task.delay(notification_id))
    return notification


def notification_email(*, notification: UserNotification) -> None:
    """E-mail one notification to its person, in their language."""
    user = notification.user
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        text = notification.text
        body = render_to_string(
            "accounts/email/notification.txt",
            {
                "user": user,
                "text": text,
                "url": (settings.SITE_URL.rstrip("/") + notification.url)
                if notification.url.startswith("/")
                else notification.url,
            },
        )
        EmailMessage(subject=text[:200], body=body, to=[user.email]).send()


def notifications_mark_read(*, user: User) -> int:
    """Mark every unread notification of a person read; returns how many."""
    marked = UserNotification.objects.filter(user=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )
    _forget_unread_count(user.pk)
    return marked


def _forget_unread_count(user_id: int) -> None:
    cache.delete(unread_cache_key(user_id))
    request_cache.forget(unread_cache_key(user_id))
    # A transaction that posted may still be open: count again once it ends.
    transaction.on_commit(lambda: notifications_unread_count_refresh(user_id=user_id))


def notifications_unread_count_refresh(*, user_id: int) -> int:
    """Count a person's unread notifications into the cache the site's header
    reads, so that pages do not count them (at sign-in and after changes)."""
    count = UserNotification.objects.filter(
        user_id=user_id, read_at__isnull=True
    ).count()
    cache.set(unread_cache_key(user_id), count, timeout=UNREAD_CACHE_SECONDS)
    return count
