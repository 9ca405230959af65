"""Managers' operations on certificates, as permission-checked action
objects (after wagtail/actions/): check() raises if the user may not act,
execute() checks, then calls the service, which writes the audit log."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from . import selectors, services
from .choices import CertificateStatus
from .models import Certificate
from .services import CertificateError, CertificateErrorCode


class CertificatePermissionError(PermissionDenied):
    pass


class _CertificateAction:
    permission = ""

    def __init__(self, *, user, reason: str):
        self.user = user
        self.reason = reason

    def _check_permission(self, skip_permission_checks: bool) -> None:
        if skip_permission_checks:
            return
        if not (
            self.user and self.user.is_active and self.user.has_perm(self.permission)
        ):
            raise CertificatePermissionError(
                _("You do not have permission to do this to certificates.")
            )

    def _check_scope(self, skip_permission_checks: bool, **target) -> None:
        """Managers act only for the cohorts they are assigned to and the
        courses of those cohorts (site admins for all)."""
        if skip_permission_checks:
            return
        if not selectors.certificate_in_scope(user=self.user, **target):
            raise CertificatePermissionError(
                _("You do not manage the cohort or course of this certificate.")
            )


class _ValidCertificateAction(_CertificateAction):
    def __init__(self, certificate: Certificate, *, user, reason: str):
        super().__init__(user=user, reason=reason)
        self.certificate = certificate

    def check(self, skip_permission_checks: bool = False) -> None:
        self._check_permission(skip_permission_checks)
        self._check_scope(skip_permission_checks, certificate=self.certificate)
        if self.certificate.status != CertificateStatus.VALID:
            raise CertificateError(
                CertificateErrorCode.NOT_VALID,
                _("This certificate is no longer valid."),
            )


class RevokeCertificateAction(_ValidCertificateAction):
    permission = "certificates.revoke_certificate"

    def execute(self, skip_permission_checks: bool = False) -> Certificate:
        self.check(skip_permission_checks)
        return services.certificate_revoke(
            certificate=self.certificate, actor=self.user, reason=self.reason
        )


class ReissueCertificateAction(_ValidCertificateAction):
    """Reissue under the holder's current name; the old one is superseded."""

    permission = "certificates.reissue_certificate"

    def execute(self, skip_permission_checks: bool = False) -> Certificate:
        self.check(skip_permission_checks)
        return services.certificate_reissue(
            certificate=self.certificate, actor=self.user, reason=self.reason
        )


class IssueCertificateByExceptionAction(_CertificateAction):
    permission = "certificates.issue_certificate"

    def __init__(self, *, user, reason: str, holder, course=None, cohort=None):
        super().__init__(user=user, reason=reason)
        self.holder = holder
        self.course = course
        self.cohort = cohort

    def check(self, skip_permission_checks: bool = False) -> None:
        self._check_permission(skip_permission_checks)
        if self.cohort is not None:
            self._check_scope(skip_permission_checks, cohort=self.cohort)
        else:
            self._check_scope(skip_permission_checks, course=self.course)

    def execute(self, skip_permission_checks: bool = False) -> Certificate:
        self.check(skip_permission_checks)
        return services.certificate_issue_by_exception(
            holder=self.holder,
            actor=self.user,
            reason=self.reason,
            course=self.course,
            cohort=self.cohort,
        )
