"""Writes for cohorts: the app's public surface for changing things."""

from .focal_points import focal_point_assign, focal_point_end
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
from .staff import cohort_creator_add

__all__ = [
    "application_decide",
    "application_score",
    "application_status_notify",
    "application_submit",
    "application_withdraw",
    "attendance_record",
    "cohort_creator_add",
    "digests_send_managers",
    "focal_point_assign",
    "focal_point_end",
    "membership_create",
    "membership_transition",
    "nomination_create",
    "nomination_withdraw",
    "notification_send",
    "nudges_send_inactive",
    "preferences_token",
    "preferences_update",
    "preferences_url",
    "preferences_user_id",
    "reminders_send_due",
]
