"""Reaction means and follow-up rates, against figures worked out by hand.

A cohort that ended seven months ago with four alumni (a fifth withdrew):

- course survey, relevance: 5, 4 and 3 -> mean 4 over 3 answers;
- 3-month follow-up: 3 responses of 4 alumni (75%); "applied": yes, yes,
  no -> 2 of 3 (66.7%); one story, quoted with consent, one without;
- 6-month follow-up: 1 response of 4 (25%), yes -> 100%.

A cohort that ended a month ago counts for neither follow-up.
"""

import datetime

import pytest

from fellowship.cohorts.choices import MembershipStatus
from fellowship.cohorts.services import membership_create, membership_transition
from fellowship.evaluation.choices import ItemKind, SurveyKind
from fellowship.evaluation.models import Survey, SurveyItem
from fellowship.evaluation.selectors import follow_up_figures, reaction_figures
from fellowship.evaluation.services import months_before, survey_submit

TODAY = datetime.date(2027, 9, 15)


@pytest.fixture
def surveys(db):
    course_end = Survey.objects.create(kind=SurveyKind.COURSE_END, title_en="End")
    SurveyItem.objects.create(
        survey=course_end, key="relevance", kind=ItemKind.LIKERT, text_en="Relevant"
    )
    follow_up = Survey.objects.create(kind=SurveyKind.FOLLOW_UP, title_en="Later")
    SurveyItem.objects.create(
        survey=follow_up, key="applied", kind=ItemKind.YES_NO, text_en="Applied?"
    )
    SurveyItem.objects.create(
        survey=follow_up,
        key="story",
        kind=ItemKind.TEXT,
        text_en="Story",
        required=False,
    )
    return course_end, follow_up


@pytest.fixture
def alumni(make_cohort, make_fellow):
    ended = months_before(TODAY, 7)
    cohort = make_cohort(
        name="Cohort Seven",
        online_starts_on=ended - datetime.timedelta(days=60),
        online_ends_on=ended,
    )
    people = [make_fellow() for _ in range(5)]
    for person in people:
        membership_create(cohort=cohort, user=person)
    membership_transition(
        membership=cohort.memberships.get(user=people[4]),
        to_status=MembershipStatus.WITHDRAWN,
    )
    recent = make_cohort(
        name="Cohort Recent",
        online_starts_on=TODAY - datetime.timedelta(days=90),
        online_ends_on=TODAY - datetime.timedelta(days=30),
    )
    membership_create(cohort=recent, user=make_fellow())
    return cohort, recent, people[:4]


def test_reaction_and_follow_up_figures(surveys, alumni, curriculum):
    course_end, follow_up = surveys
    cohort, recent, people = alumni
    for person, value in zip(people, (5, 4, 3), strict=False):
        survey_submit(
            survey=course_end,
            respondent=person,
            cohort=cohort,
            course=curriculum["a"],
            answers={"relevance": value},
        )
    for person, applied, story, consent in (
        (people[0], 1, "We traced 40 weapons.", True),
        (people[1], 1, "Private story", False),
        (people[2], 0, "", False),
    ):
        survey_submit(
            survey=follow_up,
            respondent=person,
            cohort=cohort,
            follow_up_months=3,
            answers={"applied": applied, "story": story},
            consent_to_quote=consent,
        )
    survey_submit(
        survey=follow_up,
        respondent=people[0],
        cohort=cohort,
        follow_up_months=6,
        answers={"applied": 1},
    )

    end, in_person = reaction_figures(cohort_ids=[cohort.pk, recent.pk])
    (relevance,) = end.items
    assert (end.responses, relevance.answers, relevance.mean) == (3, 3, 4.0)
    assert relevance.counts == {5: 1, 4: 1, 3: 1}
    assert in_person.responses == 0

    figures, stories = follow_up_figures(cohort_ids=[cohort.pk, recent.pk], today=TODAY)
    three, six = figures
    assert (three.months, three.alumni, three.responses) == (3, 4, 3)
    assert three.response_rate == pytest.approx(0.75)
    assert (three.applied, three.applied_answers) == (2, 3)
    assert three.application_rate == pytest.approx(2 / 3)
    assert (six.alumni, six.responses, six.response_rate) == (4, 1, 0.25)
    assert six.application_rate == 1.0
    assert [s.text for s in stories] == ["We traced 40 weapons."]
