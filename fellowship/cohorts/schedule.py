"""The programme's Celery beat schedule, merged into settings.CELERY_BEAT_SCHEDULE.

Times are UTC (CELERY_TIMEZONE). Running an entry twice sends nothing twice
(see services/notifications.py), so overlapping beats or a restarted worker
are harmless.
"""

from celery.schedules import crontab

BEAT_SCHEDULE: dict[str, dict] = {
    "cohorts-due-reminders": {
        "task": "fellowship.cohorts.tasks.send_due_reminders",
        "schedule": crontab(hour=6, minute=0),
    },
    "cohorts-inactivity-nudges": {
        "task": "fellowship.cohorts.tasks.send_inactivity_nudges",
        "schedule": crontab(hour=7, minute=0),
    },
    "cohorts-manager-digest": {
        "task": "fellowship.cohorts.tasks.send_manager_digests",
        "schedule": crontab(hour=6, minute=30, day_of_week="mon"),
    },
}
