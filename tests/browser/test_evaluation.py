"""Evaluation in a real browser: a fellow's gain page and a survey (English
and Arabic, right to left), and the outcome report in the admin; no serious
or critical axe-core violation on any of them."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from fellowship.cohorts.services import membership_create
from fellowship.evaluation.choices import ItemKind, Phase, SurveyKind
from fellowship.evaluation.models import Survey, SurveyItem
from fellowship.evaluation.services import objective_scores_record
from tests.evaluation import conftest as evaluation_fixtures
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)

curriculum = evaluation_fixtures.curriculum
make_cohort = evaluation_fixtures.make_cohort
make_fellow = evaluation_fixtures.make_fellow
today = evaluation_fixtures.today
course = evaluation_fixtures.course
objectives = evaluation_fixtures.objectives
plan = evaluation_fixtures.plan


@pytest.fixture
def scored(make_cohort, make_fellow, manager, course, objectives, plan):
    cohort = make_cohort(name="Cohort Browser", managers=[manager])
    survey = Survey.objects.create(
        kind=SurveyKind.COURSE_END,
        title_en="Course evaluation",
        title_ar="تقييم الدورة",
    )
    SurveyItem.objects.create(
        survey=survey,
        key="relevance",
        kind=ItemKind.LIKERT,
        text_en="The course was relevant to my work",
        text_ar="كانت الدورة مفيدة لعملي",
    )
    SurveyItem.objects.create(
        survey=survey,
        key="change",
        kind=ItemKind.TEXT,
        text_en="What would you change?",
        required=False,
    )
    fellow = make_fellow()
    membership_create(cohort=cohort, user=fellow)
    for phase, values in ((Phase.PRE, (1, 0)), (Phase.POST, (2, 1))):
        objective_scores_record(
            user=fellow,
            course=course,
            phase=phase,
            scores={
                o.key: (Decimal(v), Decimal(2))
                for o, v in zip(objectives, values, strict=True)
            },
        )
    return cohort, fellow


def test_fellow_gain_and_survey_pages_are_accessible(
    page, axe_audit, sign_in, scored, course
):
    cohort, fellow = scored
    sign_in(fellow, PASSWORD)
    page.goto(reverse("evaluation:my_gain", kwargs={"course_id": course.pk}))
    page.get_by_role("heading", name="What you learned in Course A").wait_for()
    assert page.get_by_role("img").count() == 1
    assert axe_audit(page) == []

    page.goto(
        reverse(
            "evaluation:course_survey",
            kwargs={"cohort_id": cohort.pk, "course_id": course.pk},
        )
    )
    page.get_by_role("button", name="Send my answers").click()
    page.get_by_role("alert").wait_for()
    assert axe_audit(page) == []
    page.get_by_role("group", name="The course was relevant to my work").get_by_label(
        "Agree", exact=True
    ).check()
    page.get_by_role("button", name="Send my answers").click()
    page.get_by_role("status").filter(
        has_text="your answers are saved"
    ).first.wait_for()

    with translation.override("ar"):
        url = reverse(
            "evaluation:course_survey",
            kwargs={"cohort_id": cohort.pk, "course_id": course.pk},
        )
    page.goto(url)
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert axe_audit(page) == []


def test_outcome_report_is_accessible(
    page, axe_audit, sign_in, scored, manager, settings
):
    settings.MFA_REQUIRED_FOR_ADMIN = False
    cohort, _fellow = scored
    sign_in(manager, PASSWORD)
    page.goto(reverse("outcomes:report", kwargs={"pk": cohort.cycle_id}))
    page.get_by_role("heading", name="Knowledge gain: Course A").wait_for()
    assert page.get_by_role("img").count() >= 2
    assert axe_audit(page) == []
