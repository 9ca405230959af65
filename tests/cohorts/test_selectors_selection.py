"""Selection indicators and weighted scores on a known set of applications."""

import pytest

from fellowship.cohorts.models import Application, RubricCriterion
from fellowship.cohorts.selectors import (
    call_applications,
    selection_indicators,
    weighted_percent,
)
from fellowship.cohorts.services import (
    application_decide,
    application_score,
    application_submit,
)
from tests.cohorts.conftest import pdf_upload

# country, gender, agency, decision
CANDIDATES = [
    ("HT", "woman", "police", "accepted"),  # LDC and SIDS; Latin America
    ("NP", "man", "armed_forces", "accepted"),  # LDC and LLDC; Asia-Pacific
    ("FJ", "woman", "customs_border", "accepted"),  # SIDS; Asia-Pacific
    ("GH", "woman", "justice", "accepted"),  # African
    ("FR", "man", "police", "waitlisted"),
    ("BO", "man", "police", "rejected"),
    ("KE", "", "police", None),  # still submitted
]


@pytest.fixture
def selection(make_cohort, make_call, make_fellow, manager):
    call = make_call(make_cohort(managers=[manager]))
    for country, gender, agency, decision in CANDIDATES:
        application = application_submit(
            call=call,
            applicant=make_fellow(
                country=country, gender=gender or "woman", agency_type=agency
            ),
            motivation="M",
            letter=pdf_upload(),
            profile={"country": country, "gender": gender, "agency_type": agency},
        )
        if decision:
            application_decide(
                application=application, decision=decision, actor=manager
            )
    return call


def test_selection_indicators_show_the_balance_of_the_accepted(selection):
    indicators = selection_indicators(call=selection)
    assert indicators.accepted == 4
    assert indicators.candidates == 7
    assert indicators.waitlisted == 1
    assert indicators.countries == 4
    assert indicators.applicant_countries == 7
    tables = {
        b.title: {row.key: (row.accepted, row.accepted_percent) for row in b.rows}
        for b in indicators.breakdowns
    }
    assert tables["Gender"]["woman"] == (3, 75)
    assert tables["Gender"]["man"] == (1, 25)
    assert tables["UN regional group"]["asia_pacific"] == (2, 50)
    assert tables["UN regional group"]["african"] == (1, 25)
    assert tables["UN regional group"]["latin_american_caribbean"] == (1, 25)
    assert tables["UN regional group"]["western_european_others"] == (0, 0)
    assert tables["Agency type"]["police"] == (1, 25)
    special = tables["Countries in special situations"]
    assert special == {"ldc": (2, 50), "lldc": (1, 25), "sids": (2, 50)}
    # Beside them, the whole pool of candidates (not withdrawn).
    pool = {
        b.title: {row.key: (row.candidates, row.candidates_percent) for row in b.rows}
        for b in indicators.breakdowns
    }
    assert pool["Countries in special situations"] == {
        "ldc": (2, 29),
        "lldc": (2, 29),
        "sids": (2, 29),
    }
    assert pool["Agency type"]["police"] == (4, 57)


def test_weighted_score_averages_reviewers_by_criterion_weight(
    selection, manager, site_admin
):
    relevance = RubricCriterion.objects.create(
        call=selection, name="Relevance", weight=3
    )
    plan = RubricCriterion.objects.create(call=selection, name="Plan", weight=1)
    application = Application.objects.filter(call=selection, status="submitted").get()
    application_score(
        application=application, reviewer=manager, scores={relevance.pk: 5, plan.pk: 1}
    )
    application_score(
        application=application,
        reviewer=site_admin,
        scores={relevance.pk: 3, plan.pk: 3},
    )
    scored = call_applications(call=selection).get(pk=application.pk)
    # (5*3 + 1*1 + 3*3 + 3*1) / (5 * (3 + 1 + 3 + 1)) = 28 / 40 = 70%
    assert weighted_percent(scored) == 70
    assert scored.reviewers == 2
    unscored = call_applications(call=selection).exclude(pk=application.pk).first()
    assert weighted_percent(unscored) is None


def test_scores_outside_the_scale_are_refused(selection, manager):
    from django.core.exceptions import ValidationError

    criterion = RubricCriterion.objects.create(
        call=selection, name="Relevance", weight=1
    )
    application = Application.objects.filter(call=selection).first()
    with pytest.raises(ValidationError):
        application_score(
            application=application, reviewer=manager, scores={criterion.pk: 6}
        )
    assert not application.scores.exists()
