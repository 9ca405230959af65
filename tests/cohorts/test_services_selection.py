"""Draft decisions, and their publication once the call has closed."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from fellowship.cohorts.models import (
    Application,
    Call,
    Membership,
    SelectionPublication,
)
from fellowship.cohorts.services import (
    application_submit,
    decision_draft,
    decision_undo,
    decisions_publish,
)
from tests.cohorts.conftest import pdf_upload
from tests.factories import user_with_role


@pytest.fixture
def call(make_cohort, make_call, manager):
    return make_call(make_cohort(name="Cohort S", managers=[manager], capacity=2))


@pytest.fixture
def apply(call, make_fellow):
    def make(country="GH", language="en"):
        return application_submit(
            call=call,
            applicant=make_fellow(country=country, language=language),
            motivation="Registry work.",
            letter=pdf_upload(),
            profile={"country": country},
        )

    return make


def close(call):
    Call.objects.filter(pk=call.pk).update(
        opens_at=timezone.now() - datetime.timedelta(days=5),
        closes_at=timezone.now() - datetime.timedelta(minutes=1),
    )
    call.refresh_from_db()


def test_decision_draft_changes_nothing_the_candidate_sees(
    call, apply, manager, django_capture_on_commit_callbacks
):
    application = apply()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        decision_draft(application=application, decision="accepted", actor=manager)
    application.refresh_from_db()
    assert application.status == "submitted"
    assert application.draft_decision == "accepted"
    assert application.drafted_by == manager
    assert not Membership.objects.exists()
    assert mail.outbox == []


def test_decision_undo_clears_the_draft(call, apply, manager):
    application = apply()
    decision_draft(application=application, decision="rejected", actor=manager)
    decision_undo(application=application, actor=manager)
    application.refresh_from_db()
    assert (application.draft_decision, application.drafted_at) == ("", None)


def test_decision_undo_without_a_draft_is_refused(call, apply, manager):
    with pytest.raises(ValidationError):
        decision_undo(application=apply(), actor=manager)


def test_decision_draft_is_refused_to_a_manager_of_another_cohort(
    call, apply, make_cohort
):
    outsider = user_with_role("Programme manager")
    make_cohort(name="Elsewhere", managers=[outsider])
    application = apply()
    with pytest.raises(PermissionDenied):
        decision_draft(application=application, decision="accepted", actor=outsider)
    application.refresh_from_db()
    assert application.draft_decision == ""


def test_decision_draft_refuses_an_unknown_decision(call, apply, manager):
    application = apply()
    with pytest.raises(ValidationError):
        decision_draft(application=application, decision="maybe", actor=manager)
    application.refresh_from_db()
    assert application.draft_decision == ""


def test_decision_draft_counts_draft_acceptances_against_capacity(call, apply, manager):
    first, second, third = apply(), apply(), apply()
    decision_draft(application=first, decision="accepted", actor=manager)
    decision_draft(application=second, decision="accepted", actor=manager)
    with pytest.raises(ValidationError, match="full"):
        decision_draft(application=third, decision="accepted", actor=manager)
    decision_draft(application=third, decision="waitlisted", actor=manager)


def test_decisions_publish_is_refused_while_the_call_is_open(call, apply, manager):
    application = apply()
    decision_draft(application=application, decision="accepted", actor=manager)
    with pytest.raises(ValidationError, match="after the call closes"):
        decisions_publish(call=call, actor=manager)
    application.refresh_from_db()
    assert (application.status, application.draft_decision) == (
        "submitted",
        "accepted",
    )
    assert not SelectionPublication.objects.exists()


def test_decisions_publish_applies_every_draft_and_mails_each_once(
    call, apply, manager, django_capture_on_commit_callbacks
):
    accepted, rejected, untouched = apply(), apply(), apply()
    decision_draft(application=accepted, decision="accepted", actor=manager)
    decision_draft(application=rejected, decision="rejected", actor=manager)
    close(call)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publication = decisions_publish(call=call, actor=manager)
    statuses = dict(Application.objects.values_list("pk", "status"))
    assert statuses == {
        accepted.pk: "accepted",
        rejected.pk: "rejected",
        untouched.pk: "submitted",
    }
    assert not Application.objects.exclude(draft_decision="").exists()
    assert Membership.objects.get().user == accepted.applicant
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [accepted.applicant.email, rejected.applicant.email]
    )
    assert (publication.accepted, publication.rejected, publication.waitlisted) == (
        1,
        1,
        0,
    )
    assert publication.published_by == manager
    # Publishing again sends nothing more.
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(ValidationError, match="no draft"):
            decisions_publish(call=call, actor=manager)
    assert len(mail.outbox) == 2
    assert SelectionPublication.objects.count() == 1


def test_decisions_publish_is_refused_to_a_manager_of_another_cohort(
    call, apply, manager, make_cohort
):
    outsider = user_with_role("Programme manager")
    make_cohort(name="Elsewhere", managers=[outsider])
    decision_draft(application=apply(), decision="accepted", actor=manager)
    close(call)
    with pytest.raises(PermissionDenied):
        decisions_publish(call=call, actor=outsider)
    assert not Membership.objects.exists()
