"""Writes for notifications: at-most-once e-mails in the recipient's language.

Every e-mail first inserts its row in the Notification log, whose unique
constraint on (user, kind, subject key, period) lets exactly one insert
succeed; only the sender whose insert succeeded sends. A retried task, a task
delivered twice, or two beat runs racing each other send nothing more. The
price: if sending fails after the insert, that one e-mail is lost (its row
keeps `sent_at` empty, for the record) rather than sent twice.
"""

import datetime
import hashlib
import secrets
from collections import defaultdict

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_noop

from fellowship.accounts.services import notification_post

from ..choices import (
    ApplicationStatus,
    CohortStatus,
    MembershipStatus,
    NotificationKind,
    StaffRole,
)
from ..models import (
    Application,
    CohortCourse,
    CohortStaff,
    Membership,
    Notification,
    NotificationPreference,
    PreferencesLink,
)
from ..progress import progress_rows
from ..selectors.dashboard import DashboardFilters, cohort_dashboard, fellow_is_inactive

# How long the link in an e-mail opens the preferences page. Each e-mail
# carries a fresh link, and reminders come weekly or more, so a fellow always
# has a working one; a link forwarded or leaked stops working on its own.
PREFERENCES_LINK_DAYS = 90


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


PREFERENCE_FIELDS = (
    "due_reminders",
    "inactivity_nudges",
    "manager_digest",
    "grades_released",
)


def grades_released_wanted(*, user) -> bool:
    """Whether a person wants the e-mail when their essays are graded."""
    preference = NotificationPreference.objects.filter(user=user).first()
    return preference is None or preference.grades_released


def preferences_token(*, user) -> str:
    """A new link token for `user`, valid PREFERENCES_LINK_DAYS days.

    Only its hash is stored; the token itself exists in the e-mail alone.
    The person's expired links are cleared on the way.
    """
    now = timezone.now()
    token = secrets.token_urlsafe(32)
    PreferencesLink.objects.filter(user=user, expires_at__lte=now).delete()
    PreferencesLink.objects.create(
        user=user,
        token_hash=_token_hash(token),
        created_at=now,
        expires_at=now + datetime.timedelta(days=PREFERENCES_LINK_DAYS),
    )
    return token


def preferences_token_owner(*, token: str):
    """The active person a link belongs to, or None if the token is unknown
    (forged, of an older format), expired or revoked."""
    if not token or len(token) > 100:
        return None
    link = (
        PreferencesLink.objects.select_related("user")
        .filter(
            token_hash=_token_hash(token),
            revoked_at__isnull=True,
            expires_at__gt=timezone.now(),
            user__is_active=True,
        )
        .first()
    )
    return link.user if link else None


def preferences_tokens_revoke(*, user) -> int:
    """Make every preferences link of `user` stop working; returns how many."""
    return PreferencesLink.objects.filter(
        user=user, revoked_at__isnull=True, expires_at__gt=timezone.now()
    ).update(revoked_at=timezone.now())


def preferences_url(*, user) -> str:
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        path = reverse(
            "cohorts:preferences", kwargs={"token": preferences_token(user=user)}
        )
    return settings.SITE_URL.rstrip("/") + path


@transaction.atomic
def preferences_update(*, user, **choices: bool) -> NotificationPreference:
    preference, _created = NotificationPreference.objects.get_or_create(user=user)
    for name in PREFERENCE_FIELDS:
        if name in choices:
            setattr(preference, name, bool(choices[name]))
    preference.save()
    return preference


def _preferences(user_ids) -> dict[int, NotificationPreference]:
    return {
        p.user_id: p
        for p in NotificationPreference.objects.filter(user_id__in=list(user_ids))
    }


def _wants(preferences: dict, user_id: int, name: str) -> bool:
    preference = preferences.get(user_id)
    return preference is None or getattr(preference, name)


def notification_send(
    *,
    user,
    kind: str,
    subject_key: str,
    period: str,
    template: str,
    context: dict,
    template_dir: str = "cohorts/email",
) -> bool:
    """Claim the (user, kind, subject, period) slot, then send. False if taken.

    Apps above cohorts (evaluation's follow-up surveys) send through here
    with their own `kind` and `template_dir`, so the same log keeps theirs
    at most once too."""
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                user=user, kind=kind, subject_key=subject_key, period=period
            )
    except IntegrityError:
        return False
    url = preferences_url(user=user)
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        full_context = {
            **context,
            "user": user,
            "preferences_url": url,
            "site_url": settings.SITE_URL.rstrip("/"),
        }
        subject = " ".join(
            render_to_string(
                f"{template_dir}/{template}_subject.txt", full_context
            ).split()
        )
        body = render_to_string(f"{template_dir}/{template}.txt", full_context)
    EmailMessage(
        subject=subject,
        body=body,
        to=[user.email],
        headers={"List-Unsubscribe": f"<{url}>"},
    ).send()
    Notification.objects.filter(pk=notification.pk).update(sent_at=timezone.now())
    return True


def application_status_notify(*, application: Application) -> bool:
    """Tell an applicant where their application stands (once per status)."""
    application = Application.objects.select_related("applicant", "call__cohort").get(
        pk=application.pk
    )
    _decision_post(application)
    return notification_send(
        user=application.applicant,
        kind=NotificationKind.APPLICATION_STATUS,
        subject_key=f"application:{application.pk}",
        period=application.status,
        template=f"application_{application.status}",
        context={
            "application": application,
            "cohort": application.call.cohort,
            "statuses": ApplicationStatus,
        },
    )


_DECISION_MESSAGES = {
    ApplicationStatus.ACCEPTED: gettext_noop(
        "You have been selected for “%(cohort)s”."
    ),
    ApplicationStatus.WAITLISTED: gettext_noop(
        "Your application to “%(cohort)s” is on the waiting list."
    ),
    ApplicationStatus.REJECTED: gettext_noop(
        "A decision on your application to “%(cohort)s” has been published."
    ),
}


def _decision_post(application: Application) -> None:
    """The decision in the applicant's notifications in the site (the e-mail
    is the status message itself)."""
    message = _DECISION_MESSAGES.get(application.status)
    if message is None:
        return
    user = application.applicant
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        url = reverse("cohorts:my_applications")
    notification_post(
        user=user,
        kind="application_decision",
        message=message,
        params={"cohort": application.call.cohort.name},
        url=url,
        dedupe_key=f"application:{application.pk}:{application.status}",
    )


def _running_memberships():
    return list(
        Membership.objects.filter(
            status=MembershipStatus.ACTIVE, cohort__status=CohortStatus.RUNNING
        ).select_related("user", "cohort")
    )


def reminders_send_due(*, today: datetime.date | None = None) -> int:
    """Remind fellows of courses due within the cohort's notice, and overdue.

    One e-mail per fellow, course and due date for each of the two kinds,
    however often this runs. Returns the number of e-mails sent.
    """
    today = today or timezone.localdate()
    memberships = _running_memberships()
    if not memberships:
        return 0
    courses_by_cohort = defaultdict(list)
    for cohort_course in CohortCourse.objects.filter(
        cohort_id__in={m.cohort_id for m in memberships}
    ).select_related("course"):
        courses_by_cohort[cohort_course.cohort_id].append(cohort_course)
    progress = progress_rows(
        user_ids={m.user_id for m in memberships},
        course_ids={cc.course_id for ccs in courses_by_cohort.values() for cc in ccs},
    )
    preferences = _preferences(m.user_id for m in memberships)
    sent = 0
    for membership in memberships:
        if not _wants(preferences, membership.user_id, "due_reminders"):
            continue
        for cohort_course in courses_by_cohort[membership.cohort_id]:
            row = progress.get((membership.user_id, cohort_course.course_id))
            if row is not None and row.completed_at is not None:
                continue
            days_left = (cohort_course.due_date - today).days
            if 0 <= days_left <= membership.cohort.reminder_days_before:
                kind = NotificationKind.DUE_SOON
            elif days_left < 0:
                kind = NotificationKind.OVERDUE
            else:
                continue
            sent += notification_send(
                user=membership.user,
                kind=kind,
                subject_key=f"cohortcourse:{cohort_course.pk}",
                period=cohort_course.due_date.isoformat(),
                template=str(kind),
                context={
                    "cohort": membership.cohort,
                    "cohort_course": cohort_course,
                    "course": cohort_course.course,
                    "percent": row.percent if row else 0,
                    "days_left": days_left,
                    "days_late": -days_left,
                },
            )
    return sent


def nudges_send_inactive(*, today: datetime.date | None = None) -> int:
    """Nudge fellows inactive for the cohort's number of days: once per spell.

    The period is the day of their last activity, so a fellow who comes back
    and drifts away again gets a new nudge, and one who stays away gets one.
    """
    today = today or timezone.localdate()
    memberships = _running_memberships()
    if not memberships:
        return 0
    course_ids = defaultdict(set)
    for cohort_id, course_id in CohortCourse.objects.filter(
        cohort_id__in={m.cohort_id for m in memberships}
    ).values_list("cohort_id", "course_id"):
        course_ids[cohort_id].add(course_id)
    progress = progress_rows(
        user_ids={m.user_id for m in memberships},
        course_ids=set().union(*course_ids.values()) if course_ids else set(),
    )
    preferences = _preferences(m.user_id for m in memberships)
    sent = 0
    for membership in memberships:
        if not _wants(preferences, membership.user_id, "inactivity_nudges"):
            continue
        rows = [
            progress[(membership.user_id, course_id)]
            for course_id in course_ids[membership.cohort_id]
            if (membership.user_id, course_id) in progress
        ]
        if rows and all(row.completed_at is not None for row in rows):
            continue
        activity = [row.last_activity_at for row in rows if row.last_activity_at]
        last = max(activity) if activity else None
        if not fellow_is_inactive(
            membership=membership,
            last_activity=last,
            cohort=membership.cohort,
            today=today,
        ):
            continue
        reference = timezone.localdate(last or membership.created_at)
        sent += notification_send(
            user=membership.user,
            kind=NotificationKind.INACTIVITY,
            subject_key=f"membership:{membership.pk}",
            period=reference.isoformat(),
            template="inactivity",
            context={
                "cohort": membership.cohort,
                "days": (today - reference).days,
                "last_activity": last,
            },
        )
    return sent


def digests_send_managers(*, today: datetime.date | None = None) -> int:
    """A weekly summary of each manager's running cohorts: once per ISO week."""
    today = today or timezone.localdate()
    year, week, _weekday = today.isocalendar()
    assignments = defaultdict(list)
    for staff in CohortStaff.objects.filter(
        role=StaffRole.MANAGER,
        cohort__status__in=[CohortStatus.INTAKE, CohortStatus.RUNNING],
    ).select_related("user", "cohort"):
        assignments[staff.user].append(staff.cohort)
    preferences = _preferences(user.pk for user in assignments)
    sent = 0
    for manager, cohorts in assignments.items():
        if not manager.is_active or not _wants(
            preferences, manager.pk, "manager_digest"
        ):
            continue
        with translation.override(manager.preferred_language or settings.LANGUAGE_CODE):
            summaries = [
                cohort_dashboard(cohort=cohort, filters=DashboardFilters(), today=today)
                for cohort in sorted(cohorts, key=lambda c: c.name)
            ]
        sent += notification_send(
            user=manager,
            kind=NotificationKind.MANAGER_DIGEST,
            subject_key="weekly",
            period=f"{year}-W{week:02d}",
            template="manager_digest",
            context={"dashboards": summaries, "today": today},
        )
    return sent
