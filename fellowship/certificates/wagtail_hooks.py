"""Admin wiring: the certificates listing with its actions, the template
snippet, the audit log actions and the certificates' permission policy."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button, HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from fellowship.accounts.admin_scope import ScopedViewSetMixin

from . import admin_views
from .choices import CertificateStatus
from .models import Certificate, CertificateTemplate
from .selectors import certificates_for_manager


class CertificatePermissionPolicy(ModelPermissionPolicy):
    """Certificates change only through the services, so the generic add,
    edit and delete views are closed to everyone, superusers included."""

    CLOSED = frozenset({"add", "change", "delete"})

    def user_has_permission(self, user, action):
        return action not in self.CLOSED and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(set(actions) - self.CLOSED)


register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate))


class CertificateIndexView(IndexView):
    """The listing; the viewset's scope limits it to the person's cohorts."""

    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm("certificates.issue_certificate"):
            buttons.append(
                HeaderButton(
                    _("Issue by exception"),
                    url=reverse("certificates_admin_issue"),
                    icon_name="plus",
                )
            )
        return buttons


class CertificateInspectView(InspectView):
    @property
    def header_more_buttons(self):
        buttons = []
        user = self.request.user
        if self.object.status == CertificateStatus.VALID:
            if user.has_perm("certificates.reissue_certificate"):
                buttons.append(
                    Button(
                        _("Reissue under current name"),
                        url=reverse(
                            "certificates_admin_reissue", args=[self.object.pk]
                        ),
                        icon_name="repeat",
                        priority=10,
                    )
                )
            if user.has_perm("certificates.revoke_certificate"):
                buttons.append(
                    Button(
                        _("Revoke"),
                        url=reverse("certificates_admin_revoke", args=[self.object.pk]),
                        icon_name="bin",
                        priority=20,
                    )
                )
        return buttons


class CertificateViewSet(ScopedViewSetMixin, ModelViewSet):
    """Every view (listing, search, inspect, history, usage) shows only the
    certificates of the cohorts a manager is assigned to and their courses."""

    model = Certificate
    icon = "doc-full"
    menu_label = _("Certificates")
    menu_order = 450
    add_to_admin_menu = True
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    # The generic add and edit views are closed by the permission policy.
    form_fields = ["issue_reason"]
    list_display = ["holder_name", "achievement_name", "kind", "status", "issued_at"]
    list_filter = ["status", "kind", "source"]
    search_fields = ["holder_name", "achievement_name", "code", "holder__email"]
    search_backend_name = None

    def scope(self, user):
        return certificates_for_manager(user=user)

    inspect_view_fields = [
        "holder_name",
        "holder",
        "achievement_name",
        "kind",
        "course",
        "cohort",
        "status",
        "source",
        "code",
        "language",
        "issued_at",
        "issued_by",
        "issue_reason",
        "revoked_at",
        "revoked_by",
        "revocation_reason",
        "superseded_by",
        "emailed_at",
    ]


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full-inverse"
    menu_label = _("Certificate templates")
    list_display = ["name", "kind", "course", "is_default"]


certificate_viewset = CertificateViewSet("certificates_certificate")


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    return certificate_viewset


register_snippet(CertificateTemplateViewSet)


@hooks.register("register_admin_urls")
def register_certificate_action_urls():
    return [
        path(
            "certificates/actions/issue/",
            admin_views.IssueView.as_view(),
            name="certificates_admin_issue",
        ),
        path(
            "certificates/actions/<int:pk>/revoke/",
            admin_views.RevokeView.as_view(),
            name="certificates_admin_revoke",
        ),
        path(
            "certificates/actions/<int:pk>/reissue/",
            admin_views.ReissueView.as_view(),
            name="certificates_admin_reissue",
        ),
    ]


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    actions.register_action(
        "certificates.issue", _("Issue certificate"), _("Certificate issued")
    )
    actions.register_action(
        "certificates.revoke", _("Revoke certificate"), _("Certificate revoked")
    )
    actions.register_action(
        "certificates.supersede",
        _("Supersede certificate"),
        _("Certificate superseded by a reissue"),
    )
    actions.register_action(
        "certificates.email", _("E-mail certificate"), _("Certificate e-mailed")
    )
