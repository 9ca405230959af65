"""Admin forms for the managers' actions (wired in wagtail_hooks)."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .actions import (
    CertificatePermissionError,
    IssueCertificateByExceptionAction,
    ReissueCertificateAction,
    RevokeCertificateAction,
)
from .codes import code_display
from .forms import IssueByExceptionForm, ReasonForm
from .models import Certificate
from .selectors import certificates_for_manager
from .services import CertificateError


class _ActionFormView(WagtailAdminTemplateMixin, FormView):
    template_name = "wagtailadmin/generic/form.html"
    header_icon = "doc-full"
    permission = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise CertificatePermissionError
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if self.form_class is IssueByExceptionForm:
            kwargs["for_user"] = self.request.user
        return kwargs

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            action_url=self.request.get_full_path(),
            submit_button_label=self.submit_button_label,
            submit_button_active_label=self.submit_button_label,
            **kwargs,
        )

    def inspect_url(self, certificate: Certificate) -> str:
        return reverse("certificates_certificate:inspect", args=[certificate.pk])


class _OnCertificateView(_ActionFormView):
    action_class = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        # Outside the person's cohorts and courses: 404, as if absent.
        self.certificate = get_object_or_404(
            certificates_for_manager(user=request.user), pk=kwargs["pk"]
        )

    def get_page_subtitle(self):
        return str(self.certificate)

    def form_valid(self, form):
        action = self.action_class(
            self.certificate, user=self.request.user, reason=form.cleaned_data["reason"]
        )
        try:
            result = action.execute()
        except CertificateError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(self.request, self.success_message(result))
        return redirect(self.inspect_url(result))


class RevokeView(_OnCertificateView):
    form_class = ReasonForm
    permission = RevokeCertificateAction.permission
    action_class = RevokeCertificateAction
    page_title = gettext_lazy("Revoke certificate")
    submit_button_label = gettext_lazy("Revoke")

    def success_message(self, certificate):
        return _("Certificate %(code)s revoked.") % {
            "code": code_display(certificate.code)
        }


class ReissueView(_OnCertificateView):
    form_class = ReasonForm
    permission = ReissueCertificateAction.permission
    action_class = ReissueCertificateAction
    page_title = gettext_lazy("Reissue certificate under the holder's current name")
    submit_button_label = gettext_lazy("Reissue")

    def success_message(self, certificate):
        return _(
            "Certificate reissued as %(code)s; the previous one is superseded."
        ) % {"code": code_display(certificate.code)}


class IssueView(_ActionFormView):
    form_class = IssueByExceptionForm
    permission = IssueCertificateByExceptionAction.permission
    page_title = gettext_lazy("Issue a certificate by exception")
    submit_button_label = gettext_lazy("Issue")

    def form_valid(self, form):
        data = form.cleaned_data
        action = IssueCertificateByExceptionAction(
            user=self.request.user,
            reason=data["reason"],
            holder=data["holder"],
            course=data.get("course"),
            cohort=data.get("cohort"),
        )
        try:
            certificate = action.execute()
        except (CertificateError, CertificatePermissionError) as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Certificate %(code)s issued.")
            % {"code": code_display(certificate.code)},
        )
        return redirect(self.inspect_url(certificate))
