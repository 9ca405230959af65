"""National focal points put forward candidates of their own State, within a limit."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from fellowship.cohorts.models import Nomination
from fellowship.cohorts.services import (
    application_submit,
    nomination_create,
    nomination_withdraw,
)
from tests.cohorts.conftest import assign_state, pdf_upload


@pytest.fixture
def ghana_focal_point(focal_point):
    assign_state(focal_point, "GH")
    return focal_point


@pytest.fixture
def apply(make_cohort, make_call):
    call = make_call(make_cohort(), limit=2)

    def submit(user, country):
        return application_submit(
            call=call,
            applicant=user,
            motivation="M",
            letter=pdf_upload(),
            profile={"country": country, "gender": "man", "agency_type": "police"},
        )

    submit.call = call
    return submit


def test_nomination_limit_per_state_counts_endorsements_and_nominations(
    apply, make_fellow, ghana_focal_point
):
    first, second, third = (apply(make_fellow(), "GH") for _ in range(3))
    nomination_create(application=first, focal_point=ghana_focal_point, kind="endorsed")
    nomination_create(
        application=second, focal_point=ghana_focal_point, kind="nominated"
    )
    with pytest.raises(ValidationError) as error:
        nomination_create(application=third, focal_point=ghana_focal_point)
    assert error.value.code == "limit"
    assert Nomination.objects.count() == 2
    # Withdrawing one frees its place.
    nomination_withdraw(application=first, focal_point=ghana_focal_point)
    nomination_create(application=third, focal_point=ghana_focal_point)
    assert set(Nomination.objects.values_list("application_id", flat=True)) == {
        second.pk,
        third.pk,
    }


def test_nomination_again_changes_the_kind_without_using_another_place(
    apply, make_fellow, ghana_focal_point
):
    application = apply(make_fellow(), "GH")
    nomination_create(
        application=application, focal_point=ghana_focal_point, kind="endorsed"
    )
    nomination_create(
        application=application, focal_point=ghana_focal_point, kind="nominated"
    )
    assert Nomination.objects.get().kind == "nominated"


def test_focal_point_cannot_nominate_another_states_candidate(
    apply, make_fellow, ghana_focal_point
):
    kenyan = apply(make_fellow(), "KE")
    with pytest.raises(PermissionDenied):
        nomination_create(application=kenyan, focal_point=ghana_focal_point)
    assert not Nomination.objects.exists()


def test_only_focal_points_nominate(apply, make_fellow):
    ghanaian = apply(make_fellow(), "GH")
    other_fellow = make_fellow(country="GH")
    with pytest.raises(PermissionDenied):
        nomination_create(application=ghanaian, focal_point=other_fellow)
