"""Writes for certificates: issuing, delivering, revoking, reissuing.

The app's public surface for writing. Automatic issuing re-checks the rules
from the database inside its own transaction; a browser event can only ever
lead here through the progress service's completion event, and the rules
are asked again (courses owns the course rule, cohorts the programme rule).
Exactly one valid certificate per holder and course or cohort is a database
constraint; the services create under it and treat an IntegrityError from a
concurrent issuer as "already issued".
"""

import logging
import secrets
from dataclasses import dataclass
from enum import StrEnum

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from wagtail.log_actions import log

from courses.models import CoursePage
from courses.selectors import course_in_language, course_requirements_met, page_source
from fellowship.accounts.services import notification_post
from fellowship.cohorts.models import Cohort
from fellowship.cohorts.selectors import (
    cohort_certifiable_member_ids,
    cohorts_requiring_course,
    programme_requirements_met,
)

from . import selectors
from .choices import CertificateKind, CertificateStatus, IssueSource
from .codes import code_display, code_generate
from .credentials.open_badges import STATUS_LIST_LENGTH
from .models import DEFAULT_ISSUER_NAME, Certificate
from .pdf import PdfAssets, certificate_pdf_render, qr_svg
from .signing import (
    CredentialText,
    absolute_url,
    achievement_uri,
    credential_sign,
)

logger = logging.getLogger(__name__)

# A list takes new entries until it is this full; random picks stay cheap.
STATUS_LIST_FILL = int(STATUS_LIST_LENGTH * 0.9)
CREATE_ATTEMPTS = 8


class CertificateErrorCode(StrEnum):
    ALREADY_VALID = "already_valid"
    NOT_VALID = "not_valid"
    REASON_REQUIRED = "reason_required"
    NO_TARGET = "no_target"
    NOT_ELIGIBLE = "not_eligible"


class CertificateError(Exception):
    def __init__(self, code: CertificateErrorCode, message: str):
        super().__init__(message)
        self.code = code


# Completion events and enqueuing.


def course_completed_handle(*, user, course) -> None:
    """Registered with courses.events; runs inside the progress transaction,
    so the task is enqueued only once that transaction commits."""
    from .tasks import certificate_issue_course_task

    user_id, course_id = user.pk, course.pk
    transaction.on_commit(
        lambda: certificate_issue_course_task.delay(user_id, course_id)
    )


def programme_certificates_check(*, cohort: Cohort) -> int:
    """Ask for a programme certificate check of every member of the cohort
    (after an attendance change, or from the admin). Returns how many."""
    from .tasks import certificate_issue_programme_task

    user_ids = list(cohort_certifiable_member_ids(cohort=cohort))
    cohort_id = cohort.pk
    for user_id in user_ids:
        transaction.on_commit(
            lambda user_id=user_id: certificate_issue_programme_task.delay(
                user_id, cohort_id
            )
        )
    return len(user_ids)


def _enqueue_delivery(certificate: Certificate) -> None:
    from .tasks import certificate_deliver_task

    certificate_id = certificate.pk
    transaction.on_commit(lambda: certificate_deliver_task.delay(certificate_id))
    _issued_post(certificate)


def _issued_post(certificate: Certificate) -> None:
    """The new certificate in the holder's notifications (the e-mail with the
    PDF is the delivery itself)."""
    notification_post(
        user=certificate.holder,
        kind="certificate_issued",
        message=gettext_noop("Your certificate for “%(achievement)s” has been issued."),
        params={"achievement": certificate.achievement_name},
        url=reverse(
            "certificates:verify_detail", args=[code_display(certificate.code)]
        ),
        dedupe_key=f"certificate:{certificate.pk}",
    )


def _enqueue_programme_checks(*, holder, course: CoursePage) -> None:
    from .tasks import certificate_issue_programme_task

    holder_id = holder.pk
    for cohort in cohorts_requiring_course(user=holder, course=course):
        cohort_id = cohort.pk
        transaction.on_commit(
            lambda cohort_id=cohort_id: certificate_issue_programme_task.delay(
                holder_id, cohort_id
            )
        )


def _test_hook(stage: str, certificate: Certificate | None) -> None:
    # Lets the worker test stop a real worker at a known point; unset elsewhere.
    hook = getattr(settings, "CERTIFICATES_TEST_HOOK", "")
    if hook:
        import_string(hook)(stage=stage, certificate=certificate)


# Issuing.


@dataclass(frozen=True)
class _Target:
    kind: str
    course: CoursePage | None = None
    cohort: Cohort | None = None

    def filter(self) -> dict:
        if self.kind == CertificateKind.COURSE:
            return {"course": self.course}
        return {"cohort": self.cohort}


def _credential_text(*, target: _Target, language: str) -> tuple[str, CredentialText]:
    """The achievement's name and the credential's words, in `language`."""
    template = selectors.certificate_template_for(
        kind=target.kind, course=target.course
    )
    issuer_name = template.issuer_name if template else DEFAULT_ISSUER_NAME
    with translation.override(language):
        if target.kind == CertificateKind.COURSE:
            course = course_in_language(course=target.course, language_code=language)
            return course.title, CredentialText(
                issuer_name=issuer_name,
                achievement_id=achievement_uri(
                    kind="course", key=str(target.course.translation_key)
                ),
                achievement_description=course.summary or course.title,
                criteria=_(
                    "Completed every lesson of the course, with its required "
                    "assessments passed, as recorded by the platform."
                ),
            )
        cohort = target.cohort
        return cohort.name, CredentialText(
            issuer_name=issuer_name,
            achievement_id=achievement_uri(kind="programme", key=cohort.slug),
            achievement_description=_(
                "The United Nations fellowship training programme on small arms "
                "and light weapons: %(cohort)s."
            )
            % {"cohort": cohort.name},
            criteria=_(
                "Completed every required course of the cohort and, where the "
                "cohort met in person, its attendance requirement."
            ),
        )


def _status_slot() -> tuple[int, int]:
    """A random free entry in the current status list (random, so that an
    index tells nothing about when or to whom a certificate was issued)."""
    current = Certificate.objects.aggregate(Max("status_list"))["status_list__max"] or 1
    if Certificate.objects.filter(status_list=current).count() >= STATUS_LIST_FILL:
        current += 1
    for _attempt in range(16):
        index = secrets.randbelow(STATUS_LIST_LENGTH)
        taken = Certificate.objects.filter(
            status_list=current, status_list_index=index
        ).exists()
        if not taken:
            return current, index
    return current + 1, secrets.randbelow(STATUS_LIST_LENGTH)


def _valid_certificate(*, holder, target: _Target) -> Certificate | None:
    return Certificate.objects.filter(
        holder=holder, status=CertificateStatus.VALID, **target.filter()
    ).first()


def _certificate_create(
    *,
    holder,
    target: _Target,
    source: str,
    issued_by=None,
    reason: str = "",
) -> tuple[Certificate, bool]:
    """Create the valid certificate, or return the one a concurrent issuer made."""
    language = holder.preferred_language or settings.LANGUAGE_CODE
    achievement_name, text = _credential_text(target=target, language=language)
    for _attempt in range(CREATE_ATTEMPTS):
        status_list, index = _status_slot()
        certificate = Certificate(
            code=code_generate(),
            kind=target.kind,
            holder=holder,
            course=target.course,
            cohort=target.cohort,
            source=source,
            holder_name=holder.full_name or holder.email,
            achievement_name=achievement_name[:255],
            language=language,
            issued_at=timezone.now(),
            issued_by=issued_by,
            issue_reason=reason,
            status_list=status_list,
            status_list_index=index,
        )
        certificate.credential = credential_sign(certificate=certificate, text=text)
        try:
            with transaction.atomic():
                certificate.save(force_insert=True)
        except IntegrityError:
            existing = _valid_certificate(holder=holder, target=target)
            if existing is not None:
                return existing, False
            continue  # a status entry or code taken meanwhile: draw again
        log(
            instance=certificate,
            action="certificates.issue",
            user=issued_by,
            data={"source": source, "reason": reason},
        )
        return certificate, True
    raise CertificateError(
        CertificateErrorCode.NO_TARGET, "No free status list entry could be found."
    )


def _issue_when_complete(*, holder, target: _Target, rules_met) -> Certificate | None:
    with transaction.atomic():
        earlier = selectors.certificate_for(holder=holder, **target.filter())
        if earlier.exists():
            # Issued already, or revoked: a revocation is not undone by a
            # late or repeated completion event; only a manager may issue again.
            return earlier.filter(status=CertificateStatus.VALID).first()
        if not rules_met():
            return None
        certificate, created = _certificate_create(
            holder=holder, target=target, source=IssueSource.COMPLETION
        )
        _test_hook("before_commit", certificate)
        if created:
            _enqueue_delivery(certificate)
            if target.kind == CertificateKind.COURSE:
                _enqueue_programme_checks(holder=holder, course=target.course)
    _test_hook("after_commit", certificate)
    return certificate


def certificate_issue_for_course(*, holder, course: CoursePage) -> Certificate | None:
    """Issue the course certificate if the database shows the course complete.

    Idempotent: a repeated or concurrent call returns the same certificate.
    """
    course = page_source(page=course)
    return _issue_when_complete(
        holder=holder,
        target=_Target(kind=CertificateKind.COURSE, course=course),
        rules_met=lambda: course_requirements_met(user=holder, course=course),
    )


def certificate_issue_for_programme(*, holder, cohort: Cohort) -> Certificate | None:
    """Issue the programme certificate if the cohort's requirements are met."""
    return _issue_when_complete(
        holder=holder,
        target=_Target(kind=CertificateKind.PROGRAMME, cohort=cohort),
        rules_met=lambda: programme_requirements_met(user=holder, cohort=cohort),
    )


def _reason_required(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(
            CertificateErrorCode.REASON_REQUIRED, _("Give a reason.")
        )
    return reason


@transaction.atomic
def certificate_issue_by_exception(
    *,
    holder,
    actor,
    reason: str,
    course: CoursePage | None = None,
    cohort: Cohort | None = None,
) -> Certificate:
    """A manager issues a certificate without the completion rules.

    The exception is to the rules, never to who may hold it: a programme
    certificate goes to a member of the cohort, a course certificate to a
    person enrolled in the course.
    """
    reason = _reason_required(reason)
    if (course is None) == (cohort is None):
        raise CertificateError(
            CertificateErrorCode.NO_TARGET, _("Choose a course or a cohort.")
        )
    if course is not None:
        target = _Target(kind=CertificateKind.COURSE, course=page_source(page=course))
    else:
        target = _Target(kind=CertificateKind.PROGRAMME, cohort=cohort)
    if not selectors.holder_is_eligible(holder=holder, **target.filter()):
        raise CertificateError(
            CertificateErrorCode.NOT_ELIGIBLE,
            _("This person is not a member of the cohort.")
            if cohort is not None
            else _("This person is not enrolled in the course."),
        )
    if _valid_certificate(holder=holder, target=target) is not None:
        raise CertificateError(
            CertificateErrorCode.ALREADY_VALID,
            _("This person already holds a valid certificate for it."),
        )
    certificate, created = _certificate_create(
        holder=holder,
        target=target,
        source=IssueSource.EXCEPTION,
        issued_by=actor,
        reason=reason,
    )
    if not created:
        raise CertificateError(
            CertificateErrorCode.ALREADY_VALID,
            _("This person already holds a valid certificate for it."),
        )
    _enqueue_delivery(certificate)
    return certificate


def _locked_valid(certificate: Certificate) -> Certificate:
    locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if locked.status != CertificateStatus.VALID:
        raise CertificateError(
            CertificateErrorCode.NOT_VALID, _("This certificate is no longer valid.")
        )
    return locked


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Revoke: the verification page and the status list say so at once."""
    reason = _reason_required(reason)
    certificate = _locked_valid(certificate)
    certificate.status = CertificateStatus.REVOKED
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = actor
    certificate.revocation_reason = reason
    certificate.save(
        update_fields=["status", "revoked_at", "revoked_by", "revocation_reason"]
    )
    log(
        instance=certificate,
        action="certificates.revoke",
        user=actor,
        data={"reason": reason},
    )
    return certificate


@transaction.atomic
def certificate_reissue(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Issue a new certificate in place of a valid one (after a name
    correction, say); the old one is kept, superseded, pointing to the new."""
    reason = _reason_required(reason)
    old = _locked_valid(certificate)
    old.status = CertificateStatus.SUPERSEDED
    old.save(update_fields=["status"])
    target = _Target(kind=old.kind, course=old.course, cohort=old.cohort)
    new, _created = _certificate_create(
        holder=old.holder,
        target=target,
        source=IssueSource.REISSUE,
        issued_by=actor,
        reason=reason,
    )
    old.superseded_by = new
    old.save(update_fields=["superseded_by"])
    log(
        instance=old,
        action="certificates.supersede",
        user=actor,
        data={"reason": reason, "successor": new.code},
    )
    _enqueue_delivery(new)
    return new


# The PDF and the e-mail.


def _pdf_context(certificate: Certificate, assets: PdfAssets) -> dict:
    template = selectors.certificate_template_for(
        kind=certificate.kind, course=certificate.course
    )
    verify_url = absolute_url(
        reverse("certificates:verify_detail", args=[code_display(certificate.code)])
    )
    texts = {text.language: text for text in template.texts.all()} if template else {}
    text = texts.get(certificate.language) or texts.get(settings.LANGUAGE_CODE)
    signatories = []
    if template is not None:
        for signatory in template.signatories.all():
            signatories.append(
                {
                    "name": signatory.name,
                    "title": signatory.title,
                    "signature": assets.add_image(signatory.signature),
                }
            )
    issuer = certificate.credential.get("issuer", {})
    with translation.override(certificate.language):
        issued_on = date_format(certificate.issued_at, "DATE_FORMAT")
    return {
        "certificate": certificate,
        "code": certificate.code,
        "holder_name": certificate.holder_name,
        "achievement_name": certificate.achievement_name,
        "title": text.title if text else "",
        "body": text.body if text else "",
        "issuer_name": issuer.get("name", DEFAULT_ISSUER_NAME),
        "issued_on": issued_on,
        "verify_url": verify_url,
        "qr_svg": qr_svg(verify_url),
        "logo": assets.add_image(template.logo) if template else None,
        "signatories": signatories,
    }


def certificate_pdf_build(*, certificate: Certificate):
    """Render the certificate's PDF (not stored); returns a RenderedPdf."""
    assets = PdfAssets()
    context = _pdf_context(certificate, assets)
    return certificate_pdf_render(
        context=context, assets=assets, language=certificate.language
    )


def certificate_pdf_stored(*, certificate: Certificate) -> str:
    """The name of the certificate's PDF in the private storage, rendered and
    stored first if it is not there yet."""
    if certificate.pdf and certificate.pdf.storage.exists(certificate.pdf.name):
        return certificate.pdf.name
    if certificate.pdf:
        logger.warning("Stored PDF of certificate %s is missing.", certificate.pk)
    content = certificate_pdf_build(certificate=certificate).content
    certificate.pdf.save(f"{certificate.uuid}.pdf", ContentFile(content), save=False)
    Certificate.objects.filter(pk=certificate.pk).update(pdf=certificate.pdf.name)
    return certificate.pdf.name


def certificate_pdf_ensure(*, certificate: Certificate) -> bytes:
    """The stored PDF's bytes, rendered and stored first if not there yet."""
    name = certificate_pdf_stored(certificate=certificate)
    with certificate.pdf.storage.open(name, "rb") as handle:
        return handle.read()


def certificate_deliver(*, certificate: Certificate) -> bool:
    """Render the PDF and e-mail it to the holder, once. Returns whether sent."""
    content = certificate_pdf_ensure(certificate=certificate)
    with transaction.atomic():
        locked = (
            Certificate.objects.select_for_update()
            .select_related("holder")
            .get(pk=certificate.pk)
        )
        if locked.emailed_at is not None or locked.status != CertificateStatus.VALID:
            return False
        _email_send(locked, content)
        locked.emailed_at = timezone.now()
        locked.save(update_fields=["emailed_at"])
        log(instance=locked, action="certificates.email", user=None)
    return True


def _email_send(certificate: Certificate, pdf: bytes) -> None:
    holder = certificate.holder
    context = {
        "certificate": certificate,
        "holder_name": certificate.holder_name,
        "achievement_name": certificate.achievement_name,
        "code_display": code_display(certificate.code),
        "verify_url": absolute_url(
            reverse("certificates:verify_detail", args=[code_display(certificate.code)])
        ),
    }
    with translation.override(certificate.language):
        context["my_learning_url"] = absolute_url(reverse("my_learning"))
        subject = render_to_string(
            "certificates/email/certificate_issued_subject.txt", context
        )
        body = render_to_string(
            "certificates/email/certificate_issued_body.txt", context
        )
        filename = _("certificate-%(code)s.pdf") % {"code": certificate.code[:8]}
    message = EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        to=[holder.email],
    )
    message.attach(filename, pdf, "application/pdf")
    message.send()
