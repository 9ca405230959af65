"""Writes for selection: draft decisions, and their publication after the call.

A manager's decision on an application is a draft (`Application.draft_decision`)
that no candidate sees and no e-mail announces. After the call closes, a
manager publishes the call's drafts at once: each becomes the application's
status through `application_decide` (accepting makes a fellow; the status
e-mail goes out once, through the Notification log), the drafts are cleared
and a `SelectionPublication` row records who published what and when.
Publishing again finds no draft and sends nothing.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..choices import ApplicationStatus, Decision, MembershipStatus
from ..models import Application, Call, Membership, SelectionPublication
from ..selectors.access import cohorts_for_manager
from .intake import _require_manager, application_decide

DRAFTABLE = (ApplicationStatus.SUBMITTED, ApplicationStatus.WAITLISTED)


@transaction.atomic
def decision_draft(*, application: Application, decision: str, actor) -> Application:
    """Record (or change) a draft decision; the candidate is told nothing yet."""
    _require_manager(user=actor, application=application)
    if decision not in Decision.values:
        raise ValidationError(_("Choose accept, waitlist or reject."), code="decision")
    call = (
        Call.objects.select_for_update()
        .select_related("cohort")
        .get(pk=application.call_id)
    )
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.status not in DRAFTABLE:
        raise ValidationError(
            _("This application is already %(status)s.")
            % {"status": application.get_status_display().lower()},
            code="final",
        )
    if decision == Decision.ACCEPT and application.draft_decision != Decision.ACCEPT:
        taken = (
            Membership.objects.filter(cohort=call.cohort)
            .exclude(status=MembershipStatus.WITHDRAWN)
            .count()
        )
        drafted = Application.objects.filter(
            call=call, draft_decision=Decision.ACCEPT
        ).count()
        if taken + drafted >= call.cohort.capacity:
            raise ValidationError(
                ngettext(
                    "The cohort is full (%(capacity)s place, counting the draft "
                    "acceptances). Waitlist the candidate instead.",
                    "The cohort is full (%(capacity)s places, counting the draft "
                    "acceptances). Waitlist the candidate instead.",
                    call.cohort.capacity,
                )
                % {"capacity": call.cohort.capacity},
                code="capacity",
            )
    application.draft_decision = decision
    application.drafted_at = timezone.now()
    application.drafted_by = actor
    application.save(update_fields=["draft_decision", "drafted_at", "drafted_by"])
    return application


@transaction.atomic
def decision_undo(*, application: Application, actor) -> Application:
    """Withdraw a draft decision before it is published."""
    _require_manager(user=actor, application=application)
    application = Application.objects.select_for_update().get(pk=application.pk)
    if not application.draft_decision:
        raise ValidationError(_("There is no draft decision to undo."), code="no_draft")
    application.draft_decision = ""
    application.drafted_at = None
    application.drafted_by = None
    application.save(update_fields=["draft_decision", "drafted_at", "drafted_by"])
    return application


@transaction.atomic
def decisions_publish(*, call: Call, actor, now=None) -> SelectionPublication:
    """Publish every draft decision of a closed call; log the publication."""
    now = now or timezone.now()
    call = Call.objects.select_for_update().select_related("cohort").get(pk=call.pk)
    drafts = list(
        Application.objects.filter(call=call)
        .exclude(draft_decision="")
        .select_related("call")
        .order_by("drafted_at", "pk")
    )
    if not cohorts_for_manager(user=actor).filter(pk=call.cohort_id).exists():
        raise PermissionDenied
    if now < call.closes_at:
        raise ValidationError(
            _("Decisions are published after the call closes (%(closes)s).")
            % {
                "closes": date_format(
                    timezone.localtime(call.closes_at), "DATETIME_FORMAT"
                )
            },
            code="open",
        )
    if not drafts:
        raise ValidationError(
            _("There is no draft decision to publish."), code="nothing"
        )
    counts = {value: 0 for value in Decision.values}
    for application in drafts:
        decision = application.draft_decision
        application_decide(application=application, decision=decision, actor=actor)
        counts[decision] += 1
    Application.objects.filter(pk__in=[a.pk for a in drafts]).update(
        draft_decision="", drafted_at=None, drafted_by=None
    )
    return SelectionPublication.objects.create(
        call=call,
        published_by=actor,
        accepted=counts[Decision.ACCEPT],
        waitlisted=counts[Decision.WAITLIST],
        rejected=counts[Decision.REJECT],
    )
