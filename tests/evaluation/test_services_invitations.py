"""Invitations to the course and in-person surveys, once each."""

import datetime

import pytest

from fellowship.accounts.models import UserNotification
from fellowship.cohorts.services import membership_create
from fellowship.evaluation.choices import SurveyKind
from fellowship.evaluation.models import Survey
from fellowship.evaluation.services import in_person_surveys_invite
from tests.cohorts.conftest import complete_lessons


def _invitations(user):
    return list(
        UserNotification.objects.filter(user=user, kind="evaluation_survey")
        .order_by("pk")
        .values_list("url", flat=True)
    )


def test_completing_a_course_invites_to_its_survey_once(
    make_cohort, make_fellow, curriculum
):
    Survey.objects.create(kind=SurveyKind.COURSE_END, title_en="Course end")
    cohort = make_cohort()
    user = make_fellow(language="fr")
    membership_create(cohort=cohort, user=user)
    course = curriculum["b"]
    complete_lessons(user, course, 1)
    assert _invitations(user) == []
    complete_lessons(user, course, 2)
    assert _invitations(user) == [
        f"/fr/evaluation/cohorts/{cohort.pk}/courses/{course.pk}/survey/"
    ]


def test_no_invitation_without_an_active_survey(make_cohort, make_fellow, curriculum):
    Survey.objects.create(kind=SurveyKind.COURSE_END, title_en="Old", is_active=False)
    cohort = make_cohort()
    user = make_fellow()
    membership_create(cohort=cohort, user=user)
    complete_lessons(user, curriculum["b"], 2)
    assert _invitations(user) == []


@pytest.fixture
def in_person(make_cohort, make_fellow, today):
    Survey.objects.create(kind=SurveyKind.IN_PERSON, title_en="In person")
    cohort = make_cohort(
        name="Cohort Met",
        online_starts_on=today - datetime.timedelta(days=90),
        online_ends_on=today - datetime.timedelta(days=30),
        in_person_starts_on=today - datetime.timedelta(days=5),
        in_person_ends_on=today - datetime.timedelta(days=1),
    )
    user = make_fellow()
    membership_create(cohort=cohort, user=user)
    return cohort, user


def test_in_person_survey_invitation_once(in_person, today):
    cohort, user = in_person
    assert in_person_surveys_invite(today=today) == 1
    assert in_person_surveys_invite(today=today) == 0
    assert _invitations(user) == [
        f"/en/evaluation/cohorts/{cohort.pk}/in-person/survey/"
    ]


def test_in_person_survey_page_for_members(client, in_person, make_fellow):
    cohort, user = in_person
    url = f"/en/evaluation/cohorts/{cohort.pk}/in-person/survey/"
    client.force_login(user)
    assert client.get(url).status_code == 200
    client.force_login(make_fellow())
    assert client.get(url).status_code == 404
