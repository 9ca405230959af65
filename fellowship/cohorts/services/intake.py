"""Writes for intake: applications, nominations, scores and decisions."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from fellowship.accounts.services import fellow_profile_update

from ..choices import ApplicationStatus, Decision, MembershipStatus, NominationKind
from ..letters import letter_delete, letter_store, letter_validate
from ..models import (
    Application,
    ApplicationScore,
    Call,
    Membership,
    Nomination,
    RubricCriterion,
)
from ..models.intake import SCORE_MAX
from ..selectors.access import cohorts_for_manager, focal_point_country
from ..selectors.intake import call_is_open, nominations_used
from .membership import membership_create

PROFILE_FIELDS = (
    "country",
    "institution",
    "agency_type",
    "position",
    "gender",
    "gender_self_description",
)


def _enqueue_status_email(application: Application) -> None:
    from ..tasks import application_status_email

    application_id = application.pk
    transaction.on_commit(lambda: application_status_email.delay(application_id))


def application_submit(
    *,
    call: Call,
    applicant,
    motivation: str,
    letter: UploadedFile,
    profile: dict,
) -> Application:
    """Apply to a call: profile, motivation and endorsement letter.

    The letter is validated before anything is written; it is stored only
    when the application is, and removed again if the application fails.
    """
    if not call_is_open(call=call):
        raise ValidationError(_("This call for applications is closed."), code="closed")
    if not motivation.strip():
        raise ValidationError(_("Tell us why you are applying."), code="motivation")
    letter_validate(letter)
    if Application.objects.filter(call=call, applicant=applicant).exists():
        raise ValidationError(
            _("You have already applied to this call."), code="duplicate"
        )
    path = letter_store(letter)
    try:
        with transaction.atomic():
            updated = fellow_profile_update(
                user=applicant,
                **{k: v for k, v in profile.items() if k in PROFILE_FIELDS},
            )
            application = Application.objects.create(
                call=call,
                applicant=applicant,
                motivation=motivation.strip(),
                letter_path=path,
                letter_original_name=(letter.name or "letter.pdf")[-255:],
                letter_size=letter.size,
                country=updated.country,
                gender=updated.gender,
                agency_type=updated.agency_type,
            )
            _enqueue_status_email(application)
    except IntegrityError as error:
        letter_delete(path)
        raise ValidationError(
            _("You have already applied to this call."), code="duplicate"
        ) from error
    except BaseException:
        letter_delete(path)
        raise
    return application


@transaction.atomic
def application_withdraw(*, application: Application, applicant) -> Application:
    """The applicant withdraws an application that has not been decided."""
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.applicant_id != applicant.pk:
        raise PermissionDenied
    if application.status not in (
        ApplicationStatus.SUBMITTED,
        ApplicationStatus.WAITLISTED,
    ):
        raise ValidationError(
            _(
                "A decided application cannot be withdrawn here; write to the programme."
            ),
            code="decided",
        )
    application.status = ApplicationStatus.WITHDRAWN
    application.save(update_fields=["status"])
    Nomination.objects.filter(application=application).delete()
    _enqueue_status_email(application)
    return application


@transaction.atomic
def nomination_create(
    *,
    application: Application,
    focal_point,
    kind: str = NominationKind.NOMINATED,
    note: str = "",
) -> Nomination:
    """A national focal point puts forward a candidate of their own State.

    Every candidate a State puts forward (endorsed or nominated) counts toward
    the call's limit per State. The call's row is locked while counting, so
    two focal points of one State cannot both take the last place.
    """
    country = focal_point_country(user=focal_point)
    if not country or country != str(application.country):
        raise PermissionDenied(
            _("You can only put forward candidates of your own State.")
        )
    if kind not in NominationKind.values:
        raise ValidationError(_("Choose to endorse or to nominate."), code="kind")
    call = Call.objects.select_for_update().get(pk=application.call_id)
    application = Application.objects.get(pk=application.pk)
    if application.status not in (
        ApplicationStatus.SUBMITTED,
        ApplicationStatus.WAITLISTED,
    ):
        raise ValidationError(
            _("This application has already been decided or withdrawn."), code="decided"
        )
    existing = Nomination.objects.filter(application=application).first()
    if existing is not None:
        if existing.kind != kind or existing.note != note:
            existing.kind, existing.note = kind, note
            existing.save(update_fields=["kind", "note"])
        return existing
    used = nominations_used(call=call, country=country)
    if used >= call.nomination_limit_per_state:
        raise ValidationError(
            ngettext(
                "Your State has already put forward %(limit)s candidate for this "
                "call, the most it may. Withdraw them to put forward another.",
                "Your State has already put forward %(limit)s candidates for this "
                "call, the most it may. Withdraw one to put forward another.",
                call.nomination_limit_per_state,
            )
            % {"limit": call.nomination_limit_per_state},
            code="limit",
        )
    return Nomination.objects.create(
        application=application,
        focal_point=focal_point,
        country=country,
        kind=kind,
        note=note,
    )


@transaction.atomic
def nomination_withdraw(*, application: Application, focal_point) -> None:
    country = focal_point_country(user=focal_point)
    if not country or country != str(application.country):
        raise PermissionDenied(_("You can only act for candidates of your own State."))
    Nomination.objects.filter(application=application).delete()


def _require_manager(*, user, application: Application) -> None:
    if (
        not cohorts_for_manager(user=user)
        .filter(pk=application.call.cohort_id)
        .exists()
    ):
        raise PermissionDenied


@transaction.atomic
def application_score(
    *, application: Application, reviewer, scores: dict[int, int], comment: str = ""
) -> list[ApplicationScore]:
    """A manager's scores of one application, by criterion id (0 to SCORE_MAX)."""
    _require_manager(user=reviewer, application=application)
    criteria = {
        c.pk: c for c in RubricCriterion.objects.filter(call_id=application.call_id)
    }
    saved = []
    for criterion_id, score in scores.items():
        if criterion_id not in criteria:
            raise ValidationError(_("That criterion is not in this call's rubric."))
        if not 0 <= int(score) <= SCORE_MAX:
            raise ValidationError(
                _("Scores go from 0 to %(max)s.") % {"max": SCORE_MAX}, code="range"
            )
        row, _created = ApplicationScore.objects.update_or_create(
            application=application,
            criterion=criteria[criterion_id],
            reviewer=reviewer,
            defaults={"score": int(score), "comment": comment},
        )
        saved.append(row)
    return saved


@transaction.atomic
def application_decide(
    *, application: Application, decision: str, actor
) -> Application:
    """Accept, waitlist or reject an application; accepting makes a fellow.

    An accepted application stays accepted: changing one's mind after that is
    a withdrawal of the membership, which keeps its history.
    """
    _require_manager(user=actor, application=application)
    if decision not in Decision.values:
        raise ValidationError(_("Choose accept, waitlist or reject."), code="decision")
    call = (
        Call.objects.select_for_update()
        .select_related("cohort")
        .get(pk=application.call_id)
    )
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.status in (ApplicationStatus.ACCEPTED, ApplicationStatus.WITHDRAWN):
        raise ValidationError(
            _("This application is already %(status)s.")
            % {"status": application.get_status_display().lower()},
            code="final",
        )
    if application.status == decision:
        return application
    if decision == Decision.ACCEPT:
        taken = (
            Membership.objects.filter(cohort=call.cohort)
            .exclude(status=MembershipStatus.WITHDRAWN)
            .count()
        )
        if taken >= call.cohort.capacity:
            raise ValidationError(
                ngettext(
                    "The cohort is full (%(capacity)s place). Waitlist the candidate instead.",
                    "The cohort is full (%(capacity)s places). Waitlist the candidate instead.",
                    call.cohort.capacity,
                )
                % {"capacity": call.cohort.capacity},
                code="capacity",
            )
    application.status = decision
    application.decided_at = timezone.now()
    application.decided_by = actor
    application.save(update_fields=["status", "decided_at", "decided_by"])
    if decision == Decision.ACCEPT:
        membership_create(
            cohort=call.cohort,
            user=application.applicant,
            application=application,
            actor=actor,
        )
    _enqueue_status_email(application)
    return application
