"""Managers issue by exception, revoke and reissue in the Wagtail admin."""

import pytest
from django.urls import reverse

from fellowship.certificates.actions import (
    CertificatePermissionError,
    RevokeCertificateAction,
)
from fellowship.certificates.choices import CertificateStatus, IssueSource
from fellowship.certificates.models import Certificate
from fellowship.cohorts.choices import StaffRole
from fellowship.cohorts.models import CohortStaff
from tests.factories import activate_totp

from .conftest import grant

pytestmark = pytest.mark.django_db


@pytest.fixture
def managed_cohort(manager, course, make_cohort):
    """The manager runs a cohort that takes the course."""
    cohort = make_cohort(required=[course])
    CohortStaff.objects.create(cohort=cohort, user=manager, role=StaffRole.MANAGER)
    return cohort


@pytest.fixture
def admin_client(client, manager, managed_cohort):
    activate_totp(manager)
    client.force_login(manager)
    return client


def test_revoke_action_checks_permission(certificate, instructor, site_admin):
    # Instructors hold no certificate permissions by their role.
    action = RevokeCertificateAction(certificate, user=instructor, reason="Fraud")
    with pytest.raises(CertificatePermissionError):
        action.execute()
    # The permission alone is not enough: they manage no cohort taking it.
    grant(instructor, "revoke_certificate")
    with pytest.raises(CertificatePermissionError):
        action.execute()
    assert Certificate.objects.get().status == CertificateStatus.VALID
    RevokeCertificateAction(certificate, user=site_admin, reason="Fraud").execute()
    assert Certificate.objects.get().status == CertificateStatus.REVOKED


def test_manager_revokes_with_a_reason(admin_client, manager, certificate, home):
    grant(manager, "view_certificate", "revoke_certificate")
    url = reverse("certificates_admin_revoke", args=[certificate.pk])
    inspect = admin_client.get(
        reverse("certificates_certificate:inspect", args=[certificate.pk])
    )
    assert inspect.status_code == 200
    assert url in inspect.content.decode()

    refused = admin_client.post(url, {"reason": ""})
    assert refused.status_code == 200
    assert Certificate.objects.get().status == CertificateStatus.VALID

    response = admin_client.post(url, {"reason": "Obtained by fraud"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED
    assert certificate.revocation_reason == "Obtained by fraud"
    assert certificate.revoked_by == manager


def test_staff_without_permission_cannot_revoke(client, instructor, certificate, home):
    activate_totp(instructor)
    client.force_login(instructor)
    url = reverse("certificates_admin_revoke", args=[certificate.pk])
    # Outside the instructor's scope (no cohort): 404, as for a missing one.
    assert client.post(url, {"reason": "x"}).status_code == 404
    # Without the permission for the kind: Wagtail's refusal.
    assert client.get(reverse("certificates_admin_issue")).status_code == 302
    assert Certificate.objects.get().status == CertificateStatus.VALID


def test_fellow_cannot_reach_the_actions(client, certificate):
    client.force_login(certificate.holder)
    url = reverse("certificates_admin_revoke", args=[certificate.pk])
    assert client.post(url, {"reason": "x"}).status_code == 403
    assert Certificate.objects.get().status == CertificateStatus.VALID


def test_manager_reissues_after_a_name_correction(
    admin_client, manager, certificate, home
):
    grant(manager, "view_certificate", "reissue_certificate")
    holder = certificate.holder
    holder.full_name = "Amina N. Diallo"
    holder.save(update_fields=["full_name"])
    response = admin_client.post(
        reverse("certificates_admin_reissue", args=[certificate.pk]),
        {"reason": "Name corrected at the holder's request"},
    )
    assert response.status_code == 302
    old, new = Certificate.objects.order_by("pk")
    assert old.status == CertificateStatus.SUPERSEDED and old.superseded_by == new
    assert new.holder_name == "Amina N. Diallo" and new.source == IssueSource.REISSUE


def test_manager_issues_by_exception(
    admin_client, manager, course, make_fellow, home, managed_cohort, join
):
    grant(manager, "view_certificate", "issue_certificate")
    fellow = make_fellow()
    join(managed_cohort, fellow)
    url = reverse("certificates_admin_issue")
    both = admin_client.post(url, {"holder": fellow.pk, "reason": "x"})
    assert both.status_code == 200 and not Certificate.objects.exists()
    response = admin_client.post(
        url,
        {"holder": fellow.pk, "course": course.pk, "reason": "Completed on paper"},
    )
    assert response.status_code == 302
    certificate = Certificate.objects.get()
    assert certificate.source == IssueSource.EXCEPTION
    assert certificate.issue_reason == "Completed on paper"


def test_nobody_edits_or_deletes_a_certificate_directly(
    client, site_admin, certificate, home
):
    activate_totp(site_admin)
    client.force_login(site_admin)
    for name in ("edit", "delete"):
        url = reverse(f"certificates_certificate:{name}", args=[certificate.pk])
        assert client.get(url).status_code in (302, 403)
        client.post(url, {"issue_reason": "tampered"})
    certificate.refresh_from_db()
    assert certificate.issue_reason == "" and Certificate.objects.count() == 1
    listing = client.get(reverse("certificates_certificate:index"))
    assert listing.status_code == 200
    assert "Amina Diallo" in listing.content.decode()
