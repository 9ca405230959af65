"""Knowledge gain on a hand-made cohort, against figures worked out by hand.

Course A has two objectives, each worth 2 points in either test (so the
course is out of 4). Scores (pre -> post), with each fellow's declared
profile:

    fellow  gender  country        groupings   agency   obj 1    obj 2
    F1      woman   Ghana (GH)     -           police   1 -> 2   0 -> 1
    F2      man     Fiji (FJ)      SIDS        customs  0 -> 1   1 -> 1
    F3      woman   Nepal (NP)     LDC, LLDC   justice  2 -> 2   1 -> 2
    F4      man     Ghana (GH)     -           police   1 -> -   2 -> -   pre only
    F5      woman   Ghana (GH)     -           police   - -> 2   - -> 2   post only

Course level (sums over objectives, out of 4), paired fellows F1-F3:

    F1  pre 1/4 = .25  post 3/4 = .75  gain .50  normalised .50/.75 = 2/3
    F2  pre 1/4 = .25  post 2/4 = .50  gain .25  normalised .25/.75 = 1/3
    F3  pre 3/4 = .75  post 4/4 = 1.0  gain .25  normalised .25/.25 = 1
    mean pre 5/12, mean post 3/4, mean gain 1/3, mean normalised 2/3; 3 paired;
    F4 pre only, F5 post only: not paired.

Objective 1: F1 .5 -> 1 (gain .5, normalised 1), F2 0 -> .5 (.5, .5),
F3 1 -> 1 (0, none: no room to gain). Mean gain 1/3; mean normalised
(1 + .5) / 2 = .75 over 2 fellows.
Objective 2: F1 0 -> .5 (.5, .5), F2 .5 -> .5 (0, 0), F3 .5 -> 1 (.5, 1).
Mean gain 1/3; mean normalised .5 over 3.

Course level by gender: women F1, F3: gain (.5 + .25) / 2 = .375, normalised
(2/3 + 1) / 2 = 5/6; men F2 only (F4 unpaired): gain .25, normalised 1/3.
By grouping: SIDS F2 (.25); LDC F3 and LLDC F3 (.25, 1); none F1 (.5, 2/3).
By region: African F1 (.5); Asia-Pacific F2, F3 (gain .25, normalised 2/3).
"""

from decimal import Decimal

import pytest

from fellowship.cohorts.services import membership_create
from fellowship.evaluation import selectors
from fellowship.evaluation.choices import Phase
from fellowship.evaluation.gain import Pair
from fellowship.evaluation.services import objective_scores_record

D = Decimal
TWO = D(2)

PROFILES = {
    "F1": ("GH", "woman", "police", (1, 0), (2, 1)),
    "F2": ("FJ", "man", "customs_border", (0, 1), (1, 1)),
    "F3": ("NP", "woman", "justice", (2, 1), (2, 2)),
    "F4": ("GH", "man", "police", (1, 2), None),
    "F5": ("GH", "woman", "police", None, (2, 2)),
}


@pytest.fixture
def hand_made(make_cohort, make_fellow, course, objectives, plan):
    cohort = make_cohort(name="Cohort Hand")
    fellows = {}
    for name, (country, gender, agency, pre, post) in PROFILES.items():
        user = make_fellow(country=country, gender=gender, agency_type=agency)
        membership_create(cohort=cohort, user=user)
        for phase, scores in ((Phase.PRE, pre), (Phase.POST, post)):
            if scores is None:
                continue
            objective_scores_record(
                user=user,
                course=course,
                phase=phase,
                scores={
                    o.key: (D(score), TWO)
                    for o, score in zip(objectives, scores, strict=True)
                },
            )
        fellows[name] = user
    return cohort, fellows


def _row(breakdown, label):
    return next(row for row in breakdown.rows if row.label == label)


def _breakdown(breakdowns, name):
    return next(b for b in breakdowns if b.name == name)


def test_course_gain_matches_hand_figures(hand_made):
    cohort, _fellows = hand_made
    (gain,) = selectors.course_gains(cohorts=[cohort])
    figure = gain.figure
    assert figure.paired == 3
    assert (gain.pre_only, gain.post_only) == (1, 1)
    assert figure.mean_pre == pytest.approx(5 / 12)
    assert figure.mean_post == pytest.approx(3 / 4)
    assert figure.mean_gain == pytest.approx(1 / 3)
    assert figure.mean_normalised == pytest.approx(2 / 3)
    assert figure.normalised_count == 3
    (by_cohort,) = gain.by_cohort
    assert by_cohort.label == "Cohort Hand"
    assert by_cohort.figure == figure


def test_objective_gain_matches_hand_figures(hand_made):
    cohort, _fellows = hand_made
    (gain,) = selectors.course_gains(cohorts=[cohort])
    first, second = gain.objectives
    assert first.objective.text.startswith("Identify")
    assert first.figure.paired == 3
    assert first.figure.mean_gain == pytest.approx(1 / 3)
    assert first.figure.mean_normalised == pytest.approx(0.75)
    assert first.figure.normalised_count == 2  # F3 had no room to gain
    assert second.figure.mean_gain == pytest.approx(1 / 3)
    assert second.figure.mean_normalised == pytest.approx(0.5)
    assert second.figure.normalised_count == 3


def test_gain_breakdowns_match_hand_figures(hand_made):
    cohort, _fellows = hand_made
    (gain,) = selectors.course_gains(cohorts=[cohort])
    gender = _breakdown(gain.breakdowns, "gender")
    women, men = _row(gender, "Woman").figure, _row(gender, "Man").figure
    assert (women.paired, men.paired) == (2, 1)
    assert women.mean_gain == pytest.approx(0.375)
    assert women.mean_normalised == pytest.approx(5 / 6)
    assert men.mean_gain == pytest.approx(0.25)
    assert men.mean_normalised == pytest.approx(1 / 3)

    grouping = _breakdown(gain.breakdowns, "grouping")
    sids = _row(grouping, "Small island developing States (SIDS)").figure
    ldc = _row(grouping, "Least developed countries (LDC)").figure
    lldc = _row(grouping, "Landlocked developing countries (LLDC)").figure
    none = _row(grouping, "None of these").figure
    assert (sids.paired, sids.mean_gain) == (1, pytest.approx(0.25))
    assert (ldc.mean_gain, ldc.mean_normalised) == (
        pytest.approx(0.25),
        pytest.approx(1.0),
    )
    assert lldc == ldc  # Nepal is both
    assert (none.paired, none.mean_gain) == (1, pytest.approx(0.5))

    region = _breakdown(gain.breakdowns, "regional_group")
    asia = _row(region, "Asia-Pacific States").figure
    assert asia.paired == 2
    assert asia.mean_gain == pytest.approx(0.25)
    assert asia.mean_normalised == pytest.approx(2 / 3)
    assert _row(region, "African States").figure.mean_gain == pytest.approx(0.5)

    agency = _breakdown(gain.breakdowns, "agency_type")
    assert _row(agency, "Justice").figure.mean_normalised == pytest.approx(1.0)


def test_objective_breakdown_by_gender(hand_made):
    cohort, _fellows = hand_made
    (gain,) = selectors.course_gains(cohorts=[cohort])
    first = gain.objectives[0]
    women = _row(_breakdown(first.breakdowns, "gender"), "Woman").figure
    # F1 .5 -> 1 and F3 1 -> 1: gain (.5 + 0) / 2; normalised only F1's 1.
    assert women.mean_gain == pytest.approx(0.25)
    assert (women.mean_normalised, women.normalised_count) == (pytest.approx(1.0), 1)


def test_fellow_gain_is_their_own(hand_made, course, objectives):
    _cohort, fellows = hand_made
    rows = selectors.fellow_gain(user=fellows["F1"], course=course)
    assert [(r.pre, r.post) for r in rows] == [(0.5, 1.0), (0.0, 0.5)]
    assert rows[0].pair == Pair(pre=0.5, post=1.0)
    only_pre = selectors.fellow_gain(user=fellows["F4"], course=course)
    assert [r.pair for r in only_pre] == [None, None]
    assert [r.post for r in only_pre] == [None, None]


def test_first_scores_stay(hand_made, course, objectives):
    _cohort, fellows = hand_made
    again = objective_scores_record(
        user=fellows["F1"],
        course=course,
        phase=Phase.PRE,
        scores={o.key: (TWO, TWO) for o in objectives},
    )
    assert again == []
    rows = selectors.fellow_gain(user=fellows["F1"], course=course)
    assert rows[0].pre == 0.5


def test_score_out_of_range_is_refused_and_nothing_kept(
    make_fellow, course, objectives, plan
):
    from django.core.exceptions import ValidationError

    user = make_fellow()
    with pytest.raises(ValidationError):
        objective_scores_record(
            user=user,
            course=course,
            phase=Phase.PRE,
            scores={objectives[0].key: (D(3), TWO)},
        )
    assert selectors.fellow_gain(user=user, course=course) == []
