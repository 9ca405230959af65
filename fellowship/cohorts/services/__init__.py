"""Writes for cohorts: the app's public surface for changing things."""

from .intake import (
    application_decide,
    application_score,
    application_submit,
    application_withdraw,
    nomination_create,
    nomination_withdraw,
)
from .membership import attendance_record, membership_create, membership_transition
from .notifications import (
    PREFERENCE_FIELDS,
    application_status_notify,
    digests_send_managers,
    notification_send,
    nudges_send_inactive,
    preferences_token,
    preferences_update,
    preferences_url,
    preferences_user_id,
    reminders_send_due,
)

__all__ = [
    "application_decide",
    "application_score",
    "application_status_notify",
    "application_submit",
    "application_withdraw",
    "attendance_record",
    "digests_send_managers",
    "membership_create",
    "membership_transition",
    "nomination_create",
    "nomination_withdraw",
    "notification_send",
    "nudges_send_inactive",
    "preferences_token",
    "PREFERENCE_FIELDS",
    "preferences_update",
    "preferences_url",
    "preferences_user_id",
    "reminders_send_due",
]
