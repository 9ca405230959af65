"""Managers issue, revoke and reissue only for their own cohorts and courses,
and only to members of the cohort or people enrolled in the course."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.services import enrolment_create
from fellowship.certificates import services
from fellowship.certificates.actions import (
    CertificatePermissionError,
    IssueCertificateByExceptionAction,
    ReissueCertificateAction,
    RevokeCertificateAction,
)
from fellowship.certificates.choices import CertificateStatus
from fellowship.certificates.models import Certificate
from fellowship.certificates.services import CertificateError, CertificateErrorCode
from fellowship.cohorts.choices import StaffRole
from fellowship.cohorts.models import CohortStaff
from tests.factories import activate_totp, user_with_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def cohort(course, make_cohort):
    return make_cohort(required=[course])


@pytest.fixture
def assigned(cohort):
    manager = user_with_role("Programme manager", full_name="Assigned Manager")
    CohortStaff.objects.create(cohort=cohort, user=manager, role=StaffRole.MANAGER)
    return manager


@pytest.fixture
def signed_in(client):
    def sign_in(user):
        activate_totp(user)
        client.force_login(user)
        return client

    return sign_in


def test_unassigned_manager_cannot_issue_a_programme_certificate_to_themself(
    signed_in, manager, cohort, home
):
    with pytest.raises(CertificatePermissionError):
        IssueCertificateByExceptionAction(
            user=manager, reason="Because", holder=manager, cohort=cohort
        ).execute()
    client = signed_in(manager)
    response = client.post(
        reverse("certificates_admin_issue"),
        {"holder": manager.pk, "cohort": cohort.pk, "reason": "Because"},
    )
    assert response.status_code == 200
    assert not Certificate.objects.exists()


def test_unassigned_manager_cannot_issue_a_course_certificate_to_any_fellow(
    signed_in, manager, course, cohort, make_fellow, join, home
):
    fellow = make_fellow()
    join(cohort, fellow)
    with pytest.raises(CertificatePermissionError):
        IssueCertificateByExceptionAction(
            user=manager, reason="Paper", holder=fellow, course=course
        ).execute()
    client = signed_in(manager)
    form = client.get(reverse("certificates_admin_issue")).content.decode()
    assert fellow.email not in form and course.title not in form
    client.post(
        reverse("certificates_admin_issue"),
        {"holder": fellow.pk, "course": course.pk, "reason": "Paper"},
    )
    assert not Certificate.objects.exists()


def test_unassigned_manager_gets_404_for_another_cohorts_certificate(
    signed_in, manager, certificate, cohort, home
):
    client = signed_in(manager)
    for name in ("certificates_admin_revoke", "certificates_admin_reissue"):
        url = reverse(name, args=[certificate.pk])
        assert client.get(url).status_code == 404, name
        assert client.post(url, {"reason": "Fraud"}).status_code == 404, name
    for name in ("inspect", "history", "usage"):
        url = reverse(f"certificates_certificate:{name}", args=[certificate.pk])
        assert client.get(url).status_code == 404, name
    listing = client.get(reverse("certificates_certificate:index")).content.decode()
    assert certificate.holder_name not in listing
    for action in (RevokeCertificateAction, ReissueCertificateAction):
        with pytest.raises(CertificatePermissionError):
            action(certificate, user=manager, reason="Fraud").execute()
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID
    assert Certificate.objects.count() == 1


def test_assigned_manager_acts_on_their_cohorts_course_certificates(
    signed_in, assigned, certificate, home
):
    client = signed_in(assigned)
    listing = client.get(reverse("certificates_certificate:index")).content.decode()
    assert certificate.holder_name in listing
    inspect = reverse("certificates_certificate:inspect", args=[certificate.pk])
    assert client.get(inspect).status_code == 200
    response = client.post(
        reverse("certificates_admin_revoke", args=[certificate.pk]),
        {"reason": "Obtained by fraud"},
    )
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED


def test_assigned_manager_issues_only_to_members_of_the_cohort(
    assigned, cohort, make_fellow, join
):
    stranger = make_fellow(full_name="Not A Member")
    with pytest.raises(CertificateError) as error:
        IssueCertificateByExceptionAction(
            user=assigned, reason="Paper", holder=stranger, cohort=cohort
        ).execute()
    assert error.value.code == CertificateErrorCode.NOT_ELIGIBLE
    member = make_fellow(full_name="A Member")
    join(cohort, member)
    certificate = IssueCertificateByExceptionAction(
        user=assigned, reason="Paper", holder=member, cohort=cohort
    ).execute()
    assert certificate.holder == member and certificate.cohort == cohort


def test_issue_by_exception_needs_the_holder_enrolled_in_the_course(
    course, make_fellow, site_admin
):
    fellow = make_fellow()
    with pytest.raises(CertificateError) as error:
        services.certificate_issue_by_exception(
            holder=fellow, course=course, actor=site_admin, reason="Paper"
        )
    assert error.value.code == CertificateErrorCode.NOT_ELIGIBLE
    assert str(error.value) == "This person is not enrolled in the course."
    assert not Certificate.objects.exists()
    enrolment_create(user=fellow, course=course)
    services.certificate_issue_by_exception(
        holder=fellow, course=course, actor=site_admin, reason="Paper"
    )
    assert Certificate.objects.count() == 1


def test_certificate_listing_runs_a_fixed_number_of_queries(
    signed_in, assigned, course, cohort, make_fellow, join, home
):
    client = signed_in(assigned)
    url = reverse("certificates_certificate:index")

    def issue(n):
        for index in range(n):
            fellow = make_fellow(
                full_name=f"Fellow {Certificate.objects.count()}{index}"
            )
            join(cohort, fellow)
            services.certificate_issue_by_exception(
                holder=fellow, course=course, actor=assigned, reason="Paper"
            )

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    issue(2)
    few = count()
    issue(5)
    assert count() == few
