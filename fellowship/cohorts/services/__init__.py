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
from .messages import fellow_message_deliver, fellows_message
from .notifications import (
    PREFERENCE_FIELDS,
    PREFERENCES_LINK_DAYS,
    application_status_notify,
    digests_send_managers,
    notification_send,
    nudges_send_inactive,
    preferences_token,
    preferences_token_owner,
    preferences_tokens_revoke,
    preferences_update,
    preferences_url,
    reminders_send_due,
)
from .selection import decision_draft, decision_undo, decisions_publish
from .staff import cohort_creator_add

__all__ = [
    "PREFERENCES_LINK_DAYS",
    "application_decide",
    "application_score",
    "application_status_notify",
    "application_submit",
    "application_withdraw",
    "attendance_record",
    "decision_draft",
    "decision_undo",
    "decisions_publish",
    "digests_send_managers",
    "fellow_message_deliver",
    "fellows_message",
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
    "preferences_token_owner",
    "preferences_tokens_revoke",
    "PREFERENCE_FIELDS",
    "preferences_update",
    "preferences_url",
    "reminders_send_due",
]
