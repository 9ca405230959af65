import pytest
from django.core.exceptions import ValidationError

from courses.models import Enrolment
from fellowship.cohorts.choices import MembershipStatus
from fellowship.cohorts.models import MembershipEvent
from fellowship.cohorts.services import membership_create, membership_transition


def test_membership_create_enrols_in_the_cohorts_courses_with_its_due_dates(
    make_cohort, make_fellow, curriculum
):
    cohort = make_cohort()
    fellow = make_fellow()
    membership = membership_create(cohort=cohort, user=fellow)
    enrolments = {e.course_id: e for e in Enrolment.objects.filter(user=fellow)}
    assert set(enrolments) == {curriculum["a"].pk, curriculum["b"].pk}
    for cohort_course in cohort.cohort_courses.all():
        enrolment = enrolments[cohort_course.course_id]
        assert enrolment.due_date == cohort_course.due_date
        assert enrolment.source == "cohort"
    assert membership.country == "GH" and membership.regional_group == "african"
    assert list(membership.events.values_list("from_status", "to_status")) == [
        ("", "active")
    ]


def test_membership_withdrawal_and_deferral_keep_history(make_cohort, make_fellow):
    cohort = make_cohort()
    later = make_cohort(name="Cohort Later")
    fellow = make_fellow()
    membership = membership_create(cohort=cohort, user=fellow)

    membership_transition(
        membership=membership, to_status=MembershipStatus.DEFERRED, to_cohort=later
    )
    assert set(
        Enrolment.objects.filter(user=fellow).values_list("status", flat=True)
    ) == {"active"}
    assert later.memberships.get(user=fellow).status == MembershipStatus.ACTIVE

    membership_transition(membership=membership, to_status=MembershipStatus.WITHDRAWN)
    membership_transition(membership=membership, to_status=MembershipStatus.ACTIVE)
    history = list(
        MembershipEvent.objects.filter(membership=membership).values_list(
            "from_status", "to_status"
        )
    )
    assert history == [
        ("", "active"),
        ("active", "deferred"),
        ("deferred", "withdrawn"),
        ("withdrawn", "active"),
    ]


def test_membership_withdrawal_withdraws_the_cohorts_enrolments(
    make_cohort, make_fellow
):
    cohort = make_cohort()
    fellow = make_fellow()
    membership = membership_create(cohort=cohort, user=fellow)
    membership_transition(membership=membership, to_status=MembershipStatus.WITHDRAWN)
    assert set(
        Enrolment.objects.filter(user=fellow).values_list("status", flat=True)
    ) == {"withdrawn"}


def test_membership_completed_is_final(make_cohort, make_fellow):
    membership = membership_create(cohort=make_cohort(), user=make_fellow())
    membership_transition(membership=membership, to_status=MembershipStatus.COMPLETED)
    with pytest.raises(ValidationError):
        membership_transition(membership=membership, to_status=MembershipStatus.ACTIVE)
    assert MembershipEvent.objects.filter(membership=membership).count() == 2
