"""Follow-up surveys 3 and 6 months after a cohort: once each, one reminder,
in the alumnus's language, through the notification log."""

import datetime

import pytest
from django.core import mail

from fellowship.cohorts.choices import MembershipStatus
from fellowship.cohorts.services import membership_create, membership_transition
from fellowship.evaluation import tasks
from fellowship.evaluation.choices import ItemKind, SurveyKind
from fellowship.evaluation.models import Survey, SurveyItem
from fellowship.evaluation.services import (
    REMINDER_AFTER_DAYS,
    follow_ups_send_due,
    months_before,
    survey_submit,
)

TODAY = datetime.date(2027, 5, 20)


@pytest.fixture
def follow_up_survey(db):
    survey = Survey.objects.create(kind=SurveyKind.FOLLOW_UP, title_en="Follow-up")
    SurveyItem.objects.create(
        survey=survey, key="applied", kind=ItemKind.YES_NO, text_en="Applied?"
    )
    SurveyItem.objects.create(
        survey=survey,
        key="story",
        kind=ItemKind.TEXT,
        text_en="Your story",
        required=False,
    )
    return survey


@pytest.fixture
def ended(make_cohort, make_fellow):
    """A cohort whose online phase ended three months before TODAY, with an
    English, a French and a withdrawn alumnus."""
    ended_on = months_before(TODAY, 3)
    cohort = make_cohort(
        name="Cohort Ended",
        online_starts_on=ended_on - datetime.timedelta(days=60),
        online_ends_on=ended_on,
    )
    english = make_fellow(language="en")
    french = make_fellow(language="fr")
    gone = make_fellow()
    for user in (english, french, gone):
        membership_create(cohort=cohort, user=user)
    membership_transition(
        membership=cohort.memberships.get(user=gone),
        to_status=MembershipStatus.WITHDRAWN,
    )
    return cohort, english, french, gone


def _to(user):
    return [m for m in mail.outbox if user.email in m.to]


def test_follow_up_goes_once_to_each_alumnus_in_their_language(follow_up_survey, ended):
    cohort, english, french, gone = ended
    mail.outbox.clear()
    assert follow_ups_send_due(today=TODAY) == 2
    assert follow_ups_send_due(today=TODAY) == 0
    (to_english,) = _to(english)
    (to_french,) = _to(french)
    assert not _to(gone)
    assert f"/en/evaluation/cohorts/{cohort.pk}/follow-up/3/" in to_english.body
    assert f"/fr/evaluation/cohorts/{cohort.pk}/follow-up/3/" in to_french.body
    assert "3 months" in to_english.subject
    assert "3 mois" in to_french.subject


def test_a_missed_day_is_caught_up_once(follow_up_survey, ended):
    mail.outbox.clear()
    assert follow_ups_send_due(today=TODAY + datetime.timedelta(days=3)) == 2
    assert follow_ups_send_due(today=TODAY + datetime.timedelta(days=4)) == 0


def test_one_reminder_to_those_who_have_not_answered(follow_up_survey, ended):
    cohort, english, french, _gone = ended
    follow_ups_send_due(today=TODAY)
    survey_submit(
        survey=follow_up_survey,
        respondent=english,
        cohort=cohort,
        follow_up_months=3,
        answers={"applied": "1"},
    )
    mail.outbox.clear()
    later = TODAY + datetime.timedelta(days=REMINDER_AFTER_DAYS)
    assert follow_ups_send_due(today=later) == 1
    assert follow_ups_send_due(today=later) == 0
    (reminder,) = _to(french)
    # In the alumnus's language (French here).
    assert reminder.subject.startswith("Rappel")
    assert not _to(english)


def test_six_months_on_another_survey_goes_out(follow_up_survey, ended):
    _cohort, english, french, _gone = ended
    follow_ups_send_due(today=TODAY)
    mail.outbox.clear()
    six = months_before(TODAY, -3)  # three months later: six after the end
    assert follow_ups_send_due(today=six) == 2
    ((to_english,), (to_french,)) = _to(english), _to(french)
    assert "6 months" in to_english.subject
    assert "6 mois" in to_french.subject


def test_nothing_goes_out_without_an_active_survey(ended):
    mail.outbox.clear()
    assert follow_ups_send_due(today=TODAY) == 0
    assert not mail.outbox


def test_the_beat_task_calls_the_service(follow_up_survey):
    assert tasks.send_follow_ups.delay().get() == 0
