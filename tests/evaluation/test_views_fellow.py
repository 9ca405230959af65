"""What a fellow sees: their own gain, and the surveys they answer."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from fellowship.cohorts.services import membership_create
from fellowship.evaluation.choices import ItemKind, Phase, SurveyKind
from fellowship.evaluation.models import Survey, SurveyItem, SurveyResponse
from fellowship.evaluation.services import months_before, objective_scores_record


@pytest.fixture
def course_end_survey(db):
    survey = Survey.objects.create(
        kind=SurveyKind.COURSE_END, title_en="Course evaluation", title_fr="Évaluation"
    )
    SurveyItem.objects.create(
        survey=survey,
        key="relevance",
        kind=ItemKind.LIKERT,
        text_en="The course was relevant to my work",
        text_fr="Le cours était utile à mon travail",
    )
    SurveyItem.objects.create(
        survey=survey,
        key="change",
        kind=ItemKind.TEXT,
        text_en="What would you change?",
        required=False,
    )
    return survey


@pytest.fixture
def cohort(make_cohort):
    return make_cohort(name="Cohort Fellows")


@pytest.fixture
def member(cohort, make_fellow):
    user = make_fellow()
    membership_create(cohort=cohort, user=user)
    return user


def _survey_url(cohort, course, language="en"):
    from django.utils import translation

    with translation.override(language):
        return reverse(
            "evaluation:course_survey",
            kwargs={"cohort_id": cohort.pk, "course_id": course.pk},
        )


def test_fellow_sees_their_own_gain(client, member, course, objectives, plan):
    for phase, values in ((Phase.PRE, (1, 0)), (Phase.POST, (2, 2))):
        objective_scores_record(
            user=member,
            course=course,
            phase=phase,
            scores={
                o.key: (Decimal(v), Decimal(2))
                for o, v in zip(objectives, values, strict=True)
            },
        )
    client.force_login(member)
    url = reverse("evaluation:my_gain", kwargs={"course_id": course.pk})
    response = client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Identify small arms and light weapons by their markings" in page
    # Objective 2: 0% -> 100%, a gain of 100 points; objective 1: 50 points.
    assert "<td>0</td>\n            <td>100</td>\n            <td>100</td>" in page
    assert "<td>50</td>\n            <td>100</td>\n            <td>50</td>" in page
    assert 'role="img"' in page


def test_gain_page_is_404_without_scores_and_for_strangers(
    client, member, make_fellow, course, plan
):
    url = reverse("evaluation:my_gain", kwargs={"course_id": course.pk})
    client.force_login(make_fellow())
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


def test_course_survey_answers_are_kept_once(
    client, member, cohort, course, course_end_survey
):
    client.force_login(member)
    url = _survey_url(cohort, course)
    page = client.get(url).content.decode()
    assert "The course was relevant to my work" in page
    assert "never linked to your grades" in page
    response = client.post(url, {"relevance": "4", "change": "More cases"})
    assert response.status_code == 302
    (saved,) = SurveyResponse.objects.filter(respondent=member)
    assert {a.item.key: (a.value, a.text) for a in saved.answers.all()} == {
        "relevance": (4, ""),
        "change": (None, "More cases"),
    }
    again = client.post(url, {"relevance": "1"}, follow=True)
    assert "already answered" in again.content.decode()
    assert saved.answers.get(item__key="relevance").value == 4


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Please answer this question."),
        ({"relevance": "9"}, "Choose one of the answers offered."),
        ({"relevance": "x"}, "Choose one of the answers offered."),
    ],
)
def test_bad_survey_answers_change_nothing(
    client, member, cohort, course, course_end_survey, data, message
):
    client.force_login(member)
    response = client.post(_survey_url(cohort, course), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not SurveyResponse.objects.exists()


def test_survey_in_the_fellows_language(
    client, member, cohort, course, course_end_survey
):
    client.force_login(member)
    page = client.get(_survey_url(cohort, course, "fr")).content.decode()
    assert "Le cours était utile à mon travail" in page
    # Untranslated items fall back to English.
    assert "What would you change?" in page


def test_survey_refuses_non_members_and_other_courses(
    client, member, make_fellow, cohort, course, curriculum, course_end_survey
):
    client.force_login(make_fellow())
    assert client.get(_survey_url(cohort, course)).status_code == 404
    client.force_login(member)
    other = (
        curriculum["a"]
        .get_parent()
        .add_child(
            instance=type(course)(title="Course C", slug="course-c", summary="S")
        )
    )
    assert client.get(_survey_url(cohort, other)).status_code == 404


def test_follow_up_opens_only_after_the_months(client, make_cohort, make_fellow):
    survey = Survey.objects.create(kind=SurveyKind.FOLLOW_UP, title_en="Follow-up")
    SurveyItem.objects.create(
        survey=survey, key="applied", kind=ItemKind.YES_NO, text_en="Applied?"
    )
    from django.utils import timezone

    ended_on = months_before(timezone.localdate(), 4)
    cohort = make_cohort(
        name="Cohort Past",
        online_starts_on=ended_on - datetime.timedelta(days=30),
        online_ends_on=ended_on,
    )
    user = make_fellow()
    membership_create(cohort=cohort, user=user)
    client.force_login(user)

    def url(months):
        return reverse(
            "evaluation:follow_up", kwargs={"cohort_id": cohort.pk, "months": months}
        )

    assert client.get(url(6)).status_code == 404  # only four months on
    assert client.get(url(5)).status_code == 404  # not a follow-up moment
    response = client.post(
        url(3), {"applied": "1", "consent_to_quote": "on"}, follow=True
    )
    assert response.status_code == 200
    saved = SurveyResponse.objects.get(respondent=user)
    assert (saved.follow_up_months, saved.consent_to_quote) == (3, True)
